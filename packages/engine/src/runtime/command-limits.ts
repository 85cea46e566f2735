import { z } from 'zod';
import type { Issue } from '../errors.js';
import { toPointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import { UNSTORABLE_MESSAGES, unstorableString } from '../storable-text.js';

/**
 * How large a command may be. Every command (`send`, each item of `sendMany`, `start` with its
 * `data`) is measured as the JSON it becomes, envelope and payload together, before anything else
 * looks at it: a command over a limit is refused in time proportional to the limit, not to its size.
 */
export interface CommandLimits {
  /** Bytes of the command as UTF-8 JSON text. Default 1 MiB (1,048,576). */
  payloadBytes: number;
  /** Levels of objects and arrays inside one another (the command itself is level 1). Default 32. */
  payloadDepth: number;
  /** Object properties and array items, all levels together. Default 10,000. */
  payloadEntries: number;
  /** UTF-16 code units in one string, property names included. Default 100,000. */
  stringLength: number;
  /** Issues listed in one error; a last issue (`issues.truncated`) says how many more there were. Default 100. */
  issues: number;
}

/** The limits an engine applies when {@link EngineOptions.limits} does not say otherwise. */
export const DEFAULT_COMMAND_LIMITS: Readonly<CommandLimits> = Object.freeze({
  payloadBytes: 1_048_576,
  payloadDepth: 32,
  payloadEntries: 10_000,
  stringLength: 100_000,
  issues: 100,
});

const positive = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** The shape of the `limits` engine option: any of the limits, each a positive integer. */
export const commandLimitsSchema = z.strictObject({
  payloadBytes: positive.optional(),
  payloadDepth: positive.optional(),
  payloadEntries: positive.optional(),
  stringLength: positive.optional(),
  issues: positive.optional(),
});

/** The limits in force: the defaults, with what the engine options give. */
export function commandLimits(given: Partial<CommandLimits> | undefined): CommandLimits {
  return { ...DEFAULT_COMMAND_LIMITS, ...given };
}

/** Bytes of a string in UTF-8 (a lone surrogate counts as the 3 bytes of its replacement). */
function utf8Bytes(value: string): number {
  let bytes = value.length;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0x80) bytes += unit >= 0x800 ? 2 : 1;
  }
  return bytes;
}

interface Frame {
  value: unknown;
  parent: Frame | undefined;
  token: string | number | undefined;
  depth: number;
}

const pointerOf = (frame: Frame | undefined, last?: string): string => {
  const tokens: Array<string | number> = last === undefined ? [] : [last];
  for (let at = frame; at !== undefined && at.token !== undefined; at = at.parent) tokens.push(at.token);
  return toPointer(tokens.reverse());
};

/**
 * Measures a command as the JSON it becomes, without building that JSON: an iterative walk that
 * stops at the first limit passed. Reports every string that no store can keep (NUL, a lone
 * surrogate) or that is too long, up to `limits.issues` of them; a value JSON cannot represent
 * (a BigInt, a `toJSON` that throws) is reported too. Returns [] for a command within the limits.
 * Pointers are relative to the command (`/payload/title`).
 */
export function commandSizeIssues(input: unknown, limits: CommandLimits): Issue[] {
  try {
    return walk(input, limits);
  } catch (error) {
    // A getter or a proxy trap that throws: JSON.stringify would throw too.
    return [{ pointer: '', code: 'command.notJson', message: text(`命令无法表示为 JSON：${String(error)}`, `The command cannot be represented as JSON: ${String(error)}`) }];
  }
}

