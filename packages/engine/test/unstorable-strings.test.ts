import { describe, expect, it } from 'vitest';
import { DefinitionError, PayloadError, type Engine } from '../src/index.js';
import { proposalDefinition, proposalEngine, member, office, assigner, submitPayload } from './support/proposal.js';
import { everyStore } from './support/every-store.js';

// NUL and UTF-16 surrogates without their pair: PostgreSQL's text and jsonb refuse them, so every
// store must refuse them the same way, before anything is written.
const BAD_STRINGS: Array<[string, string, string]> = [
  ['NUL', 'a\u0000b', 'command.nul'],
  ['a lone high surrogate', 'a\ud800b', 'command.loneSurrogate'],
  ['a lone low surrogate', '\udc00', 'command.loneSurrogate'],
  ['a reversed pair', '\udc00\ud800', 'command.loneSurrogate'],
  ['a trailing high surrogate', '提案\ud83d', 'command.loneSurrogate'],
];

const stores = everyStore('unstorable');

/** Where a bad string can sit in a command to `assign` (the instance is waiting for it). */
const placements: Array<[string, (bad: string) => Record<string, unknown>, string]> = [
  ['a payload value', (bad) => ({ payload: { leadUnit: bad } }), '/payload/leadUnit'],
  ['a payload item, deep', (bad) => ({ payload: { leadUnit: '市教育局', coUnits: ['市财政局', bad] } }), '/payload/coUnits/1'],
  ['a payload key', (bad) => ({ payload: { leadUnit: '市教育局', [bad]: 1 } }), `/payload/${'KEY'}`],
  ['the actor id', (bad) => ({ actor: { ...assigner, id: bad } }), '/actor/id'],
  ['an actor role', (bad) => ({ actor: { ...assigner, roles: ['assigning-office', bad] } }), '/actor/roles/1'],
  ['the actor unit', (bad) => ({ actor: { ...assigner, unit: bad } }), '/actor/unit'],
  ['the actor name', (bad) => ({ actor: { ...assigner, name: bad } }), '/actor/name'],
  ['the idempotency key', (bad) => ({ idempotencyKey: bad }), '/idempotencyKey'],
  ['the branch', (bad) => ({ branch: bad }), '/branch'],
];

async function atAssign(engine: Engine): Promise<string> {
  const { id } = await engine.start('proposal', { actor: member });
  await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
  await engine.send(id, { type: 'accept', actor: office });
  return id;
}

// Opening a SQL store migrates a new schema: slow on a busy machine.
describe.each(stores)('strings no store can keep, on the %s store', { timeout: 60_000 }, (_name, openStore) => {
  it.each(BAD_STRINGS)('refuses %s anywhere in a command with a pointer, and writes nothing', async (_what, bad, code) => {
    const store = await openStore();
    const { engine } = proposalEngine(store ? { store } : {});
    const id = await atAssign(engine);
    const before = await engine.get(id);
    const history = await engine.history(id);
    for (const [where, place, pointer] of placements) {
      const command = { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' }, ...place(bad) };
      const error = await engine.send(id, command as never).catch((e) => e);
      expect(error, where).toBeInstanceOf(PayloadError);
      expect(error.code, where).toBe('command.invalid');
      const expectedPointer = pointer.replace('KEY', bad.replace(/~/g, '~0').replace(/\//g, '~1'));
      expect(error.issues, where).toEqual([expect.objectContaining({ pointer: expectedPointer, code })]);
      expect(error.issues[0].message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      const [batch] = await engine.sendMany([{ instanceId: id, ...command } as never]);
      expect(batch, where).toMatchObject({ ok: false, error: { code: 'command.invalid', issues: [{ pointer: expectedPointer, code }] } });
    }
    expect(await engine.get(id)).toEqual(before);
    expect(await engine.history(id)).toEqual(history);
  });

  it.each(BAD_STRINGS)('refuses %s in start (data, id, key, actor) and in instance and definition ids', async (_what, bad, code) => {
    const store = await openStore();
    const { engine } = proposalEngine(store ? { store } : {});
    const starts: Array<[Record<string, unknown>, string]> = [
      [{ actor: member, data: { title: bad } }, '/data/title'],
      [{ actor: member, data: { nested: [{ [bad]: true }] } }, `/data/nested/0/${bad}`],
      [{ actor: member, id: bad }, '/id'],
      [{ actor: member, idempotencyKey: bad }, '/idempotencyKey'],
      [{ actor: { ...member, roles: [bad] } }, '/actor/roles/0'],
    ];
    for (const [command, pointer] of starts) {
      const error = await engine.start('proposal', command as never).catch((e) => e);
      expect(error, pointer).toBeInstanceOf(PayloadError);
      expect(error.issues, pointer).toEqual([expect.objectContaining({ pointer, code })]);
    }
    for (const call of [
      () => engine.start(bad, { actor: member }),
      () => engine.send(bad, { type: 'accept', actor: office }),
      () => engine.get(bad),
      () => engine.history(bad),
      () => engine.verifyHistory(bad),
    ]) {
      const error = await call().catch((e) => e);
      expect(error).toBeInstanceOf(PayloadError);
      expect(error.issues).toEqual([expect.objectContaining({ code: expect.stringMatching(/^command\.(nul|loneSurrogate)$/) })]);
    }
    const query = await engine.tasks({ actor: { id: 'x', roles: [bad] } }).catch((e) => e);
    expect(query).toBeInstanceOf(PayloadError);
    expect(query.issues).toEqual([expect.objectContaining({ pointer: '/actor/roles/0', code })]);
    expect(() => engine.withTenant(`t${bad}`)).toThrow(PayloadError);
  });

  it.each(BAD_STRINGS)('refuses to publish a definition with %s in a title or a key', async (_what, bad) => {
    const store = await openStore();
    const { engine } = proposalEngine(store ? { store } : {});
    for (const definition of [
      { ...proposalDefinition, version: 90, title: { 'zh-CN': `提案${bad}`, en: 'Proposals' } },
      { ...proposalDefinition, version: 91, data: { type: 'object', properties: { [`note${bad}`]: { type: 'string' } } } },
    ]) {
      const error = await engine.publish(definition).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DefinitionError);
      expect((error as DefinitionError).issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'text.unstorable' })]));
    }
  });

  it('keeps well-formed text of every plane, and pairs of surrogates (emoji)', async () => {
    const store = await openStore();
    const { engine } = proposalEngine(store ? { store } : {});
    const id = await atAssign(engine);
    const unit = '市教育局😀𠮷';
    const view = await engine.send(id, { type: 'assign', actor: { ...assigner, name: '交办员 👩‍💼' }, payload: { leadUnit: unit } });
    expect(view.data.leadUnit).toBe(unit);
    expect((await engine.history(id)).at(-1)?.actor.name).toBe('交办员 👩‍💼');
  });
});
