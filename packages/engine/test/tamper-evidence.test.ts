import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import {
  auditKeyring,
  createEngine,
  createMemoryStore,
  PayloadError,
  type AuditEvent,
  type AuditKeyring,
  type AuditOptions,
  type MemoryStoreDump,
  type StoredInstance,
} from '../src/index.js';
import { createPgliteStore } from '../src/pglite.js';
import { createPostgresStore } from '../src/postgres.js';
import { instanceHash, sealEvent } from '../src/runtime/audit.js';
import { UNKEYED } from '../src/runtime/audit-keys.js';
import type { SqlStore } from '../src/store/sql/sql-store.js';
import { quietEffects } from './support/command-plan.js';
import { assigner, member, office, proposalDefinition, proposalEngine, submitPayload } from './support/proposal.js';

// verifyHistory covers the instance row and the stored event columns as well as the events, and
// with the host's audit keys it resists someone who can write the database and recomputes hashes.

const K1 = 'k1-0123456789abcdef0123456789abcdef';
const K2 = 'k2-fedcba9876543210fedcba9876543210';
const keys = (current: string, given: Record<string, string> = { k1: K1, k2: K2 }): AuditOptions => ({ keys: given, currentKeyId: current });

/** The instance row with this id in a dump (rows carry their own tenant and id). */
function instanceRow(dump: MemoryStoreDump, id: string): StoredInstance {
  const found = dump.instances.find((row) => row.id === id);
  if (!found) throw new Error(`no row ${id} in the dump`);
  return found;
}

/** The entry holding the events of the instance with this id in a dump. */
function eventsEntry(dump: MemoryStoreDump, id: string): { events: AuditEvent[] } {
  const found = dump.events.find((entry) => entry.instanceId === id);
  if (!found) throw new Error(`no events of ${id} in the dump`);
  return found;
}

