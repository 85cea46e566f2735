import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedJson, commandSchema, instanceIdSchema, isCommand, isStartCommand, parseId, startCommandSchema } from '../../src/runtime/command-schema.js';
import { PayloadError } from '../../src/errors.js';
import { DEFAULT_COMMAND_LIMITS } from '../../src/runtime/command-limits.js';
import { isInstanceRow } from '../../src/store/rows.js';
import { STORED_JSON_MAX_DEPTH, storedInstanceSchema } from '../../src/store/row-schemas.js';
import { pointerBeyondDepth } from '../../src/store/json-depth.js';
import { actorArbitrary, expectedVersion, hostileString, idempotencyKey, ownObject, sometimes } from '../support/arbitraries.js';
import { propertyParameters, propertyTimeout } from '../support/property-runs.js';

/** What {@link withinLimits} gives for a command the engine refuses before any check. */
const REFUSED = Symbol('refused');

/**
 * `given` as the engine's checks see it: copied to JSON within the command limits first, so the
 * fast paths meet only what passed; {@link REFUSED} when the copy refuses it.
 */
function withinLimits(given: unknown): unknown {
  try {
    return checkedJson(given, DEFAULT_COMMAND_LIMITS);
  } catch {
    return REFUSED;
  }
}

const instant = fc.constantFrom('2026-03-02T01:00:00.000Z', '2026-12-31T16:00:00.000Z', '2024-02-29T00:00:00.000Z');
/** Values that break some field somewhere: wrong types, empty strings, bad instants, prototype names. */
const brokenValue = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, '', 0, -1, 1.5, Number.NaN, 2 ** 53, 1e300, true, [], {}, ['x'], '2026-02-30T00:00:00.000Z', '2026-03-02T01:00:00Z', 'active!'),
  hostileString,
  instant,
);

const deadline = fc.record(
  { due: instant, warnAt: instant, provisional: fc.boolean(), warned: fc.boolean(), expired: fc.boolean(), extensions: fc.nat(3) },
  { requiredKeys: ['due'] },
);
const stateValue = fc.oneof(fc.constantFrom('draft', 'review'), fc.constant({ handling: { a: 'x', b: {} } }));
const name = fc.constantFrom('draft', 'review', 'handling', 'water', '__proto__', 'a#b');

const instance = fc.record({
  tenant: fc.constantFrom('default', 'city-a'),
  id: fc.constantFrom('p-1', 'x'),
  definitionId: fc.constant('proposal'),
  definitionVersion: fc.integer({ min: 1, max: 3 }),
  state: stateValue,
  data: fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  status: fc.constantFrom('active', 'done'),
  version: fc.integer({ min: 1, max: 9 }),
  createdAt: instant,
  updatedAt: instant,
  lastHash: fc.constantFrom('', 'ab12'),
  entered: fc.dictionary(name, instant, { maxKeys: 2 }),
  deadlines: fc.dictionary(name, deadline, { maxKeys: 2 }),
  branches: fc.dictionary(
    name,
    fc.dictionary(name, fc.record({ state: name, entered: instant, item: fc.jsonValue({ maxDepth: 1 }), deadline }, { requiredKeys: ['state', 'entered', 'item'] }), { maxKeys: 2 }),
    { maxKeys: 2 },
  ),
  assignees: fc.dictionary(name, fc.record({ user: fc.constantFrom('u1', 'wang.li'), at: instant, by: fc.constant('u1') }), { maxKeys: 2 }),
  participants: fc.dictionary(name, fc.array(fc.constantFrom('u1', 'wang.li', '__proto__'), { maxLength: 2 }), { maxKeys: 2 }),
  units: fc.dictionary(name, fc.constantFrom('市教育局', 'constructor'), { maxKeys: 2 }),
}, { requiredKeys: ['tenant', 'id', 'definitionId', 'definitionVersion', 'state', 'data', 'status', 'version', 'createdAt', 'updatedAt', 'lastHash', 'entered', 'deadlines', 'branches', 'assignees'] });