function walk(input: unknown, limits: CommandLimits): Issue[] {
  const issues: Issue[] = [];
  let bytes = 0;
  let entries = 0;
  const stack: Frame[] = [{ value: input, parent: undefined, token: undefined, depth: 0 }];
  const limit = (code: string, pointer: string, zh: string, en: string): Issue[] => [
    ...issues.slice(0, Math.max(0, limits.issues - 1)),
    { pointer, code, message: text(zh, en) },
  ];
  const checkString = (value: string, pointer: () => string): boolean => {
    bytes += utf8Bytes(value) + 2;
    if (value.length > limits.stringLength) {
      issues.push({
        pointer: pointer(),
        code: 'command.stringTooLong',
        message: text(`字符串长 ${value.length}，超过上限 ${limits.stringLength}`, `a string of length ${value.length} exceeds the limit of ${limits.stringLength}`),
      });
    } else {
      const problem = unstorableString(value);
      if (problem !== undefined) issues.push({ pointer: pointer(), code: `command.${problem}`, message: UNSTORABLE_MESSAGES[problem] });
    }
    return issues.length < limits.issues;
  };

  while (stack.length > 0) {
    const frame = stack.pop()!;
    let value = frame.value;
    if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      try {
        value = (value as { toJSON(key: string): unknown }).toJSON(frame.token === undefined ? '' : String(frame.token));
      } catch (error) {
        return limit('command.notJson', pointerOf(frame), `值无法表示为 JSON：${String(error)}`, `the value cannot be represented as JSON: ${String(error)}`);
      }
    }
    if (typeof value === 'string') {
      if (!checkString(value, () => pointerOf(frame))) break;
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      bytes += 5;
    } else if (typeof value === 'bigint') {
      return limit('command.notJson', pointerOf(frame), 'BigInt 无法表示为 JSON', 'a BigInt cannot be represented as JSON');
    } else if (value === null || typeof value !== 'object') {
      bytes += 4;
    } else {
      for (let at = frame.parent; at !== undefined; at = at.parent) {
        if (at.value === value) {
          const where = pointerOf(frame);
          return limit('command.notJson', '', `命令在 ${where} 处引用了自身，无法表示为 JSON`, `The command refers to itself at ${where}: it cannot be represented as JSON`);
        }
      }
      const depth = frame.depth + 1;
      if (depth > limits.payloadDepth) {
        return limit(
          'command.tooDeep',
          pointerOf(frame),
          `嵌套超过 ${limits.payloadDepth} 层（或引用了自身）`,
          `nested deeper than ${limits.payloadDepth} levels (or refers to itself)`,
        );
      }
      bytes += 2;
      if (Array.isArray(value)) {
        entries += value.length;
        if (entries > limits.payloadEntries) break;
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: frame, token: i, depth });
      } else {
        const keys = Object.keys(value);
        if (entries + keys.length > limits.payloadEntries) {
          entries += keys.length;
          break;
        }
        for (const key of keys) {
          entries++;
          const child = (value as Record<string, unknown>)[key];
          if (child === undefined || typeof child === 'function' || typeof child === 'symbol') continue;
          if (!checkString(key, () => pointerOf(frame, key))) break;
          stack.push({ value: child, parent: frame, token: key, depth });
        }
        if (entries > limits.payloadEntries || issues.length >= limits.issues) break;
      }
    }
    if (bytes > limits.payloadBytes) break;
  }

  if (entries > limits.payloadEntries) {
    return limit('command.tooManyEntries', '', `属性和数组元素超过 ${limits.payloadEntries} 个`, `more than ${limits.payloadEntries} properties and array items`);
  }
  if (bytes > limits.payloadBytes) {
    return limit('command.tooLarge', '', `命令的 JSON 超过 ${limits.payloadBytes} 字节`, `the command is larger than ${limits.payloadBytes} bytes of JSON`);
  }
  if (issues.length >= limits.issues) {
    return limit('issues.truncated', '', `错误过多，只列出前 ${limits.issues - 1} 处`, `too many issues: only the first ${limits.issues - 1} are listed`);
  }
  return issues;
}

/**
 * At most `max` issues: past that, the first `max - 1` and a last one saying how many were left
 * out (`issues.truncated`), so a payload with thousands of faults yields a readable error.
 */
export function capIssues(issues: readonly Issue[], max: number): readonly Issue[] {
  if (issues.length <= max) return issues;
  const kept = issues.slice(0, Math.max(0, max - 1));
  const cut = issues.length - kept.length;
  return [
    ...kept,
    { pointer: '', code: 'issues.truncated', message: text(`另有 ${cut} 处错误未列出`, `${cut} more issue(s) not listed`) },
  ];
}
