import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgresServer } from '@luzhi/test-env';

/**
 * Two server processes (`src/main.ts`, as `npm start` runs it) on one PostgreSQL database: each
 * sees the other's writes, a version one of them made stale is refused by the other, and a
 * deadline that falls due while both run their timer loops fires once.
 */

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
/** How often each process looks for due timers: short, so that both race for every timer. */
const TICK_MS = '100';

/** A running `npm start` process and how to call it. */
interface Process {
  child: ChildProcess;
  url: string;
  /** What it printed, both streams. */
  output: string[];
  /** What it printed on stderr alone: errors of its timer loop, say. */
  errors: string[];
}

const REPO_DIR = fileURLToPath(new URL('../../..', import.meta.url));

const children: ChildProcess[] = [];
/** Signals a child and everything it started (it leads its own process group). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-child.pid!, signal);
    return true;
  } catch {
    return false;
  }
}
// A failing or interrupted run must not leave servers behind.
process.on('exit', () => {
  for (const child of children) signalGroup(child, 'SIGKILL');
});

/**
 * Starts a server on the database and resolves once it prints its URL: `npm start` at the
 * repository's root as the deployment guide runs it (the settings must reach the server through
 * every script in between), or `src/main.ts` directly.
 */
function startProcess(how: 'npm start' | 'node', env: Record<string, string>): Promise<Process> {
  const [command, args, cwd] =
    how === 'npm start'
      ? ['npm', ['start'], REPO_DIR]
      : [process.execPath, ['--import', 'tsx', '--conditions=@luzhi/source', 'src/main.ts'], SERVER_DIR];
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, PORT: '0', LUZHI_TICK_MS: TICK_MS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  const output: string[] = [];
  const errors: string[] = [];
  return new Promise((resolve, reject) => {
    const failed = (why: string) => reject(new Error(`${why}\n${output.join('')}`));
    child.once('exit', (code) => failed(`the server exited (${code}) before printing its URL`));
    child.stderr!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      errors.push(chunk.toString());
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const url = /Luzhi OA server: (http:\/\/localhost:\d+)/.exec(output.join(''))?.[1];
      if (url !== undefined) resolve({ child, url, output, errors });
    });
  });
}

