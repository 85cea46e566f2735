import { joinPointer } from '../../json-pointer.js';
import type { State } from '../../definition/workflow-definition.generated.js';
import type { MachineBuild } from '../../compile/machine-build.js';
import { addDeadlineEvents, compileTransitions, enteredMarker } from '../../compile/transitions.js';
import { emptyRecord } from '../../own-keys.js';
import { compileState } from './index.js';

/**
 * The XState config of an atomic, compound, parallel or final state: its children, its actions,
 * its deadline's timer events and its `onDone`. `type` is XState's for the kind, if it has one.
 */
export function compileNestedState(
  build: MachineBuild,
  name: string,
  node: State,
  pointer: string,
  type: 'final' | 'parallel' | undefined,
): Record<string, unknown> {
  const config: Record<string, unknown> = { id: name, entry: [enteredMarker(name)] };
  if (type !== undefined) config.type = type;
  if (node.initial) config.initial = node.initial;
  if (node.states) {
    config.states = Object.fromEntries(
      Object.entries(node.states).map(([child, childNode]) => [child, compileState(build, child, childNode, joinPointer(pointer, 'states', child))]),
    );
  }
  const on = emptyRecord<unknown>();
  for (const [event, value] of Object.entries(node.on ?? {})) {
    on[event] = compileTransitions(build, value, joinPointer(pointer, 'on', event), name);
  }
  addDeadlineEvents(build, name, node, pointer, on);
  if (Object.keys(on).length > 0) config.on = on;
  if (node.onDone) config.onDone = compileTransitions(build, node.onDone, joinPointer(pointer, 'onDone'));
  return config;
}
