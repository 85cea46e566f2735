import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { unstorableString } from '../../storable-text.js';
import { defineCheck, issue } from './check.js';

const WHAT = { nul: ['NUL 字符（U+0000）', 'the NUL character (U+0000)'], loneSurrogate: ['不成对的 UTF-16 代理项', 'a UTF-16 surrogate without its pair'] } as const;

/**
 * `text.unstorable`: no string of the definition, property names included, holds NUL or a lone
 * surrogate. PostgreSQL's text and jsonb refuse them, so a published definition must not carry
 * them, and every store refuses the same definitions.
 */
export const storableTextCheck = defineCheck({
  name: 'storable text',
  codes: ['text.unstorable'],
  check: ({ definition }) => {
    const issues: Issue[] = [];
    const report = (value: string, pointer: string): void => {
      const problem = unstorableString(value);
      if (problem === undefined) return;
      const [zh, en] = WHAT[problem];
      issues.push(issue('text.unstorable', pointer, `此处的文字含${zh}，存储无法保存，请删去`, `The text here contains ${en}, which no store can keep: remove it`));
    };
    // Iterative: the JSON Schema and depth limits keep definitions shallow, but a walk needs no stack.
    const stack: Array<[unknown, string]> = [[definition, '']];
    while (stack.length > 0) {
      const [value, pointer] = stack.pop()!;
      if (typeof value === 'string') report(value, pointer);
      else if (Array.isArray(value)) value.forEach((item, index) => stack.push([item, joinPointer(pointer, index)]));
      else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
          const at = joinPointer(pointer, key);
          report(key, at);
          stack.push([item, at]);
        }
      }
    }
    return issues;
  },
});
