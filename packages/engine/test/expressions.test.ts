import { describe, expect, it } from 'vitest';
import {
  compileExpression,
  evaluateGuard,
  EXPRESSION_ROOTS,
  type CompileResult,
  type CompiledExpression,
  type ExpressionScope,
} from '../src/definition/expressions/index.js';

type Rejected = Extract<CompileResult, { ok: false }>;

function compile(source: string): CompiledExpression {
  const result = compileExpression(source);
  if (!result.ok) throw new Error(`${source} did not compile: ${result.message.en}`);
  return result.expression;
}

function run(source: string, scope: ExpressionScope = {}): unknown {
  return compile(source).evaluate(scope);
}

function reject(source: string): Rejected {
  const result = compileExpression(source);
  if (result.ok) throw new Error(`${source} compiled, but should have been rejected`);
  return result;
}

const proposal: ExpressionScope = {
  payload: { satisfaction: '不满意', replyClass: 'B', title: '  关于加强社区养老服务的提案  ', coUnits: ['民政局', '卫健委'] },
  data: { leadUnit: '民政局', coUnits: ['财政局', '人社局'], rehandleCount: 1, tags: { urgent: true } },
  actor: { id: 'u-1', roles: ['proposal-office'], unit: '政协办' },
  instance: { id: 'p-1', tenant: 't', definition: 'proposal', version: 1 },
  branch: { unit: '财政局', index: 0 },
  now: '2025-03-01T08:00:00.000Z',
};

describe('the language', () => {
  it('names its roots', () => {
    expect(EXPRESSION_ROOTS).toEqual(['payload', 'data', 'actor', 'instance', 'branch', 'branches', 'now']);
  });

  it('compiles once and evaluates against any number of scopes', () => {
    const expression = compile("payload.satisfaction == '不满意'");
    expect(expression.source).toBe("payload.satisfaction == '不满意'");
    expect(expression.evaluate({ payload: { satisfaction: '不满意' } })).toBe(true);
    expect(expression.evaluate({ payload: { satisfaction: '满意' } })).toBe(false);
    expect(expression.evaluate({})).toBe(false);
  });
});

describe('literals', () => {
  it('reads strings in either quote, with escapes', () => {
    expect(run("'不满意'")).toBe('不满意');
    expect(run('"A"')).toBe('A');
    expect(run("'it\\'s'")).toBe("it's");
    expect(run("'a\\nb'")).toBe('a\nb');
  });

  it('reads numbers, booleans and null', () => {
    expect(run('42')).toBe(42);
    expect(run('3.5')).toBe(3.5);
    expect(run('.5')).toBe(0.5);
    expect(run('1e3')).toBe(1000);
    expect(run('true')).toBe(true);
    expect(run('false')).toBe(false);
    expect(run('null')).toBe(null);
  });

  it('builds arrays, nested and from expressions', () => {
    expect(run("['A', 'B']")).toEqual(['A', 'B']);
    expect(run('[]')).toEqual([]);
    expect(run('[[1, 2], [payload.x]]', { payload: { x: 3 } })).toEqual([[1, 2], [3]]);
  });

  it('gives a fresh array on every evaluation', () => {
    const expression = compile('[1, 2]');
    const first = expression.evaluate({}) as number[];
    first.push(3);
    expect(expression.evaluate({})).toEqual([1, 2]);
  });
});

