import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import type { IndexedTransition } from '../state-index.js';
import type { Transition } from '../workflow-definition.generated.js';
import type { CheckContext } from './context.js';
import { defineCheck, issue } from './check.js';
import { isBuiltinActionName } from '../../builtins/actions/forms.js';


/** The `on` transitions of one event in one state: a single transition or its alternatives. */
interface ActionDeclaration {
  state: string;
  event: string;
  /** Pointer of the event's value (the transition, or the list of alternatives). */
  pointer: string;
  alternatives: Array<{ pointer: string; transition: Transition }>;
}

function declarations(transitions: readonly IndexedTransition[]): ActionDeclaration[] {
  const byPointer = new Map<string, ActionDeclaration>();
  for (const transition of transitions) {
    if (transition.source !== 'on' || transition.event === undefined) continue;
    const pointer =
      transition.alternative === undefined ? transition.pointer : transition.pointer.slice(0, transition.pointer.lastIndexOf('/'));
    const declaration = byPointer.get(pointer) ?? { state: transition.state, event: transition.event, pointer, alternatives: [] };
    declaration.alternatives.push({ pointer: transition.pointer, transition: transition.transition as Transition });
    byPointer.set(pointer, declaration);
  }
  return [...byPointer.values()];
}

const sameRoles = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((role) => b.includes(role));

const sameFields = (a: Transition['fields'], b: Transition['fields']): boolean => {
  const left = Object.entries(a ?? {});
  return left.length === Object.keys(b ?? {}).length && left.every(([field, permission]) => b?.[field] === permission);
};

/**
 * The runtime authorizes an actor and validates the payload before any `when` is evaluated, so
 * every alternative of one action must name the same roles, the same form and the same field
 * permissions.
 */
function alternativesDiffer(declaration: ActionDeclaration): Issue[] {
  const [first, ...rest] = declaration.alternatives;
  if (!first) return [];
  const issues: Issue[] = [];
  rest.forEach((alternative, offset) => {
    const position = offset + 2;
    if (!sameRoles(first.transition.roles, alternative.transition.roles)) {
      issues.push(
        issue(
          'transition.alternativesDiffer',
          joinPointer(alternative.pointer, 'roles'),
          `状态“${declaration.state}”的动作“${declaration.event}”的第 ${position} 个备选与第 1 个备选的角色不同：同一动作先校验角色再判断 when，各备选的 roles 必须相同；若确需不同角色，请拆成两个不同名称的动作`,
          `Alternative ${position} of action "${declaration.event}" in state "${declaration.state}" has other roles than alternative 1: roles are checked before any "when", so all alternatives of one action must have the same roles; split it into two actions if different roles are needed`,
        ),
      );
    }
    if (!sameFields(first.transition.fields, alternative.transition.fields)) {
      issues.push(
        issue(
          'transition.alternativesDiffer',
          alternative.transition.fields === undefined ? alternative.pointer : joinPointer(alternative.pointer, 'fields'),
          `状态“${declaration.state}”的动作“${declaration.event}”的第 ${position} 个备选与第 1 个备选的字段权限（fields）不同：字段权限与表单一起在判断 when 之前校验，各备选的 fields 必须相同`,
          `Alternative ${position} of action "${declaration.event}" in state "${declaration.state}" has other field permissions than alternative 1: they are checked with the payload before any "when", so all alternatives of one action must have the same "fields"`,
        ),
      );
    }
    if (first.transition.form !== alternative.transition.form) {
      issues.push(
        issue(
          'transition.alternativesDiffer',
          alternative.transition.form === undefined ? alternative.pointer : joinPointer(alternative.pointer, 'form'),
          `状态“${declaration.state}”的动作“${declaration.event}”的第 ${position} 个备选与第 1 个备选的表单不同：表单在判断 when 之前校验，各备选的 form 必须相同`,
          `Alternative ${position} of action "${declaration.event}" in state "${declaration.state}" has another form than alternative 1: the payload is validated before any "when", so all alternatives of one action must use the same form`,
        ),
      );
    }
  });
  return issues;
}

/**
 * A child state may redefine an ancestor's action, but if none of its alternatives' `when` holds,
 * the statechart falls back to the ancestor's transition — after the child's roles were checked.
 * The child's list must therefore end with an alternative without `when`.
 */
function fallsThrough(declaration: ActionDeclaration, context: CheckContext, declared: Map<string, Set<string>>): Issue[] {
  if (declaration.alternatives.some(({ transition }) => transition.when === undefined)) return [];
  const ancestor = context
    .ancestors(declaration.state)
    .find((state) => declared.get(state.name)?.has(declaration.event));
  if (!ancestor) return [];
  return [
    issue(
      'transition.fallsThrough',
      declaration.pointer,
      `状态“${declaration.state}”的动作“${declaration.event}”每个备选都有 when；当条件都不成立时，会改为执行上级状态“${ancestor.name}”的同名动作。请在最后加一个没有 when 的备选，或改用其他动作名称`,
      `Every alternative of action "${declaration.event}" in state "${declaration.state}" has a "when"; when none holds, the action of the same name of the enclosing state "${ancestor.name}" would be taken instead. End the list with an alternative without "when", or use another action name`,
    ),
  ];
}

