import { getAtPointer } from '../json-pointer.js';
import { activeStateNames, type StateValue } from './state-value.js';
import { evaluateGuard, type CompiledExpression, type ExpressionScope } from '../definition/expressions/index.js';
import type { ForEach } from '../definition/workflow-definition.generated.js';
import type { BranchState, MachineContext, MachineEvent } from './compiled-workflow.js';
import { ownValue, setOwn } from '../own-keys.js';

/** Where a forEach state finds its items, and how it names each branch. */
export interface BranchSource {
  forEach: string;
  /** Tokens of `forEach.in` (a pointer into the data). */
  in: readonly string[];
  key: string | undefined;
  /** The child state a branch starts in unless `start` names another. */
  initial: string;
  /** Chooses each branch's first child state (`forEach.start`). */
  start?: CompiledExpression | undefined;
  /** The forEach state's child states: what `start` may name. */
  children?: readonly string[] | undefined;
}

/** A branch as expressions see it: `branch.key`, `branch.state`, `branch.item`. */
export interface BranchView extends BranchState {
  key: string;
}

/** The unit a data item names: the item itself when it is a string, else its `key` property. */
export function branchKey(item: unknown, key: string | undefined): string | undefined {
  if (typeof item === 'string') return item;
  if (key !== undefined && item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const value = ownValue(item as Record<string, unknown>, key);
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

/**
 * The branches a forEach state opens on entry: one per item of the `branches` list the entering
 * transition gave, or of the data array at `in`; an item that names no unit, or a unit already
 * opened, is skipped.
 */
export function openBranches(source: BranchSource, context: MachineContext): Record<string, BranchState> {
  const planned = ownValue(context.opening, source.forEach);
  const items = planned ?? getAtPointer(context.data, source.in);
  // Keyed by unit names from the data: no prototype, so `__proto__` is a unit like any other.
  const branches: Record<string, BranchState> = Object.create(null);
  for (const item of Array.isArray(items) ? items : []) {
    const key = branchKey(item, source.key);
    if (key === undefined || Object.hasOwn(branches, key)) continue;
    setOwn(branches, key, { state: firstState(source, context, key, item), entered: context.now, item });
  }
  return branches;
}

/** The child state a new branch starts in: what `start` names, if it names a child; else `initial`. */
export function firstState(source: BranchSource, context: MachineContext, key: string, item: unknown): string {
  if (!source.start) return source.initial;
  const chosen = source.start.evaluate({ data: context.data, instance: context.instance, now: context.now, branch: { key, item } });
  return typeof chosen === 'string' && (source.children ?? []).includes(chosen) ? chosen : source.initial;
}

/**
 * The branches of the forEach states still active. Branches are not closed when their state is
 * left, so the transition that leaves it (and its `onDone`) can still read them; they are dropped
 * here, after the transition.
 */
export function openBranchesOnly(branches: MachineContext['branches'], state: StateValue): MachineContext['branches'] {
  const forEachStates = Object.keys(branches);
  if (forEachStates.length === 0) return branches;
  const active = new Set(activeStateNames(state));
  const kept = Object.entries(branches).filter(([forEach]) => active.has(forEach));
  return kept.length === forEachStates.length ? branches : Object.fromEntries(kept);
}

/** The branches of a forEach state as a list, in the order they were opened. */
export function branchList(context: MachineContext, forEach: string): BranchView[] {
  return Object.entries(ownValue(context.branches, forEach) ?? {}).map(([key, branch]) => ({ key, ...branch }));
}

/** Adds the addressed branch and its siblings to an expression scope. */
export function withBranch(scope: Record<string, unknown>, context: MachineContext, event: MachineEvent): ExpressionScope {
  if (!event.branch) return scope;
  const branch = ownValue(ownValue(context.branches, event.branch.forEach), event.branch.key);
  return {
    ...scope,
    branch: branch && { key: event.branch.key, ...branch },
    branches: branchList(context, event.branch.forEach),
  };
}

/** Whether the addressed branch is in `child` and the alternative's `when` holds. */
export function branchGuard(
  context: MachineContext,
  event: MachineEvent,
  params: { forEach: string; child: string; when?: CompiledExpression | undefined },
  scope: ExpressionScope,
): boolean {
  if (event.branch?.forEach !== params.forEach) return false;
  const branch = ownValue(ownValue(context.branches, params.forEach), event.branch.key);
  if (!branch || branch.state !== params.child) return false;
  return params.when === undefined || evaluateGuard(params.when, scope);
}

/** Whether enough branches are in a final child for the forEach state to be done. */
export function branchesComplete(
  context: MachineContext,
  params: { forEach: string; finals: readonly string[]; complete: ForEach['complete'] },
): boolean {
  const branches = Object.values(ownValue(context.branches, params.forEach) ?? {});
  const finished = branches.filter((branch) => params.finals.includes(branch.state)).length;
  const rule = params.complete ?? 'all';
  if (rule === 'all') return finished === branches.length;
  if (rule === 'any') return finished >= 1 || branches.length === 0;
  return finished >= Math.min(rule.atLeast, branches.length);
}