/** Instance C-1 claimed in review (an assignee), H-1 being handled (deadlines, branches). */
async function twoInstances(audit?: AuditOptions) {
  const setup = proposalEngine(audit === undefined ? {} : { audit });
  const { engine } = setup;
  await engine.start('proposal', { actor: member, id: 'C-1' });
  await engine.send('C-1', { type: 'submit', actor: member, payload: submitPayload });
  await engine.send('C-1', { type: 'claimTask', actor: office });
  await engine.start('proposal', { actor: member, id: 'H-1' });
  await engine.send('H-1', { type: 'submit', actor: member, payload: submitPayload });
  await engine.send('H-1', { type: 'accept', actor: office });
  await engine.send('H-1', { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
  return setup;
}

/** An engine on a store restored from `dump`, as a tampered database would be read. */
const reopened = (dump: MemoryStoreDump, audit?: AuditOptions) =>
  proposalEngine({ store: createMemoryStore(dump), ...(audit === undefined ? {} : { audit }) }).engine;

/**
 * What someone who can write the store can do without a key: change the row as they like, then
 * recompute every event's hash (and the last event's seal of the row) with `keyring`.
 */
function forge(dump: MemoryStoreDump, id: string, keyring: AuditKeyring, edit: (row: StoredInstance) => void): void {
  const row = instanceRow(dump, id);
  edit(row);
  const entry = eventsEntry(dump, id);
  const events = entry.events;
  let prevHash = '';
  entry.events = events.map((event, index) => {
    const { hash: _hash, keyId: _keyId, ...fields } = event;
    const last = index === events.length - 1;
    const resealed = sealEvent({ tenant: row.tenant, id }, { ...fields, prevHash, ...(last ? { instanceHash: instanceHash(row) } : {}) }, keyring);
    prevHash = resealed.hash;
    return resealed;
  });
  row.lastHash = prevHash;
}

describe('the instance row, sealed into its last event', () => {
  it.each<[string, string, (row: any) => void, string]>([
    ['the data', 'H-1', (row) => (row.data.title = '改过的案由'), 'instance'],
    ['a value added to the data', 'C-1', (row) => (row.data.extra = 1), 'instance'],
    ['the status', 'H-1', (row) => (row.status = 'done'), 'instance'],
    ['the version', 'H-1', (row) => (row.version += 1), 'instance'],
    ['the definition version', 'C-1', (row) => (row.definitionVersion += 1), 'instance'],
    ['a deadline', 'H-1', (row) => (row.deadlines.handling.due = '2099-01-01T00:00:00.000Z'), 'instance'],
    ['a deadline marked warned', 'H-1', (row) => (row.deadlines.handling.warned = true), 'instance'],
    ['a branch deadline removed', 'H-1', (row) => delete row.branches.handling['市财政局'].deadline, 'instance'],
    ['a branch moved on', 'H-1', (row) => (row.branches.handling['市财政局'].state = 'opinionSent'), 'instance'],
    ['the assignee', 'C-1', (row) => (row.assignees.review.user = 'someone-else'), 'instance'],
    ['an assignee added', 'H-1', (row) => (row.assignees['consulting#市财政局'] = { user: 'x', at: row.updatedAt, by: 'x' }), 'instance'],
    ['an entry time', 'C-1', (row) => (row.entered.review = '2020-01-01T00:00:00.000Z'), 'instance'],
    ['the creation time', 'C-1', (row) => (row.createdAt = '2020-01-01T00:00:00.000Z'), 'instance'],
    ['the update time', 'C-1', (row) => (row.updatedAt = '2020-01-01T00:00:00.000Z'), 'instance'],
    ['the state', 'C-1', (row) => (row.state = 'assign'), 'state'],
    ['the last hash', 'C-1', (row) => (row.lastHash = 'f'.repeat(64)), 'state'],
  ])('reports an edit of %s (memory store)', async (_name, id, edit, reason) => {
    const { store, engine } = await twoInstances();
    expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: id === 'C-1' ? 3 : 4 });
    const dump = store.dump();
    edit(instanceRow(dump, id));
    const tampered = reopened(dump);
    const events = id === 'C-1' ? 3 : 4;
    expect(await tampered.verifyHistory(id)).toEqual({ ok: false, events, seq: events, reason });
    // The other instance is untouched and still verifies.
    expect(await tampered.verifyHistory(id === 'C-1' ? 'H-1' : 'C-1')).toMatchObject({ ok: true });
  });

  it('refuses a dump whose rows can no longer be read, pointing at each bad field', async () => {
    const { store } = await twoInstances();
    const dump = store.dump();
    (instanceRow(dump, 'C-1') as any).version = 'seven';
    (instanceRow(dump, 'H-1') as any).deadlines = { handling: { due: 42 } };
    const at = (id: string) => `/instances/${dump.instances.findIndex((row) => row.id === id)}`;
    expect(() => reopened(dump)).toThrow(
      expect.objectContaining({
        code: 'store.badRow',
        issues: expect.arrayContaining([
          expect.objectContaining({ pointer: `${at('C-1')}/version` }),
          expect.objectContaining({ pointer: expect.stringMatching(new RegExp(`^${at('H-1')}/deadlines/handling`)) }),
        ]),
      }),
    );
  });

  it('verifies an instance while a command commits on it between the reads of its row and its events', async () => {
    const inner = createMemoryStore();
    let between: (() => Promise<unknown>) | undefined;
    const store = {
      ...inner,
      async events(ref: { tenant: string; id: string }) {
        const run = between;
        between = undefined;
        await run?.();
        return inner.events(ref);
      },
    };
    const { engine } = proposalEngine({ store, audit: keys('k1') });
    await engine.start('proposal', { actor: member, id: 'V-1' });
    await engine.send('V-1', { type: 'submit', actor: member, payload: submitPayload });
    between = () => engine.send('V-1', { type: 'claimTask', actor: office });
    expect(await engine.verifyHistory('V-1')).toEqual({ ok: true, events: 3 });
    expect(between).toBeUndefined();
  });

  it('seals the rows that timers change: a fired warning verifies, an edit of it does not', async () => {
    const { store, engine, clock } = await twoInstances(keys('k1'));
    clock.advance('P80D');
    await engine.runDueTimers();
    const history = await engine.history('H-1');
    expect(history.at(-1)).toMatchObject({ type: 'deadlineWarning', keyId: 'k1' });
    expect(await engine.verifyHistory('H-1')).toEqual({ ok: true, events: history.length });
    const dump = store.dump();
    const row = instanceRow(dump, 'H-1');
    expect(row.deadlines.handling).toMatchObject({ warned: true });
    delete row.deadlines.handling!.warned;
    expect(await reopened(dump, keys('k1')).verifyHistory('H-1')).toEqual({ ok: false, events: history.length, seq: history.length, reason: 'instance' });
  });

  it('keeps every command verifiable: claims, releases, delegations, extensions and expiries', async () => {
    const { engine, clock } = await twoInstances(keys('k2'));
    await engine.send('C-1', { type: 'delegateTask', actor: office, payload: { to: 'li', reason: '出差，委托李科长审查' } });
    await engine.send('H-1', { type: 'extendDeadline', actor: { id: 'zhang', roles: ['handling-unit'], unit: '市教育局' }, payload: { by: 'P1M', reason: '需要征求多部门意见' } });
    clock.advance('P40D');
    await engine.runDueTimers();
    expect((await engine.history('H-1')).map((event) => event.type)).toContain('deadlineExpired');
    expect(await engine.verifyHistory('C-1')).toEqual({ ok: true, events: 4 });
    expect(await engine.verifyHistory('H-1')).toMatchObject({ ok: true });
  });
});

