import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createFormModel, FormSchemaError, type LuzhiForm } from '../src/index.js';
import proposal from '../../../examples/proposal/proposal.workflow.json' with { type: 'json' };
import { allFieldsForm } from './fixtures/all-fields.js';
import { controlAt, focused, mount, shadow } from './support.js';

async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { resultTypes: ['violations'] });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  it('has no axe violations, with every field kind and with errors shown', async () => {
    const form = await mount({ form: allFieldsForm, value: { cosigners: [{ name: '' }], keywords: ['交通'] } });
    expect(await axeViolations()).toEqual([]);
    form.requestSubmit();
    await form.updateComplete;
    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations in review mode', async () => {
    await mount({ form: allFieldsForm, readonly: true, value: { title: '案由', cosigners: [{ name: '李明' }] } });
    expect(await axeViolations()).toEqual([]);
  });

  it('can be filled in and submitted with the keyboard alone', async () => {
    const form = await mount({ form: proposal.forms.submit });
    const payloads: unknown[] = [];
    form.addEventListener('luzhi-submit', (event) => payloads.push((event as CustomEvent).detail.payload));
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(focused(form)).toBe(controlAt(form, '/title'));
    await userEvent.keyboard('关于加强校园周边交通治理的建议');
    await userEvent.tab();
    expect(focused(form)).toBe(controlAt(form, '/category'));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await userEvent.keyboard('校园周边上下学高峰拥堵严重，存在安全隐患，家长反映强烈。');
    await userEvent.tab();
    await userEvent.keyboard('增设护学岗，错峰放学，优化信号灯配时。');
    await userEvent.tab();
    // The co-signers list: Enter on "add" opens a row and puts the focus in it.
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(form)).toBe(controlAt(form, '/coSigners/0'));
    await userEvent.keyboard('li.ming');
    await userEvent.tab(); // remove
    await userEvent.tab(); // add
    await userEvent.tab();
    expect(focused(form)).toBe(controlAt(form, '/suggestedUnit'));
    await userEvent.keyboard('市教育局');
    await userEvent.tab();
    expect(focused(form)?.getAttribute('part')).toContain('submit');
    await userEvent.keyboard('{Enter}');
    expect(payloads).toEqual([
      {
        title: '关于加强校园周边交通治理的建议',
        category: '经济建设',
        situation: '校园周边上下学高峰拥堵严重，存在安全隐患，家长反映强烈。',
        suggestions: '增设护学岗，错峰放学，优化信号灯配时。',
        coSigners: ['li.ming'],
        suggestedUnit: '市教育局',
      },
    ]);
  });
});

describe('text stays text', () => {
  it('renders a title containing markup as text', async () => {
    const attack = '<img src=x onerror="window.__luzhiXss=1">';
    const form = await mount({
      form: {
        title: attack,
        schema: {
          type: 'object',
          properties: {
            title: { type: 'string', title: attack, description: attack },
            kind: { title: attack, enum: [attack, '其他'] },
          },
        },
      },
      value: { title: attack },
    });
    const root = shadow(form);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h2')!.textContent).toBe(attack);
    expect(root.querySelector('label')!.textContent).toContain(attack);
    expect(controlAt(form, '/title').value).toBe(attack);
    expect([...controlAt<HTMLSelectElement>(form, '/kind').options].map((option) => option.text)).toContain(attack);
    form.readonly = true;
    await form.updateComplete;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(attack);
    expect((window as { __luzhiXss?: number }).__luzhiXss).toBeUndefined();
  });
});

describe('bad schemas and UI schemas', () => {
  it('says where a UI schema is wrong, in both languages, and fires luzhi-error', async () => {
    const errors: FormSchemaError[] = [];
    document.addEventListener('luzhi-error', (event) => errors.push((event as CustomEvent<FormSchemaError>).detail), { once: true });
    const form = await mount({
      schema: proposal.forms.submit.schema,
      uiSchema: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/title' }, { type: 'Control', scope: '#/properties/titel' }] },
    });
    expect(form.error).toBeInstanceOf(FormSchemaError);
    expect(form.error).toMatchObject({ code: 'form.scopeUnknown', source: 'ui', pointer: '/elements/1/scope' });
    expect(form.error!.messages['zh-CN']).toContain('titel');
    expect(form.error!.messages.en).toContain('titel');
    expect(shadow(form).querySelector('[role=alert]')!.textContent).toContain('/elements/1/scope');
    expect(errors).toHaveLength(1);
  });

  it('refuses a schema the engine could not compile, at its pointer', () => {
    const bad = { type: 'object', properties: { reason: { type: 'string', widget: 'textarea' } } };
    expect(() => createFormModel({ schema: bad })).toThrow(FormSchemaError);
    try {
      createFormModel({ schema: bad });
    } catch (error) {
      expect(error).toMatchObject({ code: 'form.schemaInvalid', pointer: '/properties/reason/widget' });
      expect((error as FormSchemaError).messages['zh-CN']).toContain('widget');
    }
    expect(() => createFormModel({ schema: { type: 'string' } })).toThrow(/object/);
    expect(() => createFormModel({ schema: { type: 'object' }, ui: { type: 'Grid', elements: [] } })).toThrow(/Grid/);
  });
});

describe('on a 375-px-wide phone', () => {
  it('shows the proposal form without horizontal overflow', async () => {
    await page.viewport(375, 812);
    const form: LuzhiForm = await mount({ form: proposal.forms.submit, value: { coSigners: ['li.ming', 'wang.fang'] } });
    form.requestSubmit();
    await form.updateComplete;
    await page.screenshot({ path: '../test-results/proposal-form-375.png', element: form });
    expect(document.documentElement.clientWidth).toBe(375);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    // Text for screen readers only is clipped to 1 px on purpose; everything else must fit.
    const overflowing = [form, ...shadow(form).querySelectorAll<HTMLElement>('*:not(.visually-hidden)')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
      .map((element) => element.getAttribute('part') ?? element.tagName);
    expect(overflowing).toEqual([]);
    const outside = [...shadow(form).querySelectorAll<HTMLElement>('*:not(.visually-hidden)')].filter((element) => element.getBoundingClientRect().right > 375 + 0.5);
    expect(outside.map((element) => element.getAttribute('part') ?? element.tagName)).toEqual([]);
  });
});
