import { LuzhiError } from '../errors.js';
import { text } from '../localized-text.js';
import type { ErrorJson } from './types.js';

/**
 * Runs `run` for the items at `indexes` grouped by `keyOf`: the items of one key one after
 * another in the order given, at most `concurrency` keys at a time, keys started in the order
 * they first appear. Resolves when every item has run; `run` must not reject.
 */
export async function runPerKey(
  indexes: readonly number[],
  keyOf: (index: number) => string,
  concurrency: number,
  run: (index: number) => Promise<void>,
): Promise<void> {
  const groups = new Map<string, number[]>();
  for (const index of indexes) {
    const key = keyOf(index);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [index]);
    else group.push(index);
  }
  const queue = [...groups.values()];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const group = queue[next++]!;
      for (const index of group) await run(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
}

/**
 * An error as a batch result carries it: a LuzhiError's own JSON (name, code, messages, and
 * issues when it has them); anything else — a bug, a store that lost its connection — as
 * `engine.unexpected` with the original message, so that the other results still arrive.
 */
export function errorJson(error: unknown): ErrorJson {
  if (error instanceof LuzhiError) {
    const issues = (error as { issues?: ErrorJson['issues'] }).issues;
    const json = error.toJSON() as Omit<ErrorJson, 'issues'>;
    return {
      name: json.name,
      code: json.code,
      message: json.message,
      messages: json.messages,
      ...(issues === undefined ? {} : { issues }),
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const messages = text(`执行命令时发生意外错误：${detail}`, `Unexpected error while running the command: ${detail}`);
  return {
    name: error instanceof Error ? error.name : 'Error',
    code: 'engine.unexpected',
    message: `${messages.en} / ${messages['zh-CN']}`,
    messages,
  };
}
