import { describe, expect, it } from 'vitest';
import { createEngine, PayloadError, type Engine } from '../src/index.js';
import { DEFAULT_COMMAND_LIMITS } from '../src/runtime/command-limits.js';
import { proposalDefinition, proposalEngine, member, office, assigner, submitPayload } from './support/proposal.js';
import { refusal as refusedWith } from './support/refusal.js';

async function atAssign(engine: Engine): Promise<string> {
  const { id } = await engine.start('proposal', { actor: member });
  await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
  await engine.send(id, { type: 'accept', actor: office });
  return id;
}

/** An object with `count` keys `k0`, `k1`, …: built directly, never through JSON text. */
function manyKeys(count: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const object: Record<string, unknown> = { ...extra };
  for (let i = 0; i < count; i++) object[`k${i}`] = i;
  return object;
}

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { inner: value };
  return value;
}

const refusal = (promise: Promise<unknown>) => refusedWith(promise, PayloadError);

describe('command limits, checked before any validation', () => {
  it('has documented defaults', () => {
    expect(DEFAULT_COMMAND_LIMITS).toEqual({ payloadBytes: 1_048_576, payloadDepth: 32, payloadEntries: 10_000, stringLength: 100_000, issues: 100 });
  });

  it('refuses half a million extra payload keys with one issue, leaving the instance unchanged', async () => {
    const { engine } = proposalEngine();
    const id = await atAssign(engine);
    const before = await engine.get(id);
    const error = await refusal(engine.send(id, { type: 'assign', actor: assigner, payload: manyKeys(500_000, { leadUnit: '市教育局' }) }));
    expect(error.code).toBe('command.invalid');
    expect(error.issues).toEqual([expect.objectContaining({ pointer: '', code: 'command.tooManyEntries' })]);
    expect(await engine.get(id)).toEqual(before);
    const [result] = await engine.sendMany([{ instanceId: id, type: 'assign', actor: assigner, payload: manyKeys(500_000) }]);
    expect(result).toMatchObject({ ok: false, error: { issues: [{ code: 'command.tooManyEntries' }] } });
    // Building the hostile object takes seconds on a busy machine; the refusal itself is one key listing.
  }, 60_000);

  it('counts array items and keys at every level together', async () => {
    const { engine } = proposalEngine({ limits: { payloadEntries: 50 } });
    const id = await atAssign(engine);
    const items = Array.from({ length: 30 }, (_, i) => ({ unit: `u${i}` }));
    const error = await refusal(engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: items } }));
    expect(error.issues).toEqual([expect.objectContaining({ code: 'command.tooManyEntries' })]);
  });

  it('refuses a payload nested deeper than the limit, and one that refers to itself', async () => {
    const { engine } = proposalEngine();
    const id = await atAssign(engine);
    const deep = await refusal(engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', note: nested(5_000) } }));
    expect(deep.issues).toEqual([expect.objectContaining({ code: 'command.tooDeep' })]);
    expect(deep.issues[0]!.pointer.startsWith('/payload/note/inner/inner')).toBe(true);
    const start = await refusal(engine.start('proposal', { actor: member, data: { deep: nested(40) } as never }));
    expect(start.issues).toEqual([expect.objectContaining({ code: 'command.tooDeep' })]);
    const cyclic: Record<string, unknown> = { leadUnit: '市教育局' };
    cyclic.self = cyclic;
    const cycle = await refusal(engine.send(id, { type: 'assign', actor: assigner, payload: cyclic }));
    expect(cycle.issues).toEqual([expect.objectContaining({ code: 'command.notJson' })]);
  });

  it('refuses a command larger than payloadBytes, and a string longer than stringLength, with pointers', async () => {
    const { engine } = proposalEngine({ limits: { payloadBytes: 10_000, stringLength: 2_000 } });
    const id = await atAssign(engine);
    const big = await refusal(
      engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: Array.from({ length: 10 }, () => '局'.repeat(1_000)) } }),
    );
    expect(big.issues).toEqual([expect.objectContaining({ pointer: '', code: 'command.tooLarge' })]);
    const long = await refusal(engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: 'x'.repeat(2_001) } }));
    expect(long.issues).toEqual([expect.objectContaining({ pointer: '/payload/leadUnit', code: 'command.stringTooLong' })]);
    const key = await refusal(engine.send(id, { type: 'assign', actor: { ...assigner, id: 'y'.repeat(2_001) }, payload: { leadUnit: '市教育局' } }));
    expect(key.issues).toEqual([expect.objectContaining({ pointer: '/actor/id', code: 'command.stringTooLong' })]);
  });

  it('lists at most `issues` issues, the last saying how many more there were', async () => {
    const { engine } = proposalEngine();
    const id = await atAssign(engine);
    const error = await refusal(engine.send(id, { type: 'assign', actor: assigner, payload: manyKeys(5_000, { leadUnit: '市教育局' }) }));
    expect(error.code).toBe('payload.invalid');
    expect(error.issues).toHaveLength(100);
    expect(error.issues.slice(0, 99).every((issue) => issue.code === 'payload.additionalProperties')).toBe(true);
    expect(error.issues[99]).toMatchObject({ pointer: '', code: 'issues.truncated' });
    expect(error.issues[99]!.message.en).toContain('4901');
    expect(error.issues[99]!.message['zh-CN']).toContain('4901');

    const few = proposalEngine({ limits: { issues: 3 } });
    const other = await atAssign(few.engine);
    const capped = await refusal(few.engine.send(other, { type: 'assign', actor: assigner, payload: manyKeys(10, { leadUnit: '市教育局' }) }));
    expect(capped.issues.map((issue) => issue.code)).toEqual(['payload.additionalProperties', 'payload.additionalProperties', 'issues.truncated']);
    const strings = await refusal(few.engine.send(other, { type: 'assign', actor: assigner, payload: { leadUnit: '\u0000', a: '\u0000', b: '\u0000', c: '\u0000' } }));
    expect(strings.issues).toHaveLength(3);
    expect(strings.issues[2]).toMatchObject({ code: 'issues.truncated' });
  });

  it('refuses limits that are not positive integers, and unknown limits', () => {
    for (const limits of [{ issues: 0 }, { payloadBytes: -1 }, { payloadDepth: 1.5 }, { stringLength: '10' }, { payloadKeys: 5 }]) {
      expect(() => createEngine({ definitions: [proposalDefinition], limits } as never), JSON.stringify(limits)).toThrow(PayloadError);
    }
  });

  it('leaves Object.prototype untouched whatever the payload', async () => {
    const { engine } = proposalEngine();
    const id = await atAssign(engine);
    const hostile = JSON.parse('{"leadUnit":"市教育局","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    await engine.send(id, { type: 'assign', actor: assigner, payload: hostile }).catch(() => undefined);
    await engine.start('proposal', { actor: member, data: JSON.parse('{"__proto__":{"polluted":true}}') }).catch(() => undefined);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