describe('the events', () => {
  it('refuses a dump with an event that has a field added, at the field', async () => {
    const { store } = await twoInstances(keys('k1'));
    const dump = store.dump();
    (eventsEntry(dump, 'H-1').events[2] as any).note = '补记';
    const entry = dump.events.findIndex((candidate) => candidate.instanceId === 'H-1');
    expect(() => reopened(dump, keys('k1'))).toThrow(
      expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ pointer: `/events/${entry}/events/2` })]) }),
    );
  });

  it.each<[string, (event: any) => void]>([
    ['an absent payload written as null', (event) => (event.payload = null)],
    ['the sealed row hash', (event) => (event.instanceHash = '0'.repeat(64))],
    ['the actor given a name', (event) => (event.actor.name = '王立')],
    ['the previous state', (event) => (event.from = 'draft')],
  ])('reports an event with %s', async (_name, edit) => {
    const { store } = await twoInstances(keys('k1'));
    const dump = store.dump();
    const event = eventsEntry(dump, 'H-1').events[2]!;
    expect(event).toMatchObject({ type: 'accept' });
    expect(event.payload).toBeUndefined();
    edit(event);
    expect(await reopened(dump, keys('k1')).verifyHistory('H-1')).toEqual({ ok: false, events: 4, seq: 3, reason: 'hash' });
  });
});

