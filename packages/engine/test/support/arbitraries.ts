import fc from 'fast-check';

/** Names that `Object.prototype` already has: a plain object keyed by them answers without being asked. */
export const prototypeNames = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
] as const;

/** Prototype names that are also valid definition names (a letter, then letters, digits, `_`, `-`). */
export const prototypeNamesValidAsNames = prototypeNames.filter((name) => /^[A-Za-z][A-Za-z0-9_-]*$/.test(name));

/** An input that backtracks exponentially against patterns such as `^(a+)+$`. */
export const backtrackingInput = `${'a'.repeat(34)}!`;

/** Strings that stores, keys and parsers have tripped over: NUL, lone surrogates, separators, SQL. */
export const trickyStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\udc00\ud800',
  'a/b',
  'a\u0000',
  '../x',
  '%00',
  '$1',
  "'; drop table instances; --",
  '\\',
  '"',
  '𠮷野家',
  '市教育局',
  '\u202e',
  backtrackingInput,
] as const;

/** Any string that may come from outside, weighted towards the ones that have broken things. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...prototypeNames) },
  { weight: 3, arbitrary: fc.constantFrom(...trickyStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...trickyStrings), fc.constantFrom(...prototypeNames)).map(([a, b]) => `${a}${b}`) },
);

/**
 * An object whose own keys are exactly `entries`' keys, set as JSON.parse sets them: `__proto__`
 * becomes an own property, not the object's prototype.
 */
export function ownObject(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/** A value nested `depth` levels deep, in arrays or objects. */
export function nested(depth: number, kind: 'array' | 'object', leaf: unknown = 'x'): unknown {
  let value: unknown = leaf;
  for (let level = 0; level < depth; level++) value = kind === 'array' ? [value] : ownObject([['a', value]]);
  return value;
}

/** A JSON value with hostile keys and strings, of modest size. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, 2 ** 53 + 1)),
    hostileString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(hostileString, tie('value')), { maxLength: 4 }).map(ownObject),
  ),
})).value;

/** Values a host could pass that JSON has no form for: a cycle, a BigInt, a function, NaN, a Map. */
export const notJson: fc.Arbitrary<unknown> = fc.constantFrom<() => unknown>(
  () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    return cycle;
  },
  () => 1n,
  () => () => 1,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => new Map([['a', 1]]),
  () => Symbol('s'),
  () => new Date(Number.NaN),
  () => ownObject([['toJSON', () => { throw new Error('toJSON'); }]]),
).map((make) => make());

/** A large value, described: built only when used, and printed as its description by fast-check. */
export type BigSpec =
  | { kind: 'deep'; shape: 'array' | 'object'; depth: number }
  | { kind: 'wide'; width: number }
  | { kind: 'long'; piece: string; length: number };

/** Builds the value a {@link BigSpec} describes. */
export function buildBig(spec: BigSpec): unknown {
  switch (spec.kind) {
    case 'deep':
      return nested(spec.depth, spec.shape);
    case 'wide':
      return ownObject(Array.from({ length: spec.width }, (_, index) => [`k${index}`, index] as const));
    case 'long':
      return spec.piece.repeat(spec.length);
  }
}

/** Large values: deep nesting (deeper than JSON.stringify goes), many keys, long strings. */
export const bigSpec: fc.Arbitrary<BigSpec> = fc.oneof(
  fc.record({
    kind: fc.constant('deep' as const),
    shape: fc.constantFrom<'array' | 'object'>('array', 'object'),
    depth: fc.constantFrom(100, 1_000, 3_000, 6_000, 12_000),
  }),
  fc.record({ kind: fc.constant('wide' as const), width: fc.constantFrom(100, 2_000, 20_000) }),
  fc.record({ kind: fc.constant('long' as const), piece: fc.constantFrom('a', '\u0000', '中', '\ud800'), length: fc.constantFrom(200, 20_000, 1_000_000) }),
);

/** A big value wrapped so that fast-check prints its description, not the value. */
export class BigValue {
  constructor(readonly spec: BigSpec) {}
  build(): unknown {
    return buildBig(this.spec);
  }
  [fc.toStringMethod](): string {
    return `BigValue(${JSON.stringify(this.spec)})`;
  }
}

/** The value itself: a {@link BigValue} built, anything else as it is. */
export function materialize(value: unknown): unknown {
  return value instanceof BigValue ? value.build() : value;
}

/**
 * A payload as a hostile client sends it: mostly JSON, sometimes huge (a {@link BigValue}: pass it
 * through {@link materialize}), sometimes not JSON at all.
 */
export const hostilePayload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileJson },
  { weight: 1, arbitrary: bigSpec.map((spec) => new BigValue(spec)) },
  { weight: 1, arbitrary: notJson },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/**
 * An actor: usually well-formed with some of `roles` and maybe one of `units`, sometimes with
 * hostile ids, roles and units, sometimes not an actor at all.
 */
export function actorArbitrary(roles: readonly string[], units: readonly string[]): fc.Arbitrary<unknown> {
  const role = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...roles) }, { weight: 1, arbitrary: hostileString });
  const unit = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...units) }, { weight: 1, arbitrary: hostileString });
  const id = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('wang.li', 'tian', 'gov', 'zhang', 'qian') }, { weight: 1, arbitrary: hostileString });
  const wellFormed = fc.record(
    { id, roles: fc.uniqueArray(role, { maxLength: 3 }), unit, name: hostileString },
    { requiredKeys: ['id', 'roles'] },
  );
  return fc.oneof(
    { weight: 8, arbitrary: wellFormed },
    { weight: 1, arbitrary: wellFormed.map((actor) => ownObject([...Object.entries(actor), ['__proto__', { roles: roles }]])) },
    { weight: 1, arbitrary: hostileJson },
  );
}

/** `arbitrary`'s value once in `oneIn` draws, otherwise undefined. */
export function sometimes<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
}

/** An idempotency key from a small pool, so that keys get reused, or a hostile one. */
export const idempotencyKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('key-1', 'key-2', 'key-3') },
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constant('k'.repeat(201)) },
);

/** An `expectedVersion`: mostly plausible, sometimes not a version at all. */
export const expectedVersion: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, Number.NaN, 2 ** 53, '1', null) },
);
