import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { runScenario } from '../src/index.js';
import { listPresetWorkflowFiles, type PresetWorkflowFile } from '../../presets/src/preset-files.js';
import { loadPresetDefinition, servedWorkflowFiles } from '../../presets/src/preset-definitions.js';
import { baseDefinitions, walkStrings } from './support/definition-mutations.js';
import { propertyParameters, propertyTimeout } from './support/property-runs.js';
import { walk } from './support/random-walk.js';
import { walkSteps } from './support/walk-steps.js';

/**
 * Every step the engine takes through `machine-step.ts` is taken again with XState's own
 * `transition()` / `initialTransition()`, and the two answers are compared: the same state, context
 * and status, and the same actions with the same parameters, in the same order.
 */
const compared = vi.hoisted(() => ({ steps: 0, differences: [] as string[] }));

vi.mock('../src/runtime/machine-step.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/runtime/machine-step.js')>();
  const { initialTransition: xstateInitial, transition: xstateTransition } = await import('xstate');
  const seen = (snapshot: AnyMachineSnapshot, actions: ReadonlyArray<{ type: string; params?: unknown }>) =>
    JSON.stringify({
      value: snapshot.value,
      context: snapshot.context,
      status: snapshot.status,
      error: snapshot.status === 'error' ? String(snapshot.error) : undefined,
      actions: actions.map(({ type, params }) => ({ type, params })),
    });
  /** Runs both; a throw must be the same throw. */
  const both = <T extends [AnyMachineSnapshot, ReadonlyArray<{ type: string; params?: unknown }>]>(what: string, ours: () => T, theirs: () => unknown): T => {
    let mine: T | undefined;
    let mineError: unknown;
    try {
      mine = ours();
    } catch (error) {
      mineError = error;
    }
    let reference: [AnyMachineSnapshot, Array<{ type: string; params?: unknown }>] | undefined;
    let referenceError: unknown;
    try {
      reference = theirs() as typeof reference;
    } catch (error) {
      referenceError = error;
    }
    compared.steps++;
    const a = mine ? seen(mine[0], mine[1]) : `threw ${String(mineError)}`;
    const b = reference ? seen(reference[0], reference[1]) : `threw ${String(referenceError)}`;
    if (a !== b) compared.differences.push(`${what}:\n  machine-step: ${a.slice(0, 600)}\n  xstate:       ${b.slice(0, 600)}`);
    if (mine === undefined) throw mineError;
    return mine;
  };
  return {
    ...original,
    machineTransition: (machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: { type: string }) =>
      both(
        `${machine.id} ${JSON.stringify(snapshot.value)} on ${event.type}`,
        () => original.machineTransition(machine, snapshot, event),
        () => xstateTransition(machine, snapshot, event),
      ),
    machineInitialTransition: (machine: AnyStateMachine, input: unknown) =>
      both(
        `${machine.id} initial`,
        () => original.machineInitialTransition(machine, input),
        () => xstateInitial(machine, input),
      ),
  };
});

const readJson = (file: string | URL): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Runs `work` and returns how many steps were compared during it, failing on any difference. */
async function comparing(work: () => Promise<void>): Promise<number> {
  const before = compared.steps;
  compared.differences.length = 0;
  await work();
  expect(compared.differences).toEqual([]);
  return compared.steps - before;
}

describe('steps through the compiled machine', () => {
  const workflows = listPresetWorkflowFiles();
  const others = async (entry: PresetWorkflowFile) =>
    Promise.all(
      [...servedWorkflowFiles(workflows, entry.preset).values()].filter((other) => other.workflow !== entry.workflow).map((other) => loadPresetDefinition(other)),
    );

  it.each(workflows.map((entry) => [`${entry.preset}/${entry.workflow}`, entry] as const))(
    'match XState\'s transition() and initialTransition() on every scenario of %s',
    async (_, entry) => {
      const definition = await loadPresetDefinition(entry);
      const workflowsServed = await others(entry);
      const steps = await comparing(async () => {
        for (const file of entry.scenarios) {
          const report = await runScenario(definition, readJson(file), { workflows: workflowsServed });
          expect(report.ok, file).toBe(true);
        }
      });
      expect(steps).toBeGreaterThan(entry.scenarios.length);
    },
    propertyTimeout(),
  );

  it('match them on every scenario of the example workflow', async () => {
    const folder = new URL('../../../examples/proposal/', import.meta.url);
    const definition = readJson(new URL('proposal.workflow.json', folder));
    const files = readdirSync(folder).filter((name) => name.endsWith('.scenario.json'));
    expect(files.length).toBeGreaterThan(0);
    const steps = await comparing(async () => {
      for (const name of files) expect((await runScenario(definition, readJson(new URL(name, folder)))).ok, name).toBe(true);
    });
    expect(steps).toBeGreaterThan(files.length);
  });

  it(
    'match them on random walks of the example and the valid fixture definitions (deadlines, refusals and payloads of every kind)',
    async () => {
      let walked = 0;
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: baseDefinitions.length - 1 }), walkSteps(20), async (base, steps) => {
          walked += await comparing(async () => {
            const outcome = await walk({ definition: { base, mutations: [] }, steps, strings: walkStrings });
            expect(outcome.result === 'finding' ? outcome.finding : undefined).toBeUndefined();
          });
        }),
        propertyParameters(40),
      );
      expect(walked).toBeGreaterThan(40);
    },
    propertyTimeout(),
  );
});