describe('the keyed chain', () => {
  it('lets an unkeyed history be recomputed by anyone, but not a keyed one', async () => {
    const plain = await twoInstances();
    const plainDump = plain.store.dump();
    forge(plainDump, 'H-1', UNKEYED, (row) => (row.data.title = '改过的案由'));
    // Without a key, a complete recomputation passes: the documented limit of the unkeyed chain.
    expect(await reopened(plainDump).verifyHistory('H-1')).toEqual({ ok: true, events: 4 });

    const keyed = await twoInstances(keys('k1'));
    expect(await keyed.engine.verifyHistory('H-1')).toEqual({ ok: true, events: 4 });
    const recomputed = keyed.store.dump();
    forge(recomputed, 'H-1', UNKEYED, (row) => (row.data.title = '改过的案由'));
    expect(await reopened(recomputed, keys('k1')).verifyHistory('H-1')).toEqual({ ok: false, events: 4, seq: 1, reason: 'key' });

    const guessed = keyed.store.dump();
    forge(guessed, 'H-1', auditKeyring(keys('k1', { k1: 'a guess at the key, 32 bytes long' })), (row) => (row.status = 'done'));
    expect((await reopened(guessed, keys('k1')).history('H-1')).every((event) => event.keyId === 'k1')).toBe(true);
    expect(await reopened(guessed, keys('k1')).verifyHistory('H-1')).toEqual({ ok: false, events: 4, seq: 1, reason: 'hash' });
  });

  it('rotates keys: events sealed under an older key still verify while it is kept', async () => {
    const store = createMemoryStore();
    const first = proposalEngine({ store, audit: keys('k1', { k1: K1 }) }).engine;
    await first.start('proposal', { actor: member, id: 'R-1' });
    await first.send('R-1', { type: 'submit', actor: member, payload: submitPayload });
    const second = proposalEngine({ store, audit: keys('k2') }).engine;
    await second.send('R-1', { type: 'accept', actor: office });
    expect((await second.history('R-1')).map((event) => event.keyId)).toEqual(['k1', 'k1', 'k2']);
    expect(await second.verifyHistory('R-1')).toEqual({ ok: true, events: 3 });

    // A key dropped too early, a wrong key under the same id, or no keys at all: each is reported.
    const verify = (audit?: AuditOptions) => proposalEngine({ store, ...(audit ? { audit } : {}) }).engine.verifyHistory('R-1');
    expect(await verify(keys('k2', { k2: K2 }))).toEqual({ ok: false, events: 3, seq: 1, reason: 'key' });
    expect(await verify(keys('k2', { k1: K2, k2: K2 }))).toEqual({ ok: false, events: 3, seq: 1, reason: 'hash' });
    expect(await verify()).toEqual({ ok: false, events: 3, seq: 1, reason: 'key' });
    // And a keyed engine does not accept an unkeyed history.
    const { engine } = proposalEngine({ store });
    await engine.start('proposal', { actor: member, id: 'U-1' });
    expect(await proposalEngine({ store, audit: keys('k1') }).engine.verifyHistory('U-1')).toEqual({ ok: false, events: 1, seq: 1, reason: 'key' });
  });

  it.each(['k2', 'k9', 'constructor', '__proto__', 'toString'])('reports an event whose key id was changed to %j', async (keyId) => {
    const { store } = await twoInstances(keys('k1'));
    const dump = store.dump();
    (eventsEntry(dump, 'C-1').events[1] as AuditEvent).keyId = keyId;
    const result = await reopened(dump, keys('k1')).verifyHistory('C-1');
    expect(result).toEqual({ ok: false, events: 3, seq: 2, reason: keyId === 'k2' ? 'hash' : 'key' });
  });

  it.each<[string, unknown, string]>([
    ['a key shorter than 32 bytes', { keys: { k1: 'short' }, currentKeyId: 'k1' }, '/audit/keys/k1'],
    ['a current key id that names no key', { keys: { k1: K1 }, currentKeyId: 'k9' }, '/audit/currentKeyId'],
    ['a current key id inherited from Object.prototype', { keys: { k1: K1 }, currentKeyId: 'constructor' }, '/audit/currentKeyId'],
    ['a key id outside the charset', { keys: { 'k 1': K1 }, currentKeyId: 'k 1' }, '/audit/keys/k 1'],
    ['a key that is neither text nor bytes', { keys: { k1: 42 }, currentKeyId: 'k1' }, '/audit/keys/k1'],
    ['an unknown option', { keys: { k1: K1 }, currentKeyId: 'k1', algorithm: 'md5' }, '/audit'],
  ])('refuses audit options with %s', (_name, audit, pointer) => {
    let error: unknown;
    try {
      createEngine({ definitions: [proposalDefinition], audit: audit as AuditOptions, ...quietEffects });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PayloadError);
    expect((error as PayloadError).issues.map((issue) => issue.pointer)).toContain(pointer);
  });

  it('takes a key as bytes as well as text', async () => {
    const bytes = new Uint8Array(32).fill(7);
    const { engine } = proposalEngine({ audit: { keys: { raw: bytes }, currentKeyId: 'raw' } });
    await engine.start('proposal', { actor: member, id: 'B-1' });
    bytes.fill(0); // the engine keeps its own copy
    expect(await engine.verifyHistory('B-1')).toEqual({ ok: true, events: 1 });
  });
});

