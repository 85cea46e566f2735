import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../src/store/pglite-store.js';
import { readFileSync } from 'node:fs';
import { createEngine, PayloadError, setAtPointer, type Actor, type Engine, type Store } from '../src/index.js';
import { proposalEngine, member, office, assigner, submitPayload, replyPayload } from './support/proposal.js';

// Unit names that are also names of Object.prototype members (and the prototype accessor itself).
const HOSTILE_UNITS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const opinion = { opinion: '本单位将配合做好相关工作，意见如下。' };
const handler = (name: string): Actor => ({ id: `staff-${name}`, roles: ['handling-unit'], unit: name });

const db = new PGlite();
afterAll(() => db.close(), 60_000);
let schemas = 0;

const stores: Array<[string, () => Promise<Store | undefined>]> = [
  ['memory store', async () => undefined],
  ['PGlite store', async () => createPgliteStore({ db, schema: `proto_keys_${++schemas}` })],
];

async function assigned(engine: Engine, lead: string, co: string[]): Promise<string> {
  const { id } = await engine.start('proposal', { actor: member });
  await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
  await engine.send(id, { type: 'accept', actor: office });
  await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: lead, coUnits: co } });
  return id;
}

// Opening a SQL store migrates a new schema: slow on a busy machine.
describe.each(stores)('unit names that are Object.prototype members (%s)', { timeout: 60_000 }, (_name, openStore) => {
  it.each(HOSTILE_UNITS)('opens, lists and completes the branch of unit "%s" like any other', async (hostile) => {
    const store = await openStore();
    const { engine } = proposalEngine(store ? { store } : {});
    const id = await assigned(engine, '市教育局', [hostile]);
    const view = await engine.get(id);
    // Compared as sets: jsonb keeps object keys in its own order, not the order they were opened.
    expect(view.branches.handling?.map((branch) => [branch.key, branch.state])).toEqual(
      expect.arrayContaining([
        ['市教育局', 'leading'],
        [hostile, 'consulting'],
      ]),
    );
    expect(view.branches.handling).toHaveLength(2);
    const tasks = await engine.tasks({ actor: handler(hostile) });
    expect(tasks).toEqual([expect.objectContaining({ instanceId: id, unit: hostile, state: 'consulting' })]);
    // The lead unit must wait for the co-handler: the branch is really there.
    await expect(engine.send(id, { type: 'reply', actor: handler('市教育局'), payload: replyPayload })).rejects.toMatchObject({ code: 'transition.guard' });
    await engine.send(id, { type: 'sendOpinion', actor: handler(hostile), payload: opinion });
    const replied = await engine.send(id, { type: 'reply', actor: handler('市教育局'), payload: replyPayload });
    expect(replied.state).toBe('supervising');
    expect(await engine.verifyHistory(id)).toMatchObject({ ok: true });
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it.each(HOSTILE_UNITS)('a lead unit named "%s" replies on its own branch', async (hostile) => {
    const store = await openStore();
    const { engine } = proposalEngine(store ? { store } : {});
    const id = await assigned(engine, hostile, []);
    const replied = await engine.send(id, { type: 'reply', actor: handler(hostile), payload: replyPayload });
    expect(replied.state).toBe('supervising');
  });

  it.each(HOSTILE_UNITS)('addBranch with unit "%s" adds a branch that can be claimed and removed', async (hostile) => {
    const store = await openStore();
    const { engine } = proposalEngine(store ? { store } : {});
    const id = await assigned(engine, '市教育局', []);
    const added = await engine.send(id, { type: 'addBranch', actor: assigner, payload: { item: hostile, reason: '补充会办单位' } });
    expect(added.branches.handling?.map((branch) => branch.key).sort()).toEqual(['市教育局', hostile].sort());
    await expect(engine.send(id, { type: 'addBranch', actor: assigner, payload: { item: hostile, reason: '重复添加' } })).rejects.toMatchObject({
      code: 'transition.guard',
    });
    const removed = await engine.send(id, { type: 'removeBranch', actor: assigner, payload: { branch: hostile, reason: '撤销会办' } });
    expect(removed.branches.handling?.map((branch) => branch.key)).toEqual(['市教育局']);
    expect(await engine.verifyHistory(id)).toMatchObject({ ok: true });
  });
});

describe('writing instance data by pointer', () => {
  it('never reads through the prototype chain nor changes Object.prototype', () => {
    const written = setAtPointer({}, ['constructor', 'name'], 'x') as Record<string, unknown>;
    expect(Object.hasOwn(written, 'constructor')).toBe(true);
    expect(written.constructor).toEqual({ name: 'x' });
    const proto = setAtPointer({}, ['__proto__', 'polluted'], true) as Record<string, unknown>;
    expect(Object.getOwnPropertyNames(proto)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });
});

describe('form fields named like Object.prototype members', () => {
  const definition = JSON.parse(readFileSync(new URL('./fixtures/invalid/form-pattern-unsupported.json', import.meta.url), 'utf8'));
  definition.forms.submit.schema = JSON.parse(
    '{"type":"object","required":["title","constructor","toString"],"properties":{"title":{"type":"string"},"constructor":{"type":"string"},"toString":{"type":"string"},"valueOf":{"type":"string"}},"additionalProperties":false}',
  );
  const author = { id: 'm', roles: ['member'] };

  it('are required and type-checked as own fields, never met by inherited members', async () => {
    const engine = createEngine({ definitions: [definition] });
    const { id } = await engine.start('proposal', { actor: author });
    const error = await engine.send(id, { type: 'submit', actor: author, payload: { title: '案由' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadError);
    expect((error as PayloadError).issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/constructor', 'payload.required'],
      ['/toString', 'payload.required'],
    ]);
    const wrongType = await engine.send(id, { type: 'submit', actor: author, payload: { title: '案由', constructor: 1, toString: 't' } }).catch((e: unknown) => e);
    expect((wrongType as PayloadError).issues.map((issue) => [issue.pointer, issue.code])).toEqual([['/constructor', 'payload.type']]);
    // An undeclared `__proto__` field is an unexpected property like any other.
    const extra = await engine.send(id, { type: 'submit', actor: author, payload: JSON.parse('{"title":"案由","constructor":"c","toString":"t","__proto__":"p"}') }).catch((e: unknown) => e);
    expect((extra as PayloadError).issues.map((issue) => [issue.pointer, issue.code])).toEqual([['/__proto__', 'payload.additionalProperties']]);
    const payload = { title: '案由', constructor: 'c', toString: 't', valueOf: 'v' };
    expect((await engine.send(id, { type: 'submit', actor: author, payload })).state).toBe('review');
    const [submitted] = (await engine.history(id)).slice(-1);
    expect(submitted!.payload).toEqual(payload);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