describe('roots and member access', () => {
  it('reads roots and static member chains', () => {
    expect(run('payload.satisfaction', proposal)).toBe('不满意');
    expect(run('data.tags.urgent', proposal)).toBe(true);
    expect(run('actor.unit', proposal)).toBe('政协办');
    expect(run('instance.id', proposal)).toBe('p-1');
    expect(run('branch.unit', proposal)).toBe('财政局');
    expect(run('now', proposal)).toBe('2025-03-01T08:00:00.000Z');
  });

  it('reads Chinese property names', () => {
    expect(run('payload.满意度', { payload: { 满意度: '满意' } })).toBe('满意');
  });

  it('reads computed keys: strings, numbers and expressions', () => {
    expect(run("payload['title']", { payload: { title: 'T' } })).toBe('T');
    expect(run('data.coUnits[0]', proposal)).toBe('财政局');
    expect(run('data.coUnits[1]', proposal)).toBe('人社局');
    expect(run('data.coUnits[branch.index]', proposal)).toBe('财政局');
    expect(run('payload[payload.key].x', { payload: { key: 'a', a: { x: 1 } } })).toBe(1);
  });

  it('reads length of arrays and strings', () => {
    expect(run('data.coUnits.length', proposal)).toBe(2);
    expect(run("'履职'.length")).toBe(2);
    expect(run("data.coUnits['length']", proposal)).toBe(2);
    expect(run('payload.o.length', { payload: { o: { a: 1 } } })).toBeUndefined();
    expect(run('payload.o.length', { payload: { o: { length: 7 } } })).toBe(7);
  });

  it('yields undefined for every missing step, never throwing', () => {
    expect(run('payload.missing', proposal)).toBeUndefined();
    expect(run('payload.missing.deeper.still', proposal)).toBeUndefined();
    expect(run('payload.a.b', {})).toBeUndefined();
    expect(run('payload.a.b', { payload: null })).toBeUndefined();
    expect(run('payload.a.b', { payload: { a: null } })).toBeUndefined();
    expect(run('payload.a.b', { payload: { a: 5 } })).toBeUndefined();
    expect(run('payload.a.b', { payload: { a: 'text' } })).toBeUndefined();
    expect(run('data.coUnits[5]', proposal)).toBeUndefined();
    expect(run('data.coUnits[-1]', proposal)).toBeUndefined();
    expect(run('data.coUnits[0.5]', proposal)).toBeUndefined();
    expect(run("'abc'[0]")).toBeUndefined();
  });

  it('yields undefined for a computed key that is not a string or a number', () => {
    const scope = { payload: { true: 1, null: 2, a: 3 } };
    expect(run('payload[true]', scope)).toBeUndefined();
    expect(run('payload[null]', scope)).toBeUndefined();
    expect(run("payload[['a']]", scope)).toBeUndefined();
    expect(run('payload[payload.missing]', scope)).toBeUndefined();
  });

  it('reads only own properties, of plain objects and arrays only', () => {
    class Holder {
      secret = 1;
    }
    const inherited = Object.create({ inherited: 'x' }) as Record<string, unknown>;
    const scope = {
      payload: {
        instance: new Holder(),
        date: new Date(0),
        map: new Map([['a', 1]]),
        fn: Object.assign(() => 1, { a: 1 }),
        inherited,
        bare: Object.assign(Object.create(null) as object, { a: 1 }),
      },
    };
    expect(run('payload.instance.secret', scope)).toBeUndefined();
    expect(run('payload.date.getTime', scope)).toBeUndefined();
    expect(run('payload.map.size', scope)).toBeUndefined();
    expect(run('payload.fn.a', scope)).toBeUndefined();
    expect(run('payload.fn.name', scope)).toBeUndefined();
    expect(run('payload.inherited.inherited', scope)).toBeUndefined();
    expect(run('payload.bare.a', scope)).toBe(1);
    expect(run('payload.toString', scope)).toBeUndefined();
    expect(run('payload.hasOwnProperty', scope)).toBeUndefined();
    expect(run("data.list['map']", { data: { list: [1] } })).toBeUndefined();
  });

  it('compiles any other bare name, which evaluates to undefined', () => {
    expect(run('unknownRoot')).toBeUndefined();
    expect(run('undefined')).toBeUndefined();
    expect(run('toString')).toBeUndefined();
    expect(run('valueOf', Object.create({ valueOf: 1 }) as ExpressionScope)).toBeUndefined();
  });
});

