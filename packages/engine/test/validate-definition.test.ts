import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DefinitionError, type Issue } from '../src/errors.js';
import { definitionCheckCodes } from '../src/definition/checks/index.js';
import { assertValidDefinition, parseDefinitionText, validateDefinition } from '../src/definition/validate.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Reads a fixture through the definition text parser, so fixtures themselves have no duplicate keys. */
function readFixture(path: string): unknown {
  const parsed = parseDefinitionText(readFileSync(fixtures + path, 'utf8'));
  expect(parsed.issues, `${path} is clean JSON`).toEqual([]);
  return parsed.value;
}

/** `test/fixtures/invalid/expected.json`: fixture file → the one issue it must report. */
const expected = readFixture('invalid/expected.json') as Record<string, { code: string; pointer: string; mentions: string }>;
const invalidFiles = readdirSync(fixtures + 'invalid').filter((name) => name.endsWith('.json') && name !== 'expected.json');
const validFiles = readdirSync(fixtures + 'valid').filter((name) => name.endsWith('.json'));

function expectBilingual(issue: Issue): void {
  expect(issue.message['zh-CN'].length, `zh-CN message of ${issue.code}`).toBeGreaterThan(0);
  expect(issue.message.en.length, `en message of ${issue.code}`).toBeGreaterThan(0);
  expect(issue.message['zh-CN'], 'the Chinese message is in Chinese').toMatch(/[\u4e00-\u9fff]/);
}

describe('invalid fixtures: one problem each, at its exact pointer', () => {
  it('every fixture has an expectation and every expectation a fixture', () => {
    expect(Object.keys(expected).sort()).toEqual([...invalidFiles].sort());
    expect(invalidFiles.length).toBeGreaterThanOrEqual(30);
  });

  it('the fixtures cover every meaning check code', () => {
    const covered = new Set(Object.values(expected).map((entry) => entry.code));
    expect(definitionCheckCodes.filter((code) => !covered.has(code))).toEqual([]);
  });

  it.each(invalidFiles)('%s', (file) => {
    const expectation = expected[file];
    if (!expectation) throw new Error(`no expectation for ${file}`);
    const result = validateDefinition(readFixture(`invalid/${file}`));
    expect(result.valid).toBe(false);
    expect(result.definition).toBeUndefined();
    expect(result.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([
      { code: expectation.code, pointer: expectation.pointer },
    ]);
    const [issue] = result.issues as [Issue];
    expectBilingual(issue);
    expect(issue.message['zh-CN']).toContain(expectation.mentions);
    expect(issue.message.en).toContain(expectation.mentions);
  });
});

describe('valid fixtures', () => {
  it.each(validFiles)('%s has no issue', (file) => {
    const input = readFixture(`valid/${file}`);
    const result = validateDefinition(input);
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.definition).toBe(input);
    expect(assertValidDefinition(input)).toBe(input);
  });
});

/** The small proposal workflow most tests below start from. */
function proposal(): Record<string, any> {
  return structuredClone(readFixture('valid/proposal.json')) as Record<string, any>;
}

