import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { LuzhiForm } from '../src/index.js';
import { controlAt, fieldAt, focused, hasField, mount, shadow } from './support.js';

const schema = {
  type: 'object',
  required: ['title', 'unit'],
  properties: {
    title: { type: 'string', title: '案由', minLength: 2 },
    joint: { type: 'boolean', title: '联名提案' },
    cosigner: { type: 'string', title: '联名人', minLength: 2 },
    unit: { type: 'string', title: '建议承办单位' },
    note: { type: 'string', title: '备注' },
  },
};

function categorization(options?: Record<string, unknown>) {
  return {
    type: 'Categorization',
    label: '提案',
    ...(options ? { options } : {}),
    elements: [
      { type: 'Category', label: '基本信息', elements: [{ type: 'Control', scope: '#/properties/title' }, { type: 'Control', scope: '#/properties/joint' }] },
      {
        type: 'Category',
        label: { 'zh-CN': '联名', en: 'Co-signers' },
        rule: { effect: 'SHOW', condition: { scope: '#/properties/joint', schema: { const: true } } },
        elements: [{ type: 'Control', scope: '#/properties/cosigner' }],
      },
      { type: 'Category', label: '办理', elements: [{ type: 'Group', label: '承办', elements: [{ type: 'Control', scope: '#/properties/unit' }] }] },
    ],
  };
}

const tabs = (form: LuzhiForm) => [...shadow(form).querySelectorAll<HTMLElement>('[role=tab]')];
const visiblePanel = (form: LuzhiForm) => [...shadow(form).querySelectorAll<HTMLElement>('[data-category]')].filter((panel) => !panel.hidden);

async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { resultTypes: ['violations'] });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('Categorization as tabs', () => {
  it('shows one category at a time, follows the ARIA tabs pattern and moves with the arrow keys', async () => {
    const form = await mount({ form: { title: '提交提案', schema, ui: categorization() } });
    expect(tabs(form).map((tab) => tab.textContent!.trim())).toEqual(['基本信息', '办理']);
    expect(shadow(form).querySelector('[role=tablist]')!.getAttribute('aria-label')).toBe('提案');
    const [first, second] = tabs(form) as [HTMLElement, HTMLElement];
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(second.tabIndex).toBe(-1);
    expect(shadow(form).getElementById(first.getAttribute('aria-controls')!)!.hidden).toBe(false);
    expect(shadow(form).getElementById(second.getAttribute('aria-controls')!)!.hidden).toBe(true);
    expect(await axeViolations()).toEqual([]);

    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await form.updateComplete;
    expect(focused(form)).toBe(tabs(form)[1]);
    expect(tabs(form)[1]!.getAttribute('aria-selected')).toBe('true');
    expect(visiblePanel(form)[0]!.contains(controlAt(form, '/unit'))).toBe(true);
    await userEvent.keyboard('{Home}');
    await form.updateComplete;
    expect(focused(form)).toBe(tabs(form)[0]);
    await userEvent.keyboard('{ArrowLeft}');
    await form.updateComplete;
    expect(focused(form)).toBe(tabs(form)[1]);
  });

  it('shows a category while its rule holds; a hidden category’s fields are neither submitted nor validated', async () => {
    const form = await mount({ form: { title: '提交提案', schema, ui: categorization() }, value: { title: '关于公交线路的建议', unit: '交通局', cosigner: '王' } }, 'en');
    expect(hasField(form, '/cosigner')).toBe(false);
    expect(form.payload).toEqual({ title: '关于公交线路的建议', unit: '交通局' });
    await userEvent.click(controlAt(form, '/joint'));
    await form.updateComplete;
    expect(tabs(form).map((tab) => tab.textContent!.trim())).toEqual(['基本信息', 'Co-signers', '办理']);
    expect(form.payload).toMatchObject({ cosigner: '王' });
    expect(form.issues.map((issue) => issue.pointer)).toEqual(['/cosigner']);
  });

  it('marks the tab of a category with errors and, on submit, shows that category and focuses its first error', async () => {
    const form = await mount({ form: { title: '提交提案', schema, ui: categorization() }, value: { title: '关于公交线路的建议' } });
    expect(form.requestSubmit()).toBe(false);
    await expect.poll(() => focused(form)).toBe(controlAt(form, '/unit'));
    expect(tabs(form)[1]!.getAttribute('aria-selected')).toBe('true');
    expect(tabs(form)[1]!.textContent).toContain('有错误');
    expect(tabs(form)[0]!.textContent).not.toContain('有错误');
    expect(fieldAt(form, '/unit').querySelector('[part=field-error]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('Categorization as steps', () => {
  it('numbers the steps, moves with previous and next, and passes axe', async () => {
    const form = await mount({ form: { title: 'Proposal', schema, ui: categorization({ variant: 'stepper', showNavButtons: true }) } }, 'en');
    const steps = () => [...shadow(form).querySelectorAll<HTMLButtonElement>('[part~=step]')];
    expect(steps().map((step) => step.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['Step 1 of 2：1. 基本信息', 'Step 2 of 2：2. 办理']);
    expect(steps()[0]!.getAttribute('aria-current')).toBe('step');
    const previous = shadow(form).querySelector<HTMLButtonElement>('[part~=previous]')!;
    expect(previous.disabled).toBe(true);
    await userEvent.click(shadow(form).querySelector<HTMLButtonElement>('[part~=next]')!);
    await form.updateComplete;
    expect(steps()[1]!.getAttribute('aria-current')).toBe('step');
    expect(visiblePanel(form)[0]!.contains(controlAt(form, '/unit'))).toBe(true);
    expect(await axeViolations()).toEqual([]);
  });
});
