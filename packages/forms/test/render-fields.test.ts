import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { allFieldsForm } from './fixtures/all-fields.js';
import { controlAt, fieldAt, mount, shadow } from './support.js';

describe('<luzhi-form> renders every field type', () => {
  it('gives each kind of schema its control', async () => {
    const form = await mount({ form: allFieldsForm });
    const root = shadow(form);
    expect(root.querySelector('h2')!.textContent).toBe('全部字段');
    expect(controlAt(form, '/title').type).toBe('text');
    expect(controlAt(form, '/situation').tagName).toBe('TEXTAREA');
    expect(controlAt(form, '/count')).toMatchObject({ type: 'number', step: '1', inputMode: 'numeric' });
    expect(controlAt(form, '/budget').type).toBe('number');
    expect(controlAt(form, '/urgent').type).toBe('checkbox');
    const category = controlAt<HTMLSelectElement>(form, '/category');
    expect(category.tagName).toBe('SELECT');
    expect([...category.options].map((option) => option.textContent)).toEqual(['请选择', '经济建设', '社会事业', '其他']);
    const radios = fieldAt(form, '/replyClass').querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect([...radios].map((radio) => radio.parentElement!.textContent!.trim())).toEqual(['A 解决或采纳', 'B 列入计划']);
    expect(fieldAt(form, '/topics').querySelectorAll('input[type=checkbox]')).toHaveLength(3);
    expect(controlAt(form, '/meetingDate').type).toBe('date');
    expect(controlAt(form, '/repliedAt').type).toBe('datetime-local');
    expect(fieldAt(form, '/contact').tagName).toBe('FIELDSET');
    expect(controlAt(form, '/contact/name').type).toBe('text');
    expect(fieldAt(form, '/cosigners').querySelector('button')!.textContent).toContain('添加一项');
    expect(controlAt(form, '/files').type).toBe('file');
    // Labels are tied to their controls; required fields are marked.
    const title = controlAt(form, '/title');
    expect(root.querySelector(`label[for="${title.id}"]`)!.textContent).toContain('案由');
    expect(title.required).toBe(true);
    expect(root.querySelector('.hint')!.textContent).toBe('不少于 20 字');
  });

  it('adds and removes rows of a repeatable group, and items of a value list', async () => {
    const form = await mount({ form: allFieldsForm });
    fieldAt(form, '/cosigners').querySelector<HTMLButtonElement>('button.add')!.click();
    await form.updateComplete;
    expect(controlAt(form, '/cosigners/0/name').type).toBe('text');
    // The new row's first field has the focus.
    expect(shadow(form).activeElement).toBe(controlAt(form, '/cosigners/0/name'));
    fieldAt(form, '/cosigners').querySelector<HTMLButtonElement>('button.add')!.click();
    await form.updateComplete;
    expect(fieldAt(form, '/cosigners').querySelectorAll('[part=row]')).toHaveLength(2);
    fieldAt(form, '/cosigners').querySelector<HTMLButtonElement>('[part=row] button')!.click();
    await form.updateComplete;
    expect(fieldAt(form, '/cosigners').querySelectorAll('[part=row]')).toHaveLength(1);
    fieldAt(form, '/keywords').querySelector<HTMLButtonElement>('button.add')!.click();
    await form.updateComplete;
    expect(controlAt(form, '/keywords/0').type).toBe('text');
  });

  it('stores attachment metadata and what the host upload returns', async () => {
    const uploaded: string[] = [];
    const form = await mount({
      form: allFieldsForm,
      upload: async (file, { pointer }) => {
        uploaded.push(`${pointer}:${file.name}`);
        return { id: `doc-${uploaded.length}` };
      },
    });
    const changes: Event[] = [];
    form.addEventListener('change', (event) => changes.push(event));
    await userEvent.upload(controlAt(form, '/files'), [new File(['调研报告'], '调研报告.pdf', { type: 'application/pdf' })]);
    await expect.poll(() => form.currentValue.files).toEqual([{ name: '调研报告.pdf', size: 12, type: 'application/pdf', id: 'doc-1' }]);
    expect(uploaded).toEqual(['/files:调研报告.pdf']);
    expect(changes.length).toBeGreaterThan(0);
    await form.updateComplete;
    expect(fieldAt(form, '/files').querySelector('li')!.textContent).toContain('调研报告.pdf');
  });

  it('shows every value as text in review mode, with no submit button', async () => {
    const form = await mount({
      form: allFieldsForm,
      readonly: true,
      value: { title: '关于加强校园周边交通治理的建议', urgent: true, category: '社会事业', replyClass: 'A', topics: ['教育', '交通'], cosigners: [{ name: '李明' }] },
    });
    const root = shadow(form);
    expect(root.querySelector('input, select, textarea')).toBeNull();
    expect(root.querySelector('[part~=submit]')).toBeNull();
    const text = (pointer: string) => fieldAt(form, pointer).querySelector('[part=value]')?.textContent?.trim();
    expect(text('/title')).toBe('关于加强校园周边交通治理的建议');
    expect(text('/urgent')).toBe('是');
    expect(text('/replyClass')).toBe('A 解决或采纳');
    expect(text('/topics')).toBe('教育、交通');
    expect(text('/budget')).toBe('（未填写）');
    expect(fieldAt(form, '/cosigners').textContent).toContain('李明');
  });

  it('shows a value of another shape than its field as it is in review mode, instead of failing', async () => {
    const form = await mount({
      form: allFieldsForm,
      readonly: true,
      value: { urgent: 'yes', topics: '教育', repliedAt: 5, files: [null, '调研报告.pdf', { name: '附件.pdf', url: 'javascript:alert(1)' }] },
    });
    const text = (pointer: string) => fieldAt(form, pointer).querySelector('[part=value]')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text('/urgent')).toBe('yes');
    expect(text('/topics')).toBe('教育');
    expect(text('/repliedAt')).toBe('5');
    expect([...fieldAt(form, '/files').querySelectorAll('li')].map((item) => item.textContent)).toEqual(['', '调研报告.pdf', '附件.pdf']);
    expect(shadow(form).querySelector('a')).toBeNull();
  });
});