describe('validateDefinition', () => {
  it('reports every meaning problem at once, in document order', () => {
    const definition = proposal();
    definition.states.draft.on.submit.roles = ['memebr'];
    definition.states.draft.on.submit.set['/titel'] = 'payload.title';
    definition.states.review.on.accept.to = 'asign';
    definition.states.review.deadline.within = '10 days';
    definition.states.handling.forEach.role = 'proposal-office';
    definition.states.evaluate.on.evaluate[0].when = 'payload.satisfaction ==';
    const result = validateDefinition(definition);
    expect(result.issues.map(({ code, pointer }) => [code, pointer])).toEqual([
      ['role.undeclared', '/states/draft/on/submit/roles/0'],
      ['set.targetUnknown', '/states/draft/on/submit/set/~1titel'],
      ['duration.invalid', '/states/review/deadline/within'],
      ['target.unknown', '/states/review/on/accept/to'],
      ['state.unreachable', '/states/assign'],
      ['forEach.roleNotUnitScoped', '/states/handling/forEach/role'],
      ['expression.syntax', '/states/evaluate/on/evaluate/0/when'],
    ]);
    result.issues.forEach(expectBilingual);
    const undeclared = result.issues[0] as Issue;
    expect(undeclared.message.en).toContain('"memebr"');
    expect(undeclared.message.en).toContain('Did you mean "member"?');
  });

  it('reports every structural problem at once and skips the meaning checks', () => {
    const definition = proposal();
    delete definition.initial;
    definition.version = 0;
    definition.roles.member.scope = 'everyone';
    definition.states.review.on.accept.to = 'nowhere';
    const result = validateDefinition(definition);
    expect(result.issues.map(({ code, pointer }) => [code, pointer])).toEqual([
      ['schema.minimum', '/version'],
      ['schema.enum', '/roles/member/scope'],
      ['schema.required', '/initial'],
    ]);
  });

  it('reports a non-object input without throwing', () => {
    for (const input of [null, 42, 'proposal', [], undefined]) {
      const result = validateDefinition(input);
      expect(result.valid).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      result.issues.forEach(expectBilingual);
    }
  });

  it('does not report children of an unreachable state, only the state', () => {
    const definition = proposal();
    definition.states.review.on.accept.to = 'done';
    const result = validateDefinition(definition);
    expect(result.issues.map(({ code, pointer }) => [code, pointer])).toEqual([['state.unreachable', '/states/assign']]);
  });

  it('allows branch only inside a forEach state, and payload only with a form', () => {
    const definition = proposal();
    definition.states.review.on.accept.when = "branch.unitId != ''";
    definition.states.handling.onDone.when = 'len(branch.unitId) > 0';
    definition.states.handling.states.working.on.reply.when = "branch.unitId != '' && payload.answer != ''";
    const result = validateDefinition(definition);
    expect(result.issues.map(({ code, pointer }) => [code, pointer])).toEqual([
      ['expression.unknownRoot', '/states/review/on/accept/when'],
      ['expression.unknownRoot', '/states/handling/onDone/when'],
    ]);
    expect(result.issues[0]?.message.en).toContain('branch exists only inside a forEach state');
  });

  it('follows $ref, items and "-" when resolving set targets and forEach.in', () => {
    const definition = proposal();
    definition.data.properties.history = { type: 'array', items: { $ref: '#/$defs/unit' } };
    definition.states.assign.on.assign.set['/history/-'] = 'payload.units';
    definition.states.assign.on.assign.set['/history/0/unitId'] = "'x'";
    definition.states.assign.on.assign.set['/history/0/name'] = "'x'";
    const result = validateDefinition(definition);
    expect(result.issues.map(({ code, pointer }) => [code, pointer])).toEqual([
      ['set.targetUnknown', '/states/assign/on/assign/set/~1history~10~1name'],
    ]);
  });

  it('compares warnBefore with within only when the units compare', () => {
    const definition = proposal();
    definition.states.handling.deadline = { within: 'P1M', warnBefore: 'P30D' };
    expect(validateDefinition(definition).issues).toEqual([]);
    definition.states.handling.deadline = { within: 'P15D', warnBefore: 'P3W' };
    expect(validateDefinition(definition).issues.map((issue) => issue.code)).toEqual(['deadline.warnNotShorter']);
    definition.states.handling.deadline = { within: 'P0D' };
    expect(validateDefinition(definition).issues.map((issue) => issue.code)).toEqual(['duration.invalid']);
    // The committee calendar counts at most 99999 working days.
    definition.states.handling.deadline = { within: '100000WD' };
    expect(validateDefinition(definition).issues.map((issue) => issue.code)).toEqual(['duration.invalid']);
  });

  it('reports the deepest pointer of a strict-mode schema error that ajv names', () => {
    const definition = proposal();
    definition.forms.reply.schema.properties.detail = { properties: { note: { type: 'string' } } };
    const result = validateDefinition(definition);
    expect(result.issues.map(({ code, pointer }) => [code, pointer])).toEqual([
      ['form.schemaInvalid', '/forms/reply/schema/properties/detail'],
    ]);
  });
});

