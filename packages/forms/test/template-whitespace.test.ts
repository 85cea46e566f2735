import { describe, expect, it } from 'vitest';
import { html } from '../src/shared/compact-html.js';
import { render } from 'lit';
import { unitsSchema, unitsValue } from '../bench/bench-forms.js';
import { allFieldsForm } from './fixtures/all-fields.js';
import { fieldAt, mount, shadow } from './support.js';

/** Text nodes under `root` that hold only whitespace with a line break: the source's indentation. */
function indentationNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  while (walker.nextNode()) if (/^\s*\n\s*$/.test(walker.currentNode.textContent!)) found.push(walker.currentNode as Text);
  return found;
}

describe('the templates carry no indentation into the page', () => {
  it('renders every field kind, editable, in review and with errors shown, without text nodes of indentation', async () => {
    const form = await mount({ form: allFieldsForm });
    expect(indentationNodes(shadow(form))).toEqual([]);
    form.requestSubmit();
    await form.updateComplete;
    expect(shadow(form).querySelectorAll('[data-invalid]').length).toBeGreaterThan(0);
    expect(indentationNodes(shadow(form))).toEqual([]);
    const review = await mount({ form: allFieldsForm, readonly: true, value: { title: '关于加强社区养老服务的建议', category: '其他' } });
    expect(indentationNodes(shadow(review))).toEqual([]);
  });

  it('keeps the text and the spaces within a line: labels, markers, buttons', async () => {
    const form = await mount({ schema: unitsSchema, value: { units: unitsValue.units.slice(0, 2) } });
    expect(indentationNodes(shadow(form))).toEqual([]);
    const name = fieldAt(form, '/units/1/name');
    expect(name.querySelector('label')!.textContent).toBe('单位名称 *（必填）');
    expect(name.querySelector('input')!.value).toBe('承办单位 2');
    expect([...shadow(form).querySelectorAll('button[part~=remove]')].map((button) => button.textContent)).toEqual(['删除第 1 项', '删除第 2 项']);
    expect(shadow(form).querySelector('button.add')!.textContent).toBe('+ 添加一项：承办单位');
  });

  it('joins attributes written on separate lines with a space and leaves values alone', () => {
    const host = document.createElement('div');
    const value = 'a\n  b';
    render(
      html`<p
        id="one"
        title=${value}
      >
        ${value} and ${'c'}
        ${'d'}
      </p>`,
      host,
    );
    const p = host.querySelector('p')!;
    expect(p.id).toBe('one');
    expect(p.title).toBe(value);
    expect(p.textContent).toBe('a\n  b and c d');
  });
});
