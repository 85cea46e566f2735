import { describe, expect, it } from 'vitest';
import { checkFormLayout, FORM_LAYOUT_CODES, FORM_SCHEMA_MAX_DEPTH, FORM_UI_MAX_DEPTH } from '../src/index.js';

const schema = { type: 'object', properties: { title: { type: 'string' }, kind: { type: 'string', enum: ['a', 'b'] } } };

function nested(levels: number, wrap: (inner: unknown) => unknown, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < levels; level++) value = wrap(value);
  return value;
}

/** UI schemas and schemas no form can render, from garbage to deliberately deep. */
const hostile: Array<[string, unknown, unknown]> = [
  ['a null UI schema', schema, null],
  ['a number', schema, 42],
  ['a list', schema, []],
  ['a Control without scope', schema, { type: 'Control' }],
  ['an element type named __proto__', schema, JSON.parse('{"type": "__proto__", "elements": []}')],
  ['an element type named constructor', schema, { type: 'constructor', elements: [] }],
  ['an option named __proto__', schema, JSON.parse('{"type": "Control", "scope": "#/properties/title", "options": {"__proto__": {"multi": true}}}')],
  ['a scope that is not a URI fragment', schema, { type: 'Control', scope: '#/properties/%E0%A4%A' }],
  ['a scope naming an Object.prototype member', schema, { type: 'Control', scope: '#/properties/constructor' }],
  ['a scope naming __proto__', schema, { type: 'Control', scope: '#/properties/__proto__' }],
  ['a UI schema 5,000 levels deep', schema, nested(5000, (inner) => ({ type: 'VerticalLayout', elements: [inner] }), { type: 'Label', text: 'x' })],
  ['conditions 5,000 levels deep', schema, { type: 'Control', scope: '#/properties/title', rule: { effect: 'HIDE', condition: nested(5000, (inner) => ({ type: 'OR', conditions: [inner] }), { scope: '#', schema: true }) } }],
  ['a schema 5,000 levels deep', nested(5000, (inner) => ({ type: 'object', properties: { a: inner } }), { type: 'string' }), undefined],
  ['a $ref chain that loops', { type: 'object', $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, properties: { x: { $ref: '#/$defs/a' } } }, undefined],
  ['a $ref to nothing', { type: 'object', properties: { x: { $ref: '#/$defs/missing' } } }, undefined],
  ['a $ref that is not a string', { type: 'object', properties: { x: { $ref: 7 } } }, undefined],
  ['a condition schema with a $ref it cannot resolve', schema, { type: 'Control', scope: '#/properties/title', rule: { effect: 'HIDE', condition: { scope: '#', schema: { $ref: '#/$defs/none' } } } }],
];

describe('checkFormLayout on hostile input', () => {
  it.each(hostile)('%s: typed issues with bilingual messages, nothing thrown', (_what, formSchema, ui) => {
    const result = checkFormLayout(formSchema, ui);
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(FORM_LAYOUT_CODES).toContain(issue.code);
      expect(['schema', 'ui']).toContain(issue.source);
      expect(issue.pointer === '' || issue.pointer.startsWith('/')).toBe(true);
      expect(issue.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).multi).toBeUndefined();
  });

  it('stops at the documented depths', () => {
    const deepUi = nested(FORM_UI_MAX_DEPTH + 1, (inner) => ({ type: 'VerticalLayout', elements: [inner] }), { type: 'Label', text: 'x' });
    expect(checkFormLayout(schema, deepUi).issues.map((issue) => issue.code)).toEqual(['form.tooDeep']);
    const fits = nested(FORM_UI_MAX_DEPTH, (inner) => ({ type: 'VerticalLayout', elements: [inner] }), { type: 'Label', text: 'x' });
    expect(checkFormLayout(schema, fits).issues).toEqual([]);
    const objects = (levels: number) => nested(levels, (inner) => ({ type: 'object', properties: { a: inner } }), { type: 'string' });
    expect(checkFormLayout(objects(FORM_SCHEMA_MAX_DEPTH), undefined).issues).toEqual([]);
    const deeper = checkFormLayout(objects(FORM_SCHEMA_MAX_DEPTH + 1), undefined).issues;
    expect(deeper.map(({ code, source, pointer }) => [code, source, pointer])).toEqual([['form.tooDeep', 'schema', '/properties/a'.repeat(FORM_SCHEMA_MAX_DEPTH + 1)]]);
  });

  it('reads fields named like Object.prototype members as fields', () => {
    const names = JSON.parse('{"type": "object", "properties": {"__proto__": {"type": "string"}, "constructor": {"type": "integer"}, "toString": {"type": "boolean"}}}');
    const result = checkFormLayout(names, undefined);
    expect(result.issues).toEqual([]);
    expect((result.ui as { elements: Array<{ scope: string }> }).elements.map((element) => element.scope)).toEqual([
      '#/properties/__proto__',
      '#/properties/constructor',
      '#/properties/toString',
    ]);
    expect(Object.hasOwn(result.schema!.properties as object, '__proto__')).toBe(true);
  });
});
