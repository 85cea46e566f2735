import { canonicalJson } from '../canonical-json.js';
import { formatStateValue, matchesStateValue } from '../compile/state-value.js';
import { getAtPointer, parsePointer } from '../json-pointer.js';
import { text, type LocalizedText } from '../localized-text.js';
import type { InstanceView } from '../runtime/types.js';
import { describeError, errorMatches } from './error-info.js';
import type { Expectation, StartedExpectation, TaskExpectation } from './scenario.js';

/** An open task of the scenario's instance, as the expectation checker sees it. */
export interface InstanceTask {
  state: string;
  roles: readonly string[];
  unit?: string | undefined;
  actions: readonly string[];
  createdAt: string;
}

/** What the matchers look at after a step. */
export interface ExpectationSubject {
  /** The instance after the step (unchanged when the step's command failed). */
  view: InstanceView;
  /** The instance's open tasks after the step. */
  tasks: readonly InstanceTask[];
  /** What the step's command threw, or `undefined` when it succeeded (or sent nothing). */
  error: unknown;
  /** The views of the instances it started (its `links`, oldest first), read when `started` is checked. */
  started?: readonly InstanceView[] | undefined;
}

/** One unmet expectation: which key, what was expected, what was found, and a message. */
export interface ExpectationFailure {
  /** The expectation key (`state`, `data`, …). */
  key: string;
  /** For `data`, the JSON pointer that did not match. */
  pointer?: string;
  expected: unknown;
  actual: unknown;
  message: LocalizedText;
}

/** Checks one expectation key; returns the failures (none when it holds). */
export type ExpectationMatcher<T> = (expected: T, subject: ExpectationSubject) => ExpectationFailure[];

/** One matcher per expectation key: adding a key to the scenario format is adding an entry here. */
export type ExpectationMatchers = { [K in keyof Expectation]-?: ExpectationMatcher<NonNullable<Expectation[K]>> };

const show = (value: unknown): string => (value === undefined ? '—' : JSON.stringify(value));

/** A failure whose message reads `label: expected …, actual …`. */
function mismatch(
  key: string,
  label: LocalizedText,
  expected: unknown,
  actual: unknown,
  pointer?: string,
): ExpectationFailure {
  const where = pointer === undefined ? '' : ` ${pointer}`;
  return {
    key,
    ...(pointer === undefined ? {} : { pointer }),
    expected,
    actual,
    message: text(
      `${label['zh-CN']}${where}：期望 ${show(expected)}，实际 ${show(actual)}`,
      `${label.en}${where}: expected ${show(expected)}, actual ${show(actual)}`,
    ),
  };
}

/** The matchers of every expectation key, in the order they are checked. */
export const expectationMatchers: ExpectationMatchers = {
  error(expected, { error }) {
    if (error !== undefined && errorMatches(error, expected)) return [];
    const actual = error === undefined ? null : describeError(error);
    return [mismatch('error', text('错误', 'error'), expected, actual)];
  },

  state(expected, { view }) {
    if (matchesStateValue(view.state, expected)) return [];
    return [mismatch('state', text('状态', 'state'), expected, formatStateValue(view.state))];
  },

  status(expected, { view }) {
    return view.status === expected ? [] : [mismatch('status', text('实例状态', 'status'), expected, view.status)];
  },

  version(expected, { view }) {
    return view.version === expected ? [] : [mismatch('version', text('版本', 'version'), expected, view.version)];
  },

  data(expected, { view }) {
    return dataMismatches('data', text('数据', 'data'), expected, view.data);
  },

  tasks(expected, { tasks }) {
    if (expected.length === tasks.length && matchAll(expected, tasks)) return [];
    const actual = tasks.map(({ state, roles, unit, actions }) => ({
      state,
      roles,
      ...(unit === undefined ? {} : { unit }),
      actions,
    }));
    return [mismatch('tasks', text('待办', 'tasks'), expected, actual)];
  },

  colour(expected, { view }) {
    return view.colour === expected ? [] : [mismatch('colour', text('颜色', 'colour'), expected, view.colour ?? null)];
  },

  overdue(expected, { view }) {
    return view.overdue === expected ? [] : [mismatch('overdue', text('超期', 'overdue'), expected, view.overdue)];
  },

  started(expected, { view, started = [] }) {
    const links = view.links ?? [];
    if (expected.length !== links.length) {
      return [mismatch('started', text('启动的实例', 'started instances'), expected, links.map(({ id, workflow }) => ({ id, workflow })))];
    }
    return expected.flatMap((item, index) => startedMismatches(item, links[index]!, started[index], index));
  },
};

