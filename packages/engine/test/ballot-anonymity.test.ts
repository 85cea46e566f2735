import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/canonical-json.js';
import { sha256Hex } from '../src/hash.js';
import { createEngine, createMemoryStore, createVirtualClock, type Actor, type Engine, type Store } from '../src/index.js';
import { createPgliteStore } from '../src/store/pglite-store.js';
import { createPostgresStore } from '../src/store/postgres-store.js';
import { testDatabases } from './support/every-store.js';

// An anonymous ballot walked on each store, then every stored row — instance, audit events, tasks,
// timers, outbox, idempotency records — and every view, history and task list searched for what
// would tie a voter to a choice. Each voter gives a score nobody else gives, so a stored score
// next to (or in place of) a voter's vote would give them away.
const definition = JSON.parse(readFileSync(new URL('./fixtures/valid/ballot-review.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const office: Actor = { id: 'office', roles: ['office'] };
const member = (id: string): Actor => ({ id, roles: [] });
const scores: Record<string, number> = { m1: 61, m2: 73, m3: 89 };
const votes: Record<string, unknown> = {
  m1: { answers: [{ item: '市教育局', overall: '满意', score: 61 }, { item: '市交通局', overall: '不满意' }] },
  m2: { answers: [{ item: '市教育局', overall: '基本满意', score: 73 }, { item: '市交通局', overall: '满意' }] },
  m3: { answers: [{ item: '市教育局', overall: '不满意', score: 89 }, { item: '市交通局', overall: '不了解' }] },
  m4: { answers: [{ item: '市教育局', overall: '满意' }, { item: '市交通局', overall: '满意' }] },
};

/** Every stored row of a store, as text: the memory store's dump, or each table of a SQL schema. */
type DumpRows = () => Promise<string[]>;

const { db, pool } = testDatabases(2);

async function sqlRows(query: (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>, schema: string): Promise<string[]> {
  const tables = await query('select table_name from information_schema.tables where table_schema = $1', [schema]);
  const rows: string[] = [];
  for (const { table_name: table } of tables) {
    for (const row of await query(`select row_to_json(t)::text as row from ${schema}."${String(table)}" t`)) rows.push(String(row.row));
  }
  return rows;
}

const openers: Array<[string, () => Promise<{ engine: Engine; rows: DumpRows }>]> = [
  [
    'memory',
    async () => {
      const store = createMemoryStore();
      return { engine: engineOn(store), rows: async () => Object.values(store.dump()).flatMap((table) => (Array.isArray(table) ? table.map((row) => JSON.stringify(row)) : [])) };
    },
  ],
  [
    'PGlite',
    async () => {
      const store = await createPgliteStore({ db, schema: 'anon_pglite' });
      return { engine: engineOn(store), rows: () => sqlRows(async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows, 'anon_pglite') };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const store = await createPostgresStore({ pool, schema: 'anon_postgres' });
      return { engine: engineOn(store), rows: () => sqlRows(async (sql, params) => (await pool.query(sql, params)).rows, 'anon_postgres') };
    },
  ],
];

function engineOn(store: Store): Engine {
  return createEngine({ definitions: [definition], store, clock: createVirtualClock('2026-03-02T09:00:00+08:00') });
}

/** The places in `text` that show one of the voters' own scores. */
function scoresIn(text: string): string[] {
  return Object.entries(scores).flatMap(([voter, score]) => (new RegExp(`"score":\\s*${score}\\b`).test(text) ? [voter] : []));
}

/** What a hash of a vote with its voter would be, for each vote anyone could have cast: none may be stored. */
function guessableFingerprints(instanceId: string, voter: string, idempotencyKey: string): string[] {
  return Object.values(votes).map((payload) =>
    sha256Hex(canonicalJson({ kind: 'send', instanceId, command: { type: 'castVote', actor: member(voter), payload, idempotencyKey } })),
  );
}

describe.each(openers)('an anonymous ballot on the %s store', { timeout: 90_000 }, (_name, openStore) => {
  it('stores and shows that each member voted, never how: no row, view, history, task or idempotency record ties a voter to a choice', async () => {
    const { engine, rows } = await openStore();
    const { id } = await engine.start('ballot-review', { actor: office, id: 'B-1', data: { members: ['m1', 'm2', 'm3', 'm4'], units: ['市教育局', '市交通局'] } });
    const seen: string[] = [];
    for (const voter of ['m1', 'm2', 'm3']) {
      const view = await engine.send(id, { type: 'castVote', actor: member(voter), payload: votes[voter], idempotencyKey: `vote-${voter}` });
      seen.push(JSON.stringify(view), JSON.stringify(await engine.tasks({ actor: member(voter) })), JSON.stringify(await engine.get(id, { actor: office })));
      // No running tally anywhere before the close: the data is as it was, the view counts only.
      expect(view.data.tally).toBeUndefined();
      expect(view.ballots!.voting).toEqual({ eligible: 4, cast: ['m1', 'm2', 'm3'].indexOf(voter) + 1, quorum: 2, anonymous: true, items: ['市教育局', '市交通局'], hasVoted: true });
    }
    // A retry under the same key, whatever it says, answers with the first result: the key does
    // not remember the choices.
    const retry = await engine.send(id, { type: 'castVote', actor: member('m1'), payload: votes.m4, idempotencyKey: 'vote-m1' });
    expect(retry.version).toBe(2);

    // While the ballot is open the instance row holds the sealed votes (sorted), and nothing else
    // does: not the audit events, the tasks, the idempotency records or the views.
    const open = await rows();
    const instanceRows = open.filter((row) => row.includes('"sealed"'));
    expect(instanceRows.length).toBe(1);
    for (const row of open.filter((text) => !text.includes('"sealed"'))) expect(scoresIn(row)).toEqual([]);
    for (const text of seen) expect(scoresIn(text)).toEqual([]);
    const history = await engine.history(id);
    for (const event of history.filter((entry) => entry.type === 'castVote')) expect(event.payload).toBeUndefined();
    expect(scoresIn(JSON.stringify(history))).toEqual([]);
    const dumped = open.join('\n');
    for (const voter of ['m1', 'm2', 'm3']) {
      for (const fingerprint of guessableFingerprints(id, voter, `vote-${voter}`)) expect(dumped).not.toContain(fingerprint);
    }

    const closed = await engine.send(id, { type: 'castVote', actor: member('m4'), payload: votes.m4, idempotencyKey: 'vote-m4' });
    expect(closed.state).toBe('done');
    expect((closed.data.tally as { items: Array<{ results: unknown }> }).items[0]!.results).toMatchObject({ score: { answered: 3, mean: 74.33 } });

    // After the close only the tally is left: no voter's own score is stored or shown anywhere.
    const after = await rows();
    expect(after.some((row) => row.includes('"sealed"'))).toBe(false);
    for (const row of after) expect(scoresIn(row)).toEqual([]);
    expect(scoresIn(JSON.stringify(await engine.history(id)))).toEqual([]);
    expect(scoresIn(JSON.stringify(await engine.get(id, { actor: office })))).toEqual([]);
    expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: 5 });
  });

  it('keeps the sealed votes in an order that does not follow who voted when', async () => {
    const { engine, rows } = await openStore();
    for (const [id, order] of [['B-2', ['m1', 'm2', 'm3']], ['B-3', ['m3', 'm2', 'm1']]] as const) {
      await engine.start('ballot-review', { actor: office, id, data: { members: ['m1', 'm2', 'm3', 'm4'], units: ['市教育局', '市交通局'] } });
      for (const voter of order) await engine.send(id, { type: 'castVote', actor: member(voter), payload: votes[voter] });
    }
    const sealed = (id: string) => {
      const row = (async () => (await rows()).map((text) => JSON.parse(text) as Record<string, unknown>))();
      return row.then((all) => {
        const found = all.find((entry) => entry.id === id && JSON.stringify(entry).includes('"sealed"'))!;
        const runtime = (found.runtime ?? found) as { ballots: { voting: { sealed: unknown[]; voted: string[] } } };
        return runtime.ballots.voting;
      });
    };
    const forward = await sealed('B-2');
    const backward = await sealed('B-3');
    expect(forward.sealed).toEqual(backward.sealed);
    expect(forward.voted).toEqual(['m1', 'm2', 'm3']);
    expect(backward.voted).toEqual(['m1', 'm2', 'm3']);
  });

});

describe('the audit trail of an anonymous ballot', () => {
  it('seals row hashes that cannot be recomputed from the votes: the same votes, in the same order, at the same times, give other hashes', async () => {
    const walk = async () => {
      const engine = engineOn(createMemoryStore());
      const { id } = await engine.start('ballot-review', { actor: office, id: 'B-9', data: { members: ['m1', 'm2', 'm3', 'm4'], units: ['市教育局', '市交通局'] } });
      for (const voter of ['m1', 'm2']) await engine.send(id, { type: 'castVote', actor: member(voter), payload: votes[voter] });
      expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: 3 });
      return (await engine.history(id)).filter((event) => event.type === 'castVote').map((event) => event.instanceHash);
    };
    const [first, second] = [await walk(), await walk()];
    expect(first).toHaveLength(2);
    first.forEach((hash, index) => expect(hash).not.toBe(second[index]));
  });
});
