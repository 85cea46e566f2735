import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from './api-harness.js';

/** The address every example of docs/rest.md is written against. */
const DOC_ORIGIN = 'http://localhost:3000';

/** One curl example of the page and the response shown under it. */
interface Example {
  command: string;
  shown: string;
}

/** A curl command as a fetch call. */
interface Request {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

let server: Running;
let examples: Example[];
let curlBlocks: number;
beforeAll(async () => {
  const page = await readFile(new URL('../../../docs/rest.md', import.meta.url), 'utf8');
  curlBlocks = [...page.matchAll(/```bash\n([\s\S]*?)```/g)].filter((match) => /^curl /m.test(match[1]!)).length;
  examples = [...page.matchAll(/```bash\n(curl [\s\S]*?)```\n\n```http\n([\s\S]*?)```/g)].map((match) => ({ command: match[1]!, shown: match[2]! }));
  server = await startServer();
});
afterAll(() => server?.close());

/** Splits a command into words as a POSIX shell would, for the quoting the page uses; anything else is refused. */
function shellWords(command: string): string[] {
  const source = command.replace(/\\\n/g, ' ');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < source.length; ) {
    const char = source[i]!;
    if (char === "'") {
      const end = source.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed quote in: ${command}`);
      word += source.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (char === '"') {
      i++;
      while (i < source.length && source[i] !== '"') {
        if (source[i] === '\\' && /["\\$`]/.test(source[i + 1] ?? '')) i++;
        if (/[$`]/.test(source[i]!) && source[i - 1] !== '\\') throw new Error(`expansion in double quotes is not supported: ${command}`);
        word += source[i];
        i++;
      }
      if (i >= source.length) throw new Error(`unclosed quote in: ${command}`);
      inWord = true;
      i++;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (char === '\\') {
      word += source[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if (/[;&|<>$`()*?#]/.test(char)) {
      throw new Error(`shell syntax "${char}" is not supported in a curl example: ${command}`);
    } else {
      word += char;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The fetch call a curl command makes, for the options the page uses; any other option is refused. */
function curlRequest(command: string, origin: string): Request {
  const [program, ...args] = shellWords(command);
  expect(program).toBe('curl');
  let method: string | undefined;
  let url: string | undefined;
  let get = false;
  const headers: Record<string, string> = {};
  const data: string[] = [];
  const encoded = new URLSearchParams();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value: ${command}`);
      return next;
    };
    if (arg === '-i' || arg === '-s' || arg === '-sS' || arg === '--include' || arg === '--silent') continue;
    if (arg === '-X' || arg === '--request') method = value();
    else if (arg === '-H' || arg === '--header') {
      const header = value();
      const colon = header.indexOf(':');
      headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (arg === '-d' || arg === '--data' || arg === '--data-raw') {
      const body = value();
      if (arg !== '--data-raw' && body.startsWith('@')) throw new Error(`a body read from a file is not supported: ${command}`);
      data.push(body);
    } else if (arg === '--data-urlencode') {
      const pair = value();
      const equals = pair.indexOf('=');
      if (equals < 1) throw new Error(`--data-urlencode takes name=value here: ${command}`);
      encoded.append(pair.slice(0, equals), pair.slice(equals + 1));
    } else if (arg === '-G' || arg === '--get') get = true;
    else if (/^https?:\/\//.test(arg) && url === undefined) url = arg;
    else throw new Error(`curl option "${arg}" is not supported by this test: ${command}`);
  }
  if (url === undefined || !url.startsWith(DOC_ORIGIN)) throw new Error(`the example must call ${DOC_ORIGIN}: ${command}`);
  const target = new URL(url.replace(DOC_ORIGIN, origin));
  if (get) {
    for (const part of data) for (const [key, val] of new URLSearchParams(part)) target.searchParams.append(key, val);
    for (const [key, val] of encoded) target.searchParams.append(key, val);
    return { method: method ?? 'GET', url: target.href, headers };
  }
  if (encoded.size > 0) data.push(encoded.toString());
  if (data.length === 0) return { method: method ?? 'GET', url: target.href, headers };
  headers['content-type'] ??= 'application/x-www-form-urlencoded';
  return { method: method ?? 'POST', url: target.href, headers, body: data.join('&') };
}

/** The status line and the first error code of a response the page shows. */
function shownAnswer(shown: string): { status: number; code: string | undefined } {
  const status = /^HTTP\/1\.1 (\d{3}) /.exec(shown);
  if (status === null) throw new Error(`a response must start with its status line: ${shown.slice(0, 80)}`);
  return { status: Number(status[1]), code: /"code": "([^"]+)"/.exec(shown)?.[1] };
}

describe('docs/rest.md', () => {
  it('shows a response under every curl example', () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.length).toBe(curlBlocks);
  });

  it('gives each curl example the status and error code the server answers', async () => {
    for (const example of examples) {
      const request = curlRequest(example.command, server.url);
      const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body ?? null });
      const text = await response.text();
      const shown = shownAnswer(example.shown);
      const where = `${request.method} ${request.url}\n${text.slice(0, 400)}`;
      expect(response.status, where).toBe(shown.status);
      if (response.status >= 400) expect((JSON.parse(text) as { error: { code: string } }).error.code, where).toBe(shown.code);
    }
  });

  it('has a curl example for every operation of /openapi.json', async () => {
    const document = (await server.call('GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const called = examples.map((example) => {
      const request = curlRequest(example.command, server.url);
      return `${request.method} ${new URL(request.url).pathname}`;
    });
    const missing: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
      for (const method of Object.keys(item)) {
        if (!called.some((call) => call.startsWith(`${method.toUpperCase()} `) && pattern.test(call.slice(method.length + 1)))) {
          missing.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