describe('assertValidDefinition', () => {
  it('throws a DefinitionError carrying every issue', () => {
    const definition = proposal();
    definition.states.review.on.accept.roles = ['office'];
    definition.states.review.on.reject.to = 'rejected';
    try {
      assertValidDefinition(definition);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DefinitionError);
      const issues = (error as DefinitionError).issues;
      expect(issues.map((issue) => issue.code)).toEqual(['role.undeclared', 'target.unknown', 'state.unreachable']);
      expect((error as DefinitionError).messages.en).toContain('3 issue(s)');
    }
  });
});

describe('parseDefinitionText', () => {
  it('parses like JSON.parse, escapes and nesting included', () => {
    const text = '\ufeff{ "a": [1, -2.5e3, true, false, null, {"b": "x\\"y\\\\z\\u4e2d\\n"}], "c": {} , "d": [] }';
    const parsed = parseDefinitionText(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toEqual(JSON.parse(text.slice(1)));
  });

  it('keeps "__proto__" an ordinary key', () => {
    const parsed = parseDefinitionText('{"__proto__": {"polluted": true}}');
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
  });

  it('reports every duplicate key at the pointer of the repeated key, with its line and column', () => {
    const text = [
      '{',
      '  "roles": { "member": { "title": "委员" } },',
      '  "states": {',
      '    "draft": { "title": "提\\"案\\"" },',
      '    "review": { "on": { "a/b": 1, "a/b": 2 } },',
      '    "draft": { "title": "again" }',
      '  }',
      '}',
    ].join('\n');
    const parsed = parseDefinitionText(text);
    expect(parsed.issues.map(({ code, pointer, position }) => [code, pointer, position.line, position.column])).toEqual([
      ['json.duplicateKey', '/states/review/on/a~1b', 5, 35],
      ['json.duplicateKey', '/states/draft', 6, 5],
    ]);
    expect(parsed.issues[1]?.message['zh-CN']).toContain('第 6 行第 5 列');
    expect(parsed.issues[1]?.message.en).toContain('"draft"');
    // The last value wins, as with JSON.parse.
    expect(parsed.value).toEqual(JSON.parse(text));
    expect(parsed.positions.get('/states/review/on')).toMatchObject({ line: 5, column: 23 });
  });

  it('does not take keys inside strings or in sibling objects for duplicates', () => {
    const parsed = parseDefinitionText('{"a": {"x": 1}, "b": {"x": "\\"x\\": 2"}, "c": [{"x": 1}, {"x": 2}]}');
    expect(parsed.issues).toEqual([]);
  });

  it('reports input nested too deeply as a limit, at the first value too deep, instead of crashing', () => {
    const parsed = parseDefinitionText('['.repeat(200_000));
    expect(parsed.value).toBeUndefined();
    expect(parsed.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([
      { code: 'limit.jsonDepth', pointer: '/0'.repeat(1_000) },
    ]);
    expect(parsed.issues[0]?.message.en).toContain('1000 levels');
  });

  it.each([
    ['{"a": 1,}', 1, 9, "trailing comma before '}'"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}'"],
    ["{'a': 1}", 1, 2, 'property name in double quotes'],
    ['{"a": "line\nbreak"}', 1, 12, 'control character'],
    ['{"a": 01}', 1, 8, 'invalid number'],
    ['{"a": "\\x"}', 1, 8, 'invalid escape'],
    ['{"a": [1, 2}', 1, 12, "expected ',' or ']'"],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{"a": 1} {}', 1, 10, 'after the end of the document'],
    ['', 1, 1, 'unexpected end of text'],
  ])('reports a syntax error with line and column: %j', (text, line, column, words) => {
    const parsed = parseDefinitionText(text);
    expect(parsed.value).toBeUndefined();
    expect(parsed.issues).toHaveLength(1);
    const [issue] = parsed.issues;
    expect(issue?.code).toBe('json.syntax');
    expect(issue?.position).toMatchObject({ line, column });
    expect(issue?.message.en).toContain(`line ${line}, column ${column}`);
    expect(issue?.message.en).toContain(words);
    expect(issue?.message['zh-CN']).toContain(`第 ${line} 行第 ${column} 列`);
    expect(() => JSON.parse(text)).toThrow();
  });
});
