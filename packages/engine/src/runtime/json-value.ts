import { PayloadError } from '../errors.js';
import { text } from '../localized-text.js';

/**
 * Copies a command or start request to plain JSON, the form every store keeps: dates become
 * strings, `undefined` properties disappear, and nothing the caller holds is shared with the
 * engine afterwards. What JSON cannot represent (a cycle, a BigInt) is refused.
 * @throws PayloadError (`command.notJson`).
 */
export function toJsonValue<T>(input: T): T {
  let serialized: string | undefined;
  try {
    serialized = JSON.stringify(input);
  } catch (error) {
    throw new PayloadError([
      {
        pointer: '',
        code: 'command.notJson',
        message: text(
          `命令无法表示为 JSON：${error instanceof Error ? error.message : String(error)}`,
          `The command cannot be represented as JSON: ${error instanceof Error ? error.message : String(error)}`,
        ),
      },
    ], 'command');
  }
  return serialized === undefined ? input : (JSON.parse(serialized) as T);
}

/** Freezes a value and everything inside it that is not frozen yet (shared parts already are). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
