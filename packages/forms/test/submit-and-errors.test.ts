import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { LuzhiSubmitDetail } from '../src/index.js';
import proposal from '../../../examples/proposal/proposal.workflow.json' with { type: 'json' };
import { controlAt, fieldAt, focused, hasField, mount, shadow } from './support.js';

const submitForm = proposal.forms.submit;

function submitted(form: HTMLElement): LuzhiSubmitDetail[] {
  const details: LuzhiSubmitDetail[] = [];
  form.addEventListener('luzhi-submit', (event) => details.push((event as CustomEvent<LuzhiSubmitDetail>).detail));
  return details;
}

describe('filling in and submitting', () => {
  it('fires native-like input and change events and submits the payload the engine expects', async () => {
    const form = await mount({ form: submitForm });
    const details = submitted(form);
    const events: string[] = [];
    form.addEventListener('input', () => events.push('input'));
    form.addEventListener('change', () => events.push('change'));
    await userEvent.fill(controlAt(form, '/title'), '关于加强校园周边交通治理的建议');
    await userEvent.selectOptions(controlAt(form, '/category'), '社会事业');
    await userEvent.fill(controlAt(form, '/situation'), '校园周边上下学高峰拥堵严重，存在安全隐患，家长反映强烈。');
    await userEvent.fill(controlAt(form, '/suggestions'), '增设护学岗，错峰放学，优化信号灯配时。');
    expect(events).toContain('input');
    expect(events).toContain('change');
    expect(form.currentValue.title).toBe('关于加强校园周边交通治理的建议');
    shadow(form).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    expect(details).toEqual([
      {
        payload: {
          title: '关于加强校园周边交通治理的建议',
          category: '社会事业',
          situation: '校园周边上下学高峰拥堵严重，存在安全隐患，家长反映强烈。',
          suggestions: '增设护学岗，错峰放学，优化信号灯配时。',
        },
      },
    ]);
  });

  it('shows the engine’s messages beside each field and moves focus to the first error', async () => {
    const form = await mount({ form: submitForm });
    const details = submitted(form);
    await userEvent.fill(controlAt(form, '/situation'), '太短');
    expect(form.requestSubmit()).toBe(false);
    await form.updateComplete;
    expect(details).toEqual([]);
    expect(fieldAt(form, '/title').querySelector('[part=field-error]')!.textContent).toContain('缺少必填项');
    expect(fieldAt(form, '/situation').querySelector('[part=field-error]')!.textContent).toMatch(/20/);
    expect(controlAt(form, '/title').getAttribute('aria-invalid')).toBe('true');
    expect(controlAt(form, '/title').getAttribute('aria-describedby')).toContain('-error');
    await expect.poll(() => focused(form)).toBe(controlAt(form, '/title'));
    expect(shadow(form).querySelector('[part=summary]')!.textContent).toContain('4');
    expect(form.checkValidity()).toBe(false);
  });

  it('speaks English where the page does', async () => {
    const form = await mount({ form: submitForm }, 'en');
    form.requestSubmit();
    await form.updateComplete;
    expect(fieldAt(form, '/title').querySelector('[part=field-error]')!.textContent).toContain('missing required property');
    expect(shadow(form).querySelector('[part~=submit]')!.textContent!.trim()).toBe('Submit');
  });

  it('shows issues the engine returned', async () => {
    const form = await mount({ form: submitForm });
    form.showIssues([{ pointer: '/suggestedUnit', code: 'unit.unknown', message: { 'zh-CN': '没有这个单位', en: 'no such unit' } }]);
    await form.updateComplete;
    expect(fieldAt(form, '/suggestedUnit').querySelector('[part=field-error]')!.textContent).toContain('没有这个单位');
  });

  it('is form-associated: its payload is the value of the enclosing form', async () => {
    const outer = document.createElement('form');
    const element = document.createElement('luzhi-form');
    element.name = 'proposal';
    element.form = submitForm;
    element.value = { title: '关于加强校园周边交通治理的建议' };
    outer.append(element);
    document.body.replaceChildren(outer);
    await element.updateComplete;
    expect(element.associatedForm).toBe(outer);
    expect(JSON.parse(String(new FormData(outer).get('proposal')))).toEqual({ title: '关于加强校园周边交通治理的建议' });
    expect(outer.checkValidity()).toBe(false);
  });
});

