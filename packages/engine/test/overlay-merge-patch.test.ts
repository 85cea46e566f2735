import { readFileSync } from 'node:fs';
import overlaySchema from '../schema/overlay.schema.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { MAX_OVERLAY_OPERATIONS, resolveOverlay, type LoadedDocument } from '../src/definition/overlay/index.js';
import { applyMergePatch } from '../src/definition/overlay/merge-patch.js';
import { Provenance } from '../src/definition/overlay/provenance.js';
import { parseDefinitionText } from '../src/definition/validate.js';

const patchOrigin = { file: 'o.json', pointer: '/patch' };
const merge = (target: unknown, patch: unknown): unknown => applyMergePatch(structuredClone(target), patch, patchOrigin, new Provenance());
const base = JSON.parse(readFileSync(new URL('./fixtures/overlays/base.workflow.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const load = (): LoadedDocument => ({ file: 'base.workflow.json', value: base, issues: [] });
const resolve = (overlay: unknown) => resolveOverlay(overlay, { file: 'o.overlay.json', load });

describe('the patch is a JSON Merge Patch (RFC 7396)', () => {
  it.each([
    ['objects merge', { a: 1, b: { c: 2 } }, { b: { d: 3 } }, { a: 1, b: { c: 2, d: 3 } }],
    ['null deletes a key', { a: 1, b: 2 }, { a: null }, { b: 2 }],
    ['arrays replace, never merge', { roles: ['a', 'b'] }, { roles: ['c'] }, { roles: ['c'] }],
    ['a scalar replaces an object', { a: { b: 1 } }, { a: 'x' }, { a: 'x' }],
    ['an object replaces a scalar', { a: 'x' }, { a: { b: 1, c: null } }, { a: { b: 1 } }],
    ['nulls inside a new object are dropped', {}, { a: { b: null, c: { d: null } } }, { a: { c: {} } }],
    ['nulls inside an array are kept', {}, { a: [null, 1] }, { a: [null, 1] }],
    ['deleting a missing key changes nothing', { a: 1 }, { z: null }, { a: 1 }],
    ['a non-object patch replaces the whole', { a: 1 }, ['x'], ['x']],
    ['an empty patch changes nothing', { a: { b: [1] } }, {}, { a: { b: [1] } }],
  ])('%s', (_name, target, patch, result) => {
    expect(merge(target, patch)).toEqual(result);
  });

  it('__proto__ and constructor in a patch are keys like any other, and no prototype changes', () => {
    const patch = parseDefinitionText('{ "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "a": { "__proto__": 1 } }').value;
    const result = merge({ a: {} }, patch) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
    expect(Object.keys(result)).toEqual(['a', '__proto__', 'constructor']);
    expect(Object.hasOwn(result.a as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a state named constructor and a role named toString are renamed like any other', async () => {
    const resolved = await resolve({
      extends: 'base.workflow.json',
      operations: [
        { op: 'renameState', state: 'assign', to: 'constructor' },
        { op: 'renameRole', role: 'office', to: 'toString' },
      ],
    });
    expect(resolved.issues).toEqual([]);
    const states = (resolved.definition as unknown as { states: Record<string, { on?: Record<string, { to?: string; roles: string[] }> }> }).states;
    expect(Object.keys(states)).toEqual(['draft', 'review', 'constructor', 'handling', 'evaluate', 'closed']);
    expect(states.review!.on!.file).toMatchObject({ to: 'constructor', roles: ['toString'] });
  });
});

describe('hostile overlays are refused with a limit issue, never a crash', () => {
  it('a patch nested deeper than the definition limit', async () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 200; level++) deep = { a: deep };
    const resolved = await resolve({ extends: 'base.workflow.json', patch: { states: deep } });
    expect(resolved.issues[0]).toMatchObject({ code: 'limit.jsonDepth', file: 'o.overlay.json' });
    expect(resolved.issues[0]!.pointer.startsWith('/patch/states/a/a')).toBe(true);
    expect(resolved.definition).toBeUndefined();
  });

  it('a huge array in the patch', async () => {
    const resolved = await resolve({ extends: 'base.workflow.json', patch: { colours: new Array(300_000).fill(0) } });
    expect(resolved.issues[0]).toMatchObject({ code: 'limit.values', file: 'o.overlay.json' });
  });

  it(`more than ${MAX_OVERLAY_OPERATIONS} operations are refused before any runs`, async () => {
    const operations = Array.from({ length: MAX_OVERLAY_OPERATIONS + 1 }, (_, index) => ({ op: 'renameRole', role: `r${index}`, to: `q${index}` }));
    expect(overlaySchema.properties.operations.maxItems).toBe(MAX_OVERLAY_OPERATIONS);
    const resolved = await resolve({ extends: 'base.workflow.json', operations });
    expect(resolved.issues).toEqual([expect.objectContaining({ code: 'schema.maxItems', pointer: '/operations', file: 'o.overlay.json' })]);
  });

  it(`${MAX_OVERLAY_OPERATIONS} operations run`, async () => {
    const operations = Array.from({ length: MAX_OVERLAY_OPERATIONS }, (_, index) => ({ op: 'renameRole', role: index % 2 === 0 ? 'office' : 'committee', to: index % 2 === 0 ? 'committee' : 'office' }));
    const resolved = await resolve({ extends: 'base.workflow.json', operations });
    expect(resolved.issues).toEqual([]);
  });

  it('a document that is not an object is a schema issue of the overlay', async () => {
    const resolved = await resolve({ extends: 'base.workflow.json', operations: 'renameState' });
    expect(resolved.issues[0]).toMatchObject({ code: 'schema.type', pointer: '/operations', file: 'o.overlay.json' });
  });
});
