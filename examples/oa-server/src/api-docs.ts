import type { OpenApiDocument, Operation, Parameter } from './openapi.js';
import { COMMITTEE_HEADER, PERSONA_HEADER } from './auth.js';

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const pretty = (value: unknown): string => escapeHtml(JSON.stringify(value, null, 2));

/** A curl line that calls the operation as the demo's administrator on the base committee. */
function curlOf(method: string, path: string, operation: Operation): string {
  const url = `http://localhost:3000${path.replace(/\{([^}]+)\}/g, '$1-value')}`;
  const parts = [`curl -X ${method.toUpperCase()} '${url}'`];
  if (operation.security === undefined) parts.push(`-H '${COMMITTEE_HEADER}: base'`, `-H '${PERSONA_HEADER}: member'`);
  if (operation.requestBody) parts.push(`-H 'content-type: application/json'`, `-d @body.json`);
  return parts.join(' \\\n  ');
}

function parametersTable(parameters: readonly Parameter[]): string {
  const rows = parameters
    .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : ''}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code>${p.description ? ` ${escapeHtml(p.description)}` : ''}</td></tr>`)
    .join('');
  return `<table><tr><th>name</th><th>in</th><th>required</th><th>schema</th></tr>${rows}</table>`;
}

function operationHtml(method: string, path: string, operation: Operation): string {
  const responses = Object.entries(operation.responses)
    .map(([status, response]) => {
      const schema = response.content?.['application/json']?.schema;
      const body = schema === undefined || '$ref' in schema ? '' : `<details><summary>schema</summary><pre>${pretty(schema)}</pre></details>`;
      return `<li><strong>${status}</strong> ${escapeHtml(response.description)}${body}</li>`;
    })
    .join('');
  return `<section id="${escapeHtml(operation.operationId)}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary)}${operation.description ? `<br>${escapeHtml(operation.description)}` : ''}</p>
${operation.parameters ? parametersTable(operation.parameters) : ''}
${operation.requestBody ? `<details><summary>request body</summary><pre>${pretty(operation.requestBody.content['application/json'].schema)}</pre></details>` : ''}
<ul>${responses}</ul>
<pre class="curl">${escapeHtml(curlOf(method, path, operation))}</pre>
</section>`;
}

/**
 * The API page: every operation of the document with its parameters, schemas, statuses and a
 * curl line, rendered on the server (no script, nothing fetched from elsewhere).
 */
export function renderApiDocs(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));
  const index = operations
    .map(({ path, method, operation }) => `<li><a href="#${escapeHtml(operation.operationId)}">${method.toUpperCase()} ${escapeHtml(path)}</a> — ${escapeHtml(operation.summary)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(document.info.title)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}code,pre{font-family:ui-monospace,monospace}
pre{background:#f5f5f5;padding:.6em;overflow:auto;max-height:30em}section{border-top:1px solid #ddd;margin-top:1.5em}
.method{display:inline-block;min-width:4em;color:#fff;background:#1f6feb;border-radius:3px;padding:0 .4em;text-align:center}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left}</style></head>
<body><h1>${escapeHtml(document.info.title)}</h1><p>${escapeHtml(document.info.description)}</p>
<p><a href="/openapi.json">openapi.json</a> (OpenAPI ${document.openapi})</p>
<h2>Error body · 错误响应</h2><pre>${pretty(document.components.schemas['Error'])}</pre>
<h2>Operations · 接口</h2><ul>${index}</ul>
${operations.map(({ path, method, operation }) => operationHtml(method, path, operation)).join('\n')}
</body></html>`;
}