describe('equality', () => {
  it('is strict for primitives', () => {
    expect(run('1 == 1')).toBe(true);
    expect(run("1 == '1'")).toBe(false);
    expect(run("'A' == 'A'")).toBe(true);
    expect(run('true == 1')).toBe(false);
    expect(run('null == null')).toBe(true);
    expect(run('payload.missing == null', {})).toBe(false);
    expect(run('payload.missing == payload.other', {})).toBe(true);
    expect(run("'' == 0")).toBe(false);
  });

  it('treats === and !== as synonyms of == and !=', () => {
    expect(run("'A' === 'A'")).toBe(true);
    expect(run("'A' !== 'B'")).toBe(true);
    expect(run("[1, [2]] === [1, [2]]")).toBe(true);
    expect(run('[1] !== [1]')).toBe(false);
  });

  it('compares arrays and plain objects deeply', () => {
    const scope = {
      payload: { units: ['民政局', '卫健委'], same: ['民政局', '卫健委'], o: { a: 1, b: [1, { c: 2 }] } },
      data: { o: { b: [1, { c: 2 }], a: 1 }, other: { a: 1, b: [1, { c: 3 }] } },
    };
    expect(run("payload.units == ['民政局', '卫健委']", scope)).toBe(true);
    expect(run("payload.units == ['卫健委', '民政局']", scope)).toBe(false);
    expect(run("payload.units == ['民政局']", scope)).toBe(false);
    expect(run('payload.units == payload.same', scope)).toBe(true);
    expect(run('payload.o == data.o', scope)).toBe(true);
    expect(run('payload.o == data.other', scope)).toBe(false);
    expect(run('payload.o != data.other', scope)).toBe(true);
    expect(run('[] == []')).toBe(true);
    expect(run('payload.o == [1]', scope)).toBe(false);
  });

  it('distinguishes objects with different keys, and compares other objects by identity', () => {
    const date = new Date(0);
    const scope = { payload: { a: { x: undefined }, b: { y: undefined }, d1: date, d2: date, d3: new Date(0) } };
    expect(run('payload.a == payload.b', scope)).toBe(false);
    expect(run('payload.d1 == payload.d2', scope)).toBe(true);
    expect(run('payload.d1 == payload.d3', scope)).toBe(false);
  });

  it('terminates on cyclic data', () => {
    const a: Record<string, unknown> = { n: 1 };
    a['self'] = a;
    const b: Record<string, unknown> = { n: 1 };
    b['self'] = b;
    const c: Record<string, unknown> = { n: 2 };
    c['self'] = c;
    expect(run('payload.a == payload.b', { payload: { a, b } })).toBe(true);
    expect(run('payload.a == payload.c', { payload: { a, c } })).toBe(false);
  });
});

describe('ordering', () => {
  it('compares two numbers or two strings', () => {
    expect(run('1 < 2')).toBe(true);
    expect(run('2 <= 2')).toBe(true);
    expect(run('3 > 2')).toBe(true);
    expect(run('2 >= 3')).toBe(false);
    expect(run("'a' < 'b'")).toBe(true);
    expect(run("now >= '2025-01-01'", proposal)).toBe(true);
    expect(run("now < '2025-01-01'", proposal)).toBe(false);
  });

  it('is false for any other pair', () => {
    expect(run("1 < '2'")).toBe(false);
    expect(run("'1' >= 0")).toBe(false);
    expect(run('null < 1')).toBe(false);
    expect(run('null >= 0')).toBe(false);
    expect(run('payload.missing < 1', {})).toBe(false);
    expect(run('payload.missing >= 1', {})).toBe(false);
    expect(run('[1] < [2]')).toBe(false);
    expect(run('true > false')).toBe(false);
  });
});

describe('arithmetic', () => {
  it('adds numbers and concatenates two strings', () => {
    expect(run('1 + 2')).toBe(3);
    expect(run("'提案' + '办理'")).toBe('提案办理');
    expect(run('coalesce(data.rehandleCount, 0) + 1', proposal)).toBe(2);
    expect(run('coalesce(data.rehandleCount, 0) + 1', { data: {} })).toBe(1);
  });

  it('gives undefined for + of any other pair', () => {
    expect(run("1 + '2'")).toBeUndefined();
    expect(run("'a' + 1")).toBeUndefined();
    expect(run('payload.missing + 1', {})).toBeUndefined();
    expect(run('[1] + [2]')).toBeUndefined();
    expect(run('null + 1')).toBeUndefined();
  });

  it('subtracts, multiplies, divides and takes remainders of numbers only', () => {
    expect(run('5 - 7')).toBe(-2);
    expect(run('6 * 7')).toBe(42);
    expect(run('7 / 2')).toBe(3.5);
    expect(run('7 % 3')).toBe(1);
    expect(run("'6' * 7")).toBeUndefined();
    expect(run("'a' - 'b'")).toBeUndefined();
    expect(run('null / 1')).toBeUndefined();
    expect(run('true % 2')).toBeUndefined();
  });

  it('gives undefined for a result that is not a finite number', () => {
    expect(run('1 / 0')).toBeUndefined();
    expect(run('0 / 0')).toBeUndefined();
    expect(run('5 % 0')).toBeUndefined();
  });

  it('negates numbers only', () => {
    expect(run('-5')).toBe(-5);
    expect(run('-payload.n', { payload: { n: 3 } })).toBe(-3);
    expect(run('--2')).toBe(2);
    expect(run("-'5'")).toBeUndefined();
    expect(run('-payload.missing', {})).toBeUndefined();
  });

  it('follows the usual precedence', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('10 - 4 - 3')).toBe(3);
    expect(run('1 + 2 == 3')).toBe(true);
  });
});

