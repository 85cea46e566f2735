import { describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  StoreDataError,
  type MemoryStoreDump,
  type OutboxEffect,
  type Store,
  type StoredTask,
} from '../src/index.js';
import { assigner, member, office, proposalEngine, submitPayload } from './support/proposal.js';
import { parseInstanceRow } from '../src/store/rows.js';

const catchError = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
};

// Rows read back: whatever a store hands the engine is checked before it is used, and one row that
// fails the check is reported without taking the others down.

/** A dump of a store with one proposal in 办理 (tasks, timers, events, an idempotency key). */
async function sampleDump(): Promise<MemoryStoreDump> {
  const { engine, store } = proposalEngine();
  await engine.start('proposal', { actor: member, id: 'D-1', idempotencyKey: 'start-1' });
  await engine.send('D-1', { type: 'submit', actor: member, payload: submitPayload });
  await engine.send('D-1', { type: 'accept', actor: office });
  await engine.send('D-1', { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
  return store.dump();
}

const loadError = (dump: unknown): StoreDataError => {
  try {
    createMemoryStore(dump as MemoryStoreDump);
  } catch (error) {
    expect(error).toBeInstanceOf(StoreDataError);
    return error as StoreDataError;
  }
  throw new Error('the dump was accepted');
};

const deep = (levels: number): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level++) value = { next: value };
  return value;
};

