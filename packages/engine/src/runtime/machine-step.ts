import { createActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type AnyEventObject, type ExecutableActionsFrom } from 'xstate';

/** The actions of one step, as XState's `transition()` hands them back: resolved, not run. */
export type StepActions = ExecutableActionsFrom<AnyStateMachine>[];

/** The parts of an inert actor scope that stay the same from step to step of one machine. */
interface ScopeBase {
  readonly self: AnyActorScope['self'];
  readonly system: AnyActorScope['system'];
}

const bases = new WeakMap<AnyStateMachine, ScopeBase>();
const noop = (): void => undefined;

/**
 * The actor XState's `transition()` would build for this machine, built once: it is only read as
 * `self` and `system` of the actions' arguments, and the machines the engine compiles neither
 * invoke nor spawn actors, so nothing is ever registered in its system.
 */
function scopeBase(machine: AnyStateMachine): ScopeBase {
  let base = bases.get(machine);
  if (base === undefined) {
    const self = createActor(machine);
    base = { self, system: self.system };
    bases.set(machine, base);
  }
  return base;
}

/** An inert actor scope that collects the actions of one step instead of running them. */
function collectingScope(machine: AnyStateMachine, actions: StepActions): AnyActorScope {
  const { self, system } = scopeBase(machine);
  return {
    self,
    system,
    id: '',
    sessionId: '',
    logger: noop,
    defer: noop,
    emit: noop,
    stopChild: noop,
    actionExecutor: (action) => {
      actions.push(action as StepActions[number]);
    },
  };
}

/**
 * What XState's pure `transition(machine, snapshot, event)` returns — the next snapshot and the
 * actions to execute — through the machine's own `transition()`, without the throwaway actor
 * (and the initial step it takes on construction) that `transition()` builds on every call.
 */
export function machineTransition(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: AnyEventObject): [AnyMachineSnapshot, StepActions] {
  const actions: StepActions = [];
  const next = machine.transition(snapshot, event, collectingScope(machine, actions)) as AnyMachineSnapshot;
  return [next, actions];
}

/** What XState's pure `initialTransition(machine, input)` returns, without its throwaway actor. */
export function machineInitialTransition(machine: AnyStateMachine, input: unknown): [AnyMachineSnapshot, StepActions] {
  const actions: StepActions = [];
  const next = machine.getInitialSnapshot(collectingScope(machine, actions), input) as AnyMachineSnapshot;
  return [next, actions];
}
