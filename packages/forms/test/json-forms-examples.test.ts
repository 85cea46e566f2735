import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { FormSchemaError, type LuzhiForm, type LuzhiSubmitDetail } from '../src/index.js';
import { controlAt, fieldAt, hasField, mount, shadow } from './support.js';

// Schemas and UI schemas in the shapes JSON Forms' published examples use (written for these tests).

function submitted(form: HTMLElement): LuzhiSubmitDetail[] {
  const details: LuzhiSubmitDetail[] = [];
  form.addEventListener('luzhi-submit', (event) => details.push((event as CustomEvent<LuzhiSubmitDetail>).detail));
  return details;
}

/** Every text the form shows or holds in its inputs. */
function shownText(form: LuzhiForm): string {
  const values = [...shadow(form).querySelectorAll<HTMLInputElement>('input, textarea, select')].map((input) => input.value);
  return `${shadow(form).textContent ?? ''} ${values.join(' ')}`;
}

/** Lets the validator compile (it does after the first frame) and any late error surface. */
async function settle(form: LuzhiForm): Promise<void> {
  for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await form.updateComplete;
}

const member = {
  type: 'object',
  properties: { name: { type: 'string', title: '姓名', minLength: 1 }, unit: { type: 'string', title: '单位' } },
  required: ['name'],
};

describe('arrays whose items are a $ref to an object', () => {
  for (const [label, schema] of [
    ['#/definitions', { type: 'object', definitions: { member }, properties: { cosigners: { type: 'array', title: '联名委员', items: { $ref: '#/definitions/member' } } } }],
    ['#/$defs', { type: 'object', $defs: { member }, properties: { cosigners: { type: 'array', title: '联名委员', items: { $ref: '#/$defs/member' } } } }],
  ] as const) {
    it(`renders rows of the object's fields and edits them as objects (${label})`, async () => {
      const form = await mount({ schema, value: { cosigners: [{ name: '王芳', unit: '民盟' }] } });
      const details = submitted(form);
      expect(controlAt(form, '/cosigners/0/name').value).toBe('王芳');
      expect(controlAt(form, '/cosigners/0/unit').value).toBe('民盟');
      expect(shownText(form)).not.toContain('[object Object]');
      await userEvent.fill(controlAt(form, '/cosigners/0/name'), '李明');
      await settle(form);
      expect(form.requestSubmit()).toBe(true);
      expect(details.at(-1)!.payload).toEqual({ cosigners: [{ name: '李明', unit: '民盟' }] });
    });
  }

  it('follows a $ref to an object property, keywords beside the $ref winning, and scopes through it', async () => {
    const schema = {
      type: 'object',
      $defs: { address: { type: 'object', title: '地址', properties: { city: { type: 'string', title: '城市' } } } },
      properties: { home: { $ref: '#/$defs/address', title: '家庭住址' } },
    };
    const form = await mount({
      schema,
      uiSchema: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/home' }, { type: 'Control', scope: '#/properties/home/properties/city', label: '所在城市' }] } as never,
      value: { home: { city: '杭州' } },
    });
    expect(fieldAt(form, '/home').querySelector('legend')!.textContent).toContain('家庭住址');
    expect([...shadow(form).querySelectorAll<HTMLInputElement>('input')].map((input) => input.value)).toEqual(['杭州', '杭州']);
  });

  it('refuses a recursive $ref with a typed error and a pointer', async () => {
    const errors = listenForErrors();
    const schema = { type: 'object', $defs: { node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/node' } } } } }, properties: { tree: { $ref: '#/$defs/node' } } };
    const form = await mount({ schema });
    expect(form.error).toBeInstanceOf(FormSchemaError);
    expect([form.error!.code, form.error!.source, form.error!.pointer]).toEqual(['form.refUnsupported', 'schema', '/$defs/node/properties/children/items/$ref']);
    expect(errors).toEqual([form.error]);
  });
});

function listenForErrors(): FormSchemaError[] {
  const errors: FormSchemaError[] = [];
  const listener = (event: Event) => errors.push((event as CustomEvent<FormSchemaError>).detail);
  document.addEventListener('luzhi-error', listener);
  return errors;
}

describe('"$schema" and draft-07 keywords', () => {
  it('refuses a draft-07 "$schema" before the first render, with FormSchemaError and luzhi-error, and nothing thrown later', async () => {
    const errors = listenForErrors();
    const form = await mount({ schema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { title: { type: 'string' } } } });
    expect(form.error).toBeInstanceOf(FormSchemaError);
    expect([form.error!.code, form.error!.source, form.error!.pointer]).toEqual(['form.schemaInvalid', 'schema', '/$schema']);
    expect(form.error!.messages['zh-CN']).toContain('2020-12');
    expect(form.error!.messages.en).toContain('draft-07');
    expect(errors).toHaveLength(1);
    expect(shadow(form).querySelector('[part=error]')!.textContent).toContain('$schema');
    await settle(form);
    expect(errors).toHaveLength(1);
  });

  it('accepts the 2020-12 "$schema", and reads definitions and both forms of dependencies', async () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      definitions: { phone: { type: 'string', title: '电话' } },
      properties: { contact: { type: 'string', title: '联系人' }, phone: { $ref: '#/definitions/phone' }, urgent: { type: 'boolean', title: '加急' } },
      dependencies: { contact: ['phone'], urgent: { properties: { reason: { type: 'string', title: '加急理由' } }, required: ['reason'] } },
    };
    const form = await mount({ schema, value: {} });
    expect(form.error).toBeUndefined();
    expect(fieldAt(form, '/phone').querySelector('.required')).toBeNull();
    expect(hasField(form, '/reason')).toBe(false);
    await userEvent.fill(controlAt(form, '/contact'), '张三');
    await form.updateComplete;
    expect(fieldAt(form, '/phone').querySelector('.required')).not.toBeNull();
    await userEvent.click(controlAt(form, '/urgent'));
    await form.updateComplete;
    expect(fieldAt(form, '/reason').querySelector('.required')).not.toBeNull();
  });
});