describe('a memory-store dump', () => {
  it('loads back what was dumped', async () => {
    const dump = await sampleDump();
    const restored = createMemoryStore(dump);
    expect(restored.dump()).toEqual(dump);
    const { engine } = proposalEngine({ store: restored });
    expect(await engine.verifyHistory('D-1')).toMatchObject({ ok: true });
  });

  it.each<[string, (dump: any) => unknown, string, string]>([
    ['an unknown format', (dump) => ({ ...dump, format: 'luzhi-memory-store@3' }), '/format', 'dump.format'],
    ['a table that is not a list', (dump) => ({ ...dump, timers: {} }), '/timers', 'dump.table'],
    ['an unknown table', (dump) => JSON.parse(JSON.stringify(dump).replace('{', '{"__proto__":{"polluted":1},')), '/__proto__', 'dump.unknownTable'],
    ['an instance created at infinity', (dump) => { dump.instances[0].createdAt = 'infinity'; }, '/instances/0/createdAt', 'row.custom'],
    ['a deadline on 30 February', (dump) => { dump.instances[0].deadlines.handling.due = '2026-02-30T00:00:00.000Z'; }, '/instances/0/deadlines/handling/due', 'row.custom'],
    ['a timer due at no time', (dump) => { dump.timers[0].dueAt = '2026-13-01T00:00:00.000Z'; }, '/timers/0/dueAt', 'row.custom'],
    ['a malformed tenant id', (dump) => { dump.instances[0].tenant = 'a/b'; }, '/instances/0/tenant', 'row.invalid_format'],
    ['an event list of another tenant’s instance', (dump) => { dump.events[0].tenant = 'haian'; }, '/events/0', 'dump.orphan'],
    ['the same instance twice', (dump) => { dump.instances.push(dump.instances[0]); }, '/instances/1', 'dump.duplicate'],
    ['the same timer twice', (dump) => { dump.timers = [dump.timers[0], dump.timers[0]]; }, '/timers/1', 'dump.duplicate'],
    ['a task of no instance', (dump) => { dump.tasks[0].instanceId = 'D-2'; }, '/tasks/0', 'dump.orphan'],
    ['a malformed event', (dump) => { dump.events[0].events[1].seq = 'two'; }, '/events/0/events/1/seq', 'row.invalid_type'],
    ['an idempotency key without a result', (dump) => { delete dump.idempotency[0].result; }, '/idempotency/0/result', 'row.invalid_type'],
    ['data nested 10,000 deep', (dump) => { dump.instances[0].data.deep = deep(10_000); }, '', 'row.tooDeep'],
  ])('is refused with a pointer when it has %s', async (_name, edit, pointer, code) => {
    const dump = (await sampleDump()) as any;
    const edited = (edit(dump) ?? dump) as unknown;
    const error = loadError(edited);
    expect(error.issues[0]!.pointer.startsWith(pointer)).toBe(true);
    expect(error.issues[0]).toMatchObject({ code });
    expect(error.row).toEqual({ kind: 'dump' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is refused, not overflowed, when it is a cycle', async () => {
    const dump = (await sampleDump()) as any;
    dump.instances[0].data.self = dump.instances[0].data;
    expect(loadError(dump).issues[0]).toMatchObject({ code: 'row.tooDeep' });
  });
});

/** A store that hands out rows edited by `edit` on their way out, as a corrupt database would. */
function editedStore(inner: Store, edit: { effects?: (rows: unknown[]) => unknown[]; tasks?: (rows: unknown[]) => unknown[] }) {
  const deferred: Array<{ tenant: string; id: string; until: string }> = [];
  const store: Store = {
    ...inner,
    claimEffects: async (...args) => (edit.effects ?? ((rows) => rows))(await inner.claimEffects(...args)),
    tasks: async (...args) => (edit.tasks ?? ((rows) => rows))(await inner.tasks(...args)),
    deferEffect: async (tenant, id, until) => {
      deferred.push({ tenant, id, until });
      await inner.deferEffect(tenant, id, until);
    },
  };
  return { store, deferred };
}

describe('rows that cannot be read', () => {
  it('sets aside an unreadable outbox row, and one of another tenant, and delivers the rest', async () => {
    const inner = createMemoryStore();
    let failing = true;
    const pushed: string[] = [];
    const reported: StoreDataError[] = [];
    const { store, deferred } = editedStore(inner, {
      effects: (rows) =>
        (rows as OutboxEffect[]).map((row) =>
          row.instanceId === 'E-1' ? { ...row, availableAt: 'infinity' } : row.instanceId === 'E-2' ? { ...row, tenant: 'haian' } : row,
        ),
    });
    const { engine, clock } = proposalEngine({
      store,
      onStoreDataError: (error) => reported.push(error),
      effects: {
        'push-oa': (_args, context) => {
          if (failing) throw new Error('OA 暂不可用');
          pushed.push(context.idempotencyKey);
        },
      },
    });
    for (const id of ['E-1', 'E-2', 'E-3']) {
      await engine.start('proposal', { actor: member, id });
      await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
      await engine.send(id, { type: 'accept', actor: office });
      await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } });
    }
    failing = false;
    clock.advance('PT1S');
    expect(await engine.deliverEffects()).toEqual({ delivered: 1, failed: 0, gaveUp: 0, quarantined: 2 });
    expect(pushed).toEqual(['jiangyin/E-3/4/1']);
    expect(reported.map((error) => [error.row, error.issues[0]!.pointer, error.issues[0]!.code])).toEqual([
      [{ kind: 'effect', tenant: 'jiangyin', id: 'jiangyin/E-1/4/1' }, '/availableAt', 'row.custom'],
      [{ kind: 'effect', tenant: 'jiangyin', id: 'jiangyin/E-2/4/1' }, '/tenant', 'row.otherTenant'],
    ]);
    // Set aside for an hour (the default), not retried at once.
    const hourLater = new Date(clock.now().getTime() + 3_600_000).toISOString();
    expect(deferred).toEqual([
      { tenant: 'jiangyin', id: 'jiangyin/E-1/4/1', until: hourLater },
      { tenant: 'jiangyin', id: 'jiangyin/E-2/4/1', until: hourLater },
    ]);
    expect(await engine.deliverEffects()).toMatchObject({ delivered: 0, quarantined: 0 });
  }, 30_000);

  it('sets aside an unreadable timer row and fires the others', async () => {
    const inner = createMemoryStore();
    const deferred: string[] = [];
    const reported: StoreDataError[] = [];
    const store: Store = {
      ...inner,
      claimDueTimers: async (...args) =>
        (await inner.claimDueTimers(...args)).map((row) =>
          (row as { instanceId: string }).instanceId === 'R-1'
            ? { ...(row as object), dueAt: 'infinity' }
            : (row as { instanceId: string }).instanceId === 'R-3'
              ? { ...(row as object), state: 'nosuchstate' }
              : row,
        ),
      deferTimer: async (tenant, id, until) => {
        deferred.push(`${tenant} ${id} ${until}`);
        await inner.deferTimer(tenant, id, until);
      },
    };
    const { engine, clock } = proposalEngine({ store, onStoreDataError: (error) => reported.push(error), quarantineMs: 600_000 });
    for (const id of ['R-1', 'R-2', 'R-3']) {
      await engine.start('proposal', { actor: member, id });
      await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
      await engine.send(id, { type: 'accept', actor: office });
      await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
    }
    const later = new Date(clock.advance('P1M').getTime() + 86_400_000);
    expect(await engine.runDueTimers(later)).toEqual({ fired: 1, dropped: 0, retried: 0, quarantined: 2 });
    expect(reported.map((error) => [error.row?.kind, error.issues[0]!.pointer, error.issues[0]!.code])).toEqual([
      ['timer', '/dueAt', 'row.custom'],
      ['timer', '/state', 'row.unknownState'],
    ]);
    const until = new Date(later.getTime() + 600_000).toISOString();
    expect(deferred).toEqual(reported.map((error) => `jiangyin ${error.row!.id} ${until}`));
    expect((await engine.history('R-2')).map((event) => event.type)).toContain('deadlineExpired');
    expect((await engine.history('R-1')).map((event) => event.type)).not.toContain('deadlineExpired');
  }, 30_000);

  it('leaves an unreadable task out of the to-do list and reports it', async () => {
    const reported: StoreDataError[] = [];
    const { store } = editedStore(createMemoryStore(), {
      tasks: (rows) => (rows as StoredTask[]).map((row) => (row.instanceId === 'T-2' ? { ...row, createdAt: '0000-00-00T00:00:00.000Z' } : row)),
    });
    const { engine } = proposalEngine({ store, onStoreDataError: (error) => reported.push(error) });
    for (const id of ['T-1', 'T-2', 'T-3']) {
      await engine.start('proposal', { actor: member, id });
      await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    }
    expect((await engine.tasks({ actor: office })).map((task) => task.instanceId)).toEqual(['T-1', 'T-3']);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.issues[0]).toMatchObject({ pointer: '/createdAt' });
    expect(reported[0]!.row).toMatchObject({ kind: 'task', tenant: 'jiangyin' });
  });

  it('reports an instance whose data nests too deep instead of overflowing the stack', async () => {
    const inner = createMemoryStore();
    const store: Store = {
      ...inner,
      read: async (ref, key) => {
        const read = await inner.read(ref, key);
        const row = read.instance as Record<string, unknown> | undefined;
        return row === undefined ? read : { ...read, instance: { ...row, data: { ...(row.data as object), deep: deep(100_000) } } };
      },
    };
    const { engine } = proposalEngine({ store });
    await engine.start('proposal', { actor: member, id: 'X-1' });
    const error = await engine.get('X-1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreDataError);
    expect((error as StoreDataError).issues[0]).toMatchObject({ code: 'row.tooDeep' });
    expect((error as StoreDataError).issues[0]!.pointer.startsWith('/data/deep/next/next')).toBe(true);
    await expect(engine.send('X-1', { type: 'submit', actor: member, payload: submitPayload })).rejects.toBeInstanceOf(StoreDataError);
  });
});