describe('conditions and permissions', () => {
  it('requires a comment only when the proposer is not satisfied (if/then)', async () => {
    const form = await mount({ form: proposal.forms.evaluate });
    const option = (text: string) => [...controlAt<HTMLSelectElement>(form, '/satisfaction').options].find((entry) => entry.text === text)!;
    await userEvent.selectOptions(controlAt(form, '/satisfaction'), option('满意'));
    await form.updateComplete;
    expect(controlAt(form, '/comment').required).toBe(false);
    expect(form.issues).toEqual([]);
    await userEvent.selectOptions(controlAt(form, '/satisfaction'), option('不满意'));
    await form.updateComplete;
    expect(controlAt(form, '/comment').required).toBe(true);
    expect(form.requestSubmit()).toBe(false);
    await form.updateComplete;
    expect(fieldAt(form, '/comment').querySelector('[part=field-error]')!.textContent).toContain('comment');
    await userEvent.fill(controlAt(form, '/comment'), '答复未落实');
    expect(form.issues).toEqual([]);
  });

  it('shows a field declared only in a condition while it holds, and dependentRequired', async () => {
    const schema = {
      type: 'object',
      properties: { toPublicOpinion: { type: 'boolean', title: '转社情民意' }, phone: { type: 'string', title: '电话' }, email: { type: 'string', title: '邮箱' } },
      dependentRequired: { phone: ['email'] },
      if: { properties: { toPublicOpinion: { const: true } }, required: ['toPublicOpinion'] },
      then: { properties: { consent: { type: 'string', title: '提案人同意情况' } }, required: ['consent'] },
    };
    const form = await mount({ schema });
    expect(hasField(form, '/consent')).toBe(false);
    controlAt(form, '/toPublicOpinion').click();
    await form.updateComplete;
    expect(controlAt(form, '/consent').required).toBe(true);
    expect(controlAt(form, '/email').required).toBe(false);
    await userEvent.fill(controlAt(form, '/phone'), '0510-123');
    await form.updateComplete;
    expect(controlAt(form, '/email').required).toBe(true);
    controlAt(form, '/toPublicOpinion').click();
    await form.updateComplete;
    expect(hasField(form, '/consent')).toBe(false);
  });

  it('applies a step’s field permissions exactly as the engine checks them', async () => {
    const form = await mount({
      form: proposal.forms.objection,
      fields: { '/suggestedUnit': 'required' },
    });
    expect(controlAt(form, '/suggestedUnit').required).toBe(true);
    await userEvent.fill(controlAt(form, '/reason'), '不属于本单位职责范围');
    expect(form.issues.map((issue) => `${issue.pointer} ${issue.code}`)).toEqual(['/suggestedUnit payload.fieldRequired']);

    const review = await mount({
      form: submitForm,
      value: { title: '关于加强校园周边交通治理的建议', suggestedUnit: '市教育局' },
      fields: { '/title': 'readonly', '/suggestedUnit': 'hidden' },
    });
    expect(hasField(review, '/suggestedUnit')).toBe(false);
    expect(fieldAt(review, '/title').querySelector('[part=value]')!.textContent).toBe('关于加强校园周边交通治理的建议');
    expect(review.payload).toEqual({});
  });

  it('follows UI-schema rules (SHOW by another field’s value)', async () => {
    const form = await mount({
      schema: proposal.forms.evaluate.schema,
      uiSchema: {
        type: 'VerticalLayout',
        elements: [
          { type: 'Control', scope: '#/properties/satisfaction' },
          { type: 'Control', scope: '#/properties/comment', rule: { effect: 'SHOW', condition: { scope: '#/properties/satisfaction', schema: { const: '不满意' } } } },
        ],
      },
    });
    expect(hasField(form, '/comment')).toBe(false);
    const select = controlAt<HTMLSelectElement>(form, '/satisfaction');
    await userEvent.selectOptions(select, [...select.options].find((option) => option.text === '不满意')!);
    await form.updateComplete;
    expect(hasField(form, '/comment')).toBe(true);
  });
});