/** Replaces, adds or removes the value at a random path of a JSON-like tree. */
function mutate(value: unknown, path: readonly number[], replacement: unknown, remove: boolean): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0 || path.length === 0) return remove ? value : ownObject([...Object.entries(value), ['extra', replacement]]);
  const key = keys[path[0]! % keys.length]!;
  const entries = Object.entries(value);
  if (path.length === 1 && remove) return ownObject(entries.filter(([other]) => other !== key));
  return ownObject(entries.map(([other, child]) => [other, other === key ? mutate(child, path.slice(1), replacement, remove) : child] as const));
}

const mutated = <T>(valid: fc.Arbitrary<T>) =>
  fc.tuple(valid, fc.array(fc.nat(20), { minLength: 1, maxLength: 5 }), brokenValue, fc.boolean()).map(([row, path, replacement, remove]) =>
    mutate(row, path, replacement, remove),
  );

const schemaAccepts = (schema: { safeParse(input: unknown): { success: boolean } }, row: unknown): boolean =>
  pointerBeyondDepth(row, STORED_JSON_MAX_DEPTH) === undefined && schema.safeParse(row).success;

describe('fast paths accept exactly what their schemas accept', () => {
  it(
    'an instance row: every valid row, and a mutated row only when the schema takes it too',
    () => {
      fc.assert(
        fc.property(fc.oneof(instance, mutated(instance)), (row) => {
          expect(isInstanceRow(row)).toBe(schemaAccepts(storedInstanceSchema, row));
        }),
        propertyParameters(300),
      );
    },
    propertyTimeout(),
  );

  it(
    'a command envelope: every valid command, and a mutated one only when the schema takes it too',
    () => {
      const command = fc.record(
        {
          type: fc.oneof(fc.constantFrom('submit', 'claimTask', 'a-b_1'), hostileString),
          actor: actorArbitrary(['member', 'office'], ['water', 'finance']),
          payload: fc.jsonValue({ maxDepth: 2 }),
          branch: fc.oneof(fc.constantFrom('water', ''), hostileString),
          idempotencyKey,
          expectedVersion,
        },
        { requiredKeys: ['type', 'actor'] },
      );
      fc.assert(
        fc.property(fc.oneof(command, mutated(command), sometimes(brokenValue, 2)), (given) => {
          const input = withinLimits(given);
          if (input === REFUSED) return;
          expect(isCommand(input)).toBe(commandSchema.safeParse(input).success);
        }),
        propertyParameters(300),
      );
    },
    propertyTimeout(),
  );

  it(
    'a start command: every valid one, and a mutated one only when the schema takes it too',
    () => {
      const start = fc.record(
        {
          actor: actorArbitrary(['member', 'office'], ['water', 'finance']),
          data: fc.oneof(fc.dictionary(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('__proto__', 'constructor')), fc.jsonValue({ maxDepth: 2 })), brokenValue),
          id: fc.oneof(fc.constantFrom('p-1', '', 'x'.repeat(200), 'x'.repeat(201)), hostileString),
          version: fc.oneof(fc.integer({ min: -1, max: 3 }), brokenValue),
          idempotencyKey,
        },
        { requiredKeys: ['actor'] },
      );
      fc.assert(
        fc.property(fc.oneof(start, mutated(start), sometimes(brokenValue, 2)), (given) => {
          const input = withinLimits(given);
          if (input === REFUSED) return;
          expect(isStartCommand(input)).toBe(startCommandSchema.safeParse(input).success);
        }),
        propertyParameters(300),
      );
    },
    propertyTimeout(),
  );

  it(
    'an instance or definition id: accepted exactly when its schema accepts it, refused with the schema\'s issues',
    () => {
      fc.assert(
        fc.property(fc.oneof(hostileString, fc.string({ maxLength: 3 }), fc.constantFrom('x'.repeat(200), 'x'.repeat(201), 'a\u0000', '\ud800'), brokenValue), (given) => {
          const accepted = instanceIdSchema.safeParse(given).success;
          let parsed: unknown;
          try {
            parsed = parseId(given, 'instanceId');
          } catch (error) {
            expect(error).toBeInstanceOf(PayloadError);
            expect(accepted).toBe(false);
            return;
          }
          expect(accepted).toBe(true);
          expect(parsed).toBe(given);
        }),
        propertyParameters(300),
      );
    },
    propertyTimeout(),
  );
});