describe('an anchor kept outside the database', () => {
  it('detects the newest events removed together with a consistent rollback of the row', async () => {
    const { engine, store } = proposalEngine({ audit: keys('k1') });
    await engine.start('proposal', { actor: member, id: 'A-1' });
    await engine.send('A-1', { type: 'submit', actor: member, payload: submitPayload });
    const before = store.dump();
    await engine.send('A-1', { type: 'accept', actor: office });
    const newest = (await engine.history('A-1')).at(-1)!;
    const anchor = { seq: newest.seq, hash: newest.hash };
    expect(await engine.verifyHistory('A-1', { anchor })).toEqual({ ok: true, events: 3 });

    // The database as it was before the last command: a truncated tail and a matching row.
    const rolledBack = reopened(before, keys('k1'));
    expect(await rolledBack.verifyHistory('A-1')).toEqual({ ok: true, events: 2 });
    expect(await rolledBack.verifyHistory('A-1', { anchor })).toEqual({ ok: false, events: 2, seq: 3, reason: 'anchor' });
    expect(await rolledBack.verifyHistory('A-1', { anchor: { seq: 2, hash: anchor.hash } })).toEqual({ ok: false, events: 2, seq: 2, reason: 'anchor' });
  });

  it.each([{ anchor: { seq: 0, hash: 'x' } }, { anchor: { seq: 1 } }, { anchors: [] }, 'latest'])('refuses the malformed option %j', async (options) => {
    const { engine } = proposalEngine();
    await engine.start('proposal', { actor: member, id: 'A-2' });
    await expect(engine.verifyHistory('A-2', options as never)).rejects.toBeInstanceOf(PayloadError);
  });
});

interface Backend {
  name: string;
  open(schema: string): Promise<SqlStore>;
  sql(text: string, params?: unknown[]): Promise<unknown>;
}

const pglite = new PGlite();
const pool = new pg.Pool({ connectionString: inject('postgresUrl'), max: 2 });
beforeAll(() => pglite.waitReady, 120_000);
const dropped: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const drop of dropped) await drop();
  await pool.end();
  await pglite.close();
});

const backends: Backend[] = [
  { name: 'PGlite', open: (schema) => createPgliteStore({ db: pglite, schema }), sql: (text, params = []) => pglite.query(text, params) },
  { name: 'PostgreSQL', open: (schema) => createPostgresStore({ pool, schema }), sql: (text, params = []) => pool.query(text, params) },
];

