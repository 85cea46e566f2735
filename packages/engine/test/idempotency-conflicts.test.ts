import { describe, expect, it } from 'vitest';
import { timerKey } from '../src/runtime/idempotency.js';
import { IdempotencyConflictError, createMemoryStore, type Engine } from '../src/index.js';
import { proposalEngine, member, office, assigner, unit, submitPayload, replyPayload } from './support/proposal.js';
import { everyStore } from './support/every-store.js';

const stores = everyStore('idem');

async function atAssign(engine: Engine, id?: string): Promise<string> {
  const started = await engine.start('proposal', { actor: member, ...(id ? { id } : {}) });
  await engine.send(started.id, { type: 'submit', actor: member, payload: submitPayload });
  await engine.send(started.id, { type: 'accept', actor: office });
  return started.id;
}

const assign = { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' }, idempotencyKey: 'meeting-2026-03/7' };

// Opening a SQL store migrates a new schema: slow on a busy machine.
describe.each(stores)('an idempotency key reused for another command, on the %s store', { timeout: 60_000 }, (_name, openStore) => {
  it('returns the first result for a retry of the same command, and refuses any other command with the key', async () => {
    const store = await openStore();
    const { engine } = proposalEngine(store ? { store } : {});
    const id = await atAssign(engine);
    const other = await atAssign(engine);
    const first = await engine.send(id, assign);
    expect(await engine.send(id, structuredClone(assign))).toEqual(first);
    const history = await engine.history(id);
    const variants: Array<[string, () => Promise<unknown>]> = [
      ['another action', () => engine.send(id, { ...assign, type: 'addBranch', payload: { item: '市财政局', reason: '补充会办' } })],
      ['another actor id', () => engine.send(id, { ...assign, actor: { ...assigner, id: 'someone-else' } })],
      ['another role list', () => engine.send(id, { ...assign, actor: { ...assigner, roles: ['member'] } })],
      ['an actor without the role (no authorization skipped)', () => engine.send(id, { ...assign, actor: member })],
      ['another payload', () => engine.send(id, { ...assign, payload: { leadUnit: '市财政局' } })],
      ['a payload with one more field', () => engine.send(id, { ...assign, payload: { leadUnit: '市教育局', coUnits: [] } })],
      ['a branch', () => engine.send(id, { ...assign, branch: '市教育局' })],
      ['an expected version', () => engine.send(id, { ...assign, expectedVersion: 3 })],
      ['another instance', () => engine.send(other, assign)],
      ['a start', () => engine.start('proposal', { actor: member, idempotencyKey: assign.idempotencyKey })],
    ];
    for (const [what, attempt] of variants) {
      const error = (await attempt().catch((e: unknown) => e)) as IdempotencyConflictError;
      expect(error, what).toBeInstanceOf(IdempotencyConflictError);
      expect(error.code, what).toBe('idempotency.conflict');
      expect(error.messages['zh-CN'], what).toContain(assign.idempotencyKey);
    }
    const [batch] = await engine.sendMany([{ instanceId: other, ...assign }]);
    expect(batch).toMatchObject({ ok: false, error: { code: 'idempotency.conflict' } });
    expect(await engine.history(id)).toEqual(history);
    expect((await engine.get(other)).state).toBe('assign');
    expect((await engine.history(other)).map((event) => event.type)).toEqual(['start', 'submit', 'accept']);
  });

  it('start: the same request replays, another request with the key is refused', async () => {
    const store = await openStore();
    const { engine } = proposalEngine(store ? { store } : {});
    const request = { actor: member, data: { title: '案由' }, idempotencyKey: 'oa-form-88' };
    const first = await engine.start('proposal', request);
    expect(await engine.start('proposal', structuredClone(request))).toEqual(first);
    for (const changed of [
      { ...request, data: { title: '另一个案由' } },
      { ...request, actor: { ...member, id: 'li.na' } },
      { ...request, id: 'JY-9' },
    ]) {
      await expect(engine.start('proposal', changed)).rejects.toBeInstanceOf(IdempotencyConflictError);
    }
    await expect(engine.send(first.id, { type: 'submit', actor: member, payload: submitPayload, idempotencyKey: 'oa-form-88' })).rejects.toMatchObject({
      code: 'idempotency.conflict',
    });
    // Another committee has keys of its own.
    const elsewhere = await engine.withTenant('haian').start('proposal', request);
    expect(elsewhere.tenant).toBe('haian');
  });
});

describe('deadline timers and command keys', () => {
  it('no command key can take the key a timer fires under', async () => {
    const store = createMemoryStore();
    const { engine, clock } = proposalEngine({ store });
    const id = await atAssign(engine);
    await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } });
    const timers = Object.values(store.dump().timers).filter((timer) => timer.instanceId === id);
    expect(timers.length).toBeGreaterThan(0);
    // Commands that leave the deadline as it is, with keys equal to each timer's id and to the key it fires under.
    for (const [index, timer] of timers.entries()) {
      for (const key of [timer.id, timerKey(timer)]) {
        await engine.send(id, { type: 'addBranch', actor: assigner, payload: { item: `单位${index}-${key.length}`, reason: '补充会办' }, idempotencyKey: key });
      }
    }
    const pending = Object.values(store.dump().timers).map((timer) => timer.id);
    expect(pending).toEqual(expect.arrayContaining(timers.map((timer) => timer.id)));
    clock.advance('P4M');
    await engine.runDueTimers();
    const fired = (await engine.history(id)).filter((event) => event.type.startsWith('deadline') && event.branch === undefined);
    const expected = timers.filter((timer) => timer.branch === undefined);
    expect(expected.length).toBeGreaterThan(0);
    expect(fired.map((event) => event.type).sort()).toEqual(expected.map((timer) => (timer.kind === 'warn' ? 'deadlineWarning' : 'deadlineExpired')).sort());
  });
});
