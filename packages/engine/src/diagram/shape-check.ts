import { joinPointer } from '../json-pointer.js';

/**
 * Checks the shape of a value one place at a time, calling {@link ShapeChecker.fail} with the
 * first place that is wrong (a JSON pointer and a message in Chinese and English). Subclasses
 * decide what a failure throws: the elements throw their input error, the CLI a definition error.
 */
export abstract class ShapeChecker {
  /** Throws for `pointer`; never returns. */
  abstract fail(pointer: string, zhCN: string, en: string): never;

  /** `value` as an object (not an array, not null). */
  object(value: unknown, pointer: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(pointer, '应为对象', 'expected an object');
    return value as Record<string, unknown>;
  }

  /** `value` as an array. */
  array(value: unknown, pointer: string): unknown[] {
    if (!Array.isArray(value)) this.fail(pointer, '应为数组', 'expected an array');
    return value;
  }

  /** `value` as an array of strings. */
  strings(value: unknown, pointer: string): string[] {
    const list = this.array(value, pointer);
    list.forEach((item, at) => {
      if (typeof item !== 'string') this.fail(`${pointer}/${at}`, '应为字符串', 'expected a string');
    });
    return list as string[];
  }

  /** `object[key]` as a string; absent is allowed when `optional`. */
  string(object: Record<string, unknown>, key: string, pointer: string, optional = false): string | undefined {
    const value = Object.hasOwn(object, key) ? object[key] : undefined;
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string') this.fail(joinPointer(pointer, key), '应为字符串', 'expected a string');
    return value;
  }

  /** `object[key]` as a number. */
  number(object: Record<string, unknown>, key: string, pointer: string): number {
    const value = Object.hasOwn(object, key) ? object[key] : undefined;
    if (typeof value !== 'number' || Number.isNaN(value)) this.fail(joinPointer(pointer, key), '应为数字', 'expected a number');
    return value;
  }

  /** `object[key]` as one of `choices`. */
  oneOf<T extends string>(object: Record<string, unknown>, key: string, pointer: string, choices: readonly T[]): T {
    const value = Object.hasOwn(object, key) ? object[key] : undefined;
    if (!choices.includes(value as T)) this.fail(joinPointer(pointer, key), `应为 ${choices.join('、')} 之一`, `expected one of ${choices.join(', ')}`);
    return value as T;
  }

  /** `object[key]` as a title: a string or a map from locale to string; absent is allowed. */
  title(object: Record<string, unknown>, key: string, pointer: string): void {
    const value = Object.hasOwn(object, key) ? object[key] : undefined;
    if (value === undefined || typeof value === 'string') return;
    const map = this.object(value, joinPointer(pointer, key));
    for (const locale of Object.keys(map)) this.string(map, locale, joinPointer(pointer, key));
  }
}
