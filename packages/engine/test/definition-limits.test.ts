import { describe, expect, it } from 'vitest';
import { canonicalJson, MAX_CANONICAL_DEPTH } from '../src/canonical-json.js';
import {
  createEngine,
  DEFAULT_DEFINITION_LIMITS,
  DefinitionError,
  LimitError,
  parseDefinitionText,
  validateDefinition,
} from '../src/index.js';

/** A small valid workflow: `start` → (`go`) → `end`. */
function workflow(extra: Record<string, unknown> = {}, states: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'limits',
    version: 1,
    title: '限制',
    roles: { clerk: { title: '办事员' } },
    initial: 'start',
    states: { start: { on: { go: { to: 'end', roles: ['clerk'] } } }, end: { type: 'final' }, ...states },
    ...extra,
  };
}

/** States nested `levels` deep, `n1` the outermost; the innermost leaves for `end`. */
function nestedStates(levels: number): Record<string, unknown> {
  let states: Record<string, unknown> = { [`n${levels}`]: { on: { leave: { to: 'end', roles: ['clerk'] } } } };
  for (let level = levels - 1; level >= 1; level--) states = { [`n${level}`]: { initial: `n${level + 1}`, states } };
  return states;
}

/** A value nested `depth` objects deep. */
function deepValue(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const codesAndPointers = (issues: ReadonlyArray<{ code: string; pointer: string }>) => issues.map(({ code, pointer }) => ({ code, pointer }));

describe('definition limits', () => {
  it('states nested 1,000 deep are refused with a pointer, by validation and by createEngine, without overflowing', () => {
    const definition = workflow({}, nestedStates(1_000));
    const result = validateDefinition(definition);
    expect(result.valid).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'limit.jsonDepth' });
    expect(result.issues[0]!.pointer.startsWith('/states/n1/states/n2/states/n3')).toBe(true);
    const error = thrown(() => createEngine({ definitions: [definition] }));
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).issues[0]).toMatchObject({ code: 'limit.jsonDepth' });
  });

  it('states nested one level deeper than allowed are refused at the first state too deep', () => {
    const levels = DEFAULT_DEFINITION_LIMITS.maxStateDepth + 1;
    const definition = workflow({}, nestedStates(levels));
    (definition.states as Record<string, any>).start.on.go.to = 'n1';
    const pointer = Array.from({ length: levels }, (_, i) => `/states/n${i + 1}`).join('');
    expect(codesAndPointers(validateDefinition(definition).issues)).toEqual([{ code: 'limit.stateDepth', pointer }]);
    const allowed = workflow({}, nestedStates(levels - 1));
    (allowed.states as Record<string, any>).start.on.go.to = 'n1';
    expect(validateDefinition(allowed).issues).toEqual([]);
  });

  it('a 5,000-deep value in a form schema is refused at the first value too deep', () => {
    const definition = workflow({
      forms: { note: { title: '备注', schema: { type: 'object', default: deepValue(5_000) } } },
    });
    const result = validateDefinition(definition);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.code).toBe('limit.jsonDepth');
    // /forms/note/schema/default is at depth 4; the first object too deep is at the limit.
    expect(issue?.pointer).toBe('/forms/note/schema/default' + '/a'.repeat(DEFAULT_DEFINITION_LIMITS.maxJsonDepth - 4));
    expect(issue?.message['zh-CN']).toContain(String(DEFAULT_DEFINITION_LIMITS.maxJsonDepth));
    expect(issue?.message.en).toContain(String(DEFAULT_DEFINITION_LIMITS.maxJsonDepth));
    expect(thrown(() => createEngine({ definitions: [definition] }))).toBeInstanceOf(DefinitionError);
  });

  it('deep values in other places (data schema, a title, an array) are refused the same way', () => {
    const inArray = workflow({ data: { type: 'object', examples: [JSON.parse('['.repeat(300) + ']'.repeat(300))] } });
    expect(validateDefinition(inArray).issues.map((issue) => issue.code)).toEqual(['limit.jsonDepth']);
    const inTitle = workflow({ title: deepValue(2_000) });
    expect(codesAndPointers(validateDefinition(inTitle).issues)).toEqual([
      { code: 'limit.jsonDepth', pointer: '/title' + '/a'.repeat(DEFAULT_DEFINITION_LIMITS.maxJsonDepth - 1) },
    ]);
  });

  it('too many states, transitions or values are refused, each at the first one beyond the limit', () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i <= DEFAULT_DEFINITION_LIMITS.maxStates; i++) many[`s${i}`] = { type: 'final' };
    const states = validateDefinition(workflow({}, many)).issues;
    expect(codesAndPointers(states)).toEqual([{ code: 'limit.states', pointer: `/states/s${DEFAULT_DEFINITION_LIMITS.maxStates - 2}` }]);

    const on: Record<string, unknown> = {};
    const alternatives = Array.from({ length: 1_000 }, () => ({ to: 'end', roles: ['clerk'] }));
    for (let i = 0; i < 6; i++) on[`e${i}`] = alternatives;
    const transitions = validateDefinition(workflow({}, { busy: { on } })).issues;
    expect(codesAndPointers(transitions)).toEqual([{ code: 'limit.transitions', pointer: '/states/busy' }]);

    const large = workflow({ description: { en: 'x' }, data: { type: 'object', examples: Array.from({ length: 250_000 }, () => 0) } });
    expect(codesAndPointers(validateDefinition(large).issues)).toEqual([{ code: 'limit.values', pointer: '' }]);
  });

  it('refuses a string, a key or all texts together beyond their length, at the first one too long', () => {
    const max = DEFAULT_DEFINITION_LIMITS.maxStringLength;
    const expression = workflow();
    (expression.states as Record<string, any>).start.on.go.when = 'data.a == ' + '1 + '.repeat(max / 4) + '1';
    expect(codesAndPointers(validateDefinition(expression).issues)).toEqual([{ code: 'limit.stringLength', pointer: '/states/start/on/go/when' }]);
    const key = workflow({ data: { type: 'object', properties: { ['k'.repeat(max + 1)]: { type: 'string' } } } });
    expect(codesAndPointers(validateDefinition(key).issues)).toEqual([{ code: 'limit.stringLength', pointer: `/data/properties/${'k'.repeat(max + 1)}` }]);
    const texts = workflow({ data: { type: 'object', examples: Array.from({ length: 300 }, () => 'x'.repeat(max)) } });
    expect(validateDefinition(texts).issues.map((found) => found.code)).toEqual(['limit.textLength']);
    expect(validateDefinition(workflow({ description: 'x'.repeat(max) })).issues).toEqual([]);
  });

  it('takes other limits when given', () => {
    const definition = workflow({}, nestedStates(3));
    (definition.states as Record<string, any>).start.on.go.to = 'n1';
    expect(validateDefinition(definition).valid).toBe(true);
    expect(validateDefinition(definition, { limits: { maxStateDepth: 2 } }).issues.map((issue) => issue.code)).toEqual([
      'limit.stateDepth',
    ]);
    expect(validateDefinition(definition, { limits: { maxJsonDepth: 4 } }).issues.map((issue) => issue.code)).toEqual([
      'limit.jsonDepth',
    ]);
  });

  it('never throws on hostile shapes around the limits', () => {
    for (const input of [null, 1, 'x', [], { states: null }, { states: [] }, { states: { a: null } }, { states: { a: { states: 5 } } }]) {
      expect(() => validateDefinition(input)).not.toThrow();
      expect(validateDefinition(input).valid).toBe(false);
    }
  });

  it('luzhi validate reads a deeply nested file as a limit with its line and column', () => {
    const parsed = parseDefinitionText(`{"id": ${'['.repeat(1_200)}${']'.repeat(1_200)}}`);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'limit.jsonDepth', pointer: '/id' + '/0'.repeat(MAX_CANONICAL_DEPTH - 1), position: expect.objectContaining({ line: 1 }) }),
    ]);
  });
});

describe('canonical JSON', () => {
  it('refuses a value nested too deeply with a typed error and its pointer, instead of overflowing', () => {
    for (const depth of [5_000, 200_000]) {
      const error = thrown(() => canonicalJson({ payload: deepValue(depth) }));
      expect(error).toBeInstanceOf(LimitError);
      expect((error as LimitError).code).toBe('limit.jsonDepth');
      expect((error as LimitError).issues[0]?.pointer).toBe('/payload' + '/a'.repeat(MAX_CANONICAL_DEPTH - 1));
    }
  });

  it('accepts the deepest value allowed and writes it as JSON.stringify would, keys sorted', () => {
    const value = deepValue(MAX_CANONICAL_DEPTH - 1);
    expect(canonicalJson(value)).toBe(JSON.stringify(value));
    expect(canonicalJson({ b: [1, undefined, { d: null, c: 'x' }], a: undefined, e: true })).toBe('{"b":[1,null,{"c":"x","d":null}],"e":true}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson(JSON.parse('{"__proto__": {"x": 1}, "a": {}}'))).toBe('{"__proto__":{"x":1},"a":{}}');
  });
});