describe.each(backends)('rows edited by hand on $name', (backend) => {
  let schemas = 0;
  const opened = async (audit?: AuditOptions) => {
    const schema = `tamper_${++schemas}`;
    dropped.push(() => backend.sql(`drop schema if exists ${schema} cascade`));
    const store = await backend.open(schema);
    const engine = createEngine({ definitions: [proposalDefinition], store, tenant: 'jiangyin', ...quietEffects, ...(audit ? { audit } : {}) });
    const ids = ['E-1', 'E-2', 'E-3', 'E-4', 'E-5', 'E-6', 'E-7', 'E-8', 'E-9'];
    for (const id of ids) {
      await engine.start('proposal', { actor: member, id });
      await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
      await engine.send(id, { type: 'accept', actor: office });
      await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
    }
    for (const id of ids) expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: 4 });
    const edit = (table: 'instances' | 'events', id: string, set: string, params: unknown[] = [], seq?: number) =>
      backend.sql(
        `update ${schema}.${table} set ${set} where tenant = 'jiangyin' and ${table === 'events' ? `instance_id = $1 and seq = ${seq}` : 'id = $1'}`,
        [id, ...params],
      );
    return { engine, store, edit };
  };

  it('reports an edit of any field of the instance row', async () => {
    const { engine, store, edit } = await opened(keys('k1'));
    await edit('instances', 'E-1', `data = jsonb_set(data, '{title}', to_jsonb($2::text))`, ['改过的案由']);
    await edit('instances', 'E-2', `status = 'done'`);
    await edit('instances', 'E-3', `version = version + 1`);
    await edit('instances', 'E-4', `definition_version = definition_version + 1`);
    await edit('instances', 'E-5', `runtime = jsonb_set(runtime, '{deadlines,handling,due}', to_jsonb('2099-01-01T00:00:00.000Z'::text))`);
    await edit('instances', 'E-6', `runtime = jsonb_set(runtime, '{assignees}', '{"handling": {"user": "x", "at": "2026-02-10T01:00:00.000Z", "by": "x"}}'::jsonb)`);
    await edit('instances', 'E-7', `created_at = created_at - interval '1 day'`);
    await edit('instances', 'E-8', `updated_at = updated_at + interval '1 millisecond'`);
    await edit('instances', 'E-9', `runtime = jsonb_set(runtime, '{branches,handling,市财政局,state}', to_jsonb('opinionSent'::text))`);
    for (const id of ['E-1', 'E-2', 'E-3', 'E-4', 'E-5', 'E-6', 'E-7', 'E-8', 'E-9']) {
      expect(await engine.verifyHistory(id), id).toEqual({ ok: false, events: 4, seq: 4, reason: 'instance' });
    }
    await store.close();
  });

  it('reports a stored event column that no longer says what the event says', async () => {
    const { engine, store, edit } = await opened();
    await edit('events', 'E-1', `hash = $2`, ['0'.repeat(64)], 2);
    await edit('events', 'E-2', `type = 'reject'`, [], 3);
    await edit('events', 'E-3', `at = at + interval '1 second'`, [], 1);
    await edit('events', 'E-4', `at = 'infinity'`, [], 4);
    await edit('events', 'E-5', `seq = 7`, [], 4);
    await edit('events', 'E-6', `event = jsonb_set(event, '{type}', to_jsonb('reject'::text))`, [], 3);
    const expected: Record<string, { seq: number; reason: string }> = {
      'E-1': { seq: 2, reason: 'column' },
      'E-2': { seq: 3, reason: 'column' },
      'E-3': { seq: 1, reason: 'column' },
      'E-4': { seq: 4, reason: 'column' },
      'E-5': { seq: 4, reason: 'column' },
      'E-6': { seq: 3, reason: 'column' },
    };
    for (const [id, failure] of Object.entries(expected)) {
      expect(await engine.verifyHistory(id), id).toEqual({ ok: false, events: 4, ...failure });
    }
    // The instances still read and take commands; untouched ones verify.
    expect(await engine.get('E-4')).toMatchObject({ state: 'handling', version: 4 });
    expect(await engine.verifyHistory('E-7')).toEqual({ ok: true, events: 4 });
    await store.close();
  });

  it('keeps a keyed history verifiable across a reopened store', async () => {
    const { store } = await opened(keys('k2'));
    const schema = store.schema;
    await store.close();
    const again = await backend.open(schema);
    const engine = createEngine({ definitions: [proposalDefinition], store: again, tenant: 'jiangyin', ...quietEffects, audit: keys('k1') });
    expect(await engine.verifyHistory('E-1')).toEqual({ ok: true, events: 4 });
    await again.close();
  });
});
