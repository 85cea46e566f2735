import { joinPointer } from '@luzhi/engine';
import { ElementInputError } from './element-input-error.js';

/**
 * Checks the shape of a value handed to an element, one place at a time, and throws an
 * {@link ElementInputError} naming the first place that is wrong. Elements check only what they
 * read, so an engine that adds fields to its rows does not break them.
 */
export class InputChecker {
  constructor(
    readonly element: string,
    readonly property: string,
  ) {}

  /** Throws the error for `pointer`. */
  fail(pointer: string, zhCN: string, en: string): never {
    throw new ElementInputError(this.element, this.property, pointer, zhCN, en);
  }

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
    const value = object[key];
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string') this.fail(joinPointer(pointer, key), '应为字符串', 'expected a string');
    return value;
  }

  /** `object[key]` as a number. */
  number(object: Record<string, unknown>, key: string, pointer: string): number {
    const value = object[key];
    if (typeof value !== 'number' || Number.isNaN(value)) this.fail(joinPointer(pointer, key), '应为数字', 'expected a number');
    return value;
  }

  /** `object[key]` as one of `choices`. */
  oneOf<T extends string>(object: Record<string, unknown>, key: string, pointer: string, choices: readonly T[]): T {
    const value = object[key];
    if (!choices.includes(value as T)) this.fail(joinPointer(pointer, key), `应为 ${choices.join('、')} 之一`, `expected one of ${choices.join(', ')}`);
    return value as T;
  }

  /** `object[key]` as a title: a string or a map from locale to string; absent is allowed. */
  title(object: Record<string, unknown>, key: string, pointer: string): void {
    const value = object[key];
    if (value === undefined || typeof value === 'string') return;
    const map = this.object(value, joinPointer(pointer, key));
    for (const locale of Object.keys(map)) this.string(map, locale, joinPointer(pointer, key));
  }
}
