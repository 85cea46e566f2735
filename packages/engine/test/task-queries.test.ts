import { describe, expect, it } from 'vitest';
import { createMemoryStore, type MemoryStore, type StoredTask, type StoredTaskQuery } from '../src/index.js';
import { scan } from './support/task-scan.js';
import { proposalEngine, member, office, assigner, submitPayload } from './support/proposal.js';
import { randomSource } from './support/schema-sample.js';

/** A memory store and, beside it, the same tasks as plain rows for {@link scan}. */
function storeWithModel(store: MemoryStore = createMemoryStore()) {
  const model = new Map<string, StoredTask[]>();
  const versions = new Map<string, number>();
  const put = async (tenant: string, id: string, tasks: StoredTask[]) => {
    const key = `${tenant}\u0000${id}`;
    const version = versions.get(key) ?? 0;
    const at = '2026-03-01T01:00:00.000Z';
    await store.commit({
      // Complete rows, so that a dump of the store loads again.
      instance: {
        tenant, id, definitionId: 'proposal', definitionVersion: 1, state: 'review', data: {}, status: 'active',
        version: version + 1, createdAt: at, updatedAt: at, lastHash: `h${version}`, entered: { review: at },
        deadlines: {}, branches: {}, assignees: {},
      },
      expectedVersion: version,
      event: { seq: version + 1, at, actor: { id: 'tian', roles: ['office'] }, type: 'step', from: null, to: 'review', prevHash: `h${version}`, instanceHash: `i${version + 1}`, hash: `h${version + 1}` },
      tasks,
      timers: [],
      effects: [],
    });
    versions.set(key, version + 1);
    if (tasks.length > 0) model.set(key, tasks);
    else model.delete(key);
  };
  return { store, model, put };
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  const { next, pick } = randomSource(seed);
  const some = <T>(values: readonly T[]): T[] => values.filter(() => next() < 0.4);
  return { next, pick, some };
}

const ROLES = ['office', 'member', 'assigner'];
const UNIT_ROLES = ['handling-unit', 'liaison'];
const UNITS = ['市教育局', '市财政局', '市人社局'];
const USERS = ['tian', 'zhang', 'li'];
// Few distinct instants, so that many tasks tie and the tie order is tested too.
const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'].map((day) => `${day}T01:00:00.000Z`);

function randomTask(rng: ReturnType<typeof random>, tenant: string, id: string): StoredTask {
  const unit = rng.next() < 0.4 ? rng.pick(UNITS) : undefined;
  const due = rng.next() < 0.6 ? rng.pick(DAYS) : undefined;
  const warnAt = due !== undefined && rng.next() < 0.5 ? rng.pick(DAYS.filter((day) => day <= due)) : undefined;
  return {
    tenant,
    instanceId: id,
    definitionId: rng.pick(['proposal', 'opinion']),
    definitionVersion: 1,
    state: rng.pick(['review', 'assign', 'working']),
    roles: rng.some(ROLES),
    ...(unit === undefined ? {} : { unit, unitRoles: rng.some(UNIT_ROLES) }),
    ...(rng.next() < 0.15 ? { assignee: rng.pick(USERS) } : {}),
    actions: [rng.pick(['accept', 'assign', 'reply'])],
    createdAt: rng.pick(DAYS),
    ...(due === undefined ? {} : { due }),
    ...(warnAt === undefined ? {} : { warnAt }),
  };
}

function randomQuery(rng: ReturnType<typeof random>): StoredTaskQuery {
  const query: StoredTaskQuery = { roles: rng.some([...ROLES, ...UNIT_ROLES]) };
  if (rng.next() < 0.5) query.unit = rng.pick(UNITS);
  if (rng.next() < 0.7) query.actorId = rng.pick(USERS);
  if (rng.next() < 0.2) query.definitionId = rng.pick(['proposal', 'opinion']);
  if (rng.next() < 0.2) query.state = rng.pick(['review', 'assign', 'working']);
  if (rng.next() < 0.2) query.dueBy = rng.pick(DAYS);
  if (rng.next() < 0.2) query.warnedBy = rng.pick(DAYS);
  if (rng.next() < 0.5) query.sort = rng.pick(['created', 'due'] as const);
  if (rng.next() < 0.5) query.limit = 1 + Math.floor(rng.next() * 8);
  return query;
}

const task = (id: string, fields: Partial<StoredTask>): StoredTask => ({
  tenant: 'jiangyin',
  instanceId: id,
  definitionId: 'proposal',
  definitionVersion: 1,
  state: 'review',
  roles: ['office'],
  actions: ['accept'],
  createdAt: DAYS[0]!,
  ...fields,
});
const ids = (tasks: unknown[]) => (tasks as StoredTask[]).map((row) => row.instanceId);

