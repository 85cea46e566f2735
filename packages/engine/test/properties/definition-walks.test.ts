import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { backtrackingInput, prototypeNamesValidAsNames } from '../support/arbitraries.js';
import { baseDefinitions, mutatedDefinition, mutatedWith, oddPatterns, walkStrings, type MutatedDefinition, type Mutation } from '../support/definition-mutations.js';
import { propertyParameters, propertyTimeout } from '../support/property-runs.js';
import { createWalkRunner } from '../support/walk-runner.js';
import { describeFinding, walkSteps } from '../support/walk-steps.js';

// Each case runs in a child process with a watchdog: a definition that blocks the event loop
// shows up as a `hang` finding instead of a stuck test run.
const WALK_TIMEOUT_MS = Number(process.env.LUZHI_FUZZ_WALK_TIMEOUT_MS ?? 8_000);
const runner = createWalkRunner(WALK_TIMEOUT_MS);
afterAll(() => runner.close());

async function expectNoFinding(
  definition: MutatedDefinition,
  steps: Parameters<typeof runner.run>[0]['steps'],
  strings: readonly string[] = walkStrings,
): Promise<void> {
  const outcome = await runner.run({ definition, steps, strings });
  fc.pre(outcome.result !== 'unbuildable');
  if (outcome.result === 'finding') throw new Error(describeFinding(outcome.finding));
}

describe('definitions mutated from the examples', () => {
  const runs = 40;
  it(
    'validate with issues or a typed error, compile when valid, and walk without an untyped error, a hang or a stuck instance',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedDefinition, walkSteps(12), async (described, steps) => {
          await expectNoFinding(described, steps);
        }),
        propertyParameters(runs),
      );
    },
    propertyTimeout(),
  );

  const renames = fc.record({
    base: fc.constant(0),
    mutations: fc.array(
      fc.record({ kind: fc.constant('renameName' as const), pick: fc.nat({ max: 1_000 }), name: fc.constantFrom(...prototypeNamesValidAsNames) }),
      { minLength: 1, maxLength: 3 },
    ) as fc.Arbitrary<Mutation[]>,
  });
  it(
    'with Object.prototype names as state, role, form, event or field names, work or are refused at validation',
    async () => {
      await fc.assert(
        fc.asyncProperty(renames, walkSteps(30), async (described, steps) => {
          await expectNoFinding(described, steps);
        }),
        propertyParameters(runs),
      );
    },
    propertyTimeout(),
  );

  const patterned = fc.record({
    base: fc.oneof({ weight: 3, arbitrary: fc.constant(baseDefinitions.length - 1) }, { weight: 1, arbitrary: fc.nat({ max: baseDefinitions.length - 1 }) }),
    mutations: fc.array(
      fc.record({ kind: fc.constant('pattern' as const), pick: fc.nat({ max: 1_000 }), pattern: fc.constantFrom(...oddPatterns) }),
      { minLength: 1, maxLength: 3 },
    ) as fc.Arbitrary<Mutation[]>,
  });
  it(
    'with odd form patterns (nested quantifiers, invalid, exotic), are refused at validation or check any input in bounded time',
    async () => {
      await fc.assert(
        fc.asyncProperty(patterned, walkSteps(12), async (described, steps) => {
          await expectNoFinding(described, steps, [backtrackingInput, 'a'.repeat(40), '市教育局']);
        }),
        propertyParameters(runs),
      );
    },
    propertyTimeout(),
  );

  // One property per kind of fault, so that each fails on its own.
  const targeted: Array<{ name: string; kinds: ReadonlyArray<Mutation['kind']> }> = [
    { name: 'with states nested deep or schemas deep, are refused with issues or run (never a stack overflow)', kinds: ['nestStates', 'deepSchema'] },
    { name: 'with states that move to each other with no event between them, are refused or never block the event loop', kinds: ['eventlessLoop', 'retarget'] },
    { name: 'with transitions retargeted anywhere (forEach children included), are refused or compile and run', kinds: ['retarget', 'addTransition'] },
  ];
  for (const { name, kinds } of targeted) {
    it(
      name,
      async () => {
        await fc.assert(
          fc.asyncProperty(mutatedWith(kinds), walkSteps(15), async (described, steps) => {
            await expectNoFinding(described, steps);
          }),
          propertyParameters(25),
        );
      },
      propertyTimeout(),
    );
  }
});
