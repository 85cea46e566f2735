import { describe, expect, it } from 'vitest';
import { createMemoryStore, createTenantRunner, createVirtualClock, PayloadError, type Engine } from '../src/index.js';
import { assigner, member, office, proposalEngine, submitPayload } from './support/proposal.js';

// The runner of a process serving many committees: each tenant's due work goes to that tenant's
// engine; one tenant's failure does not hold up the others. (Tenant isolation on every store is
// in the store conformance suite.)

describe('createTenantRunner', () => {
  it('runs the other tenants when one tenant’s turn fails, and reports the failure', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock('2026-02-10T09:00:00+08:00');
    const engines: Record<string, Engine> = {};
    for (const tenant of ['a', 'b', 'c']) {
      const { engine } = proposalEngine({ store, clock, tenant });
      await engine.start('proposal', { actor: member, id: 'P-1' });
      await engine.send('P-1', { type: 'submit', actor: member, payload: submitPayload });
      await engine.send('P-1', { type: 'accept', actor: office });
      await engine.send('P-1', { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
      engines[tenant] = engine;
    }
    const broken = new Error('数据库连接中断');
    engines.b = { ...engines.b!, runDueTimers: async () => Promise.reject(broken) };
    const runner = createTenantRunner({ store, engines, clock });
    expect(runner.tenants).toEqual(['a', 'b', 'c']);
    clock.advance('P1M');
    const report = await runner.run(new Date(clock.now().getTime() + 86_400_000));
    expect(report.ran.map((run) => [run.tenant, run.timers.fired])).toEqual([['a', 1], ['c', 1]]);
    expect(report.failed).toEqual([{ tenant: 'b', error: broken }]);
    expect(report.unserved).toEqual([]);
  }, 30_000);

  it('refuses engines that are not bound to their key, keys that are not tenant ids, and a missing store', () => {
    const { engine, store } = proposalEngine();
    for (const options of [
      { store, engines: { haian: engine } },
      { store, engines: { 'jiangyin/x': engine } },
      { store, engines: new Map([['__proto__', engine]]) },
      { store, engines: { jiangyin: {} as Engine } },
      { engines: { jiangyin: engine } },
    ]) {
      expect(() => createTenantRunner(options as never)).toThrow(PayloadError);
    }
    expect(createTenantRunner({ store, engines: new Map([['jiangyin', engine]]) }).tenants).toEqual(['jiangyin']);
  });
});