/** The `data` pointers whose values differ (or are missing), as failures under `key`. */
function dataMismatches(key: string, label: LocalizedText, expected: Record<string, unknown>, data: unknown): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  for (const [pointer, value] of Object.entries(expected)) {
    const actual = getAtPointer(data, parsePointer(pointer) ?? []);
    if (actual === undefined || canonicalJson(actual) !== canonicalJson(value)) {
      failures.push(mismatch(key, label, value, actual, pointer || '/'));
    }
  }
  return failures;
}

/** How the `index`-th started instance differs from what is expected of it. */
function startedMismatches(
  expected: StartedExpectation,
  link: { id: string; workflow: string },
  view: InstanceView | undefined,
  index: number,
): ExpectationFailure[] {
  const label = (zh: string, en: string) => text(`第 ${index + 1} 个启动的实例的${zh}`, `${en} of started instance #${index + 1}`);
  const failures: ExpectationFailure[] = [];
  if (expected.workflow !== undefined && expected.workflow !== link.workflow) {
    failures.push(mismatch('started', label('流程', 'workflow'), expected.workflow, link.workflow));
  }
  if (expected.id !== undefined && expected.id !== link.id) failures.push(mismatch('started', label('标识', 'id'), expected.id, link.id));
  if (expected.state !== undefined && (view === undefined || !matchesStateValue(view.state, expected.state))) {
    failures.push(mismatch('started', label('状态', 'state'), expected.state, view && formatStateValue(view.state)));
  }
  if (expected.data !== undefined) failures.push(...dataMismatches('started', label('数据', 'data'), expected.data, view?.data));
  return failures;
}

/** Whether the task has every field the expectation gives. */
function taskMatches(expected: TaskExpectation, task: InstanceTask): boolean {
  const sameSet = (a: readonly string[], b: readonly string[]) =>
    new Set(a).size === new Set(b).size && a.every((item) => b.includes(item));
  return (
    (expected.state === undefined || expected.state === task.state) &&
    (expected.unit === undefined || expected.unit === task.unit) &&
    (expected.roles === undefined || sameSet(expected.roles, task.roles)) &&
    (expected.actions === undefined || sameSet(expected.actions, task.actions))
  );
}

/** Whether each expected item can be paired with a different task (a small backtracking search). */
function matchAll(
  expected: readonly TaskExpectation[],
  tasks: readonly InstanceTask[],
  used = new Set<number>(),
): boolean {
  const [first, ...rest] = expected;
  if (first === undefined) return true;
  return tasks.some((task, index) => {
    if (used.has(index) || !taskMatches(first, task)) return false;
    used.add(index);
    if (matchAll(rest, tasks, used)) return true;
    used.delete(index);
    return false;
  });
}

/** The failure of a command that threw although no error was expected. */
export function unexpectedError(error: unknown): ExpectationFailure {
  return mismatch('error', text('错误', 'error'), null, describeError(error));
}

/**
 * Checks every key of an expectation with its matcher. A command that failed although no error
 * was expected is a failure too, reported under `error`.
 */
export function checkExpectation(
  expectation: Expectation | undefined,
  subject: ExpectationSubject,
): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  if (subject.error !== undefined && expectation?.error === undefined) failures.push(unexpectedError(subject.error));
  if (expectation === undefined) return failures;
  for (const key of Object.keys(expectationMatchers) as Array<keyof Expectation>) {
    const expected = expectation[key];
    if (expected === undefined) continue;
    const matcher = expectationMatchers[key] as ExpectationMatcher<typeof expected>;
    failures.push(...matcher(expected, subject));
  }
  return failures;
}
