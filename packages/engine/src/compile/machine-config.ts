import { assign, setup, type AnyStateMachine } from 'xstate';
import { DefinitionError } from '../errors.js';
import { joinPointer, setAtPointer } from '../json-pointer.js';
import { evaluateGuard } from '../definition/expressions/index.js';
import type { WorkflowDefinition } from '../definition/workflow-definition.generated.js';
import type { MachineContext, MachineEvent, RequestedEffect } from './compiled-workflow.js';
import { createMachineBuild } from './machine-build.js';
import { scopeOf, type GuardParams, type SetParams } from './transitions.js';
import { compileState } from '../builtins/states/index.js';
import { forEachActions, forEachGuards } from '../builtins/states/for-each.js';

export { deadlineEvent, statesEntered, transitionsTaken } from './transitions.js';

/**
 * How many steps without an event one command may take (entering states, `onDone`, completed
 * forEach states). A valid definition has no loop of such steps, so it needs at most about one
 * per state; the cap stops a loop that validation did not catch with a typed error.
 */
export const MAX_MICROSTEPS = 10_000;

type MachineArgs = { context: MachineContext; event: MachineEvent };

/** The guards every machine has, besides those of the state kinds. */
const guards = {
  'luzhi.when': ({ context, event }: MachineArgs, params: GuardParams) => evaluateGuard(params.when, scopeOf(context, event)),
  ...forEachGuards,
};

/** The actions every machine has, besides those of the state kinds. */
const actions = {
  'luzhi.set': assign(({ context, event }: MachineArgs, params: SetParams) => {
    // Every value is computed from the data as it was before this transition.
    const scope = scopeOf(context, event, params.doneOf);
    let data = context.data;
    for (const [tokens, value] of params.entries) {
      data = setAtPointer(data, tokens, value.evaluate(scope));
    }
    return { data };
  }),
  // Runs nowhere: transition() hands it back, with its params resolved, for the outbox.
  'luzhi.effect': (_args: MachineArgs, _params: RequestedEffect) => undefined,
  'luzhi.entered': (_args: MachineArgs, _params: { state: string }) => undefined,
  'luzhi.taken': (_args: MachineArgs, _params: { pointer: string }) => undefined,
  ...forEachActions,
};

/**
 * Builds the XState machine for a validated definition: each state is compiled by its kind
 * (`builtins/states/`), each effect by its kind (`builtins/effects/`). Guards, data updates and
 * effects are compiled once here; the machine itself never runs effects — they come back from
 * `transition()` as `luzhi.effect` actions for the runtime's outbox.
 * @throws DefinitionError listing every expression or shape that cannot be compiled.
 */
export function buildMachine(definition: WorkflowDefinition): AnyStateMachine {
  const build = createMachineBuild();
  const states = Object.fromEntries(
    Object.entries(definition.states).map(([name, node]) => [name, compileState(build, name, node, joinPointer('/states', name))]),
  );
  if (build.issues.length > 0) throw new DefinitionError(build.issues);
  const machine = setup({
    types: {} as { context: MachineContext; events: MachineEvent },
    guards: guards as never,
    actions: actions as never,
  }).createMachine({
    id: `${definition.id}@${definition.version}`,
    context: ({ input }: { input: unknown }) => input as MachineContext,
    initial: definition.initial,
    states,
    options: { maxIterations: MAX_MICROSTEPS },
  } as never);
  return machine as unknown as AnyStateMachine;
}