describe('logic', () => {
  it('has JavaScript short-circuit semantics for && and ||', () => {
    expect(run('true && true')).toBe(true);
    expect(run('true && false')).toBe(false);
    expect(run("'a' && 'b'")).toBe('b');
    expect(run("'' && 'b'")).toBe('');
    expect(run("payload.missing || 'default'", {})).toBe('default');
    expect(run("0 || ''")).toBe('');
    expect(run("'x' || payload.never", {})).toBe('x');
  });

  it('gives a boolean from !', () => {
    expect(run('!true')).toBe(false);
    expect(run('!payload.missing', {})).toBe(true);
    expect(run("!''")).toBe(true);
    expect(run("!'x'")).toBe(false);
    expect(run('!!payload.list', { payload: { list: [] } })).toBe(true);
    expect(run('!0')).toBe(true);
  });

  it('chooses with a ternary', () => {
    const replyClass = compile("payload.replyClass == 'A' ? '已解决' : payload.replyClass == 'B' ? '正在解决' : '留作参考'");
    expect(replyClass.evaluate({ payload: { replyClass: 'A' } })).toBe('已解决');
    expect(replyClass.evaluate({ payload: { replyClass: 'B' } })).toBe('正在解决');
    expect(replyClass.evaluate({ payload: { replyClass: 'C' } })).toBe('留作参考');
    expect(run('payload.missing ? 1 : 2', {})).toBe(2);
  });

  it('binds && tighter than ||', () => {
    expect(run('true || false && false')).toBe(true);
    expect(run('(true || false) && false')).toBe(false);
  });
});

describe('in', () => {
  it('tests membership in an array, with == equality', () => {
    expect(run("data.replyClass in ['A', 'B']", { data: { replyClass: 'B' } })).toBe(true);
    expect(run("data.replyClass in ['A', 'B']", { data: { replyClass: 'C' } })).toBe(false);
    expect(run("'proposal-office' in actor.roles", proposal)).toBe(true);
    expect(run("'member' in actor.roles", proposal)).toBe(false);
    expect(run("[1, 2] in [[1, 2], [3]]")).toBe(true);
    expect(run("'1' in [1, 2]")).toBe(false);
  });

  it('tests substrings of a string', () => {
    expect(run("'养老' in payload.title", proposal)).toBe(true);
    expect(run("'教育' in payload.title", proposal)).toBe(false);
    expect(run("1 in '123'")).toBe(false);
  });

  it('tests own keys of an object', () => {
    expect(run("'urgent' in data.tags", proposal)).toBe(true);
    expect(run("'toString' in data.tags", proposal)).toBe(false);
    expect(run("'constructor' in data.tags", proposal)).toBe(false);
    expect(run("'__proto__' in payload.o", { payload: { o: JSON.parse('{"__proto__": 1}') as unknown } })).toBe(false);
    expect(run('0 in payload.o', { payload: { o: { 0: 'x' } } })).toBe(true);
  });

  it('is false for anything else', () => {
    expect(run("'a' in payload.missing", {})).toBe(false);
    expect(run("'a' in 5")).toBe(false);
    expect(run("'a' in null")).toBe(false);
  });

  it('binds tighter than == and can be negated with parentheses', () => {
    expect(run("'A' in ['A'] == true")).toBe(true);
    expect(run("!('C' in ['A', 'B'])")).toBe(true);
  });
});

