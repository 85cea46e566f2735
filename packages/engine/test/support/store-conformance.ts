import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConcurrencyError,
  DefinitionError,
  NotFoundError,
  PayloadError,
  StoreDataError,
  type AuditEvent,
  type CommandWrite,
  type InstanceRef,
  type OutboxEffect,
  type Store,
  type StoredInstance,
  type StoredTask,
  type StoredTaskQuery,
  type StoredTimer,
} from '../../src/index.js';
import { effectId, timerId } from '../../src/runtime/row-ids.js';
import { createTenantRunner, createVirtualClock, type Engine } from '../../src/index.js';
import { scan } from './task-scan.js';
import { describeInstanceQueries } from './instance-query-conformance.js';
import { proposalDefinition, proposalEngine, member, office, assigner, unit, submitPayload, replyPayload } from './proposal.js';

/** What a conformance opener hands the suite: an empty store of the kind under test. */
export interface OpenedStore {
  store: Store;
  /** Releases the store (and whatever database it was opened on). */
  close(): Promise<void>;
  /**
   * Overwrites one field of a stored instance row with `value`, behind the engine's back, the way
   * a hand-edited database row would look. Optional: without it, the one test that needs it is skipped.
   */
  corrupt?: (ref: InstanceRef, field: string, value: unknown) => Promise<void>;
}

const T0 = '2026-03-02T01:00:00.000Z';
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
/** Ten minutes: the tests' instants are minutes apart. */
const LEASE_MS = 600_000;

/** A complete, valid instance row at `version`. */
function instanceRow(ref: InstanceRef, version: number, state = 'review'): StoredInstance {
  return {
    tenant: ref.tenant,
    id: ref.id,
    definitionId: 'proposal',
    definitionVersion: 2,
    state,
    data: { title: `案由 ${ref.id}`, units: ['市教育局'] },
    status: 'active',
    version,
    createdAt: T0,
    updatedAt: at(version),
    lastHash: `hash-${version - 1}`,
    entered: { [state]: at(version) },
    deadlines: { [state]: { due: at(1000), warnAt: at(900) } },
    branches: {},
    assignees: {},
  };
}

function eventRow(version: number, type = `step-${version}`): AuditEvent {
  return {
    seq: version,
    at: at(version),
    actor: { id: 'tian', roles: ['proposal-office'] },
    type,
    payload: { note: `第 ${version} 步` },
    from: version === 1 ? null : 'review',
    to: 'review',
    prevHash: `hash-${version - 1}`,
    instanceHash: `row-${version}`,
    hash: `hash-${version}`,
  };
}

function taskRow(ref: InstanceRef, state: string, extra: Partial<StoredTask> = {}): StoredTask {
  return {
    tenant: ref.tenant,
    instanceId: ref.id,
    definitionId: 'proposal',
    definitionVersion: 2,
    state,
    roles: ['proposal-office'],
    actions: ['accept'],
    createdAt: T0,
    ...extra,
  };
}

function timerRow(ref: InstanceRef, state: string, dueAt: string, kind: StoredTimer['kind'] = 'expire'): StoredTimer {
  return { id: timerId(ref, state, kind, dueAt), tenant: ref.tenant, instanceId: ref.id, state, kind, dueAt };
}

function effectRow(ref: InstanceRef, seq: number, index = 0): OutboxEffect {
  return {
    id: effectId(ref, seq, index),
    tenant: ref.tenant,
    instanceId: ref.id,
    seq,
    request: { kind: 'call', name: 'push-oa', args: { proposal: ref.id, index } },
    status: 'pending',
    attempts: 0,
  };
}

/** The write that takes `ref` from `version - 1` to `version`, with nothing but its event unless given. */
function writeAt(ref: InstanceRef, version: number, parts: Partial<CommandWrite> = {}): CommandWrite {
  return {
    instance: instanceRow(ref, version),
    expectedVersion: version - 1,
    event: eventRow(version),
    tasks: [],
    timers: [],
    effects: [],
    ...parts,
  };
}

/** Commits versions 1…`versions` of `ref`, the last one with `last`'s parts. */
async function commitUpTo(store: Store, ref: InstanceRef, versions: number, last: Partial<CommandWrite> = {}): Promise<void> {
  for (let version = 1; version <= versions; version++) await store.commit(writeAt(ref, version, version === versions ? last : {}));
}

const ids = (rows: unknown[]): string[] => rows.map((row) => (row as { id: string }).id);
const taskKeys = (rows: unknown[]): string[] =>
  rows.map((row) => `${(row as StoredTask).instanceId}:${(row as StoredTask).state}`);

/** Counts results: how many promises were fulfilled and how many rejected with a ConcurrencyError. */
async function settleAll(promises: ReadonlyArray<Promise<unknown>>): Promise<{ won: number; conflicts: number; other: unknown[] }> {
  const results = await Promise.allSettled(promises);
  const other = results.flatMap((result) =>
    result.status === 'rejected' && !(result.reason instanceof ConcurrencyError) ? [result.reason as unknown] : [],
  );
  return {
    won: results.filter((result) => result.status === 'fulfilled').length,
    conflicts: results.filter((result) => result.status === 'rejected' && result.reason instanceof ConcurrencyError).length,
    other,
  };
}

/** A small deterministic generator, so that a failing random case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const some = <T>(values: readonly T[]): T[] => values.filter(() => next() < 0.4);
  return { next, pick, some };
}

/**
 * Registers the behaviour every {@link Store} must show, at two levels: the raw contract, with
 * hand-made {@link CommandWrite}s, and the engine on the example proposal workflow over the store.
 * `open` is called before each test and must return an empty store; its `close` runs after it.
 */
