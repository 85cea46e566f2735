import { statesEntered, transitionsTaken } from '../compile/machine-config.js';
import type { MachineContext } from '../compile/compiled-workflow.js';
import { ownValue } from '../own-keys.js';

/**
 * What an audit event records of the path a command took through the definition: `transitions`,
 * the pointers of the transitions taken in order (the alternative chosen, an `onDone`, an
 * `onExpire` or `onWarn`, or where a state enables the built-in action taken), and `entered`, the
 * states entered, forEach child states entered by a branch among them. Both are left out when
 * empty, so an event of a command that moved nothing reads as events always did.
 */
export interface PathTaken {
  transitions?: string[];
  entered?: string[];
}

/**
 * The path a command took, from the marker actions XState handed back and the forEach branches
 * before and after it: a branch that is new, or whose child state or entry time changed, entered
 * its child state. `after` is the context's branches before closed forEach states are dropped, so
 * a branch that reached a final child on the way out still counts.
 */
export function pathTaken(
  actions: ReadonlyArray<{ type: string; params?: unknown }>,
  before: MachineContext['branches'] | undefined,
  after: MachineContext['branches'],
  extra: readonly string[] = [],
): PathTaken {
  const transitions = [...extra, ...transitionsTaken(actions)];
  const entered = statesEntered(actions);
  for (const [forEach, branches] of Object.entries(after)) {
    for (const [unit, branch] of Object.entries(branches)) {
      const previous = ownValue(ownValue(before, forEach), unit);
      if (previous === undefined || previous.state !== branch.state || previous.entered !== branch.entered) entered.add(branch.state);
    }
  }
  return {
    ...(transitions.length === 0 ? {} : { transitions }),
    ...(entered.size === 0 ? {} : { entered: [...entered] }),
  };
}