describe('functions', () => {
  it('len counts array items, string characters and object keys, else 0', () => {
    expect(run('len(data.coUnits)', proposal)).toBe(2);
    expect(run("len('履职')")).toBe(2);
    expect(run('len(data.tags)', proposal)).toBe(1);
    expect(run('len(payload.missing)', {})).toBe(0);
    expect(run('len(42)')).toBe(0);
    expect(run('len(null)')).toBe(0);
    expect(run('len([])')).toBe(0);
  });

  it('len counts handling units (lead unit plus co-units)', () => {
    expect(run('len(data.coUnits) + 1 >= 3', proposal)).toBe(true);
    expect(run('len(coalesce(payload.coUnits, [])) == 0', { payload: {} })).toBe(true);
  });

  it('contains(list, x) is x in list', () => {
    expect(run("contains(data.coUnits, '财政局')", proposal)).toBe(true);
    expect(run("contains(data.coUnits, '教育局')", proposal)).toBe(false);
    expect(run("contains(payload.title, '养老')", proposal)).toBe(true);
    expect(run("contains(data.tags, 'urgent')", proposal)).toBe(true);
    expect(run("contains(payload.missing, 'x')", {})).toBe(false);
  });

  it('lower, upper and trim change strings and give undefined for anything else', () => {
    expect(run("lower('ABC')")).toBe('abc');
    expect(run("upper(payload.replyClass)", { payload: { replyClass: 'b' } })).toBe('B');
    expect(run('trim(payload.title)', proposal)).toBe('关于加强社区养老服务的提案');
    expect(run('lower(1)')).toBeUndefined();
    expect(run('upper(payload.missing)', {})).toBeUndefined();
    expect(run('trim(null)')).toBeUndefined();
    expect(run("upper(trim(' a '))")).toBe('A');
  });

  it('coalesce gives the first argument that is not null or undefined', () => {
    expect(run("coalesce(payload.suggestedUnit, '')", { payload: {} })).toBe('');
    expect(run("coalesce(payload.suggestedUnit, '')", { payload: { suggestedUnit: '民政局' } })).toBe('民政局');
    expect(run('coalesce(null, payload.missing, 0, 1)', {})).toBe(0);
    expect(run("coalesce(false, 'x')")).toBe(false);
    expect(run('coalesce(null)')).toBeUndefined();
    expect(run('coalesce(payload.coUnits, [])', { payload: {} })).toEqual([]);
  });

  it('checks argument counts at compile time', () => {
    for (const source of ['len()', 'len(1, 2)', 'contains([1])', 'contains([1], 1, 2)', "lower('a', 'b')", 'trim()', 'coalesce()']) {
      expect(reject(source).code, source).toBe('expression.syntax');
    }
  });
});

describe('references', () => {
  const refs = (source: string) => compile(source).references;

  it('lists a root with its static member path', () => {
    expect(refs('payload.a.b')).toEqual([{ root: 'payload', path: ['a', 'b'] }]);
    expect(refs('now')).toEqual([{ root: 'now', path: [] }]);
    expect(refs("payload.satisfaction == '不满意'")).toEqual([{ root: 'payload', path: ['satisfaction'] }]);
  });

  it('ends the static path at a computed access and lists the key’s own references', () => {
    expect(refs('payload.a[data.k].c')).toEqual([
      { root: 'payload', path: ['a'] },
      { root: 'data', path: ['k'] },
    ]);
    expect(refs("payload['a'].b")).toEqual([{ root: 'payload', path: [] }]);
    expect(refs('data.coUnits[0]')).toEqual([{ root: 'data', path: ['coUnits'] }]);
  });

  it('finds references through calls, ternaries, arrays and operators', () => {
    expect(refs('coalesce(data.rehandleCount, 0) + 1')).toEqual([{ root: 'data', path: ['rehandleCount'] }]);
    expect(refs('payload.a ? data.b : [actor.id, -instance.version]')).toEqual([
      { root: 'payload', path: ['a'] },
      { root: 'data', path: ['b'] },
      { root: 'actor', path: ['id'] },
      { root: 'instance', path: ['version'] },
    ]);
    expect(refs("!(branch.unit in actor.units) && len(trim(payload.t)) > 0")).toEqual([
      { root: 'branch', path: ['unit'] },
      { root: 'actor', path: ['units'] },
      { root: 'payload', path: ['t'] },
    ]);
  });

  it('includes unknown roots, lists each reference once and leaves out function names and literals', () => {
    expect(refs('typo.x == typo.x || payload.x == 1')).toEqual([
      { root: 'typo', path: ['x'] },
      { root: 'payload', path: ['x'] },
    ]);
    expect(refs("len('abc') + 1")).toEqual([]);
    expect(refs('payload.a || payload.a.b')).toEqual([
      { root: 'payload', path: ['a'] },
      { root: 'payload', path: ['a', 'b'] },
    ]);
  });
});