/**
 * Regions of a parallel state are active together: an action declared in two of them would be
 * taken in both, while only one region's roles were checked.
 */
function parallelConflicts(context: CheckContext, all: readonly ActionDeclaration[]): Issue[] {
  const issues: Issue[] = [];
  for (const parallel of context.index.states.values()) {
    if (parallel.kind !== 'parallel') continue;
    const regionOf = (state: string): string | undefined => {
      const path = context.index.states.get(state)?.path ?? [];
      const at = path.indexOf(parallel.name);
      return at >= 0 ? path[at + 1] : undefined;
    };
    const firstRegion = new Map<string, string>();
    for (const declaration of all) {
      const region = regionOf(declaration.state);
      if (region === undefined) continue;
      const seen = firstRegion.get(declaration.event);
      if (seen === undefined) firstRegion.set(declaration.event, region);
      else if (seen !== region) {
        issues.push(
          issue(
            'transition.parallelConflict',
            declaration.pointer,
            `并行状态“${parallel.name}”的两个分区“${seen}”和“${region}”都定义了动作“${declaration.event}”：并行分区同时处于活动状态，该动作会在两个分区同时执行。请为其中一个改名`,
            `Regions "${seen}" and "${region}" of parallel state "${parallel.name}" both declare action "${declaration.event}": the regions are active together, so the action would be taken in both. Rename one of them`,
          ),
        );
      }
    }
  }
  return issues;
}

/**
 * `transition.alternativesDiffer`, `transition.fallsThrough`, `transition.parallelConflict`:
 * an action must mean one thing — one set of roles, one form, one transition taken. Also an
 * action that does nothing, a reserved name, `branches` outside a forEach, and a `refusal` that
 * no `when` can ever call for.
 */
export const actionsCheck = defineCheck({
  name: 'actions',
  codes: [
    'transition.alternativesDiffer',
    'transition.fallsThrough',
    'transition.parallelConflict',
    'transition.branchesWithoutForEach',
    'transition.empty',
    'transition.reservedName',
    'transition.refusalWithoutWhen',
  ],
  check: (context) => {
    const all = declarations(context.index.transitions);
    const declared = new Map<string, Set<string>>();
    for (const declaration of all) {
      const events = declared.get(declaration.state) ?? new Set<string>();
      events.add(declaration.event);
      declared.set(declaration.state, events);
    }
    const branchesOutsideForEach = context.index.transitions.flatMap((transition) => {
      const body = transition.transition as { to?: string; branches?: string };
      if (body.branches === undefined || body.to === undefined) return [];
      if (context.index.states.get(body.to)?.node.forEach) return [];
      return [
        issue(
          'transition.branchesWithoutForEach',
          joinPointer(transition.pointer, 'branches'),
          `只有进入多分支（forEach）状态的转移才能写 branches，而“${body.to}”不是多分支状态`,
          `Only a transition into a forEach state can have "branches", and "${body.to}" has no forEach`,
        ),
      ];
    });
    const reserved = all
      .filter((declaration) => isBuiltinActionName(declaration.event))
      .map((declaration) =>
        issue(
          'transition.reservedName',
          declaration.pointer,
          `动作名“${declaration.event}”保留给引擎的内置动作，请换一个名称`,
          `The action name "${declaration.event}" is reserved for a built-in action of the engine; choose another name`,
        ),
      );
    const empty = context.index.transitions.flatMap((transition) => {
      if (transition.source !== 'on') return [];
      const body = transition.transition as Transition;
      if (body.to !== undefined || body.set !== undefined || (body.effects?.length ?? 0) > 0) return [];
      return [
        issue(
          'transition.empty',
          transition.pointer,
          `状态“${transition.state}”的动作“${transition.event}”既没有 to，也没有 set 或 effects，执行后什么也不会发生`,
          `Action "${transition.event}" of state "${transition.state}" has no "to", "set" or "effects": taking it would change nothing`,
        ),
      ];
    });
    const refusalWithoutWhen = context.index.transitions.flatMap((transition) => {
      const body = transition.transition as Transition;
      if (transition.source !== 'on' || body.refusal === undefined || body.when !== undefined) return [];
      return [
        issue(
          'transition.refusalWithoutWhen',
          joinPointer(transition.pointer, 'refusal'),
          `状态“${transition.state}”的动作“${transition.event}”写了 refusal 却没有 when：refusal 是 when 不成立时的拒绝说明，没有 when 就永远用不上`,
          `Action "${transition.event}" of state "${transition.state}" has a "refusal" but no "when": the refusal explains a "when" that does not hold, so without one it is never shown`,
        ),
      ];
    });
    return [
      ...reserved,
      ...empty,
      ...refusalWithoutWhen,
      ...branchesOutsideForEach,
      ...all.flatMap(alternativesDiffer),
      ...all.flatMap((declaration) => fallsThrough(declaration, context, declared)),
      ...parallelConflicts(context, all),
    ];
  },
});
