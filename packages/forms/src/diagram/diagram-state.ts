import type { InstanceView } from '@luzhi/engine';
import type { WorkflowIndex } from '@luzhi/engine/diagram';

/** How an instance stands on the diagram: which states are active, and branches per child state. */
export interface DiagramStatus {
  /** Active states, ancestors included. */
  active: ReadonlySet<string>;
  /** The innermost active states, and the child states some branch of a forEach state is in. */
  current: ReadonlySet<string>;
  /** For the child states of a forEach state: how many branches are in each. */
  branches: ReadonlyMap<string, number>;
}

/**
 * Works out what to highlight for `view` (nothing without one). A forEach state's branches each
 * sit in one of its child states, so those child states count as current, with how many branches
 * are there.
 */
export function diagramStatus(index: WorkflowIndex, view: InstanceView | undefined): DiagramStatus {
  const active = new Set(view?.activeStates ?? []);
  const branches = new Map<string, number>();
  for (const list of Object.values(view?.branches ?? {})) {
    for (const branch of list) branches.set(branch.state, (branches.get(branch.state) ?? 0) + 1);
  }
  const current = new Set<string>();
  for (const name of active) {
    const info = index.states.get(name);
    if (!info || !info.children.some((child) => active.has(child) || branches.has(child))) current.add(name);
  }
  for (const name of branches.keys()) {
    current.add(name);
    active.add(name);
  }
  return { active, current, branches };
}