describe('rejected constructs', () => {
  it.each([
    ['a & b', 2],
    ['a | b', 2],
    ['a ^ b', 2],
    ['a << 1', 2],
    ['a >> 1', 2],
    ['a >>> 1', 2],
    ['~a', 0],
    ['a ** 2', 2],
    ['a ?? b', 2],
    ['+payload.n', 0],
    ['this', 0],
    ['this.x', 0],
    ['payload?.a', 7],
    ['a b', 2],
    ['a; b', 1],
    ['(a, b)', 2],
    ['[1, , 2]', 4],
    ["['A' 'B']", 5],
    ["contains(payload.list 'A')", 22],
  ])('rejects %j as a syntax error at index %i', (source, index) => {
    const result = reject(source);
    expect(result.code).toBe('expression.syntax');
    expect(result.index).toBe(index);
  });

  it.each([
    'payload.__proto__',
    'payload.constructor',
    'payload.prototype',
    'payload.a.constructor.name',
    "payload['__proto__']",
    'payload["constructor"]',
    "data.list['prototype']",
    'constructor',
    '__proto__.x',
    'payload.f()',
    'payload.a.b(1)',
    "'abc'.toUpperCase()",
    'len(1)(2)',
    '[1][0]()',
    'constructor()',
  ])('rejects %j as forbidden', (source) => {
    expect(reject(source).code).toBe('expression.forbidden');
  });

  it.each(['foo(1)', 'eval("1")', "Function('return 1')", 'now()', 'payload()', 'toString()', 'hasOwnProperty("a")'])(
    'rejects %j as an unknown function',
    (source) => {
      expect(reject(source).code).toBe('expression.unknownFunction');
    },
  );

  it('points at the offending name, not at equal text elsewhere', () => {
    expect(reject("payload.k == 'constructor' || payload['constructor']").index).toBe(38);
    expect(reject('payload.a.prototype').index).toBe(10);
    const source = "payload.a == '‘x’' || payload.b == ‘y’";
    expect(reject(source).index).toBe(source.lastIndexOf('‘'));
  });

  it('tells that now is a value, not a function', () => {
    const result = reject('now() > data.deadline');
    expect(result.index).toBe(0);
    expect(result.message.en).toContain('now is a value');
    expect(result.message['zh-CN']).toContain('now');
  });
});

describe('syntax error messages', () => {
  it.each([
    ["payload.satisfaction = '不满意'", 21],
    ['payload.a ==', 12],
    ["payload.a == 'open", 18],
    ['payload.', 8],
    ['(payload.a', 10],
    ['payload.a[', 10],
    ['a ? b', 5],
    ['len(a,)', 7],
    ['1 +* 2', 3],
    ['payload.x in', 12],
    ['3abc', 1],
    ['', 0],
    ['   ', 0],
  ])('reports %j with the index %i, in both languages', (source, index) => {
    const result = reject(source);
    expect(result.code).toBe('expression.syntax');
    expect(result.index).toBe(index);
    expect(result.message.en).toContain(`at index ${index}`);
    expect(result.message['zh-CN']).toContain(`位置 ${index}`);
    expect(result.message.en).toMatch(/found .*, expected /);
    expect(result.message['zh-CN']).toMatch(/遇到.*应为/);
  });

  it('says what was found and what was expected', () => {
    const result = reject("payload.satisfaction = '不满意'");
    expect(result.message.en).toContain('found "="');
    expect(result.message.en).toContain('==');
    expect(result.message['zh-CN']).toContain('“=”');
    expect(reject("payload.a == 'open").message.en).toContain('the end of the expression');
    expect(reject('payload.a +').message.en).toContain('an operand after "+"');
  });

  it('names the unsupported construct and lists what is allowed', () => {
    const result = reject('payload.a & 1');
    expect(result.message.en).toContain('"&"');
    expect(result.message.en).toContain('&&');
    expect(result.message.en).toContain('coalesce');
    expect(result.message['zh-CN']).toContain('“&”');
    expect(result.message['zh-CN']).toContain('可用的写法');
  });

  it('catches Chinese quotes and full-width punctuation typed by mistake', () => {
    const quotes = reject('payload.satisfaction == ‘不满意’');
    expect(quotes.code).toBe('expression.syntax');
    expect(quotes.index).toBe(24);
    expect(quotes.message['zh-CN']).toContain('‘');
    expect(reject('payload.a ＝＝ 1').code).toBe('expression.syntax');
    expect(reject('len（payload.a）').code).toBe('expression.syntax');
  });

  it('rejects nesting deep enough to endanger the stack, without throwing', () => {
    const deep = '('.repeat(5000) + '1' + ')'.repeat(5000);
    expect(reject(deep).code).toBe('expression.syntax');
    const longChain = Array.from({ length: 2000 }, () => '1').join(' + ');
    expect(reject(longChain).code).toBe('expression.syntax');
  });

  it('accepts a reasonable chain', () => {
    const chain = Array.from({ length: 50 }, (_, i) => `payload.x == ${i}`).join(' || ');
    expect(run(chain, { payload: { x: 49 } })).toBe(true);
  });
});

