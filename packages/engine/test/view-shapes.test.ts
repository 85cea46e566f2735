import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  actionViewSchema,
  auditEventSchema,
  batchResultSchema,
  createEngine,
  createMemoryStore,
  effectRequestSchema,
  errorJsonSchema,
  historyVerificationSchema,
  instancePageSchema,
  instanceViewSchema,
  outboxEffectSchema,
  storedInstanceSchema,
  storedDefinitionSchema,
  storedTaskSchema,
  storedTimerSchema,
  taskSchema,
} from '../src/index.js';
import { assigner, member, office, proposalEngine, replyPayload, submitPayload, unit } from './support/proposal.js';

/** Parses `value` with `schema` and expects it back unchanged: a field the schema does not know would be dropped. */
function expectShape(schema: z.ZodType, value: unknown): void {
  const result = schema.safeParse(value);
  expect(result.error?.issues ?? []).toEqual([]);
  expect(result.data).toEqual(value);
}

describe('the schemas of views and rows describe what the engine builds', () => {
  it('every view, task, event, page, batch result, error and effect of a proposal walk parses with its schema, unchanged', async () => {
    const { engine, store, clock, delivered } = proposalEngine();
    const views: unknown[] = [];
    views.push(await engine.start('proposal', { actor: member, id: 'JY-001' }));
    views.push(await engine.send('JY-001', { type: 'submit', actor: member, payload: submitPayload }));
    views.push(await engine.send('JY-001', { type: 'accept', actor: office }));
    views.push(await engine.send('JY-001', { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } }));
    // Near and past the deadline: colours, overdue and due-soon flags appear in views and tasks.
    clock.advance('P2M');
    views.push(await engine.get('JY-001', { actor: unit }));
    views.push(await engine.get('JY-001', { actor: { id: 'qian', roles: ['handling-unit'], unit: '市财政局' } }));
    views.push(await engine.get('JY-001'));

    for (const view of views) expectShape(instanceViewSchema, view);
    const withActions = views.flatMap((view) => (view as { actions: unknown[] }).actions);
    expect(withActions.length).toBeGreaterThan(0);
    for (const action of withActions) expectShape(actionViewSchema, action);
    expect(views.some((view) => Object.keys((view as { deadlines: object }).deadlines).length > 0)).toBe(true);
    expect(views.some((view) => Object.keys((view as { branches: object }).branches).length > 0)).toBe(true);

    const tasks = [
      ...(await engine.tasks({ actor: unit })),
      ...(await engine.tasks({ actor: { id: 'qian', roles: ['handling-unit'], unit: '市财政局' } })),
    ];
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) expectShape(taskSchema, task);

    const history = await engine.history('JY-001');
    expect(history.length).toBe(4);
    for (const event of history) expectShape(auditEventSchema, event);
    expectShape(historyVerificationSchema, await engine.verifyHistory('JY-001'));

    const page = await engine.instances({ limit: 1 });
    expectShape(instancePageSchema, page);

    await engine.start('proposal', { actor: member, id: 'JY-002' });
    const results = await engine.sendMany([
      { instanceId: 'JY-002', type: 'submit', actor: member, payload: submitPayload },
      { instanceId: 'JY-002', type: 'reply', actor: unit, payload: replyPayload },
      { instanceId: 'JY-404', type: 'submit', actor: member, payload: submitPayload },
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, false, false]);
    for (const result of results) expectShape(batchResultSchema, result);
    for (const result of results) if (!result.ok) expectShape(errorJsonSchema, result.error);
    const versionPage = await engine.instances({ limit: 1, after: page.next });
    expectShape(instancePageSchema, versionPage);
    expectShape(historyVerificationSchema, await engine.verifyHistory('JY-002', { anchor: { seq: 1, hash: 'not-the-hash' } }));

    const requests = delivered.filter((effect) => effect.kind === 'notify').map((effect) => effect.detail);
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) expectShape(effectRequestSchema, request);
    expect(requests.some((request) => (request as { recipients?: unknown }).recipients !== undefined)).toBe(true);

    // The rows behind them, as the memory store keeps them.
    const dump = store.dump();
    expect(dump.instances.length).toBe(2);
    for (const row of dump.instances) expectShape(storedInstanceSchema, row);
    for (const row of dump.tasks) expectShape(storedTaskSchema, row);
    for (const row of dump.timers) expectShape(storedTimerSchema, row);
    for (const row of dump.outbox) expectShape(outboxEffectSchema, row);
    for (const row of dump.definitions) expectShape(storedDefinitionSchema, row);
  });

  it('the views, events and rows of two linked instances parse with their schemas, unchanged', async () => {
    const read = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/links/${name}.workflow.json`, import.meta.url), 'utf8')) as unknown;
    const store = createMemoryStore();
    const engine = createEngine({ definitions: [read('proposal'), read('public-opinion')], store, notify: () => {} });
    const wang = { id: 'wang', roles: [] };
    await engine.start('proposal', { actor: wang, id: 'P-1' });
    await engine.send('P-1', { type: 'submit', actor: wang, payload: { title: '关于社区养老的建议', content: '设施不足', consent: true } });
    const source = await engine.send('P-1', { type: 'decline', actor: { id: 'tian', roles: ['office'] }, payload: { reason: '转社情民意' } });
    const started = await engine.get('P-1~3.0');
    expect(source.links).toHaveLength(1);
    expect(started.origin?.instance).toBe('P-1');
    for (const view of [source, started, await engine.get('P-1')]) expectShape(instanceViewSchema, view);
    for (const event of [...(await engine.history('P-1')), ...(await engine.history('P-1~3.0'))]) expectShape(auditEventSchema, event);
    for (const row of store.dump().instances) expectShape(storedInstanceSchema, row);
  });
});
