import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAjv, createEngine, validateDefinition, PayloadError } from '../src/index.js';

const base = JSON.parse(readFileSync(new URL('./fixtures/invalid/form-pattern-unsupported.json', import.meta.url), 'utf8')) as {
  forms: { submit: { schema: { properties: Record<string, unknown> } } };
};

/** The fixture's workflow with the form field `code` checked by `schema`. */
function withCodeField(schema: Record<string, unknown>): unknown {
  const definition = structuredClone(base);
  definition.forms.submit.schema.properties.code = schema;
  return definition;
}

// Patterns a backtracking matcher takes exponential (or high polynomial) time on, with the input that shows it.
const CATASTROPHIC: Array<[string, string]> = [
  ['^(a+)+$', 'a'.repeat(40) + 'b'],
  ['^(a|a)*$', 'a'.repeat(40) + 'b'],
  ['^(a|aa)+$', 'a'.repeat(60) + 'b'],
  ['^(.*a){20}$', 'a'.repeat(60) + 'b'],
  ['^([a-z]+\\d*)+$', 'abc1'.repeat(12) + '!'],
  ['^(\\w+\\s?)*$', 'word '.repeat(12) + '!'],
];

describe('form patterns are matched in linear time', () => {
  it.each(CATASTROPHIC)('"%s" answers at once on a hostile input, in payload validation', async (pattern, input) => {
    const definition = withCodeField({ type: 'string', pattern });
    expect(validateDefinition(definition).issues).toEqual([]);
    const engine = createEngine({ definitions: [definition] });
    const { id } = await engine.start('proposal', { actor: { id: 'm', roles: ['member'] } });
    const error = await engine
      .send(id, { type: 'submit', actor: { id: 'm', roles: ['member'] }, payload: { title: '案由', code: input } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(PayloadError);
    expect(error.issues).toEqual([expect.objectContaining({ pointer: '/code', code: 'payload.pattern' })]);
    const accepted = await engine.send(id, { type: 'submit', actor: { id: 'm', roles: ['member'] }, payload: { title: '案由', code: input.slice(0, -1) } });
    expect(accepted.state).toBe('review');
  });

  it('patternProperties and propertyNames patterns run on the same matcher', () => {
    const ajv = createAjv();
    const validate = ajv.compile({
      type: 'object',
      patternProperties: { '^(a+)+$': { type: 'number' } },
      propertyNames: { pattern: '^(x|x)*$' },
    });
    expect(validate({ ['x'.repeat(40) + 'y']: 1 })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'pattern' });
    expect(validate({ ['a'.repeat(40)]: 'not a number' })).toBe(false);
  });

  it('keeps ECMAScript meaning for the patterns forms use', () => {
    const ajv = createAjv();
    const cases: Array<[string, string, boolean]> = [
      ['^[\\u4e00-\\u9fa5]{2,10}$', '市教育局', true],
      ['^\\d{6}$', '214400', true],
      ['^\\d{6}$', '21440', false],
      ['^\\p{Script=Han}+$', '提案', true],
      ['^\\p{L}+$', 'abc', true],
      ['^1[3-9]\\d{9}$', '13812345678', true],
      ['^.$', '😀', true],
      ['b', 'abc', true],
    ];
    for (const [pattern, value, valid] of cases) {
      expect(ajv.validate({ type: 'string', pattern }, value), `${pattern} on ${value}`).toBe(valid);
    }
  });

  it.each([
    ['a backreference', '^(\\w+)-\\1$'],
    ['a lookahead', '^(?=.*\\d).+$'],
    ['a negative lookbehind', '(?<!a)b'],
  ])('refuses %s at validation, pointing at the pattern', (_what, pattern) => {
    const result = validateDefinition(withCodeField({ type: 'string', pattern }));
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'form.schemaInvalid', pointer: '/forms/submit/schema/properties/code/pattern' }),
    ]);
    expect(result.issues[0]!.message['zh-CN']).toContain('线性时间');
    expect(result.issues[0]!.message.en).toContain('linear time');
  });

  it('refuses an unsupported patternProperties key at validation, pointing at it', () => {
    const definition = withCodeField({ type: 'object', patternProperties: { '^(?!x)': { type: 'string' } } });
    const result = validateDefinition(definition);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'form.schemaInvalid', pointer: '/forms/submit/schema/properties/code/patternProperties/^(?!x)' }),
    ]);
  });
});
