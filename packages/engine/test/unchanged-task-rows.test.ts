import { describe, expect, it } from 'vitest';
import type { AuditEvent, CommandWrite, StoredInstance, StoredTask, StoredTimer } from '../src/index.js';
import { timerId } from '../src/runtime/row-ids.js';
import { createPgliteStore } from '../src/store/pglite-store.js';
import { createPostgresStore } from '../src/store/postgres-store.js';
import type { SqlStore } from '../src/store/sql/sql-store.js';
import { testDatabases } from './support/every-store.js';

type Sql = <Row = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<Row[]>;

const { db, pool } = testDatabases(2);

let schemas = 0;
const STORES: Array<[string, () => Promise<{ store: SqlStore; sql: Sql }>]> = [
  ['PGlite', async () => ({ store: await createPgliteStore({ db, schema: `unchanged_${++schemas}` }), sql: async (text, params) => (await db.query(text, params)).rows as never })],
  ['PostgreSQL', async () => ({ store: await createPostgresStore({ pool, schema: `unchanged_${++schemas}` }), sql: async (text, params) => (await pool.query(text, params)).rows })],
];

const ref = { tenant: 'jiangyin', id: 'U-1' };
const T0 = '2026-03-02T01:00:00.000Z';
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

function instance(version: number): StoredInstance {
  return {
    ...ref, definitionId: 'proposal', definitionVersion: 1, state: 'review', data: { title: '案由' }, status: 'active', version,
    createdAt: T0, updatedAt: at(version), lastHash: `hash-${version - 1}`, entered: { review: T0 }, deadlines: {}, branches: {}, assignees: {},
  };
}

function event(version: number): AuditEvent {
  return {
    seq: version, at: at(version), actor: { id: 'tian', roles: ['proposal-office'] }, type: `step-${version}`, payload: {},
    from: 'review', to: 'review', prevHash: `hash-${version - 1}`, instanceHash: `row-${version}`, hash: `hash-${version}`,
  };
}

const task = (actions: string[]): StoredTask => ({
  ...{ tenant: ref.tenant, instanceId: ref.id }, definitionId: 'proposal', definitionVersion: 1, state: 'review', roles: ['proposal-office'], actions, createdAt: T0,
});
const timer = (dueAt: string): StoredTimer => ({ id: timerId(ref, 'review', 'expire', dueAt), ...{ tenant: ref.tenant, instanceId: ref.id }, state: 'review', kind: 'expire', dueAt });

const write = (version: number, tasks: StoredTask[], timers: StoredTimer[]): CommandWrite => ({
  instance: instance(version), expectedVersion: version - 1, event: event(version), tasks, timers, effects: [],
});

describe.each(STORES)('a command that leaves tasks and timers as they were, on %s', (_name, open) => {
  it('leaves their rows untouched, and replaces them when they change', async () => {
    const { store, sql } = await open();
    const s = store.schema;
    const rows = async () => ({
      tasks: await sql<{ ordinal: number; place: string; ctid: string; xmin: string }>(`select ordinal, place::text, ctid::text, xmin::text from ${s}.tasks order by ordinal`),
      timers: await sql<{ id: string; ctid: string; xmin: string }>(`select id, ctid::text, xmin::text from ${s}.timers order by id`),
    });
    const open1 = [task(['accept', 'return'])];
    const due = [timer(at(1000))];
    await store.commit(write(1, open1, due));
    const first = await rows();
    expect(first.tasks).toHaveLength(1);
    expect(first.timers).toHaveLength(1);

    // The same tasks and timers, built anew: not one of their rows is written again.
    await store.commit(write(2, [task(['accept', 'return'])], [timer(at(1000))]));
    expect(await rows()).toEqual(first);

    // A changed task replaces the task rows (in the same place of the to-do order); the timers stay.
    await store.commit(write(3, [task(['accept'])], due));
    const third = await rows();
    expect(third.timers).toEqual(first.timers);
    expect(third.tasks[0]!.xmin).not.toBe(first.tasks[0]!.xmin);
    expect(third.tasks[0]!.place).toBe(first.tasks[0]!.place);
    expect(await store.tasks(ref.tenant, { roles: ['proposal-office'] })).toEqual([task(['accept'])]);

    // A second task (a row more) replaces the set too.
    await store.commit(write(4, [task(['accept']), { ...task(['return']), state: 'review' }], due));
    expect((await rows()).tasks.map((row) => row.ordinal)).toEqual([1, 2]);

    // A changed timer replaces the timer rows; the tasks stay.
    const fourth = await rows();
    await store.commit(write(5, [task(['accept']), { ...task(['return']), state: 'review' }], [timer(at(2000))]));
    const fifth = await rows();
    expect(fifth.tasks).toEqual(fourth.tasks);
    expect(fifth.timers.map((row) => row.id)).toEqual([timer(at(2000)).id]);

    // No tasks and no timers left: both sets are emptied.
    await store.commit(write(6, [], []));
    expect(await rows()).toEqual({ tasks: [], timers: [] });
    await store.close();
  });

  it('still frees an unchanged timer claimed before the command, as rewriting it did', async () => {
    const { store } = await open();
    const due = [timer(at(10))];
    await store.commit(write(1, [], due));
    expect(await store.claimDueTimers(ref.tenant, at(20), 10, 600_000)).toEqual(due);
    expect(await store.claimDueTimers(ref.tenant, at(21), 10, 600_000)).toEqual([]);
    await store.commit(write(2, [], [timer(at(10))]));
    expect(await store.claimDueTimers(ref.tenant, at(22), 10, 600_000)).toEqual(due);
    await store.close();
  });
});