describe('safety', () => {
  it('never reaches a prototype through computed keys built from data', () => {
    for (const k of ['constructor', '__proto__', 'prototype']) {
      const scope = { payload: { k, x: 'text', list: [1], o: {}, n: 5 } };
      expect(run('payload[payload.k]', scope)).toBeUndefined();
      expect(run('payload.x[payload.k]', scope)).toBeUndefined();
      expect(run('payload.list[payload.k]', scope)).toBeUndefined();
      expect(run('payload.o[payload.k]', scope)).toBeUndefined();
      expect(run('payload.n[payload.k]', scope)).toBeUndefined();
      expect(run('payload[payload.k][payload.k]', scope)).toBeUndefined();
      expect(run("payload.x['con' + 'structor']", scope)).toBeUndefined();
      expect(run('payload[lower(upper(payload.k))]', scope)).toBeUndefined();
    }
  });

  it('rejects payload.x.constructor at compile time and gives undefined for it computed at run time', () => {
    expect(reject('payload.x.constructor').code).toBe('expression.forbidden');
    expect(run('payload.x[payload.k]', { payload: { x: 'a string', k: 'constructor' } })).toBeUndefined();
    expect(run('payload.x[payload.k]', { payload: { x: 'a string', k: 'toString' } })).toBeUndefined();
  });

  it('hides even own properties named like the prototype chain', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"name": "x"}}') as unknown;
    expect(run("payload['__pro' + 'to__']", { payload: data })).toBeUndefined();
    expect(run("payload[trim(' constructor ')]", { payload: data })).toBeUndefined();
    expect(run('len(payload)', { payload: data })).toBe(2);
  });

  it('reaches no global', () => {
    for (const source of [
      'process',
      'process.env',
      'globalThis',
      'globalThis.process',
      'window',
      'global',
      'Function',
      'Object',
      'require',
      'module',
      'eval',
      'Math.PI',
    ]) {
      expect(run(source, proposal), source).toBeUndefined();
    }
    expect(reject('this').code).toBe('expression.syntax');
    expect(reject("Function('return process')()").code).toBe('expression.forbidden');
    expect(reject('globalThis.eval("1")').code).toBe('expression.forbidden');
    expect(reject('payload.constructor.constructor("return process")()').code).toBe('expression.forbidden');
  });

  it('does not let data change what an expression can reach', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).length;
    const scope = { payload: JSON.parse('{"__proto__": {"isAdmin": true}, "a": {}}') as unknown };
    expect(run('payload.a.isAdmin', scope)).toBeUndefined();
    expect(run("'isAdmin' in payload.a", scope)).toBe(false);
    expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
  });

  it('never throws while evaluating, whatever the shape of the data', () => {
    const sources = [
      "payload.satisfaction == '不满意'",
      'payload.a.b.c[payload.k][0].length',
      'len(payload) + len(data.x) - len(actor)',
      'payload.a < payload.b && payload.a + payload.b > 0 || -payload.a',
      "contains(payload.a, payload.b) ? lower(payload.a) : upper(trim(payload.b))",
      'payload.a in payload.b',
      'payload == data',
      'coalesce(payload.a, data.a, now)',
      'payload.a / payload.b % payload.c * payload.d',
    ];
    const cyclic: Record<string, unknown> = {};
    cyclic['a'] = cyclic;
    const shapes: unknown[] = [
      undefined,
      null,
      0,
      NaN,
      '',
      'text',
      [],
      [null, [undefined]],
      {},
      cyclic,
      Object.create(null),
      new Date(0),
      new Map(),
      () => 1,
      Symbol('s'),
      10n,
      { a: Symbol('s'), b: {}, k: Symbol('k') },
    ];
    for (const source of sources) {
      const expression = compile(source);
      for (const shape of shapes) {
        expect(() => expression.evaluate({ payload: shape, data: shape, actor: shape, now: shape })).not.toThrow();
      }
      expect(() => expression.evaluate(undefined as unknown as ExpressionScope)).not.toThrow();
      expect(() => expression.evaluate(null as unknown as ExpressionScope)).not.toThrow();
    }
  });

  it('never throws while compiling', () => {
    for (const source of ['(', ')', ']', '[', '"', "'", '?', ':', '.', ',', ';', '\\', '#', '@', '`x`', '{}', '=>', 'a = 1', 'a => a', 'new Date()', 'x++']) {
      expect(() => compileExpression(source), source).not.toThrow();
      expect(compileExpression(source).ok, source).toBe(false);
    }
    expect(compileExpression(42 as unknown as string).ok).toBe(false);
  });
});