/** Stops a server and what it started: SIGTERM, then SIGKILL for whatever still runs after five seconds. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (!signalGroup(child, 'SIGTERM')) return;
  const until = Date.now() + 5_000;
  while (signalGroup(child, 0) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
  signalGroup(child, 'SIGKILL');
}

interface Answer {
  status: number;
  body: any;
}

/** Calls a process's API as a persona of the base committee. */
async function call(to: Process, method: string, path: string, persona: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = { 'x-luzhi-persona': persona, 'x-luzhi-committee': 'base' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${to.url}${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

/** Polls `probe` until it returns a value other than undefined, for at most `ms`. */
async function eventually<T>(probe: () => Promise<T | undefined>, ms: number, what: string): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not reached within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A review whose first step has a deadline of seconds: a warning after one second (notifying the
 * office) and, after three, an expiry that moves the instance on and notifies the member.
 */
const QUICK_REVIEW = {
  id: 'quick-review',
  version: 1,
  title: { 'zh-CN': '限时审查', en: 'A review against the clock' },
  roles: {
    member: { title: { 'zh-CN': '委员', en: 'Member' } },
    office: { title: { 'zh-CN': '办公室', en: 'Office' } },
  },
  data: { type: 'object', properties: { note: { type: 'string' } } },
  initial: 'review',
  states: {
    review: {
      title: { 'zh-CN': '审查', en: 'Review' },
      deadline: {
        within: 'PT3S',
        warnBefore: 'PT2S',
        onWarn: { effects: [{ notify: { roles: ['office'], message: '审查即将到期' } }] },
        onExpire: { to: 'late', set: { '/note': "'逾期'" }, effects: [{ notify: { roles: ['member'], message: '审查已逾期' } }] },
      },
      on: {
        note: { roles: ['office'], title: { 'zh-CN': '记录意见', en: 'Note' }, set: { '/note': 'payload.note' }, form: 'note' },
        accept: { to: 'done', roles: ['office'], title: { 'zh-CN': '通过', en: 'Accept' } },
      },
    },
    late: {
      title: { 'zh-CN': '逾期', en: 'Late' },
      on: { accept: { to: 'done', roles: ['office'], title: { 'zh-CN': '通过', en: 'Accept' } } },
    },
    done: { title: { 'zh-CN': '办结', en: 'Done' }, type: 'final' },
  },
  forms: {
    note: {
      title: { 'zh-CN': '意见', en: 'Note' },
      schema: { type: 'object', required: ['note'], properties: { note: { type: 'string', minLength: 1 } } },
    },
  },
};

/** Every effect the two processes posted to the webhook, in the order they arrived. */
const delivered: Array<{ kind: string; instanceId: string; idempotencyKey: string; request: { message?: string } }> = [];
let webhook: Server;
let postgres: { url: string; stop(): void };
let a: Process;
let b: Process;

beforeAll(async () => {
  webhook = createHttpServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      delivered.push(JSON.parse(text));
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  postgres = await startPostgresServer({ fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
  const env = {
    LUZHI_DATABASE_URL: postgres.url,
    LUZHI_WEBHOOK_URL: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/effects`,
  };
  // Both start at once on an empty database: the schema is created once, under its lock.
  [a, b] = await Promise.all([startProcess('npm start', env), startProcess('node', env)]);
});

afterAll(async () => {
  await Promise.all(children.map(stopProcess));
  postgres?.stop();
  await new Promise((resolve) => webhook?.close(resolve));
});

describe('two server processes on one PostgreSQL database', () => {
  it('are two processes, each serving on its own port, both on PostgreSQL', () => {
    expect(a.child.pid).not.toBe(b.child.pid);
    expect(a.url).not.toBe(b.url);
    // The settings reach the server through `npm start` too: the port it was given, and the database.
    for (const server of [a, b]) expect(server.output.join('')).toMatch(/Luzhi OA server: http:\/\/localhost:\d+ .* store PostgreSQL/);
  });

  it('take commands for the same instance from either, each seeing the other\'s writes', async () => {
    const started = await call(a, 'POST', '/api/instances', 'member', { definition: 'proposal' });
    expect(started.status).toBe(201);
    const id: string = started.body.id;
    expect((await call(b, 'GET', `/api/instances/${id}`, 'member')).body).toMatchObject({ id, version: 1, status: 'active' });

    const proposal = {
      title: '关于多进程部署的建议',
      category: '社会事业',
      submittedAs: '委员',
      session: '平时提案',
      situation: '同一数据库上运行两个服务进程，命令可以发给任意一个，双方都能看到对方写入的结果。',
      suggestions: '以数据库中的行版本和计时器租约协调各进程。',
      suggestedLeadUnit: '市教育局',
    };
    const submitted = await call(b, 'POST', `/api/instances/${id}/commands`, 'member', { type: 'submit', payload: proposal, expectedVersion: 1 });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.version).toBe(2);

    // The office's to-do list on the other process has the proposal B just moved.
    const tasks = await call(a, 'GET', '/api/tasks', 'proposal-office');
    expect(tasks.status).toBe(200);
    expect(JSON.stringify(tasks.body)).toContain(id);
    expect((await call(a, 'GET', `/api/instances/${id}`, 'member')).body).toMatchObject({ version: 2, data: { title: proposal.title } });

    // A version B made stale is refused by A, and nothing is written.
    const stale = await call(a, 'POST', `/api/instances/${id}/commands`, 'member', { type: 'withdraw', expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('instance.versionConflict');
    expect((await call(b, 'GET', `/api/instances/${id}`, 'member')).body.version).toBe(2);

    const history = await call(a, 'GET', `/api/instances/${id}/history`, 'member');
    expect(history.body.map((event: { type: string }) => event.type)).toEqual(['start', 'submit']);
    expect((await call(b, 'GET', `/api/instances/${id}/verification`, 'member')).body).toMatchObject({ ok: true });
  });

  it('share idempotency keys: a retry sent to the other process replays, another command under the key is refused', async () => {
    const key = 'multi-process-start-1';
    const first = await call(a, 'POST', '/api/instances', 'member', { definition: 'proposal', idempotencyKey: key });
    expect(first.status).toBe(201);
    const retry = await call(b, 'POST', '/api/instances', 'member', { definition: 'proposal', idempotencyKey: key });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    const reused = await call(b, 'POST', '/api/instances', 'co-signer', { definition: 'proposal', idempotencyKey: key });
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('idempotency.conflict');
  });

  it('fire each timer once while both run their timer loops, and deliver each effect', async () => {
    const published = await call(a, 'POST', '/api/definitions', 'admin', QUICK_REVIEW);
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    // Published through A, it is in the store B reads definitions from.
    expect((await call(b, 'GET', '/api/definitions/quick-review', 'member')).body).toMatchObject({ id: 'quick-review', version: 1 });

    // Started alternately on either process, so both have instances of their own and the other's.
    const ids: string[] = [];
    for (let index = 0; index < 8; index++) {
      const started = await call(index % 2 === 0 ? a : b, 'POST', '/api/instances', 'member', { definition: 'quick-review' });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      ids.push(started.body.id);
    }
    // One instance is acted on before its warning, by the process that did not start it: the
    // action keeps the state and its deadline.
    const noted = await call(b, 'POST', `/api/instances/${ids[0]}/commands`, 'proposal-office', { type: 'note', payload: { note: '已阅' } });
    expect(noted.status, JSON.stringify(noted.body)).toBe(200);

    for (const id of ids) {
      const late = await eventually(
        async () => {
          const view = (await call(a, 'GET', `/api/instances/${id}`, 'member')).body;
          return view.state === 'late' ? view : undefined;
        },
        30_000,
        `${id} moved to late by its expiry`,
      );
      expect(late.data.note).toBe('逾期');
      const history = (await call(b, 'GET', `/api/instances/${id}/history`, 'member')).body as Array<{ type: string; actor: { id: string } }>;
      expect(history.filter((event) => event.type === 'deadlineWarning')).toHaveLength(1);
      expect(history.filter((event) => event.type === 'deadlineExpired')).toHaveLength(1);
      expect(history.filter((event) => event.type.startsWith('deadline')).every((event) => event.actor.id === 'luzhi:system')).toBe(true);
      expect((await call(a, 'GET', `/api/instances/${id}/verification`, 'member')).body).toMatchObject({ ok: true });
    }

    // Each instance's two notifications reach the webhook, from whichever process delivered them.
    await eventually(
      async () => {
        const keys = new Set(delivered.filter((effect) => ids.includes(effect.instanceId)).map((effect) => effect.idempotencyKey));
        return keys.size >= ids.length * 2 ? keys : undefined;
      },
      15_000,
      'every notification delivered',
    );
    // The process whose timer fired delivers its effects itself (the outbox row is leased to it),
    // so while both live each effect arrives once; its idempotency key lets a receiver drop the
    // repeat a delivery after a crash would bring.
    for (const id of ids) {
      const mine = delivered.filter((effect) => effect.instanceId === id);
      expect(mine.map((effect) => effect.request.message).sort()).toEqual(['审查即将到期', '审查已逾期'].sort());
      expect(new Set(mine.map((effect) => effect.idempotencyKey)).size).toBe(2);
    }
    // Neither process's timer loop reported an error: the race for each timer was settled by its lease.
    expect(a.errors.join('')).toBe('');
    expect(b.errors.join('')).toBe('');
  });
});