describe('the memory store’s to-do index', () => {
  it('answers exactly as a full scan, in the same order, through thousands of changes', async () => {
    const rng = random(20260301);
    const { store, model, put } = storeWithModel();
    for (let step = 0; step < 3000; step++) {
      const tenant = rng.pick(['jiangyin', 'haian']);
      const id = `P-${Math.floor(rng.next() * 150)}`;
      const count = rng.pick([0, 1, 1, 1, 2, 3]);
      await put(tenant, id, Array.from({ length: count }, () => randomTask(rng, tenant, id)));
      if (step % 50 !== 49) continue;
      for (let q = 0; q < 20; q++) {
        const tenantQueried = rng.pick(['jiangyin', 'haian', 'nobody']);
        const query = randomQuery(rng);
        expect(await store.tasks(tenantQueried, query), JSON.stringify({ step, tenantQueried, query })).toEqual(
          scan(model, tenantQueried, query),
        );
      }
    }
    // The same answers from a store restored from a dump.
    const restored = createMemoryStore(store.dump());
    for (let q = 0; q < 200; q++) {
      const query = randomQuery(rng);
      expect(await restored.tasks('jiangyin', query)).toEqual(scan(model, 'jiangyin', query));
    }
  });

  it('lists oldest first; tasks created at the same instant in the order their instances got open tasks', async () => {
    const { store, put } = storeWithModel();
    await put('jiangyin', 'B', [task('B', { createdAt: DAYS[1]! })]);
    await put('jiangyin', 'C', [task('C', { createdAt: DAYS[1]! })]);
    await put('jiangyin', 'A', [task('A', { createdAt: DAYS[2]! })]);
    await put('jiangyin', 'D', [task('D', { createdAt: DAYS[0]! })]);
    expect(ids(await store.tasks('jiangyin', { roles: ['office'] }))).toEqual(['D', 'B', 'C', 'A']);
    // B keeps its place while it has an open task, even when the task is replaced …
    await put('jiangyin', 'B', [task('B', { createdAt: DAYS[1]!, state: 'assign' })]);
    expect(ids(await store.tasks('jiangyin', { roles: ['office'] }))).toEqual(['D', 'B', 'C', 'A']);
    // … and goes behind C once it had none for a while.
    await put('jiangyin', 'B', []);
    await put('jiangyin', 'B', [task('B', { createdAt: DAYS[1]! })]);
    expect(ids(await store.tasks('jiangyin', { roles: ['office'] }))).toEqual(['D', 'C', 'B', 'A']);
  });

  it('sorts by due date with tasks without one last, ties oldest first', async () => {
    const { store, put } = storeWithModel();
    await put('jiangyin', 'none', [task('none', { createdAt: DAYS[0]! })]);
    await put('jiangyin', 'late', [task('late', { due: DAYS[3]! })]);
    await put('jiangyin', 'soon-new', [task('soon-new', { createdAt: DAYS[1]!, due: DAYS[2]! })]);
    await put('jiangyin', 'soon-old', [task('soon-old', { createdAt: DAYS[0]!, due: DAYS[2]! })]);
    expect(ids(await store.tasks('jiangyin', { roles: ['office'], sort: 'due' }))).toEqual(['soon-old', 'soon-new', 'late', 'none']);
    expect(ids(await store.tasks('jiangyin', { roles: ['office'], sort: 'due', limit: 2 }))).toEqual(['soon-old', 'soon-new']);
    expect(ids(await store.tasks('jiangyin', { roles: ['office'], sort: 'due', dueBy: DAYS[2]! }))).toEqual(['soon-old', 'soon-new']);
  });

  it('filters by definition, state, due-by and warned-by, then applies the limit', async () => {
    const { store, put } = storeWithModel();
    await put('jiangyin', 'a', [task('a', { state: 'assign' })]);
    await put('jiangyin', 'b', [task('b', { definitionId: 'opinion' })]);
    await put('jiangyin', 'c', [task('c', { due: DAYS[1]!, warnAt: DAYS[0]! })]);
    await put('jiangyin', 'd', [task('d', { due: DAYS[3]!, warnAt: DAYS[2]! })]);
    const office = { roles: ['office'] };
    expect(ids(await store.tasks('jiangyin', { ...office, state: 'assign' }))).toEqual(['a']);
    expect(ids(await store.tasks('jiangyin', { ...office, definitionId: 'opinion' }))).toEqual(['b']);
    expect(ids(await store.tasks('jiangyin', { ...office, dueBy: DAYS[1]! }))).toEqual(['c']);
    // In its warning window and not yet due.
    expect(ids(await store.tasks('jiangyin', { ...office, warnedBy: DAYS[0]! }))).toEqual(['c']);
    expect(ids(await store.tasks('jiangyin', { ...office, warnedBy: DAYS[2]! }))).toEqual(['d']);
    expect(ids(await store.tasks('jiangyin', { ...office, definitionId: 'proposal', limit: 2 }))).toEqual(['a', 'c']);
  });

  it('shows a unit’s task to unit-scoped roles only within that unit, and every task once', async () => {
    const { store, put } = storeWithModel();
    await put('jiangyin', 'edu', [task('edu', { roles: ['office'], unit: '市教育局', unitRoles: ['handling-unit'] })]);
    await put('jiangyin', 'fin', [task('fin', { roles: [], unit: '市财政局', unitRoles: ['handling-unit'] })]);
    expect(ids(await store.tasks('jiangyin', { roles: ['handling-unit'], unit: '市教育局' }))).toEqual(['edu']);
    expect(ids(await store.tasks('jiangyin', { roles: ['handling-unit'] }))).toEqual([]);
    expect(ids(await store.tasks('jiangyin', { roles: ['office'], unit: '市财政局' }))).toEqual(['edu']);
    // Found through two roles, listed once.
    expect(ids(await store.tasks('jiangyin', { roles: ['office', 'handling-unit'], unit: '市教育局' }))).toEqual(['edu']);
  });

  it('shows a claimed or delegated task to its assignee only, whatever their roles', async () => {
    const { store, put } = storeWithModel();
    await put('jiangyin', 'held', [task('held', { assignee: 'tian' })]);
    await put('jiangyin', 'open', [task('open', {})]);
    expect(ids(await store.tasks('jiangyin', { roles: ['office'], actorId: 'zhang' }))).toEqual(['open']);
    expect(ids(await store.tasks('jiangyin', { roles: ['office'], actorId: 'tian' }))).toEqual(['held', 'open']);
    expect(ids(await store.tasks('jiangyin', { roles: [], actorId: 'tian' }))).toEqual(['held']);
    // Released again: back on the office's list, in its old place.
    await put('jiangyin', 'held', [task('held', {})]);
    expect(ids(await store.tasks('jiangyin', { roles: ['office'], actorId: 'zhang' }))).toEqual(['held', 'open']);
  });

  it('keeps tenants apart and forgets tasks that were closed', async () => {
    const { store, put } = storeWithModel();
    await put('jiangyin', 'x', [task('x', {})]);
    await put('haian', 'x', [task('x', { tenant: 'haian' })]);
    expect(await store.tasks('jiangyin', { roles: ['office'] })).toEqual([task('x', {})]);
    await put('jiangyin', 'x', []);
    expect(await store.tasks('jiangyin', { roles: ['office'] })).toEqual([]);
    expect(ids(await store.tasks('haian', { roles: ['office'] }))).toEqual(['x']);
    expect(store.dump().tasks).toEqual([task('x', { tenant: 'haian' })]);
  });

  it('hands out frozen rows', async () => {
    const { store, put } = storeWithModel();
    await put('jiangyin', 'x', [task('x', {})]);
    const [row] = (await store.tasks('jiangyin', { roles: ['office'] })) as StoredTask[];
    expect(Object.isFrozen(row)).toBe(true);
    expect(Object.isFrozen(row!.roles)).toBe(true);
  });
});

describe('engine.tasks on the index', () => {
  it('lists the example workflow’s tasks oldest first, the order surviving a dump and restore', async () => {
    const { engine, store, clock } = proposalEngine();
    const started: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { id } = await engine.start('proposal', { actor: member, id: `JY-${i}` });
      await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
      started.push(id);
      clock.advance('PT1H');
    }
    // JY-1 moves on and its office task goes; the others wait for the office, oldest first.
    await engine.send('JY-1', { type: 'accept', actor: office });
    const waiting = started.filter((id) => id !== 'JY-1');
    expect((await engine.tasks({ actor: office })).map((row) => row.instanceId)).toEqual(waiting);
    expect((await engine.tasks({ actor: office, limit: 2 })).map((row) => row.instanceId)).toEqual(waiting.slice(0, 2));
    expect((await engine.tasks({ actor: assigner })).map((row) => [row.instanceId, row.state])).toEqual([['JY-1', 'assign']]);
    const restored = proposalEngine({ store: createMemoryStore(store.dump()) }).engine;
    expect(await restored.tasks({ actor: office })).toEqual(await engine.tasks({ actor: office }));
  });
});