describe('maps of a stored row keyed by definition or data names', () => {
  const row = {
    tenant: 'default',
    id: 'p-1',
    definitionId: 'units',
    definitionVersion: 1,
    state: 'handling',
    data: {},
    status: 'active',
    version: 1,
    createdAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.000Z',
    lastHash: '',
    entered: {},
    deadlines: {},
    assignees: {},
  };

  it('refuses a broken entry under "__proto__" at its field instead of dropping it unread', () => {
    for (const [field, value, pointer] of [
      ['branches', '{"handling":{"__proto__":{"state":"","entered":"2026-03-02T01:00:00.000Z","item":"x"}}}', '/branches/handling/__proto__/state'],
      ['deadlines', '{"__proto__":{"due":"tomorrow"}}', '/deadlines/__proto__/due'],
      ['assignees', '{"__proto__":{"user":"","at":"2026-03-02T01:00:00.000Z","by":"u1"}}', '/assignees/__proto__/user'],
    ] as const) {
      const broken = { branches: {}, ...row, [field]: JSON.parse(value) };
      const error = catchError(() => parseInstanceRow(broken, 'instance default/p-1'));
      expect(error).toBeInstanceOf(StoreDataError);
      expect((error as StoreDataError).issues.map((found) => found.pointer)).toContain(pointer);
    }
  });

  it('keeps a well-formed entry under "__proto__" as an own entry on the slow path too', () => {
    const branches = JSON.parse('{"handling":{"__proto__":{"state":"working","entered":"2026-03-02T01:00:00.000Z","item":"__proto__"}}}');
    // A bad hash type sends the row through the schema; the unit must survive there as well.
    const error = catchError(() => parseInstanceRow({ ...row, branches, lastHash: 1 }, 'instance default/p-1'));
    expect((error as StoreDataError).issues.map((found) => found.pointer)).toEqual(['/lastHash']);
    const read = parseInstanceRow({ ...row, branches }, 'instance default/p-1');
    expect(Object.hasOwn(read.branches.handling!, '__proto__')).toBe(true);
  });
});