export function describeStoreConformance(name: string, open: () => Promise<OpenedStore>): void {
  describe(`store conformance: ${name}`, async () => {
    // Whether the opener can corrupt a row decides, while tests are collected, if that test runs.
    const probe = await open();
    const canCorrupt = probe.corrupt !== undefined;
    await probe.close();

    let opened: OpenedStore;
    let store: Store;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(async () => {
      await opened.close();
    });

    const A: InstanceRef = { tenant: 'jiangyin', id: 'P-1' };
    const A2: InstanceRef = { tenant: 'jiangyin', id: 'P-2' };
    // Another committee, with an instance of the same id.
    const B: InstanceRef = { tenant: 'haian', id: 'P-1' };

    describe('the raw Store contract', () => {
      describeInstanceQueries(() => store);

      it('reads back exactly what a commit wrote', async () => {
        const write = writeAt(A, 1, {
          tasks: [taskRow(A, 'review', { due: at(1000), warnAt: at(900) })],
          timers: [timerRow(A, 'review', at(1000))],
          effects: [effectRow(A, 1)],
          idempotency: { key: 'oa-77', result: { id: A.id, version: 1 } },
        });
        await store.commit(write);
        expect(await store.read(A)).toEqual({ instance: write.instance, replay: undefined });
        expect((await store.read(A, 'oa-77')).replay).toEqual({ id: A.id, version: 1 });
        expect(await store.events(A)).toEqual([write.event]);
        expect(await store.tasks(A.tenant, { roles: ['proposal-office'] })).toEqual(write.tasks);
        expect(await store.claimDueTimers('jiangyin', at(1000), 10, LEASE_MS)).toEqual(write.timers);
        expect(await store.listEffects({ limit: 10 })).toEqual(write.effects);
      });

      it('keeps the event columns it has, if any, as the events say, in the same order', async () => {
        await commitUpTo(store, A, 3);
        const columns = await store.eventColumns?.(A);
        if (columns === undefined) return;
        expect(columns).toEqual([1, 2, 3].map((version) => ({ seq: version, at: at(version), type: `step-${version}`, hash: `hash-${version}` })));
        expect(await store.eventColumns!(B)).toEqual([]);
      });

      it('knows nothing of an instance never written', async () => {
        expect(await store.read(A, 'any-key')).toEqual({ instance: undefined, replay: undefined });
        expect(await store.events(A)).toEqual([]);
        expect(await store.tasks(A.tenant, { roles: ['proposal-office'] })).toEqual([]);
        expect(await store.claimDueTimers('jiangyin', at(100_000), 10, LEASE_MS)).toEqual([]);
        expect(await store.listEffects({ limit: 10 })).toEqual([]);
      });

      it('creates an instance once: a second create (expectedVersion 0) is a ConcurrencyError', async () => {
        await store.commit(writeAt(A, 1));
        await expect(store.commit(writeAt(A, 1, { event: eventRow(1, 'again') }))).rejects.toBeInstanceOf(ConcurrencyError);
        expect(await store.events(A)).toEqual([eventRow(1)]);
      });

      it('updates only from the stored version', async () => {
        await commitUpTo(store, A, 2);
        await expect(store.commit(writeAt(A, 2))).rejects.toBeInstanceOf(ConcurrencyError);
        await expect(store.commit(writeAt(A, 4))).rejects.toBeInstanceOf(ConcurrencyError);
        await store.commit(writeAt(A, 3));
        expect(await store.read(A)).toMatchObject({ instance: { version: 3 } });
        await expect(store.commit(writeAt(A, 1))).rejects.toBeInstanceOf(ConcurrencyError);
      });

      it('lets exactly one of many racing commits for a version win', async () => {
        await commitUpTo(store, A, 1);
        const racers = Array.from({ length: 16 }, (_, n) => store.commit(writeAt(A, 2, { event: eventRow(2, `racer-${n}`) })));
        expect(await settleAll(racers)).toEqual({ won: 1, conflicts: 15, other: [] });
        const events = (await store.events(A)) as AuditEvent[];
        expect(events.map((event) => event.seq)).toEqual([1, 2]);
        expect(events[1]!.type).toMatch(/^racer-/);
      });

      it('writes nothing at all when a commit fails its version check', async () => {
        await commitUpTo(store, A, 1, { tasks: [taskRow(A, 'review')], timers: [timerRow(A, 'review', at(10))] });
        const stale = writeAt(A, 1, {
          instance: { ...instanceRow(A, 1, 'assign'), data: { title: '不应写入' } },
          tasks: [taskRow(A, 'assign', { roles: ['assigning-office'] })],
          timers: [timerRow(A, 'assign', at(20))],
          effects: [effectRow(A, 1)],
          idempotency: { key: 'stale', result: 'stale' },
        });
        await expect(store.commit(stale)).rejects.toBeInstanceOf(ConcurrencyError);
        expect(await store.read(A, 'stale')).toEqual({ instance: instanceRow(A, 1), replay: undefined });
        expect(await store.events(A)).toEqual([eventRow(1)]);
        expect(await store.tasks(A.tenant, { roles: ['proposal-office', 'assigning-office'] })).toEqual([taskRow(A, 'review')]);
        expect(await store.claimDueTimers('jiangyin', at(100), 10, LEASE_MS)).toEqual([timerRow(A, 'review', at(10))]);
        expect(await store.listEffects({ limit: 10 })).toEqual([]);
      });

      it('keeps events in commit order', async () => {
        await commitUpTo(store, A, 6);
        expect(await store.events(A)).toEqual([1, 2, 3, 4, 5, 6].map((version) => eventRow(version)));
      });

      it('records an idempotency key once per tenant and writes nothing for a reused one', async () => {
        await commitUpTo(store, A, 1, { idempotency: { key: 'req-1', result: { first: true } } });
        const reuse = writeAt(A, 2, { tasks: [taskRow(A, 'assign')], effects: [effectRow(A, 2)], idempotency: { key: 'req-1', result: { first: false } } });
        await expect(store.commit(reuse)).rejects.toBeInstanceOf(ConcurrencyError);
        expect(await store.read(A, 'req-1')).toEqual({ instance: instanceRow(A, 1), replay: { first: true } });
        expect(await store.events(A)).toHaveLength(1);
        expect(await store.tasks(A.tenant, { roles: ['proposal-office'] })).toEqual([]);
        expect(await store.listEffects({ limit: 10 })).toEqual([]);
        // The key is the tenant's: read from another instance it gives what was recorded, and
        // another instance cannot record it again; another tenant has keys of its own.
        expect((await store.read(A2, 'req-1')).replay).toEqual({ first: true });
        await expect(store.commit(writeAt(A2, 1, { idempotency: { key: 'req-1', result: { other: true } } }))).rejects.toBeInstanceOf(ConcurrencyError);
        expect(await store.read(A2)).toEqual({ instance: undefined, replay: undefined });
        await commitUpTo(store, B, 1, { idempotency: { key: 'req-1', result: { other: true } } });
        expect((await store.read(B, 'req-1')).replay).toEqual({ other: true });
        expect((await store.read(A, 'req-2')).replay).toBeUndefined();
      });

      it('keeps the definition version an instance and its tasks were written with', async () => {
        await commitUpTo(store, A, 1, { instance: { ...instanceRow(A, 1), definitionVersion: 1 }, tasks: [taskRow(A, 'review', { definitionVersion: 1 })] });
        await commitUpTo(store, A2, 1, { tasks: [taskRow(A2, 'review')] });
        expect(await store.read(A)).toMatchObject({ instance: { definitionVersion: 1 } });
        expect(await store.read(A2)).toMatchObject({ instance: { definitionVersion: 2 } });
        const tasks = (await store.tasks(A.tenant, { roles: ['proposal-office'] })) as StoredTask[];
        expect(tasks.map((task) => [task.instanceId, task.definitionVersion])).toEqual([['P-1', 1], ['P-2', 2]]);
      });

      describe('tasks', () => {
        it('replaces an instance’s tasks as a set, leaving other instances’ alone', async () => {
          await commitUpTo(store, A, 1, { tasks: [taskRow(A, 'review'), taskRow(A, 'check', { createdAt: at(1) })] });
          await commitUpTo(store, A2, 1, { tasks: [taskRow(A2, 'review', { createdAt: at(2) })] });
          const all: StoredTaskQuery = { roles: ['proposal-office', 'assigning-office'] };
          expect(taskKeys(await store.tasks(A.tenant, all))).toEqual(['P-1:review', 'P-1:check', 'P-2:review']);
          await store.commit(writeAt(A, 2, { tasks: [taskRow(A, 'assign', { roles: ['assigning-office'], createdAt: at(3) })] }));
          expect(taskKeys(await store.tasks(A.tenant, all))).toEqual(['P-2:review', 'P-1:assign']);
          await store.commit(writeAt(A, 3, { tasks: [] }));
          expect(taskKeys(await store.tasks(A.tenant, all))).toEqual(['P-2:review']);
        });

        it('shows a task to its roles, to its unit’s unit-scoped roles, and a claimed one to its assignee only', async () => {
          const lead = taskRow(A, 'leading', { roles: ['assigning-office'], unit: '市教育局', unitRoles: ['handling-unit'], createdAt: at(1) });
          const claimed = taskRow(A2, 'review', { assignee: 'tian', createdAt: at(2) });
          await commitUpTo(store, A, 1, { tasks: [taskRow(A, 'review'), lead] });
          await commitUpTo(store, A2, 1, { tasks: [claimed] });
          const query = async (query: StoredTaskQuery) => taskKeys(await store.tasks(A.tenant, query));
          expect(await query({ roles: ['proposal-office'] })).toEqual(['P-1:review']);
          expect(await query({ roles: ['proposal-office'], actorId: 'tian' })).toEqual(['P-1:review', 'P-2:review']);
          expect(await query({ roles: ['proposal-office'], actorId: 'li' })).toEqual(['P-1:review']);
          expect(await query({ roles: ['handling-unit'], unit: '市教育局' })).toEqual(['P-1:leading']);
          expect(await query({ roles: ['handling-unit'], unit: '市财政局' })).toEqual([]);
          expect(await query({ roles: ['handling-unit'] })).toEqual([]);
          expect(await query({ roles: ['assigning-office'] })).toEqual(['P-1:leading']);
          // Found through two of the actor's roles, a task is still listed once.
          expect(await query({ roles: ['assigning-office', 'handling-unit'], unit: '市教育局' })).toEqual(['P-1:leading']);
          expect(await query({ roles: [], actorId: 'tian' })).toEqual(['P-2:review']);
        });

        it('shows a participant’s task to its users by id, whatever their roles, and to no one else', async () => {
          const draft = taskRow(A, 'draft', { roles: [], users: ['wang.li', '__proto__'], createdAt: at(1) });
          const cosign = taskRow(A2, 'invited', { roles: ['proposal-office'], unit: 'zhao', users: ['zhao'], createdAt: at(2) });
          await commitUpTo(store, A, 1, { tasks: [draft] });
          await commitUpTo(store, A2, 1, { tasks: [cosign] });
          const query = async (query: StoredTaskQuery) => taskKeys(await store.tasks(A.tenant, query));
          expect(await query({ roles: [], actorId: 'wang.li' })).toEqual(['P-1:draft']);
          expect(await query({ roles: ['member'], actorId: '__proto__' })).toEqual(['P-1:draft']);
          expect(await query({ roles: [], actorId: 'zhao' })).toEqual(['P-2:invited']);
          expect(await query({ roles: ['proposal-office'], actorId: 'wang.li' })).toEqual(['P-1:draft', 'P-2:invited']);
          // Neither a role nor a unit named like a user reaches a participant's task.
          expect(await query({ roles: ['wang.li', 'member'], unit: 'zhao' })).toEqual([]);
          expect(await query({ roles: [], actorId: 'li' })).toEqual([]);
          expect((await store.tasks(A.tenant, { roles: [], actorId: 'wang.li' }))).toEqual([draft]);
        });

        it('reads back the participants and bound units of an instance row', async () => {
          const instance = { ...instanceRow(A, 1), participants: { proposer: ['wang.li'], 'co-signer': ['zhao', 'qian'] }, units: { handler: '市教育局' } };
          await commitUpTo(store, A, 1, { instance });
          expect((await store.read(A)).instance).toEqual(instance);
        });

        it('filters by definition, state, due date and warning window, sorts and limits', async () => {
          await commitUpTo(store, A, 1, {
            tasks: [
              taskRow(A, 'review', { createdAt: at(1), due: at(300), warnAt: at(200) }),
              taskRow(A, 'assign', { createdAt: at(2) }),
              taskRow(A, 'check', { createdAt: at(3), due: at(100), warnAt: at(50) }),
            ],
          });
          await commitUpTo(store, A2, 1, { tasks: [taskRow(A2, 'review', { definitionId: 'motion', createdAt: at(4), due: at(200) })] });
          const query = async (extra: Partial<StoredTaskQuery>) => taskKeys(await store.tasks(A.tenant, { roles: ['proposal-office'], ...extra }));
          expect(await query({})).toEqual(['P-1:review', 'P-1:assign', 'P-1:check', 'P-2:review']);
          expect(await query({ definitionId: 'motion' })).toEqual(['P-2:review']);
          expect(await query({ state: 'review' })).toEqual(['P-1:review', 'P-2:review']);
          expect(await query({ dueBy: at(200) })).toEqual(['P-1:check', 'P-2:review']);
          expect(await query({ dueBy: at(99) })).toEqual([]);
          // Warned by then but not yet due: check's window opened at 50 and it fell due at 100.
          expect(await query({ warnedBy: at(60) })).toEqual(['P-1:check']);
          expect(await query({ warnedBy: at(100) })).toEqual([]);
          expect(await query({ warnedBy: at(250) })).toEqual(['P-1:review']);
          expect(await query({ sort: 'due' })).toEqual(['P-1:check', 'P-2:review', 'P-1:review', 'P-1:assign']);
          expect(await query({ sort: 'created' })).toEqual(['P-1:review', 'P-1:assign', 'P-1:check', 'P-2:review']);
          expect(await query({ sort: 'due', limit: 2 })).toEqual(['P-1:check', 'P-2:review']);
          expect(await query({ limit: 1 })).toEqual(['P-1:review']);
          expect(await query({ sort: 'due', dueBy: at(250), limit: 1 })).toEqual(['P-1:check']);
        });

        it('answers random queries as a full scan would, ties included', async () => {
          const rng = random(20260302);
          const model = new Map<string, StoredTask[]>();
          const days = [at(0), at(1440), at(2880), at(4320)];
          for (let n = 0; n < 40; n++) {
            const ref = { tenant: rng.next() < 0.8 ? 'jiangyin' : 'haian', id: `R-${n}` };
            const tasks = Array.from({ length: 1 + Math.floor(rng.next() * 3) }, (): StoredTask => {
              const unitName = rng.next() < 0.4 ? rng.pick(['市教育局', '市财政局']) : undefined;
              const due = rng.next() < 0.6 ? rng.pick(days) : undefined;
              const warnAt = due !== undefined && rng.next() < 0.5 ? rng.pick(days.filter((day) => day <= due)) : undefined;
              return taskRow(ref, rng.pick(['review', 'assign', 'leading']), {
                definitionId: rng.pick(['proposal', 'motion']),
                roles: rng.some(['proposal-office', 'member', 'assigning-office']),
                ...(unitName === undefined ? {} : { unit: unitName, unitRoles: rng.some(['handling-unit', 'liaison']) }),
                ...(rng.next() < 0.15 ? { assignee: rng.pick(['tian', 'zhang']) } : {}),
                ...(rng.next() < 0.25 ? { users: rng.some(['tian', 'zhang', 'wang']) } : {}),
                createdAt: rng.pick(days),
                ...(due === undefined ? {} : { due }),
                ...(warnAt === undefined ? {} : { warnAt }),
              });
            });
            await commitUpTo(store, ref, 1, { tasks });
            model.set(`${ref.tenant}\u0000${ref.id}`, tasks);
          }
          for (let n = 0; n < 150; n++) {
            const query: StoredTaskQuery = { roles: rng.some(['proposal-office', 'member', 'assigning-office', 'handling-unit', 'liaison']) };
            if (rng.next() < 0.5) query.unit = rng.pick(['市教育局', '市财政局']);
            if (rng.next() < 0.6) query.actorId = rng.pick(['tian', 'zhang']);
            if (rng.next() < 0.2) query.definitionId = rng.pick(['proposal', 'motion']);
            if (rng.next() < 0.2) query.state = rng.pick(['review', 'assign', 'leading']);
            if (rng.next() < 0.2) query.dueBy = rng.pick(days);
            if (rng.next() < 0.2) query.warnedBy = rng.pick(days);
            if (rng.next() < 0.5) query.sort = rng.pick(['created', 'due'] as const);
            if (rng.next() < 0.5) query.limit = 1 + Math.floor(rng.next() * 6);
            const tenant = rng.pick(['jiangyin', 'haian']);
            expect(await store.tasks(tenant, query), JSON.stringify({ tenant, query })).toEqual(scan(model, tenant, query));
          }
        });
      });

      describe('timers', () => {
        it('claims due timers soonest first, up to the limit, and leases them', async () => {
          await commitUpTo(store, A, 1, { timers: [timerRow(A, 'review', at(20)), timerRow(A, 'review', at(10), 'warn'), timerRow(A, 'review', at(90), 'warn')] });
          await commitUpTo(store, A2, 1, { timers: [timerRow(A2, 'assign', at(15))] });
          const first = await store.claimDueTimers('jiangyin', at(30), 2, LEASE_MS);
          expect(first).toEqual([timerRow(A, 'review', at(10), 'warn'), timerRow(A2, 'assign', at(15))]);
          expect(await store.claimDueTimers('jiangyin', at(30), 10, LEASE_MS)).toEqual([timerRow(A, 'review', at(20))]);
          // Leased: nothing more until the leases run out…
          expect(await store.claimDueTimers('jiangyin', at(31), 10, LEASE_MS)).toEqual([]);
          // …then they come back, with the one that fell due meanwhile.
          expect(ids(await store.claimDueTimers('jiangyin', at(95), 10, LEASE_MS))).toEqual(ids([
            timerRow(A, 'review', at(10), 'warn'), timerRow(A2, 'assign', at(15)), timerRow(A, 'review', at(20)), timerRow(A, 'review', at(90), 'warn'),
          ]));
        });

        it('gives each due timer to one of many concurrent claimers', async () => {
          const timers = Array.from({ length: 12 }, (_, n) => timerRow({ tenant: 'jiangyin', id: `C-${n}` }, 'review', at(n)));
          for (const timer of timers) await commitUpTo(store, { tenant: timer.tenant, id: timer.instanceId }, 1, { timers: [timer] });
          const claims = await Promise.all(Array.from({ length: 6 }, () => store.claimDueTimers('jiangyin', at(60), 5, LEASE_MS)));
          const claimed = claims.flatMap(ids);
          expect(claimed).toHaveLength(12);
          expect(new Set(claimed)).toEqual(new Set(ids(timers)));
        });

        it('drops a timer for good, and replaces an instance’s timers as a set', async () => {
          await commitUpTo(store, A, 1, { timers: [timerRow(A, 'review', at(10)), timerRow(A, 'review', at(5), 'warn')] });
          await commitUpTo(store, A2, 1, { timers: [timerRow(A2, 'review', at(10))] });
          await store.dropTimer('jiangyin', timerRow(A, 'review', at(10)).id);
          await store.dropTimer('jiangyin', 'no-such-timer');
          expect(ids(await store.claimDueTimers('jiangyin', at(20), 10, LEASE_MS))).toEqual(ids([timerRow(A, 'review', at(5), 'warn'), timerRow(A2, 'review', at(10))]));
          await store.commit(writeAt(A, 2, { timers: [timerRow(A, 'assign', at(30))] }));
          expect(ids(await store.claimDueTimers('jiangyin', at(200), 10, LEASE_MS))).toEqual(ids([timerRow(A2, 'review', at(10)), timerRow(A, 'assign', at(30))]));
        });
      });

      describe('the outbox', () => {
        it('lists effects oldest first and lets one claimer at a time have an available one', async () => {
          const leasedByCommitter = { ...effectRow(A2, 1), availableAt: at(5) };
          await commitUpTo(store, A, 1, { effects: [effectRow(A, 1, 0), effectRow(A, 1, 1)] });
          await commitUpTo(store, A2, 1, { effects: [leasedByCommitter] });
          expect(await store.listEffects()).toEqual([effectRow(A, 1, 0), effectRow(A, 1, 1), leasedByCommitter]);
          expect(await store.listEffects({ limit: 2 })).toEqual([effectRow(A, 1, 0), effectRow(A, 1, 1)]);

          // The effect committed with a lease waits for it to run out; a claim leases what it takes.
          expect(await store.claimEffects('jiangyin', at(1), 10, LEASE_MS)).toEqual([
            { ...effectRow(A, 1, 0), availableAt: at(11) },
            { ...effectRow(A, 1, 1), availableAt: at(11) },
          ]);
          expect(await store.claimEffects('jiangyin', at(4), 10, LEASE_MS)).toEqual([]);
          expect(ids(await store.claimEffects('jiangyin', at(5), 10, LEASE_MS))).toEqual([leasedByCommitter.id]);
          expect(ids(await store.claimEffects('jiangyin', at(11), 1, LEASE_MS))).toEqual([effectRow(A, 1, 0).id]);
        });

        it('records failed attempts and their retry time, gives up when told, and forgets delivered effects', async () => {
          await commitUpTo(store, A, 1, { effects: [effectRow(A, 1, 0), effectRow(A, 1, 1)] });
          await commitUpTo(store, A2, 1, { effects: [effectRow(A2, 1)] });
          await store.settleEffect('jiangyin', effectRow(A, 1, 1).id, { delivered: false, error: 'OA 超时', retryAt: at(30) });
          await store.settleEffect('jiangyin', effectRow(A, 1, 1).id, { delivered: false, error: 'OA 拒绝', retryAt: at(60) });
          await store.settleEffect('jiangyin', effectRow(A, 1, 0).id, { delivered: true });
          await store.settleEffect('jiangyin', 'no-such-effect', { delivered: true });
          await store.settleEffect('jiangyin', effectRow(A2, 1).id, { delivered: false, error: '推送地址无效' });
          const retrying = { ...effectRow(A, 1, 1), attempts: 2, lastError: 'OA 拒绝', availableAt: at(60) };
          const failed = { ...effectRow(A2, 1), status: 'failed', attempts: 1, lastError: '推送地址无效' };
          expect(await store.listEffects()).toEqual([retrying, failed]);
          expect(await store.listEffects({ status: 'failed' })).toEqual([failed]);
          expect(await store.listEffects({ status: 'pending' })).toEqual([retrying]);

          // A failed effect is never claimed again; a retrying one once its back-off has passed.
          expect(await store.claimEffects('jiangyin', at(59), 10, LEASE_MS)).toEqual([]);
          expect(ids(await store.claimEffects('jiangyin', at(60), 10, LEASE_MS))).toEqual([retrying.id]);
          await store.settleEffect('jiangyin', retrying.id, { delivered: true });
          expect(await store.listEffects()).toEqual([failed]);
        });

        it('gives each available effect to one of many concurrent claimers', async () => {
          for (let n = 1; n <= 10; n++) {
            await commitUpTo(store, { tenant: 'jiangyin', id: `O-${n}` }, 1, {
              effects: [effectRow({ tenant: 'jiangyin', id: `O-${n}` }, 1, 0), effectRow({ tenant: 'jiangyin', id: `O-${n}` }, 1, 1)],
            });
          }
          const claims = await Promise.all(Array.from({ length: 8 }, () => store.claimEffects('jiangyin', at(1), 4, LEASE_MS)));
          const claimed = claims.flatMap(ids);
          expect(claimed).toHaveLength(20);
          expect(new Set(claimed).size).toBe(20);
        });
      });

      describe('tenant isolation', () => {
        beforeEach(async () => {
          await commitUpTo(store, A, 3, {
            tasks: [taskRow(A, 'review')],
            timers: [timerRow(A, 'review', at(10))],
            effects: [effectRow(A, 3)],
            idempotency: { key: 'shared-key', result: 'jiangyin' },
          });
        });

        it('reads, versions and keys an instance per tenant', async () => {
          expect(await store.read(B, 'shared-key')).toEqual({ instance: undefined, replay: undefined });
          expect(await store.events(B)).toEqual([]);
          // B's instance of the same id starts at version 0, with its own key space.
          await expect(store.commit(writeAt(B, 4))).rejects.toBeInstanceOf(ConcurrencyError);
          await store.commit(writeAt(B, 1, { idempotency: { key: 'shared-key', result: 'haian' } }));
          expect(await store.read(B, 'shared-key')).toEqual({ instance: instanceRow(B, 1), replay: 'haian' });
          expect(await store.read(A, 'shared-key')).toEqual({ instance: instanceRow(A, 3), replay: 'jiangyin' });
          expect(await store.events(A)).toEqual([eventRow(1), eventRow(2), eventRow(3)]);
          expect(await store.events(B)).toEqual([eventRow(1)]);
        });

        it('lists and replaces tasks per tenant', async () => {
          expect(await store.tasks(B.tenant, { roles: ['proposal-office'], actorId: 'tian' })).toEqual([]);
          await store.commit(writeAt(B, 1, { tasks: [taskRow(B, 'assign')] }));
          expect(await store.tasks(B.tenant, { roles: ['proposal-office'] })).toEqual([taskRow(B, 'assign')]);
          expect(await store.tasks(A.tenant, { roles: ['proposal-office'] })).toEqual([taskRow(A, 'review')]);
          await store.commit(writeAt(B, 2, { tasks: [] }));
          expect(await store.tasks(A.tenant, { roles: ['proposal-office'] })).toEqual([taskRow(A, 'review')]);
        });

        it('keeps each tenant’s timers and outbox rows its own, and claims for one tenant only', async () => {
          await store.commit(writeAt(B, 1, { timers: [timerRow(B, 'review', at(10))], effects: [effectRow(B, 1)] }));
          expect(await store.dueTenants(at(20))).toEqual(['haian', 'jiangyin']);
          // B's next commit replaces B's timers only.
          await store.commit(writeAt(B, 2, { timers: [] }));
          expect(await store.claimDueTimers('haian', at(20), 10, LEASE_MS)).toEqual([]);
          expect(await store.claimDueTimers('jiangyin', at(20), 10, LEASE_MS)).toEqual([timerRow(A, 'review', at(10))]);

          await store.commit(writeAt(B, 3, { timers: [timerRow(B, 'review', at(10))] }));
          expect(await store.claimDueTimers('haian', at(200), 10, LEASE_MS)).toEqual([timerRow(B, 'review', at(10))]);
          await store.dropTimer('haian', timerRow(B, 'review', at(10)).id);
          expect(await store.claimDueTimers('jiangyin', at(200), 10, LEASE_MS)).toEqual([timerRow(A, 'review', at(10))]);

          expect(await store.listEffects({ tenant: 'haian' })).toEqual([effectRow(B, 1)]);
          expect(await store.claimEffects('jiangyin', at(1), 10, LEASE_MS)).toEqual([{ ...effectRow(A, 3), availableAt: at(11) }]);
          expect(await store.dueTenants(at(2))).toEqual(['haian']);
          await store.settleEffect('haian', effectRow(B, 1).id, { delivered: false, error: 'haian 的错误' });
          await store.settleEffect('haian', effectRow(B, 1).id, { delivered: true });
          expect(await store.listEffects({ limit: 10 })).toEqual([{ ...effectRow(A, 3), availableAt: at(11) }]);
        });

        it('keys timers and outbox rows by (tenant, id): the same id in two tenants stays two rows', async () => {
          const C: InstanceRef = { tenant: 'a', id: 'x' };
          const D: InstanceRef = { tenant: 'a.b', id: 'x' };
          const sameId = (ref: InstanceRef, dueAt: string): StoredTimer => ({ ...timerRow(ref, 'review', dueAt), id: 'the-same-id' });
          const sameEffect = (ref: InstanceRef): OutboxEffect => ({ ...effectRow(ref, 1), id: 'the-same-id' });
          await store.commit(writeAt(C, 1, { timers: [sameId(C, at(10))], effects: [sameEffect(C)] }));
          await store.commit(writeAt(D, 1, { timers: [sameId(D, at(20))], effects: [sameEffect(D)] }));
          // D's commit neither overwrote nor deleted C's rows, and was not refused.
          expect(await store.claimDueTimers('a', at(30), 10, LEASE_MS)).toEqual([sameId(C, at(10))]);
          expect(await store.claimDueTimers('a.b', at(30), 10, LEASE_MS)).toEqual([sameId(D, at(20))]);
          expect(await store.listEffects({ tenant: 'a' })).toEqual([sameEffect(C)]);
          expect(await store.listEffects({ tenant: 'a.b' })).toEqual([sameEffect(D)]);
          await store.dropTimer('a.b', 'the-same-id');
          await store.settleEffect('a.b', 'the-same-id', { delivered: true });
          await store.commit(writeAt(D, 2, { timers: [] }));
          expect(await store.claimDueTimers('a', at(100), 10, LEASE_MS)).toEqual([sameId(C, at(10))]);
          expect(await store.listEffects({ tenant: 'a.b' })).toEqual([]);
          expect(await store.listEffects({ tenant: 'a' })).toEqual([sameEffect(C)]);
        });

        it('keeps instance ids with separators apart, within a tenant and across tenants', async () => {
          // Ids that a store joining parts with "/", "\\", "|", "#" or "%2F" would confuse.
          const refs: InstanceRef[] = [
            { tenant: 'a', id: 'b/x' },
            { tenant: 'a', id: 'b' },
            { tenant: 'a', id: 'b%2Fx' },
            { tenant: 'a', id: 'b\\x' },
            { tenant: 'a', id: 'b|x' },
            { tenant: 'a', id: 'x' },
            { tenant: 'a.b', id: 'x' },
            { tenant: 'a-b', id: 'x/review' },
            { tenant: 'a', id: 'b#x' },
            { tenant: 'constructor', id: '__proto__' },
          ];
          for (const [n, ref] of refs.entries()) {
            await store.commit(writeAt(ref, 1, {
              timers: [timerRow(ref, 'review', at(n + 1))],
              effects: [effectRow(ref, 1)],
              tasks: [taskRow(ref, 'review')],
              // Idempotency keys belong to the tenant: the same key in another tenant is another key.
              idempotency: { key: `k/${ref.id}`, result: n },
            }));
          }
          for (const [n, ref] of refs.entries()) {
            expect(await store.read(ref, `k/${ref.id}`)).toEqual({ instance: instanceRow(ref, 1), replay: n });
            expect(await store.events(ref)).toEqual([eventRow(1)]);
          }
          expect(new Set(refs.map((ref) => timerRow(ref, 'review', at(1)).id)).size).toBe(refs.length);
          expect(new Set(refs.map((ref) => effectRow(ref, 1).id)).size).toBe(refs.length);
          for (const tenant of new Set(refs.map((ref) => ref.tenant))) {
            const own = refs.filter((ref) => ref.tenant === tenant);
            expect(ids(await store.claimDueTimers(tenant, at(100), 20, LEASE_MS))).toEqual(own.map((ref) => timerRow(ref, 'review', at(refs.indexOf(ref) + 1)).id));
            expect(ids(await store.listEffects({ tenant }))).toEqual(own.map((ref) => effectRow(ref, 1).id));
            expect((await store.tasks(tenant, { roles: ['proposal-office'] })).map((task) => (task as StoredTask).instanceId)).toEqual(own.map((ref) => ref.id));
          }
        });

        it('refuses malformed tenant ids with a PayloadError pointing at the tenant', async () => {
          for (const tenant of ['a/b', '', 't\u0000a', '../x', 'a b', '__proto__', '租户', 'x'.repeat(65), 'a\ud800']) {
            const ref = { tenant, id: 'P-1' };
            const calls: Array<() => Promise<unknown>> = [
              () => store.read(ref),
              () => store.commit(writeAt(ref, 1)),
              () => store.events(ref),
              () => store.tasks(tenant, { roles: ['proposal-office'] }),
              () => store.claimDueTimers(tenant, at(1), 10, LEASE_MS),
              () => store.claimEffects(tenant, at(1), 10, LEASE_MS),
              () => store.dropTimer(tenant, 'x'),
              () => store.settleEffect(tenant, 'x', { delivered: true }),
              () => store.loadDefinition(tenant, 'proposal'),
            ];
            for (const call of calls) {
              const error = await call().then(() => undefined, (caught: unknown) => caught);
              expect(error, JSON.stringify(tenant)).toBeInstanceOf(PayloadError);
              expect((error as PayloadError).issues[0]).toMatchObject({ code: 'tenant.invalid' });
            }
          }
          // Nothing was written under any of them.
          expect(await store.listEffects()).toEqual([effectRow(A, 3)]);
        });
      });
    });

    describe('the engine over the store', () => {
      const engineOn = () => proposalEngine({ store });

      it('walks a proposal to 办结 with an intact history and an empty outbox', async () => {
        const { engine, clock, delivered } = engineOn();
        const { id } = await engine.start('proposal', { actor: member, id: 'JY-001' });
        await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
        expect((await engine.tasks({ actor: office })).map((task) => task.instanceId)).toEqual([id]);
        await engine.send(id, { type: 'accept', actor: office });
        await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
        clock.advance('P7D');
        const coHandler = { id: 'qian', roles: ['handling-unit'], unit: '市财政局' };
        await engine.send(id, { type: 'sendOpinion', actor: coHandler, payload: { opinion: '财政将统筹安排课后服务专项经费。' } });
        await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload });
        await engine.send(id, { type: 'approveReply', actor: office });
        const done = await engine.send(id, { type: 'evaluate', actor: member, payload: { satisfaction: '满意' } });
        expect(done).toMatchObject({ state: 'done', status: 'done', version: 8 });
        expect((await engine.history(id)).map((event) => event.type)).toEqual([
          'start', 'submit', 'accept', 'assign', 'sendOpinion', 'reply', 'approveReply', 'evaluate',
        ]);
        expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: 8 });
        expect(await engine.get(id)).toEqual(done);
        expect(delivered.map((effect) => effect.kind)).toEqual(['notify', 'push-oa']);
        expect(await store.listEffects({ limit: 10 })).toEqual([]);
        expect(await engine.tasks({ actor: office })).toEqual([]);
        expect(await engine.runDueTimers(new Date('2027-01-01T00:00:00Z'))).toEqual({ fired: 0, dropped: 0, retried: 0, quarantined: 0 });
      });

      it('lets one of 16 concurrent sends at one version win; the rest get a ConcurrencyError', async () => {
        const { engine } = engineOn();
        const { id, version } = await engine.start('proposal', { actor: member, id: 'RACE' });
        const sends = Array.from({ length: 16 }, (_, n) =>
          engine.send(id, { type: 'submit', actor: member, expectedVersion: version, payload: { ...submitPayload, title: `${submitPayload.title}（第${n}稿）` } }),
        );
        expect(await settleAll(sends)).toEqual({ won: 1, conflicts: 15, other: [] });
        const history = await engine.history(id);
        expect(history.map((event) => event.type)).toEqual(['start', 'submit']);
        expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: 2 });
        expect(await engine.get(id)).toMatchObject({ version: 2, state: 'review', data: { title: (history[1]!.payload as { title: string }).title } });
      });

      it('fires each due timer once when several engines run timers at the same time', async () => {
        const first = engineOn();
        const second = engineOn();
        for (let n = 0; n < 6; n++) {
          const { id } = await first.engine.start('proposal', { actor: member, id: `T-${n}` });
          await first.engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
          await first.engine.send(id, { type: 'accept', actor: office });
          await first.engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
        }
        // The co-handlers' month runs out; the lead unit's three months do not.
        const now = new Date(first.clock.advance('P1M').getTime() + 86_400_000);
        const runs = await Promise.all([first.engine, second.engine, first.engine, second.engine].map((engine) => engine.runDueTimers(now)));
        expect(runs.reduce((sum, run) => sum + run.fired, 0)).toBe(6);
        expect([...first.delivered, ...second.delivered].filter((effect) => effect.kind === 'notify')).toHaveLength(6 + 6);
        for (let n = 0; n < 6; n++) {
          const history = await first.engine.history(`T-${n}`);
          expect(history.filter((event) => event.type === 'deadlineExpired')).toHaveLength(1);
          expect(await first.engine.verifyHistory(`T-${n}`)).toMatchObject({ ok: true });
        }
        expect(await first.engine.runDueTimers(new Date(now.getTime() + 3_600_000))).toMatchObject({ fired: 0 });
      });

      it('redelivers a failed effect and records the attempt', async () => {
        let failures = 1;
        const keys: string[] = [];
        const { engine, clock } = proposalEngine({
          store,
          effects: {
            'push-oa': (_args, context) => {
              keys.push(context.idempotencyKey);
              if (failures-- > 0) throw new Error('OA 暂不可用');
            },
          },
        });
        const { id } = await engine.start('proposal', { actor: member, id: 'FX-1' });
        await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
        await engine.send(id, { type: 'accept', actor: office });
        await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } });
        expect(await store.listEffects({ limit: 10 })).toMatchObject([{ id: 'jiangyin/FX-1/4/1', attempts: 1, lastError: 'OA 暂不可用', status: 'pending' }]);
        // Retried once its back-off (1 s after the first failure) has passed, not before.
        expect(await engine.deliverEffects()).toEqual({ delivered: 0, failed: 0, gaveUp: 0, quarantined: 0 });
        clock.advance('PT1S');
        expect(await engine.deliverEffects()).toEqual({ delivered: 1, failed: 0, gaveUp: 0, quarantined: 0 });
        expect(await store.listEffects({ limit: 10 })).toEqual([]);
        expect(keys).toEqual(['jiangyin/FX-1/4/1', 'jiangyin/FX-1/4/1']);
      });

      it('leaves a committing process its effects for a lease, then lets another deliver them', async () => {
        const delivered: string[] = [];
        const { engine, clock } = proposalEngine({ store });
        // This engine's OA push hangs, as if its process died after the commit.
        const { engine: stalled } = proposalEngine({ store, clock, effects: { 'push-oa': () => new Promise(() => {}) } });
        const { id } = await engine.start('proposal', { actor: member, id: 'FX-3' });
        await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
        await engine.send(id, { type: 'accept', actor: office });
        void stalled.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } });
        await expect.poll(async () => (await store.listEffects()).length).toBe(1);
        const { engine: other } = proposalEngine({
          store,
          clock,
          effects: { 'push-oa': (_args, context) => void delivered.push(`${context.idempotencyKey}#${context.attempt}`) },
        });
        expect(await other.deliverEffects()).toEqual({ delivered: 0, failed: 0, gaveUp: 0, quarantined: 0 });
        clock.advance('PT1M');
        expect(await other.deliverEffects()).toEqual({ delivered: 1, failed: 0, gaveUp: 0, quarantined: 0 });
        expect(delivered).toEqual(['jiangyin/FX-3/4/1#1']);
        expect(await store.listEffects()).toEqual([]);
      });

      it('backs off between attempts and gives an effect up after the last one', async () => {
        const attempts: number[] = [];
        const { engine, clock } = proposalEngine({
          store,
          effectRetry: { firstDelayMs: 60_000, maxAttempts: 3 },
          effects: {
            'push-oa': (_args, context) => {
              attempts.push(context.attempt);
              throw new Error('OA 拒绝');
            },
          },
        });
        const { id } = await engine.start('proposal', { actor: member, id: 'FX-2' });
        await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
        await engine.send(id, { type: 'accept', actor: office });
        await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } });
        clock.advance('PT59S');
        expect(await engine.deliverEffects()).toEqual({ delivered: 0, failed: 0, gaveUp: 0, quarantined: 0 });
        clock.advance('PT1S');
        expect(await engine.deliverEffects()).toEqual({ delivered: 0, failed: 1, gaveUp: 0, quarantined: 0 });
        // The second retry waits twice as long.
        clock.advance('PT119S');
        expect(await engine.deliverEffects()).toEqual({ delivered: 0, failed: 0, gaveUp: 0, quarantined: 0 });
        clock.advance('PT1S');
        expect(await engine.deliverEffects()).toEqual({ delivered: 0, failed: 0, gaveUp: 1, quarantined: 0 });
        expect(attempts).toEqual([1, 2, 3]);
        expect(await store.listEffects({ status: 'failed' })).toMatchObject([{ id: 'jiangyin/FX-2/4/1', attempts: 3, lastError: 'OA 拒绝' }]);
        clock.advance('P1D');
        expect(await engine.deliverEffects()).toEqual({ delivered: 0, failed: 0, gaveUp: 0, quarantined: 0 });
      });

      it('keeps instances on the definition version they started on', async () => {
        const { engine } = engineOn();
        await engine.start('proposal', { actor: member, id: 'V-1' });
        const base = proposalDefinition.version;
        const revised = { ...proposalDefinition, version: base + 1, description: { 'zh-CN': '新版', en: 'Next edition' } };
        const { engine: newer } = proposalEngine({ store, definitions: [proposalDefinition, revised] });
        expect(await newer.send('V-1', { type: 'submit', actor: member, payload: submitPayload })).toMatchObject({ definition: { version: base } });
        expect(await newer.start('proposal', { actor: member, id: 'V-2' })).toMatchObject({ definition: { version: base + 1 } });
        const tasks = await newer.tasks({ actor: office });
        expect(tasks.map((task) => [task.instanceId, task.definition.version])).toEqual([['V-1', base]]);
      });

      it('starts new instances on a published version everywhere, leaving running ones on theirs', async () => {
        const { engine } = engineOn();
        await engine.start('proposal', { actor: member, id: 'PV-1' });
        const base = proposalDefinition.version;
        const revised = { ...proposalDefinition, version: base + 1, description: { 'zh-CN': '新版', en: 'Next edition' } };
        expect(await engine.publish(revised)).toEqual({ id: 'proposal', version: base + 1, published: true });
        expect(await engine.publish(revised)).toEqual({ id: 'proposal', version: base + 1, published: false });
        await expect(engine.publish({ ...revised, description: { 'zh-CN': '另一份新版', en: 'Another next edition' } })).rejects.toMatchObject({
          issues: [{ code: 'definition.versionReused', pointer: '/version' }],
        });
        await expect(engine.publish({ ...revised, version: base + 2, initial: 'nowhere' })).rejects.toBeInstanceOf(DefinitionError);

        // Another engine on the store, created with the example's version only, finds the next one there.
        const { engine: other } = proposalEngine({ store });
        expect(await other.start('proposal', { actor: member, id: 'PV-2' })).toMatchObject({ definition: { version: base + 1 } });
        expect(await other.send('PV-1', { type: 'submit', actor: member, payload: submitPayload })).toMatchObject({ definition: { version: base } });
        expect(await other.send('PV-2', { type: 'submit', actor: member, payload: submitPayload })).toMatchObject({ definition: { version: base + 1 } });
        // A definition is published for one tenant only.
        expect(await other.withTenant('haian').start('proposal', { actor: member, id: 'PV-3' })).toMatchObject({ definition: { version: base } });
        expect(await store.loadDefinition('jiangyin', 'proposal')).toMatchObject({ tenant: 'jiangyin', id: 'proposal', version: base + 1, definition: revised });
        // The example's version, given at creation, was kept in the store with the first instance of each tenant.
        expect(await store.loadDefinition('jiangyin', 'proposal', base)).toMatchObject({ version: base, definition: proposalDefinition });
        expect(await store.loadDefinition('haian', 'proposal')).toMatchObject({ tenant: 'haian', version: base });
      });

      it('lists the definitions published through any engine on the store, per tenant', async () => {
        const { engine } = engineOn();
        const base = proposalDefinition.version;
        // Created before the publication and given only the example's version: it still lists what another engine publishes.
        const { engine: other } = proposalEngine({ store });
        expect(await other.listDefinitions()).toEqual([{ id: 'proposal', version: base }]);
        const renamed = { ...proposalDefinition, id: 'proposal-2027', version: 3 };
        await engine.publish({ ...proposalDefinition, version: base + 1 });
        await engine.publish(renamed);
        expect(await other.listDefinitions()).toEqual([
          { id: 'proposal', version: base },
          { id: 'proposal', version: base + 1 },
          { id: 'proposal-2027', version: 3 },
        ]);
        expect(await other.withTenant('haian').listDefinitions()).toEqual([{ id: 'proposal', version: base }]);
        expect(await store.listDefinitions('haian')).toEqual([]);
        expect(await store.listDefinitions('jiangyin')).toMatchObject([
          { id: 'proposal', version: base + 1 },
          { id: 'proposal-2027', version: 3 },
        ]);
      });

      it('keeps tenants apart through withTenant', async () => {
        const { engine, clock } = engineOn();
        const other = engine.withTenant('haian');
        await engine.start('proposal', { actor: member, id: 'SHARED' });
        await engine.send('SHARED', { type: 'submit', actor: member, payload: submitPayload, idempotencyKey: 'form-1' });
        await expect(other.get('SHARED')).rejects.toBeInstanceOf(NotFoundError);
        await expect(other.history('SHARED')).rejects.toBeInstanceOf(NotFoundError);
        await expect(other.send('SHARED', { type: 'accept', actor: office })).rejects.toBeInstanceOf(NotFoundError);
        expect(await other.tasks({ actor: office })).toEqual([]);

        const theirs = await other.start('proposal', { actor: member, id: 'SHARED' });
        expect(theirs).toMatchObject({ tenant: 'haian', state: 'draft', version: 1 });
        // The same idempotency key in the other tenant is a new command, not a replay.
        const submitted = await other.send('SHARED', { type: 'submit', actor: member, payload: submitPayload, idempotencyKey: 'form-1' });
        expect(submitted).toMatchObject({ tenant: 'haian', version: 2 });
        await other.send('SHARED', { type: 'accept', actor: office });
        await other.send('SHARED', { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });

        expect(await engine.get('SHARED')).toMatchObject({ tenant: 'jiangyin', state: 'review', version: 2 });
        expect((await engine.tasks({ actor: office })).map((task) => task.tenant)).toEqual(['jiangyin']);
        expect(await engine.tasks({ actor: assigner })).toEqual([]);
        expect((await other.tasks({ actor: unit })).map((task) => task.tenant)).toEqual(['haian']);
        expect(await engine.tasks({ actor: unit })).toEqual([]);
        // Each engine fires its own tenant's timers only.
        const later = new Date(clock.advance('P1M').getTime() + 86_400_000);
        expect(await engine.runDueTimers(later)).toMatchObject({ fired: 0 });
        expect((await other.history('SHARED')).map((event) => event.type)).not.toContain('deadlineExpired');
        expect(await other.runDueTimers(later)).toMatchObject({ fired: 1 });
        expect((await other.history('SHARED')).map((event) => event.type)).toContain('deadlineExpired');
        expect((await engine.history('SHARED')).map((event) => event.type)).toEqual(['start', 'submit']);
        expect(await engine.verifyHistory('SHARED')).toMatchObject({ ok: true });
        expect(await other.verifyHistory('SHARED')).toMatchObject({ ok: true });
      });

      /** Walks a new proposal into 办理 with a co-handling unit, whose one-month deadline then runs. */
      const toHandling = async (engine: Engine, id: string): Promise<void> => {
        await engine.start('proposal', { actor: member, id });
        await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
        await engine.send(id, { type: 'accept', actor: office });
        await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
      };

      it('serves each tenant’s timers and effects through that tenant’s engine only, and many tenants through a runner', async () => {
        const clock = createVirtualClock('2026-02-10T09:00:00+08:00');
        const pushed: Record<string, string[]> = { a: [], 'a.b': [], c: [] };
        let failing = true;
        const engineFor = (tenant: string) =>
          proposalEngine({
            store,
            clock,
            tenant,
            effects: {
              'push-oa': (_args, context) => {
                if (failing) throw new Error('OA 暂不可用');
                pushed[tenant]!.push(`${context.tenant} ${context.idempotencyKey}`);
              },
            },
          }).engine;
        const a = engineFor('a');
        const ab = engineFor('a.b');
        const c = engineFor('c');
        // Instance ids that a key made of joined strings would confuse across these tenants.
        await toHandling(a, 'b/x');
        await toHandling(a, 'b');
        await toHandling(ab, 'x');
        await toHandling(c, 'b/x');
        failing = false;
        clock.advance('PT1S');
        expect(await a.deliverEffects()).toMatchObject({ delivered: 2, failed: 0 });
        expect(pushed).toEqual({ a: ['a a/b%2Fx/4/1', 'a a/b/4/1'], 'a.b': [], c: [] });
        expect(await store.listEffects({ tenant: 'a.b' })).toMatchObject([{ id: 'a.b/x/4/1', attempts: 1 }]);

        const later = new Date(clock.advance('P1M').getTime() + 86_400_000);
        expect(await a.runDueTimers(later)).toMatchObject({ fired: 2, quarantined: 0 });
        expect((await ab.history('x')).map((event) => event.type)).not.toContain('deadlineExpired');
        expect((await c.history('b/x')).map((event) => event.type)).not.toContain('deadlineExpired');

        // One process serving a and a.b (not c): each tenant's work goes to its own engine.
        const runner = createTenantRunner({ store, engines: { a, 'a.b': ab } });
        const report = await runner.run(later);
        expect(report.ran.map((run) => [run.tenant, run.timers.fired, run.effects.delivered])).toEqual([['a.b', 1, 1]]);
        expect(report.unserved).toEqual(['c']);
        expect(report.failed).toEqual([]);
        expect(pushed['a.b']).toEqual(['a.b a.b/x/4/1']);
        // c's rows were left as they were: nothing claimed, nothing counted.
        expect(pushed.c).toEqual([]);
        expect(await store.listEffects({ tenant: 'c' })).toMatchObject([{ id: 'c/b%2Fx/4/1', attempts: 1 }]);
        expect((await c.history('b/x')).map((event) => event.type)).not.toContain('deadlineExpired');
        expect(await c.runDueTimers(later)).toMatchObject({ fired: 1 });
        for (const [engine, id] of [[a, 'b/x'], [a, 'b'], [ab, 'x'], [c, 'b/x']] as const) {
          expect(await engine.verifyHistory(id)).toMatchObject({ ok: true });
        }
        expect(() => createTenantRunner({ store, engines: { c: a } })).toThrow(PayloadError);
        expect(() => createTenantRunner({ store, engines: { 'a/b': a } })).toThrow(PayloadError);
      }, 60_000);

      it.skipIf(!canCorrupt)('sets aside a timer whose instance row cannot be read, reports it, and fires the others', async () => {
        const reported: StoreDataError[] = [];
        const { engine, clock } = proposalEngine({ store, onStoreDataError: (error) => reported.push(error) });
        for (const id of ['Q-1', 'Q-2', 'Q-3']) await toHandling(engine, id);
        await opened.corrupt!({ tenant: 'jiangyin', id: 'Q-1' }, 'createdAt', 'infinity');
        const later = new Date(clock.advance('P1M').getTime() + 86_400_000);
        expect(await engine.runDueTimers(later)).toEqual({ fired: 2, dropped: 0, retried: 0, quarantined: 1 });
        expect(reported).toHaveLength(1);
        expect(reported[0]).toBeInstanceOf(StoreDataError);
        expect(reported[0]!.row).toEqual({ kind: 'instance', tenant: 'jiangyin', id: 'Q-1' });
        expect(reported[0]!.issues[0]).toMatchObject({ pointer: '/createdAt' });
        // Set aside: not retried at once, but again after the quarantine (an hour by default).
        expect(await engine.runDueTimers(later)).toMatchObject({ fired: 0, quarantined: 0 });
        expect(await engine.runDueTimers(new Date(later.getTime() + 3_600_000))).toMatchObject({ fired: 0, quarantined: 1 });
        for (const id of ['Q-2', 'Q-3']) expect((await engine.history(id)).map((event) => event.type)).toContain('deadlineExpired');
        await expect(engine.get('Q-1')).rejects.toBeInstanceOf(StoreDataError);
      }, 60_000);

      it.skipIf(!canCorrupt)('refuses instance rows that name states the definition does not know, or bad instants', async () => {
        const { engine } = engineOn();
        const cases: Array<[string, unknown, string, string]> = [
          ['state', 'nosuchstate', '/state', 'row.unknownState'],
          ['state', { handling: 'leading' }, '/state/handling', 'row.stateMismatch'],
          ['state', { review: 'draft' }, '/state/review', 'row.stateMismatch'],
          ['entered', { handling: '2026-02-10T01:00:00.000Z', draft: '2026-02-10T01:00:00.000Z' }, '/entered/draft', 'row.stateMismatch'],
          ['entered', { handling: 'not a date' }, '/entered/handling', 'row.custom'],
          ['entered', { handling: '2026-02-30T01:00:00.000Z' }, '/entered/handling', 'row.custom'],
          ['deadlines', { evaluating: { due: '2026-03-10T01:00:00.000Z' } }, '/deadlines/evaluating', 'row.stateMismatch'],
          ['deadlines', { handling: { due: '+275760-09-13T00:00:00.001Z' } }, '/deadlines/handling/due', 'row.custom'],
          ['branches', { handling: { 市教育局: { state: 'evaluating', entered: '2026-02-10T01:00:00.000Z', item: '市教育局' } } }, '/branches/handling/市教育局/state', 'row.stateMismatch'],
          ['branches', { review: {} }, '/branches/review', 'row.stateMismatch'],
          ['branches', { handling: { 市财政局: { state: 'consulting', entered: '2026-02-10T01:00:00.000Z', item: '市财政局', deadline: { due: 'soon' } } } }, '/branches/handling/市财政局/deadline/due', 'row.custom'],
          ['assignees', { nosuchstate: { user: 'x', at: '2026-02-10T01:00:00.000Z', by: 'x' } }, '/assignees/nosuchstate', 'row.unknownState'],
          ['updatedAt', 'infinity', '/updatedAt', 'row.custom'],
        ];
        for (const [n, [field, value, pointer, code]] of cases.entries()) {
          const id = `S-${n}`;
          await toHandling(engine, id);
          const before = await store.events({ tenant: 'jiangyin', id });
          await opened.corrupt!({ tenant: 'jiangyin', id }, field, value);
          const error = await engine.get(id).catch((caught: unknown) => caught);
          expect(error, `${field} ${JSON.stringify(value)}`).toBeInstanceOf(StoreDataError);
          expect((error as StoreDataError).issues[0], `${field} ${JSON.stringify(value)}`).toMatchObject({ pointer, code });
          const sent = await engine
            .send(id, { type: 'reply', actor: unit, payload: replyPayload })
            .catch((caught: unknown) => caught);
          expect(sent).toBeInstanceOf(StoreDataError);
          // Nothing was committed on top of the row.
          expect(await store.events({ tenant: 'jiangyin', id })).toEqual(before);
        }
      }, 60_000);

      it.skipIf(!canCorrupt)('reports an instance row edited to invalid content as a StoreDataError', async () => {
        const { engine } = engineOn();
        await engine.start('proposal', { actor: member, id: 'B-1' });
        await engine.start('proposal', { actor: member, id: 'B-2' });
        await opened.corrupt!({ tenant: 'jiangyin', id: 'B-1' }, 'data', '不是对象');
        await opened.corrupt!({ tenant: 'jiangyin', id: 'B-2' }, 'deadlines', { draft: { due: 20260301 } });
        for (const [id, pointer] of [['B-1', '/data'], ['B-2', '/deadlines/draft/due']] as const) {
          const error = await engine.get(id).catch((caught: unknown) => caught);
          expect(error).toBeInstanceOf(StoreDataError);
          expect((error as StoreDataError).issues[0]).toMatchObject({ pointer });
          expect((error as StoreDataError).messages['zh-CN']).toContain(`jiangyin/${id}`);
          await expect(engine.send(id, { type: 'submit', actor: member, payload: submitPayload })).rejects.toBeInstanceOf(StoreDataError);
        }
        // The row is reported, not repaired or overwritten: it still reads the same.
        await expect(engine.get('B-1')).rejects.toBeInstanceOf(StoreDataError);
      });
    });
  });
}
