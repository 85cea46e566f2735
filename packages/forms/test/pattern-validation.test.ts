import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { controlAt, fieldAt, mount } from './support.js';

const form = (pattern: string) => ({
  title: '编号',
  schema: {
    type: 'object',
    required: ['code'],
    properties: { code: { type: 'string', title: '编号', pattern } },
    additionalProperties: false,
  },
});

describe('patterns in the browser', () => {
  it('checks a pattern that backtracks exponentially elsewhere at once, in the engine’s linear-time matcher', async () => {
    const element = await mount({ form: form('^(a+)+$') });
    await userEvent.fill(controlAt(element, '/code'), 'a'.repeat(40) + 'b');
    expect(element.requestSubmit()).toBe(false);
    await element.updateComplete;
    expect(fieldAt(element, '/code').querySelector('[part=field-error]')!.textContent).toContain('^(a+)+$');
    await userEvent.fill(controlAt(element, '/code'), 'a'.repeat(40));
    expect(element.checkValidity()).toBe(true);
  });

  it('keeps the meaning of the patterns forms use, such as Chinese characters only', async () => {
    const element = await mount({ form: form('^[\\u4e00-\\u9fa5]{2,10}$') });
    await userEvent.fill(controlAt(element, '/code'), '市教育局');
    expect(element.checkValidity()).toBe(true);
    await userEvent.fill(controlAt(element, '/code'), 'abc');
    expect(element.checkValidity()).toBe(false);
  });

  it('enforces a pattern on the first validation, made right after the first render, before the validator would be compiled', async () => {
    const element = await mount({ form: form('^[\\u4e00-\\u9fa5]{2,10}$'), value: { code: 'abc' } });
    const invalid: Event[] = [];
    element.addEventListener('invalid', (event) => invalid.push(event));
    expect(element.checkValidity()).toBe(false);
    expect(invalid).toHaveLength(1);
    expect(element.issues.map((issue) => [issue.pointer, issue.code])).toEqual([['/code', 'payload.pattern']]);
    const fresh = await mount({ form: form('^[\\u4e00-\\u9fa5]{2,10}$'), value: { code: '市教育局' } });
    expect(fresh.checkValidity()).toBe(true);
  });
});
