import { compileExpression } from '../expressions/index.js';
import type { Issue } from '../../errors.js';
import { text } from '../../localized-text.js';
import type { IndexedTransition } from '../state-index.js';
import type { CheckContext } from './context.js';

/**
 * One meaning check of a workflow definition, run after the definition has passed the JSON Schema.
 * Like a keyword of an ajv vocabulary, a check is plain data: the codes it may report and a pure
 * function from the shared {@link CheckContext} to the issues it finds.
 */
export interface DefinitionCheck {
  /** A short name for the check, used in docs and test titles. */
  readonly name: string;
  /** Every issue code this check can report. */
  readonly codes: readonly string[];
  /** Finds the problems; must not throw and must not change the context. */
  check(context: CheckContext): Issue[];
}

/** Declares a check; returns it unchanged, typed. */
export function defineCheck(check: DefinitionCheck): DefinitionCheck {
  return check;
}

/** Builds an issue with its Chinese and English message. */
export function issue(code: string, pointer: string, zhCN: string, en: string): Issue {
  return { code, pointer, message: text(zhCN, en) };
}

/** Joins names for a message: `“a”、“b”` in Chinese, `"a", "b"` in English; a dash when empty. */
export function listNames(names: Iterable<string>): { zh: string; en: string } {
  const all = [...names];
  if (all.length === 0) return { zh: '（无）', en: '(none)' };
  return { zh: all.map((name) => `“${name}”`).join('、'), en: all.map((name) => `"${name}"`).join(', ') };
}

/**
 * The declared name closest to a misspelt one (at most a third of its length apart, and at
 * least two edits allowed), for a "did you mean" hint; undefined when nothing is close.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A " Did you mean …?" hint in both languages, or empty strings. */
export function didYouMean(name: string, candidates: Iterable<string>): { zh: string; en: string } {
  const closest = closestName(name, candidates);
  return closest === undefined || closest === name
    ? { zh: '', en: '' }
    : { zh: `。是否想写“${closest}”？`, en: `. Did you mean "${closest}"?` };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Names a transition for a message: the action "submit" of state "draft", onDone of …, onExpire of …. */
export function describeTransition(transition: IndexedTransition): { zh: string; en: string } {
  const state = transition.state;
  const alternative =
    transition.alternative === undefined
      ? { zh: '', en: '' }
      : { zh: `（第 ${transition.alternative + 1} 个备选）`, en: ` (alternative ${transition.alternative + 1})` };
  if (transition.source === 'on') {
    const event = transition.event ?? '';
    return {
      zh: `状态“${state}”的动作“${event}”${alternative.zh}`,
      en: `action "${event}"${alternative.en} of state "${state}"`,
    };
  }
  if (transition.source === 'onDone') {
    return { zh: `状态“${state}”的完成转移（onDone）${alternative.zh}`, en: `onDone${alternative.en} of state "${state}"` };
  }
  if (transition.source === 'onWarn') {
    return { zh: `状态“${state}”的临期提醒（deadline.onWarn）`, en: `deadline.onWarn of state "${state}"` };
  }
  return { zh: `状态“${state}”的超期处理（deadline.onExpire）`, en: `deadline.onExpire of state "${state}"` };
}

/**
 * Checks an expression that stands outside any transition (a colour rule, `forEach.start`): it
 * must compile, and read only `roots`. `subject` names it in messages, e.g. 颜色规则 / Colour rule.
 */
export function standaloneExpressionIssues(
  source: string,
  pointer: string,
  roots: readonly string[],
  subject: { zh: string; en: string },
): Issue[] {
  const result = compileExpression(source);
  if (!result.ok) {
    return [issue(result.code, pointer, `${subject.zh}“${source}”有误：${result.message['zh-CN']}`, `${subject.en} "${source}" is invalid: ${result.message.en}`)];
  }
  const allowed = listNames(roots);
  return [...new Set(result.expression.references.map((reference) => reference.root))]
    .filter((root) => !roots.includes(root))
    .map((root) =>
      issue(
        'expression.unknownRoot',
        pointer,
        `${subject.zh}“${source}”不能读取“${root}”；可用：${allowed.zh}`,
        `${subject.en} "${source}" cannot read "${root}"; available: ${allowed.en}`,
      ),
    );
}
