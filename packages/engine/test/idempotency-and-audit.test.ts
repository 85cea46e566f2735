import { describe, expect, it } from 'vitest';
import { createMemoryStore, ConcurrencyError, StoreDataError } from '../src/index.js';
import { proposalEngine, member, office, submitPayload } from './support/proposal.js';

describe('idempotency keys', () => {
  it('makes a retried command a no-op that returns the first result', async () => {
    const { engine, clock } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    const first = await engine.send(id, { type: 'submit', actor: member, payload: submitPayload, idempotencyKey: 'req-1' });
    clock.advance('PT1H');
    const retry = await engine.send(id, { type: 'submit', actor: member, payload: submitPayload, idempotencyKey: 'req-1' });
    expect(retry).toEqual(first);
    expect(await engine.history(id)).toHaveLength(2);

    // Still the first result after the instance moved on.
    await engine.send(id, { type: 'accept', actor: office });
    expect(await engine.send(id, { type: 'submit', actor: member, payload: submitPayload, idempotencyKey: 'req-1' })).toEqual(first);
    expect(await engine.history(id)).toHaveLength(3);
  });

  it('starts one instance per idempotency key', async () => {
    const { engine } = proposalEngine();
    const first = await engine.start('proposal', { actor: member, idempotencyKey: 'oa-form-77' });
    const again = await engine.start('proposal', { actor: member, idempotencyKey: 'oa-form-77' });
    expect(again).toEqual(first);
    const other = await engine.start('proposal', { actor: member, idempotencyKey: 'oa-form-78' });
    expect(other.id).not.toBe(first.id);
    await expect(engine.start('proposal', { actor: member, id: first.id })).rejects.toBeInstanceOf(ConcurrencyError);
  });
});

describe('the audit trail', () => {
  it('chains every event to the one before', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    const [start, submit] = await engine.history(id);
    expect(start).toMatchObject({ seq: 1, type: 'start', from: null, to: 'draft', prevHash: '' });
    expect(submit).toMatchObject({ seq: 2, type: 'submit', from: 'draft', to: 'review', prevHash: start!.hash, payload: submitPayload });
    expect(submit!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['an edited payload', (events: any[]) => {
      events[1].payload.title = '被篡改的案由';
    }, { seq: 2, reason: 'hash' }],
    ['an edited actor with a recomputed-looking hash', (events: any[]) => {
      events[2].actor.id = 'someone-else';
    }, { seq: 3, reason: 'hash' }],
    ['a removed event', (events: any[]) => {
      events.splice(1, 1);
    }, { seq: 3, reason: 'sequence' }],
    ['a dropped last event', (events: any[]) => {
      events.pop();
    }, { reason: 'state' }],
  ])('detects %s', async (_name, tamper, expected) => {
    const { engine, store } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member, id: 'T-1' });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    await engine.send(id, { type: 'accept', actor: office });
    const dump = store.dump();
    const events = dump.events.find((row) => row.tenant === 'jiangyin' && row.instanceId === 'T-1')!.events;
    tamper(events);
    const tampered = proposalEngine({ store: createMemoryStore(dump) }).engine;
    expect(await tampered.verifyHistory(id)).toMatchObject({ ok: false, ...expected });
  });

  it('reports a corrupt stored row instead of crashing on it', async () => {
    const { engine, store } = proposalEngine();
    await engine.start('proposal', { actor: member, id: 'B-1' });
    const dump = store.dump();
    (dump.instances.find((row) => row.id === 'B-1') as any).version = 'seven';
    const error = (() => {
      try {
        return createMemoryStore(dump);
      } catch (caught) {
        return caught as any;
      }
    })();
    expect(error).toBeInstanceOf(StoreDataError);
    expect(error.issues[0]).toMatchObject({ pointer: '/instances/0/version' });
  });
});

describe('effects', () => {
  it('keeps a failed effect in the outbox and delivers it later with the same idempotency key', async () => {
    let failures = 1;
    const calls: string[] = [];
    const { engine, store, clock } = proposalEngine({
      tenant: 'default',
      notify: (_request, context) => {
        calls.push(context.idempotencyKey);
        if (failures-- > 0) throw new Error('OA 暂不可用');
      },
    });
    const { id } = await engine.start('proposal', { actor: member, id: 'E-1' });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    const rejected = await engine.send(id, { type: 'reject', actor: office, payload: { ground: '其他', reason: '内容空泛，缺乏具体建议' } });
    expect(rejected.state).toBe('notFiled');
    expect(await store.listEffects({ limit: 10 })).toEqual([
      expect.objectContaining({ id: 'default/E-1/3/0', attempts: 1, lastError: 'OA 暂不可用', status: 'pending' }),
    ]);
    clock.advance('PT1S');
    expect(await engine.deliverEffects()).toEqual({ delivered: 1, failed: 0, gaveUp: 0, quarantined: 0 });
    expect(calls).toEqual(['default/E-1/3/0', 'default/E-1/3/0']);
    expect(await store.listEffects({ limit: 10 })).toEqual([]);
  });
});
