import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LuzhiError, createMemoryStore } from '../../src/index.js';
import { hostileJson, hostilePayload, hostileString, materialize, notJson } from '../support/arbitraries.js';
import { prepare, proposalEngineOn } from '../support/proposal-commands.js';
import { propertyParameters, propertyTimeout } from '../support/property-runs.js';
import { guardPrototypes } from '../support/prototype-guard.js';

/** Any argument a host could pass by mistake: hostile JSON, non-JSON values, dates, numbers out of range. */
const argument = fc.oneof(
  { weight: 3, arbitrary: hostileJson },
  { weight: 1, arbitrary: notJson },
  { weight: 1, arbitrary: hostilePayload.map(materialize) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(new Date(Number.NaN), new Date(8.64e15), -1, 0, 1.5, 2 ** 53, Number.MAX_VALUE, '2026-01-01', undefined) },
);

/** The engine's entry points a host calls, each with the drawn argument. */
const calls = {
  runDueTimers: (engine, value) => engine.runDueTimers(value as Date),
  deliverEffects: (engine, value) => engine.deliverEffects(value as number),
  startTimerLoop: async (engine, value) => engine.startTimerLoop(value as { intervalMs?: number }).stop(),
  withTenant: async (engine, value) => engine.withTenant(value as string).get('JY-001'),
  createEngine: async (_engine, value) => proposalEngineOn(createMemoryStore(), value as string),
  tasks: (engine, value) => engine.tasks(value as never),
  instances: (engine, value) => engine.instances(value as never),
  instancesWhere: (engine, value) => engine.instances({ where: value as never }),
  instancesAfter: (engine, value) => engine.instances({ after: value as never, state: value as never }),
  get: (engine, value) => engine.get('JY-001', { actor: value as never }),
  getById: (engine, value) => engine.get(value as string),
  history: (engine, value) => engine.history(value as string),
  verifyHistory: (engine, value) => engine.verifyHistory(value as string),
  sendMany: (engine, value) => engine.sendMany(value as never),
  sendManyOptions: (engine, value) => engine.sendMany([], value as never),
  start: (engine, value) => engine.start('proposal', value as never),
  publish: (engine, value) => engine.publish(value),
  listDefinitions: (engine) => engine.listDefinitions(),
} satisfies Record<string, (engine: ReturnType<typeof proposalEngineOn>, value: unknown) => Promise<unknown>>;

describe('host-facing entry points', () => {
  const runs = 150;
  it(
    'take any argument and either answer or throw a LuzhiError (never a TypeError, RangeError or a database error)',
    async () => {
      const engine = proposalEngineOn(createMemoryStore(), 'jiangyin');
      await prepare(engine, 'JY-001', 'handling');
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...(Object.keys(calls) as Array<keyof typeof calls>)), fc.oneof(argument, hostileString), async (entry, value) => {
          const prototypes = guardPrototypes();
          try {
            await calls[entry](engine, value);
          } catch (error) {
            if (!(error instanceof LuzhiError)) throw error;
          }
          expect(prototypes.check()).toEqual([]);
        }),
        propertyParameters(runs),
      );
    },
    propertyTimeout(),
  );
});
