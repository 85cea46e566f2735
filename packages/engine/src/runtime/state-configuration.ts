import { text } from '../localized-text.js';
import { joinPointer } from '../json-pointer.js';
import { setOwn } from '../own-keys.js';
import type { StateValue } from '../compile/state-value.js';
import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { Issue } from '../errors.js';

/** A leaf of a state value (a plain, final or forEach state) and where it stands in the value. */
export interface PlacedLeaf {
  name: string;
  /** JSON pointer into the state value (under `prefix`) at which the name stands. */
  pointer: string;
}

/** The leaves of a state value, one per parallel region, each with its place. */
export function placedLeaves(value: StateValue, prefix: string): PlacedLeaf[] {
  if (typeof value === 'string') return [{ name: value, pointer: prefix }];
  return Object.entries(value).flatMap(([name, child]) => {
    const pointer = joinPointer(prefix, name);
    if (typeof child === 'string') return [{ name: child, pointer }];
    if (Object.keys(child).length === 0) return [{ name, pointer }];
    return placedLeaves(child, pointer);
  });
}

/**
 * The state value in which exactly the given leaves of `compiled` are active, with their
 * containing states: one child of each compound state (and of the workflow), every region of each
 * parallel state. Returns the issues instead when the leaves make no such configuration (two
 * children of one compound state, a parallel region left out).
 */
export function configurationOf(
  compiled: CompiledWorkflow,
  leaves: readonly string[],
  pointer: string,
): { value: StateValue } | { issues: Issue[] } {
  const states = compiled.index.states;
  // Active children by parent; '' stands for the workflow itself (no state is named '').
  const chosen = new Map<string, string[]>();
  for (const leaf of new Set(leaves)) {
    let parent = '';
    for (const name of states.get(leaf)!.path) {
      const children = chosen.get(parent) ?? [];
      if (!children.includes(name)) children.push(name);
      chosen.set(parent, children);
      parent = name;
    }
  }
  const issues: Issue[] = [];
  const invalid = (zh: string, en: string) =>
    issues.push({ pointer, code: 'migration.invalidConfiguration', message: text(zh, en) });
  for (const [parent, children] of chosen) {
    const state = states.get(parent);
    if (state?.kind === 'parallel') {
      const missing = state.children.filter((region) => !children.includes(region));
      if (missing.length > 0) {
        invalid(
          `并行状态“${parent}”缺少区域 ${missing.join('、')} 的当前状态`,
          `Parallel state "${parent}" would have no active state in region(s) ${missing.join(', ')}`,
        );
      }
    } else if (children.length > 1) {
      const where = parent === '' ? text('流程', 'the workflow') : text(`状态“${parent}”`, `state "${parent}"`);
      invalid(
        `${where['zh-CN']}只能有一个当前子状态，迁移后却有 ${children.join('、')}`,
        `${where.en} can have one active child state, but would have ${children.join(', ')}`,
      );
    }
  }
  if (issues.length > 0) return { issues };
  // XState's form: a compound state holds its child's name (or an object for a deeper child), a
  // parallel state an object of its regions, a plain region an empty object.
  const inner = (name: string): StateValue => {
    const state = states.get(name)!;
    const children = chosen.get(name)!;
    if (state.kind === 'parallel') {
      const regions: Record<string, StateValue> = {};
      for (const region of state.children) setOwn(regions, region, chosen.has(region) ? inner(region) : {});
      return regions;
    }
    const child = children[0]!;
    return chosen.has(child) ? wrap(child, inner(child)) : child;
  };
  const top = chosen.get('')?.[0];
  if (top === undefined) {
    invalid('迁移后没有当前状态', 'No state would be active');
    return { issues };
  }
  return { value: chosen.has(top) ? wrap(top, inner(top)) : top };
}

const wrap = (name: string, value: StateValue): StateValue => {
  const wrapped: Record<string, StateValue> = {};
  setOwn(wrapped, name, value);
  return wrapped;
};
