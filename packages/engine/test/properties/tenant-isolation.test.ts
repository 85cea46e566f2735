import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore, LuzhiError, type InstanceView, type Store } from '../../src/index.js';
import { createPgliteStore } from '../../src/pglite.js';
import { hostileString } from '../support/arbitraries.js';
import { outcomeOf, proposalEngineOn } from '../support/proposal-commands.js';
import { propertyParameters, propertyTimeout } from '../support/property-runs.js';
import { assigner, member, office, submitPayload } from '../support/proposal.js';

/** An outcome with the view's details left out: the code, or `ok`. */
const codeOnly = (outcome: string) => (outcome.includes(' ') ? 'ok' : outcome);

/**
 * Two (tenant, instance id) pairs that a naive key joins into the same string: `x` + `y/z` and
 * `x/y` + `z`, for several separators (NUL included), or two pairs of hostile pieces.
 */
const colliding = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'jiangyin', 'A'), fc.constantFrom('b', 'x', ''), fc.constantFrom('x', 'JY-001'), fc.constantFrom('/', '\u0000', ':', '|', '.', '-', '_', '#'))
      .map(([x, y, z, separator]) => ({ tenantA: x, idA: `${y}${separator}${z}`, tenantB: `${x}${separator}${y}`, idB: z })),
  },
  { weight: 1, arbitrary: fc.record({ tenantA: hostileString, idA: hostileString, tenantB: hostileString, idB: hostileString }) },
);

/** The valid steps to the handling step, whose deadline sets timers. */
const toHandling = [
  { type: 'submit', actor: member, payload: submitPayload },
  { type: 'accept', actor: office },
  { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } },
];

const stores: Array<{ name: string; runs: number; open: () => Promise<Store> }> = [
  { name: 'the memory store', runs: 60, open: async () => createMemoryStore() },
  { name: 'PGlite (in memory)', runs: 30, open: () => createPgliteStore() },
];

describe.each(stores)('tenants on $name', ({ runs, open }) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  }, 120_000);
  afterAll(() => store.close());
  let cases = 0;

  it(
    'never see or change each other’s instances, timers, histories or tasks, whatever their ids are made of',
    async () => {
      await fc.assert(
        fc.asyncProperty(colliding, async ({ tenantA, idA, tenantB, idB }) => {
          fc.pre(tenantA !== tenantB);
          // A prefix per case keeps cases apart on the shared store without changing what follows it.
          const prefix = `c${++cases}-`;
          // A tenant id the engine does not take is refused with a LuzhiError when the engine is made.
          const engineFor = (tenant: string) => {
            try {
              return proposalEngineOn(store, tenant);
            } catch (error) {
              expect(error, 'a refused tenant id').toBeInstanceOf(LuzhiError);
              return undefined;
            }
          };
          const candidates = [
            { engine: engineFor(`${prefix}${tenantA}`), tenant: `${prefix}${tenantA}`, id: idA },
            { engine: engineFor(`${prefix}${tenantB}`), tenant: `${prefix}${tenantB}`, id: idB },
          ];
          if (candidates.some((pair) => pair.engine === undefined)) return;
          const pairs = candidates.map((pair) => ({ ...pair, engine: pair.engine! }));
          // The same steps for both, interleaved: whatever happens to one must happen to the other.
          const outcomes: string[][] = [[], []];
          const record = async (index: number, work: () => Promise<InstanceView>) => {
            const outcome = await outcomeOf(work);
            outcomes[index]!.push(outcome.ok ? `${outcome.view.tenant} ${outcome.view.id} ${JSON.stringify(outcome.view.state)}` : outcome.code);
          };
          for (const [index, pair] of pairs.entries()) await record(index, () => pair.engine.start('proposal', { actor: member, id: pair.id }));
          for (const command of toHandling) {
            for (const [index, pair] of pairs.entries()) await record(index, () => pair.engine.send(pair.id, command));
          }
          // A pair is served whole or refused whole: a tenant or instance id the engine does not
          // take is refused at the start (with a code), and then nothing exists to send to.
          const served = outcomes.map((list) => list.every((outcome) => codeOnly(outcome) === 'ok'));
          for (const [index, list] of outcomes.entries()) {
            if (!served[index]) expect(codeOnly(list[0]!), 'a pair refused at the start').not.toBe('ok');
            if (!served[index]) expect(list.every((outcome) => codeOnly(outcome) !== 'ok'), 'nothing of a refused pair is served').toBe(true);
          }
          if (!served[0] || !served[1]) return;
          for (const [index, pair] of pairs.entries()) {
            expect(outcomes[index]!.at(-1), 'each pair sees its own instance').toBe(`${pair.tenant} ${pair.id} "handling"`);
          }
          // Three months on, each instance's own deadline warning fires, once.
          const later = new Date('2026-06-01T00:00:00Z');
          for (const pair of pairs) await pair.engine.runDueTimers(later);
          const histories = await Promise.all(pairs.map((pair) => pair.engine.history(pair.id)));
          expect(histories[0]!.map((event) => event.type)).toEqual(histories[1]!.map((event) => event.type));
          expect(histories[0]!.length, 'the warning fired').toBeGreaterThan(4);
          for (const pair of pairs) {
            const tasks = await pair.engine.tasks({ actor: { id: 'zhang', roles: ['handling-unit'], unit: '市教育局' } });
            expect(tasks.map((task) => [task.tenant, task.instanceId]), 'a tenant lists its own tasks only').toEqual([[pair.tenant, pair.id]]);
          }
        }),
        propertyParameters(runs),
      );
    },
    propertyTimeout(),
  );
});