describe('fields hidden or disabled by a rule on an enclosing element', () => {
  const schema = {
    type: 'object',
    required: ['kind', 'organization'],
    properties: {
      kind: { type: 'string', enum: ['个人', '集体'], title: '提案者' },
      organization: { type: 'string', title: '提案单位', minLength: 4 },
      contact: { type: 'string', title: '联系人', minLength: 2 },
      note: { type: 'string', title: '备注' },
    },
  };
  const collective = { scope: '#/properties/kind', schema: { const: '集体' } };

  it('neither submits nor validates a field hidden by a rule on its Group or on a layout further up', async () => {
    const uiSchema = {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/kind' },
        {
          type: 'Group',
          label: '集体提案',
          rule: { effect: 'SHOW', condition: collective },
          elements: [{ type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/organization' }, { type: 'Control', scope: '#/properties/contact' }] }],
        },
      ],
    };
    const form = await mount({ schema, uiSchema: uiSchema as never, value: { kind: '个人', organization: '民', contact: '王' } });
    const details = submitted(form);
    await settle(form);
    expect(hasField(form, '/organization')).toBe(false);
    expect(form.payload).toEqual({ kind: '个人' });
    expect(form.issues).toEqual([]);
    expect(form.requestSubmit()).toBe(true);
    await form.updateComplete;
    expect(shadow(form).querySelector('[part=summary]')).toBeNull();
    expect(details).toEqual([{ payload: { kind: '个人' } }]);

    await userEvent.selectOptions(controlAt(form, '/kind'), '集体');
    await form.updateComplete;
    expect(hasField(form, '/organization')).toBe(true);
    expect(form.payload).toEqual({ kind: '集体', organization: '民', contact: '王' });
    expect(form.issues.map((issue) => issue.pointer).sort()).toEqual(['/contact', '/organization']);
  });

  it('disables every field under a DISABLE rule on a layout; their values are submitted unchanged', async () => {
    const uiSchema = {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/kind' },
        { type: 'VerticalLayout', rule: { effect: 'DISABLE', condition: collective }, elements: [{ type: 'Group', label: '其他', elements: [{ type: 'Control', scope: '#/properties/note' }] }] },
      ],
    };
    const form = await mount({ schema, uiSchema: uiSchema as never, value: { kind: '集体', organization: '民主促进会', note: '原有备注' } });
    expect(controlAt(form, '/note').disabled).toBe(true);
    expect(form.payload).toMatchObject({ note: '原有备注' });
  });
});

describe('schema readOnly', () => {
  it('shows a readOnly field as text; it cannot be changed and keeps its value in the payload', async () => {
    const schema = {
      type: 'object',
      properties: {
        serial: { type: 'string', title: '提案编号', readOnly: true },
        applicant: { type: 'object', title: '提案人', readOnly: true, properties: { name: { type: 'string', title: '姓名' } } },
        title: { type: 'string', title: '案由' },
      },
    };
    const form = await mount({ schema, value: { serial: '2026-001', applicant: { name: '王芳' } } });
    expect(fieldAt(form, '/serial').querySelector('input')).toBeNull();
    expect(fieldAt(form, '/serial').textContent).toContain('2026-001');
    expect(fieldAt(form, '/applicant').querySelector('input')).toBeNull();
    expect(fieldAt(form, '/applicant').textContent).toContain('王芳');
    await userEvent.fill(controlAt(form, '/title'), '关于垃圾分类的建议');
    expect(form.payload).toEqual({ serial: '2026-001', applicant: { name: '王芳' }, title: '关于垃圾分类的建议' });
  });
});