describe('evaluateGuard', () => {
  it('holds only when the value is exactly true', () => {
    const guard = (source: string, scope: ExpressionScope = proposal) => evaluateGuard(compile(source), scope);
    expect(guard("payload.satisfaction == '不满意'")).toBe(true);
    expect(guard("payload.satisfaction == '满意'")).toBe(false);
    expect(guard('true')).toBe(true);
    expect(guard('1')).toBe(false);
    expect(guard("'true'")).toBe(false);
    expect(guard('[true]')).toBe(false);
    expect(guard('data.tags')).toBe(false);
    expect(guard('payload.missing')).toBe(false);
    expect(guard('payload.satisfaction && payload.replyClass')).toBe(false);
    expect(guard('!!(payload.satisfaction && payload.replyClass)')).toBe(true);
    expect(guard("data.replyClass in ['A', 'B']", { data: { replyClass: 'A' } })).toBe(true);
    expect(guard('data.tags.urgent')).toBe(true);
  });
});

describe('list functions for branches', () => {
  const branches = [
    { key: '市教育局', state: 'working', item: { unit: '市教育局', lead: true } },
    { key: '市财政局', state: 'opinionSent', item: { unit: '市财政局' } },
    { key: '市人社局', state: 'opinionSent', item: { unit: '市人社局' } },
  ];
  const evaluate = (source: string) => {
    const result = compileExpression(source);
    if (!result.ok) throw new Error(result.message.en);
    return result.expression.evaluate({ branches });
  };

  it('counts the items whose field has a value', () => {
    expect(evaluate("count(branches, 'state', 'opinionSent')")).toBe(2);
    expect(evaluate("count(branches, 'state', 'opinionSent') == len(branches) - 1")).toBe(true);
    expect(evaluate("count(branches, 'nope', 1)")).toBe(0);
    expect(evaluate("count(data, 'state', 'x')")).toBe(0);
  });

  it('keeps the items whose field has a value', () => {
    expect(evaluate("where(branches, 'state', 'working')")).toEqual([branches[0]]);
    expect(evaluate("len(where(branches, 'constructor', 'x'))")).toBe(0);
  });
});

describe('concat', () => {
  it('joins lists, and gives undefined for anything else', () => {
    const evaluate = (source: string, scope: Record<string, unknown>) => {
      const result = compileExpression(source);
      if (!result.ok) throw new Error(result.message.en);
      return result.expression.evaluate(scope);
    };
    expect(evaluate("concat([payload.lead], coalesce(payload.co, []))", { payload: { lead: 'A', co: ['B', 'C'] } })).toEqual(['A', 'B', 'C']);
    expect(evaluate("concat([payload.lead], coalesce(payload.co, []))", { payload: { lead: 'A' } })).toEqual(['A']);
    expect(evaluate('concat(payload.lead, [1])', { payload: { lead: 'A' } })).toBeUndefined();
  });
});

describe('day(t): the committee calendar day', () => {
  it('reads an instant as the UTC+8 day, so 07:00 in Beijing is already that day', () => {
    expect(run('day(now)', { now: '2026-05-09T23:30:00.000Z' })).toBe('2026-05-10');
    expect(run('day(now)', { now: '2026-05-10T15:59:59.999Z' })).toBe('2026-05-10');
    expect(run('day(now)', { now: '2026-05-10T16:00:00.000Z' })).toBe('2026-05-11');
    expect(run("day('2026-05-10T07:00:00+08:00')")).toBe('2026-05-10');
    expect(run("'2026-05-10' <= day(now)", { now: '2026-05-09T23:30:00.000Z' })).toBe(true);
  });

  it('keeps a YYYY-MM-DD day and gives undefined for anything else', () => {
    expect(run("day('2026-02-28')")).toBe('2026-02-28');
    for (const source of ["day('2026-02-30')", "day('2026-05-10T07:00')", "day('tomorrow')", 'day(1)', 'day(payload.missing)', "day('2026-13-01T00:00:00Z')"]) {
      expect(run(source, { payload: {} }), source).toBeUndefined();
    }
  });
});
