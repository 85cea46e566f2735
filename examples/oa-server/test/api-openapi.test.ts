import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startServer, type Running } from './api-harness.js';

let server: Running;
beforeAll(async () => {
  server = await startServer({ committees: ['base'] });
});
afterAll(() => server.close());

/** `/api/instances/:id` → `/api/instances/{id}`. */
const openApiPath = (url: string): string => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const answer = await server.call('GET', '/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toBe('3.1.0');
    const result = await new Validator().validate(answer.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route Fastify registered, and nothing else', async () => {
    const document = (await server.call('GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const registered = new Set(
      server.app.luzhi.routes
        .map((route) => route.split(' ') as [string, string])
        .filter(([method, url]) => method !== 'HEAD' && !server.app.luzhi.pages.includes(url))
        .map(([method, url]) => `${method.toLowerCase()} ${openApiPath(url)}`),
    );
    const documented = new Set(Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`)));
    expect([...documented].sort()).toEqual([...registered].sort());
    expect(registered.size).toBeGreaterThanOrEqual(17);
  });

  it('gives each API operation its parameters, body, responses and error statuses', async () => {
    const document = (await server.call('GET', '/openapi.json')).body;
    const operation = document.paths['/api/instances/{id}/commands'].post;
    expect(operation.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path', required: true }));
    const body = operation.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties).sort()).toEqual(['branch', 'expectedVersion', 'idempotencyKey', 'payload', 'type']);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '413', '414', '415', '500']);
    expect(operation.responses['409'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    const tasks = document.paths['/api/tasks'].get;
    expect(tasks.parameters.map((parameter: { name: string }) => parameter.name).sort()).toEqual(['definition', 'dueSoon', 'limit', 'overdue', 'sort', 'state']);
    expect(tasks.parameters.find((parameter: { name: string }) => parameter.name === 'overdue').schema.type).toBe('boolean');
    expect(document.components.schemas.Error.properties.error.required).toEqual(expect.arrayContaining(['code', 'messages']));
  });
});

describe('the API page', () => {
  it('lists every operation with a curl line, with nothing fetched from elsewhere', async () => {
    const document = (await server.call('GET', '/openapi.json')).body as { paths: Record<string, Record<string, { operationId: string }>> };
    const page = await server.call('GET', '/api-docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = page.body as string;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(html).toContain(`id="${operation.operationId}"`);
        expect(html).toContain(`curl -X ${method.toUpperCase()} &#39;http://localhost:3000${path.replace(/\{([^}]+)\}/g, '$1-value')}`);
      }
    }
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)/);
  });
});
