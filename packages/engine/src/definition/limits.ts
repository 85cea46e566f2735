import type { Issue } from '../errors.js';
import { joinPointer } from '../json-pointer.js';
import { issue } from './checks/check.js';

/**
 * How large a workflow definition may be. Checked before anything else looks at the definition,
 * by one loop with its own stack, so that no later step (the JSON Schema, the meaning checks,
 * the compiler, canonical JSON) ever meets input deep or large enough to exhaust the call stack
 * or block the process.
 */
export interface DefinitionLimits {
  /** How deeply any value may be nested, counted from the definition itself (depth 0). */
  readonly maxJsonDepth: number;
  /** How many JSON values (objects, arrays, strings, numbers, booleans, nulls) in all. */
  readonly maxValues: number;
  /** How long one string (a text, an expression, a key) may be, in UTF-16 code units. */
  readonly maxStringLength: number;
  /** How long all strings and keys may be together, in UTF-16 code units. */
  readonly maxTextLength: number;
  /** How deeply states may be nested: a top-level state is at level 1. */
  readonly maxStateDepth: number;
  /** How many states in all, at every level. */
  readonly maxStates: number;
  /** How many transitions in all: actions (each alternative counts), `onDone`, deadline handlers. */
  readonly maxTransitions: number;
}

/** The limits {@link validateDefinition} and the engine apply. */
export const DEFAULT_DEFINITION_LIMITS: DefinitionLimits = Object.freeze({
  maxJsonDepth: 128,
  maxValues: 200_000,
  maxStringLength: 20_000,
  maxTextLength: 5_000_000,
  maxStateDepth: 16,
  maxStates: 1_000,
  maxTransitions: 5_000,
});

/** Every code `definitionLimitIssues` can report. */
export const definitionLimitCodes: readonly string[] = [
  'limit.jsonDepth',
  'limit.values',
  'limit.stringLength',
  'limit.textLength',
  'limit.stateDepth',
  'limit.states',
  'limit.transitions',
];

/**
 * The limits a definition breaks, each at the pointer of the first value beyond it; empty when it
 * keeps them all. Never recurses, so it is safe on any input, however deep.
 */
export function definitionLimitIssues(input: unknown, limits: DefinitionLimits = DEFAULT_DEFINITION_LIMITS): Issue[] {
  const json = jsonLimitIssues(input, limits);
  // The state walk below reads the same objects, so it runs only on input of bounded depth.
  return json.length > 0 ? json : stateLimitIssues(input, limits);
}

function jsonLimitIssues(input: unknown, limits: DefinitionLimits): Issue[] {
  const pending: Array<{ value: unknown; pointer: string; depth: number }> = [{ value: input, pointer: '', depth: 0 }];
  let values = 0;
  let textLength = 0;
  const tooLong = (pointer: string): Issue =>
    issue(
      'limit.stringLength',
      pointer,
      `文本过长：一个字符串（或键）最多 ${limits.maxStringLength} 个字符`,
      `Text too long: a string (or key) may have at most ${limits.maxStringLength} characters`,
    );
  const tooMany = (): Issue =>
    issue(
      'limit.values',
      '',
      `流程定义过大：超过 ${limits.maxValues} 个值（对象、数组、字符串、数字等）`,
      `The definition is too large: more than ${limits.maxValues} values (objects, arrays, strings, numbers, …)`,
    );
  while (pending.length > 0) {
    const { value, pointer, depth } = pending.pop()!;
    values++;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) return [tooLong(pointer)];
      textLength += value.length;
    }
    if (textLength > limits.maxTextLength) {
      return [
        issue(
          'limit.textLength',
          pointer,
          `流程定义过大：所有文本合计超过 ${limits.maxTextLength} 个字符`,
          `The definition is too large: its texts come to more than ${limits.maxTextLength} characters together`,
        ),
      ];
    }
    if (values > limits.maxValues) return [tooMany()];
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxJsonDepth) {
      return [
        issue(
          'limit.jsonDepth',
          pointer,
          `嵌套过深：此处已是第 ${depth} 层，对象和数组最多嵌套 ${limits.maxJsonDepth} 层`,
          `Nested too deeply: this is level ${depth}, and objects and arrays may be nested at most ${limits.maxJsonDepth} levels deep`,
        ),
      ];
    }
    // Counted before the entries are listed, so a huge array or object costs no more than the check.
    const size = Array.isArray(value) ? value.length : Object.keys(value).length;
    if (values + pending.length + size > limits.maxValues) return [tooMany()];
    const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
    // Reversed, so values are visited in document order and the first offender is reported.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      const at = joinPointer(pointer, key);
      if (key.length > limits.maxStringLength) return [tooLong(at)];
      if (!Array.isArray(value)) textLength += key.length;
      pending.push({ value: item, pointer: at, depth: depth + 1 });
    }
  }
  return [];
}

/** The state-count, nesting and transition limits; silent on input that is not shaped like a definition. */
function stateLimitIssues(input: unknown, limits: DefinitionLimits): Issue[] {
  const issues: Issue[] = [];
  const pending: Array<{ states: unknown; pointer: string; level: number }> = [];
  if (isRecord(input)) pending.push({ states: input.states, pointer: '/states', level: 1 });
  let states = 0;
  let transitions = 0;
  let tooDeep = false;
  let tooMany = false;
  let tooManyTransitions = false;
  while (pending.length > 0) {
    const group = pending.shift()!;
    if (!isRecord(group.states)) continue;
    for (const [name, state] of Object.entries(group.states)) {
      const pointer = joinPointer(group.pointer, name);
      states++;
      if (states > limits.maxStates && !tooMany) {
        tooMany = true;
        issues.push(
          issue('limit.states', pointer, `状态过多：最多 ${limits.maxStates} 个（各层合计）`, `Too many states: at most ${limits.maxStates} in all, at every level`),
        );
      }
      if (group.level > limits.maxStateDepth && !tooDeep) {
        tooDeep = true;
        issues.push(
          issue(
            'limit.stateDepth',
            pointer,
            `状态“${name}”嵌套过深：在第 ${group.level} 层，状态最多嵌套 ${limits.maxStateDepth} 层`,
            `State "${name}" is nested too deeply: it is at level ${group.level}, and states may be nested at most ${limits.maxStateDepth} levels deep`,
          ),
        );
      }
      if (!isRecord(state)) continue;
      const counted = countTransitions(state);
      if (transitions + counted > limits.maxTransitions && !tooManyTransitions) {
        tooManyTransitions = true;
        issues.push(
          issue(
            'limit.transitions',
            pointer,
            `转移过多：最多 ${limits.maxTransitions} 个（动作的每个备选、onDone、时限处理各算一个）`,
            `Too many transitions: at most ${limits.maxTransitions} (each alternative of an action, each onDone and each deadline handler counts)`,
          ),
        );
      }
      transitions += counted;
      pending.push({ states: state.states, pointer: joinPointer(pointer, 'states'), level: group.level + 1 });
    }
  }
  return issues;
}

function countTransitions(state: Record<string, unknown>): number {
  const count = (value: unknown): number => (Array.isArray(value) ? value.length : value === undefined ? 0 : 1);
  let total = count(state.onDone);
  if (isRecord(state.on)) for (const value of Object.values(state.on)) total += count(value);
  if (isRecord(state.deadline)) total += count(state.deadline.onExpire) + count(state.deadline.onWarn);
  return total;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
