import type { FastifyInstance } from 'fastify';
import { createMemoryStore, createVirtualClock, type Store, type VirtualClock } from '@luzhi/engine';
import { createServer, type ServerOptions } from '../src/app.js';
import { demoAuthenticate } from '../src/auth.js';

/** A server listening on a free port, with what the tests need to call it. */
export interface Running {
  app: FastifyInstance;
  url: string;
  store: Store;
  clock: VirtualClock;
  /** Calls the API as `persona` of `committee` (no caller when persona is undefined). */
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
  close(): Promise<void>;
}

/** How {@link Running.call} calls. */
export interface CallOptions {
  persona?: string | undefined;
  committee?: string | undefined;
  /** A JSON body (serialized here) or raw text sent as is. */
  body?: unknown;
  raw?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/** What came back. */
export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

/** Starts a server on a memory store (or the one given) and a virtual clock, listening on a free port. */
export async function startServer(options: Partial<ServerOptions> = {}): Promise<Running> {
  const store = options.store ?? createMemoryStore();
  const clock = createVirtualClock(new Date('2026-03-02T01:00:00Z'));
  const app = await createServer({ store, clock, authenticate: demoAuthenticate, onInternalError: () => undefined, ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const call = async (method: string, path: string, call: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = { ...call.headers };
    if (call.persona !== undefined) {
      headers['x-luzhi-persona'] = call.persona;
      headers['x-luzhi-committee'] = call.committee ?? 'base';
    }
    let body: string | undefined = call.raw;
    if (call.body !== undefined) {
      body = JSON.stringify(call.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${url}${path}`, { method, headers, body: body ?? null });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (a page): the text itself.
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };
  return { app, url, store, clock, call, close: () => app.close() };
}

/** The proposal a member drafts in the tests. */
export const PROPOSAL = {
  title: '关于优化课后服务的建议',
  category: '社会事业',
  submittedAs: '委员',
  session: '平时提案',
  situation: '部分学校课后服务内容单一，家长接送困难，学生参与意愿不高，需要统筹资源加以改进。',
  suggestions: '统筹引入文体科普资源，建立课后服务经费保障机制。',
  suggestedLeadUnit: '市教育局',
};