describe('the same scope used twice', () => {
  it('gives every element a unique id and every input its label, both bound to the one value', async () => {
    const schema = { type: 'object', properties: { title: { type: 'string', title: '案由' }, tags: { type: 'array', title: '关键词', items: { type: 'string' } } } };
    const control = { type: 'Control', scope: '#/properties/title' };
    const tags = { type: 'Control', scope: '#/properties/tags' };
    const form = await mount({
      schema,
      uiSchema: { type: 'VerticalLayout', elements: [control, tags, { type: 'Group', label: '复核', elements: [control, tags] }] } as never,
      value: { tags: ['交通'] },
    });
    const ids = [...shadow(form).querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const inputs = [...shadow(form).querySelectorAll<HTMLInputElement>('input')];
    expect(inputs).toHaveLength(4);
    for (const input of inputs) expect(input.labels?.length, input.id).toBe(1);
    await userEvent.fill(inputs[0]!, '关于停车难的建议');
    await form.updateComplete;
    expect(shadow(form).querySelectorAll<HTMLInputElement>('input')[2]!.value).toBe('关于停车难的建议');
    expect(form.payload).toEqual({ title: '关于停车难的建议', tags: ['交通'] });
  });
});

describe('enums, consts and labels', () => {
  it('renders an enum of numbers, a const and oneOf const/title choices, and submits the values as they are', async () => {
    const schema = {
      type: 'object',
      properties: {
        rating: { type: 'integer', enum: [10, 20, 30], title: '评分' },
        level: { type: 'integer', oneOf: [{ const: 1, title: '市级' }, { const: 2, title: '区级' }], title: '层级' },
        agreed: { const: true, title: '已阅知' },
      },
    };
    const form = await mount({ schema, uiSchema: { type: 'VerticalLayout', elements: ['rating', 'level', 'agreed'].map((name) => ({ type: 'Control', scope: `#/properties/${name}`, options: name === 'level' ? { format: 'radio' } : {} })) } as never });
    await userEvent.selectOptions(controlAt<HTMLSelectElement>(form, '/rating'), '20');
    await userEvent.click(fieldAt(form, '/level').querySelectorAll('input')[1]!);
    expect(fieldAt(form, '/level').textContent).toContain('区级');
    await userEvent.selectOptions(controlAt<HTMLSelectElement>(form, '/agreed'), '已阅知');
    expect(form.payload).toEqual({ rating: 20, level: 2, agreed: true });
  });

  it('shows labels given per locale in the element’s language', async () => {
    const schema = { type: 'object', properties: { title: { type: 'string' } } };
    const uiSchema = { type: 'Group', label: { 'zh-CN': '基本信息', en: 'Basics' }, elements: [{ type: 'Control', scope: '#/properties/title', label: { 'zh-CN': '案由', en: 'Subject' } }] };
    const form = await mount({ schema, uiSchema: uiSchema as never }, 'en');
    expect(fieldAt(form, '/title').querySelector('label')!.textContent).toContain('Subject');
    expect(shadow(form).querySelector('legend')!.textContent).toContain('Basics');
    form.locale = 'zh-CN';
    await form.updateComplete;
    expect(fieldAt(form, '/title').querySelector('label')!.textContent).toContain('案由');
  });

  it('applies a rule with a JSON Forms expectedValue condition', async () => {
    const schema = { type: 'object', properties: { joint: { type: 'boolean', title: '联名' }, names: { type: 'string', title: '联名人' } } };
    const uiSchema = { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/joint' }, { type: 'Control', scope: '#/properties/names', rule: { effect: 'SHOW', condition: { type: 'LEAF', scope: '#/properties/joint', expectedValue: true } } }] };
    const form = await mount({ schema, uiSchema: uiSchema as never });
    expect(hasField(form, '/names')).toBe(false);
    await userEvent.click(controlAt(form, '/joint'));
    await form.updateComplete;
    expect(hasField(form, '/names')).toBe(true);
  });
});

describe('fields named like Object.prototype members', () => {
  it('renders, edits and submits them as ordinary fields', async () => {
    const names = ['constructor', '__proto__', 'toString'];
    const schema = { type: 'object', properties: Object.fromEntries(names.map((name) => [name, { type: 'string', title: name }])) };
    const form = await mount({ schema: JSON.parse(JSON.stringify(schema)) });
    for (const name of names) await userEvent.fill(controlAt(form, `/${name}`), `值${name}`);
    const payload = form.payload;
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
    expect(names.map((name) => Object.hasOwn(payload, name) && payload[name])).toEqual(names.map((name) => `值${name}`));
  });
});

describe('values that do not fit the schema', () => {
  it('shows them as JSON and reports them, never as "[object Object]"', async () => {
    const schema = { type: 'object', properties: { title: { type: 'string', title: '案由' }, note: { type: 'string', title: '备注' } } };
    const uiSchema = { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/title' }, { type: 'Control', scope: '#/properties/note', options: { multi: true } }] };
    const form = await mount({ schema, uiSchema: uiSchema as never, value: { title: { text: '案由' }, note: ['a'] } });
    expect(shownText(form)).not.toContain('[object Object]');
    expect(controlAt(form, '/title').value).toBe('{"text":"案由"}');
    expect(controlAt<HTMLTextAreaElement>(form, '/note').value).toBe('["a"]');
    await settle(form);
    expect(form.issues.map((issue) => issue.pointer)).toEqual(['/title', '/note']);
  });
});
