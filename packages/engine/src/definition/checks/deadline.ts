import type { Issue } from '../../errors.js';
import { isZeroDeadline, parseDeadline } from '../../calendar/deadline.js';
import { joinPointer } from '../../json-pointer.js';
import { defineCheck, issue } from './check.js';

/**
 * A deadline string in units that compare: calendar `months` (years × 12 + months) and fixed
 * `seconds` (weeks, days, hours, minutes, seconds) for ISO 8601, or committee `workingDays`.
 */
export type ParsedDuration =
  | { kind: 'iso'; months: number; seconds: number }
  | { kind: 'workingDays'; workingDays: number };

/**
 * Parses `P3M`, `P15D`, `PT4H`, `P1DT12H` (ISO 8601) or `15WD` (working days) with the
 * calendar's {@link parseDeadline} — the parser the runtime uses — into comparable units;
 * undefined for anything else.
 */
export function parseDuration(text: string): ParsedDuration | undefined {
  const deadline = parseDeadline(text);
  if (!deadline) return undefined;
  if (deadline.kind === 'workingDays') return { kind: 'workingDays', workingDays: deadline.days };
  const { years, months, weeks, days, hours, minutes, seconds } = deadline.duration;
  return {
    kind: 'iso',
    months: years * 12 + months,
    seconds: ((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + seconds,
  };
}

/**
 * Whether `a` is certainly at least as long as `b`: both working days, or both ISO with each
 * part (months, fixed seconds) at least as large. Undefined when they cannot be compared
 * (working days against calendar time, or `P1M` against `P30D`).
 */
export function notShorter(a: ParsedDuration, b: ParsedDuration): boolean | undefined {
  if (a.kind === 'workingDays' && b.kind === 'workingDays') return a.workingDays >= b.workingDays;
  if (a.kind === 'iso' && b.kind === 'iso') {
    if (a.months >= b.months && a.seconds >= b.seconds) return true;
    if (a.months <= b.months && a.seconds <= b.seconds) return false;
  }
  return undefined;
}

/**
 * State deadlines:
 * - `duration.invalid`: `within` and `warnBefore` are ISO 8601 durations (`P15D`, `P3M`, `PT4H`)
 *   or working days (`15WD`), longer than zero;
 * - `deadline.warnNotShorter`: the warning must come before the deadline, so `warnBefore` is
 *   shorter than `within` (checked when the two compare).
 */
export const deadlineCheck = defineCheck({
  name: 'deadlines',
  codes: ['duration.invalid', 'deadline.warnNotShorter', 'deadline.onWarnWithoutWarnBefore'],
  check: ({ index }) => {
    const issues: Issue[] = [];
    for (const state of index.states.values()) {
      const deadline = state.node.deadline;
      if (!deadline || state.kind === 'final') continue;
      const pointer = joinPointer(state.pointer, 'deadline');
      const parse = (key: 'within' | 'warnBefore' | 'extend/max', value: string): ParsedDuration | undefined => {
        const parsed = parseDuration(value);
        if (parsed && !isZeroDeadline(parseDeadline(value)!)) return parsed;
        issues.push(
          issue(
            'duration.invalid',
            pointer + '/' + key,
            `状态“${state.name}”时限的 ${key} “${value}”不是有效的时长${parsed ? '（不能为零）' : ''}；应为大于零的 ISO 8601 时长（如 "P15D" 15 天、"P3M" 3 个月、"PT4H" 4 小时）或工作日数（如 "15WD"）`,
            `The deadline ${key} "${value}" of state "${state.name}" is not a valid duration${parsed ? ' (it is zero)' : ''}; expected an ISO 8601 duration longer than zero (such as "P15D" for 15 days, "P3M" for 3 months, "PT4H" for 4 hours) or working days (such as "15WD")`,
          ),
        );
        return undefined;
      };
      const within = parse('within', deadline.within);
      if (deadline.onWarn && deadline.warnBefore === undefined) {
        issues.push(
          issue(
            'deadline.onWarnWithoutWarnBefore',
            joinPointer(pointer, 'onWarn'),
            `状态“${state.name}”的时限有临期提醒（onWarn）却没有 warnBefore，提醒永远不会发出；请加上 warnBefore（如 "P15D" 或 "3WD"）`,
            `The deadline of state "${state.name}" has onWarn but no warnBefore, so the reminder never fires; add warnBefore (such as "P15D" or "3WD")`,
          ),
        );
      }
      if (deadline.extend?.max !== undefined) parse('extend/max', deadline.extend.max);
      const warnBefore = deadline.warnBefore === undefined ? undefined : parse('warnBefore', deadline.warnBefore);
      if (within && warnBefore && notShorter(warnBefore, within) === true) {
        issues.push(
          issue(
            'deadline.warnNotShorter',
            joinPointer(pointer, 'warnBefore'),
            `状态“${state.name}”的提前提醒 warnBefore “${deadline.warnBefore ?? ''}”不短于时限 within “${deadline.within}”，提醒会在进入状态之时或之前发出；warnBefore 应短于 within`,
            `The warning time warnBefore "${deadline.warnBefore ?? ''}" of state "${state.name}" is not shorter than its deadline within "${deadline.within}", so the warning would fire on entry or before; warnBefore must be shorter than within`,
          ),
        );
      }
    }
    return issues;
  },
});
