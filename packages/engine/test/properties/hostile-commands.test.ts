import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore, type Command, type InstanceView, type Store } from '../../src/index.js';
import { createPgliteStore } from '../../src/pglite.js';
import { outcomeOf, prepare, proposalEngineOn, snapshotOf, stagedCommands, type HostileCommand, type stages } from '../support/proposal-commands.js';
import { propertyParameters, propertyTimeout } from '../support/property-runs.js';
import { guardPrototypes } from '../support/prototype-guard.js';

const idempotencyKeyOf = (command: unknown): string | undefined => {
  const key = command !== null && typeof command === 'object' ? (command as { idempotencyKey?: unknown }).idempotencyKey : undefined;
  return typeof key === 'string' ? key : undefined;
};

/** The command as the engine sees it after copying it to JSON, or undefined when it is not JSON. */
const signature = (instanceId: string, command: unknown): string | undefined => {
  try {
    return JSON.stringify([instanceId, command]);
  } catch {
    return undefined;
  }
};

/** The keys of the branches of the handling step, and the units the data names. */
function handlingUnits(view: InstanceView): { branches: string[]; units: string[] } {
  const units = Array.isArray(view.data.units) ? view.data.units.map(String) : [];
  return { branches: (view.branches.handling ?? []).map((branch) => branch.key).sort(), units: [...new Set(units)].sort() };
}

/** The version in a snapshot taken by snapshotOf. */
const versionIn = (snapshot: string): number | undefined =>
  snapshot.startsWith('{') ? (JSON.parse(snapshot) as { view: InstanceView }).view.version : undefined;

const stores: Array<{ name: string; runs: number; open: () => Promise<Store> }> = [
  { name: 'the memory store', runs: 200, open: async () => createMemoryStore() },
  { name: 'PGlite (in memory)', runs: 60, open: () => createPgliteStore() },
];

describe.each(stores)('hostile commands on $name', ({ runs, open }) => {
  let store: Store;
  let tenants = 0;
  beforeAll(async () => {
    store = await open();
  }, 120_000);
  afterAll(() => store.close());

  /**
   * Brings an instance to the case's stage and sends the case's commands, handing each accepted
   * one to `accepted`. With `strict`, an error that is not a LuzhiError fails the case and a refusal
   * must leave the instance as it was; without, such an error ends the case (another property's
   * concern), so that each property reports its own class of fault.
   */
  const runCase = async (
    { stage, commands }: { stage: (typeof stages)[number]; commands: readonly HostileCommand[] },
    strict: boolean,
    accepted: (sent: { target: string; command: unknown; view: InstanceView; before: string }) => void | Promise<void>,
  ) => {
    // A tenant per case: cases on the shared store do not see each other.
    const engine = proposalEngineOn(store, `case-${++tenants}`);
    const id = 'JY-001';
    await prepare(engine, id, stage);
    for (const { instance, command } of commands) {
      const target = instance === 'own' ? id : instance.other;
      const before = await snapshotOf(engine, id);
      const outcome = await outcomeOf(() => engine.send(target, command as Command)).catch((error: unknown) => {
        if (strict) throw error;
        return undefined;
      });
      if (outcome === undefined) return;
      if (!outcome.ok) {
        if (strict) expect(await snapshotOf(engine, id), `refused with ${outcome.code}: the instance and its history are unchanged`).toBe(before);
        continue;
      }
      if (strict) expect(await engine.verifyHistory(target)).toMatchObject({ ok: true });
      await accepted({ target, command, view: outcome.view, before });
    }
  };

  it(
    'each command succeeds or is refused with a LuzhiError; a refusal changes nothing; prototypes stay untouched',
    async () => {
      await fc.assert(
        fc.asyncProperty(stagedCommands, async (generated) => {
          const prototypes = guardPrototypes();
          await runCase(generated, true, () => {});
          expect(prototypes.check()).toEqual([]);
          expect(({} as Record<string, unknown>).type).toBeUndefined();
        }),
        propertyParameters(runs),
      );
    },
    propertyTimeout(),
  );

  it(
    'an idempotency key is never accepted for a second, different command',
    async () => {
      await fc.assert(
        fc.asyncProperty(stagedCommands, async (generated) => {
          const keys = new Map<string, string | undefined>();
          await runCase(generated, false, ({ target, command }) => {
            const key = idempotencyKeyOf(command);
            if (key === undefined) return;
            if (!keys.has(key)) keys.set(key, signature(target, command));
            else expect(signature(target, command), `idempotency key ${JSON.stringify(key)} reused with another command was accepted`).toBe(keys.get(key));
          });
        }),
        propertyParameters(runs),
      );
    },
    propertyTimeout(),
  );

  it(
    'every unit an assignment names, or a unit added later, gets a branch of its own',
    async () => {
      await fc.assert(
        fc.asyncProperty(stagedCommands, async (generated) => {
          await runCase(generated, false, ({ command, view, before }) => {
            if (view.version === versionIn(before)) return; // a replay
            const type = (command as { type?: unknown }).type;
            if (type === 'assign') {
              // The example's assignment opens one branch per unit the data names, and waits in handling for them.
              const { branches, units } = handlingUnits(view);
              expect(view.state, 'an assignment leads to handling').toBe('handling');
              expect(branches, 'every unit the assignment names has a branch').toEqual(units);
            }
            if (type === 'addBranch') {
              const item = (command as { payload?: { item?: unknown } }).payload?.item;
              if (typeof item === 'string') expect(handlingUnits(view).branches, 'the added unit has a branch').toContain(item);
            }
          });
        }),
        propertyParameters(runs),
      );
    },
    propertyTimeout(),
  );
});
