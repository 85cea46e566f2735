import { validateDefinition } from '@luzhi/engine';
import { describe, expect, it } from 'vitest';
import { FormSchemaError } from '../src/index.js';
import proposal from '../../../examples/proposal/proposal.workflow.json' with { type: 'json' };
import { mount } from './support.js';

const fields = {
  type: 'object',
  properties: {
    title: { type: 'string', title: '案由' },
    count: { type: 'integer' },
    kind: { type: 'string', enum: ['个人', '集体'] },
    members: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
  },
};
const control = (scope: string, extra: Record<string, unknown> = {}) => ({ type: 'VerticalLayout', elements: [{ type: 'Control', scope, ...extra }] });
const deep = (levels: number): unknown => (levels === 0 ? { type: 'Control', scope: '#/properties/title' } : { type: 'VerticalLayout', elements: [deep(levels - 1)] });

/** Forms `<luzhi-form>` refuses, each for one reason: [what, schema, UI schema]. */
const refused: Array<[string, unknown, unknown]> = [
  ['an element type it does not render (ListWithDetail)', fields, { type: 'VerticalLayout', elements: [{ type: 'ListWithDetail', scope: '#/properties/members' }] }],
  ['a key an element does not have', fields, { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/title', i18n: 'title' }] }],
  ['a Category outside a Categorization', fields, { type: 'VerticalLayout', elements: [{ type: 'Category', label: '一', elements: [] }] }],
  ['a Control directly in a Categorization', fields, { type: 'Categorization', elements: [{ type: 'Control', scope: '#/properties/title' }] }],
  ['a Category without a label', fields, { type: 'Categorization', elements: [{ type: 'Category', elements: [] }] }],
  ['a nested Categorization', fields, { type: 'Categorization', elements: [{ type: 'Categorization', elements: [] }] }],
  ['an unknown Categorization option', fields, { type: 'Categorization', options: { variant: 'accordion' }, elements: [] }],
  ['a Label without text', fields, { type: 'VerticalLayout', elements: [{ type: 'Label' }] }],
  ['a scope into definitions', { ...fields, $defs: { x: { type: 'string' } } }, control('#/$defs/x')],
  ['a scope through items', fields, control('#/properties/members/items/properties/name')],
  ['a scope naming no property', fields, control('#/properties/titel')],
  ['an option JSON Forms has and the form does not (showSortButtons)', fields, control('#/properties/members', { options: { showSortButtons: true } })],
  ['elementLabelProp', fields, control('#/properties/members', { options: { elementLabelProp: 'name' } })],
  ['format radio on a field that is no enum', fields, control('#/properties/title', { options: { format: 'radio' } })],
  ['multi on a number', fields, control('#/properties/count', { options: { multi: true } })],
  ['detail on a text field', fields, control('#/properties/title', { options: { detail: { type: 'VerticalLayout', elements: [] } } })],
  ['attachments on a list of strings', { type: 'object', properties: { files: { type: 'array', items: { type: 'string' } } } }, control('#/properties/files', { options: { format: 'attachments' } })],
  ['an array of arrays', { type: 'object', properties: { matrix: { type: 'array', items: { type: 'array', items: { type: 'number' } } } } }, control('#/properties/matrix')],
  ['an array of arrays, in the generated layout', { type: 'object', properties: { matrix: { type: 'array', items: { type: 'array', items: { type: 'number' } } } } }, undefined],
  ['a list of booleans', { type: 'object', properties: { flags: { type: 'array', items: { type: 'boolean' } } } }, undefined],
  ['a field without a type', { type: 'object', properties: { anything: {} } }, undefined],
  ['a free-form object', { type: 'object', properties: { extra: { type: 'object', additionalProperties: { type: 'string' } } } }, undefined],
  ['properties inside oneOf', { type: 'object', properties: { who: { type: 'object', properties: { id: { type: 'string' } }, oneOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'string' } } }] } } }, undefined],
  ['a tuple', { type: 'object', properties: { pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], items: false, minItems: 2 } } }, undefined],
  ['a recursive $ref', { type: 'object', $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } } } }, properties: { head: { $ref: '#/$defs/node' } } }, undefined],
  ['a rule with an unknown effect', fields, control('#/properties/title', { rule: { effect: 'COLLAPSE', condition: { scope: '#/properties/kind', schema: { const: '集体' } } } })],
  ['a condition without schema or expectedValue', fields, control('#/properties/title', { rule: { effect: 'HIDE', condition: { scope: '#/properties/kind' } } })],
  ['a condition on no field', fields, control('#/properties/title', { rule: { effect: 'HIDE', condition: { scope: '#/properties/knd', schema: { const: 1 } } } })],
  ['a condition schema that does not compile', fields, control('#/properties/title', { rule: { effect: 'HIDE', condition: { scope: '#/properties/kind', schema: { type: 'strng' } } } })],
  ['an empty OR', fields, control('#/properties/title', { rule: { effect: 'HIDE', condition: { type: 'OR', conditions: [] } } })],
  ['a UI schema nested too deep', fields, deep(40)],
  ['a draft-07 "$schema"', { $schema: 'http://json-schema.org/draft-07/schema#', ...fields }, undefined],
  ['a label that is a number', fields, control('#/properties/title', { label: 7 })],
  ['a list of free-form objects', { type: 'object', properties: { rows: { type: 'array', items: { type: 'object' } } } }, undefined],
  ['a field of several types', { type: 'object', properties: { amount: { type: ['number', 'string'] } } }, undefined],
  ['a property whose schema is true', { type: 'object', properties: { anything: true } }, undefined],
  ['an $id below the top', { type: 'object', properties: { part: { $id: 'https://example.org/part', type: 'object', properties: { x: { type: 'string' } } } } }, undefined],
  ['a $ref to another document', { type: 'object', properties: { a: { $ref: 'https://example.org/person.json#/properties/name' } } }, undefined],
  ['an if that does not compile', { ...fields, if: { properties: { kind: { type: 'strng' } } }, then: { required: ['title'] } }, undefined],
  ['a keyword ajv does not know', { ...fields, properties: { ...fields.properties, title: { type: 'string', widget: 'textarea' } } }, undefined],
  ['options that are a list', fields, control('#/properties/title', { options: ['multi'] })],
];

function definitionWith(schema: unknown, ui: unknown): unknown {
  const definition = structuredClone(proposal) as Record<string, any>;
  definition.forms.probe = { title: '探测', schema, ...(ui === undefined ? {} : { ui }) };
  return definition;
}

async function formError(schema: unknown, ui: unknown): Promise<FormSchemaError | undefined> {
  const form = await mount({ form: { title: '探测', schema, ui } });
  // The validator compiles after the first frame: a schema ajv refuses is reported then.
  for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await form.updateComplete;
  return form.error;
}

describe('<luzhi-form> and validateDefinition refuse the same forms, at the same place', () => {
  it.each(refused)('%s', async (_what, schema, ui) => {
    const error = await formError(schema, ui);
    expect(error).toBeInstanceOf(FormSchemaError);
    const pointer = `/forms/probe/${error!.source}${error!.pointer}`;
    const result = validateDefinition(definitionWith(schema, ui));
    expect(result.valid).toBe(false);
    const found = result.issues.find((issue) => issue.pointer === pointer);
    expect(found, `${pointer} in ${JSON.stringify(result.issues.map((issue) => [issue.code, issue.pointer]))}`).toBeDefined();
    // The definition's own JSON Schema may refuse a malformed element first (schema.*), and its
    // strict compile of the form schema runs before the layout check (form.schemaInvalid).
    if (!found!.code.startsWith('schema.') && found!.code !== 'form.schemaInvalid') expect(found!.code).toBe(error!.code);
  });

  it('both accept what the form renders', async () => {
    const schema = {
      type: 'object',
      $defs: { person: { type: 'object', properties: { name: { type: 'string' } } } },
      properties: {
        kind: { type: 'string', oneOf: [{ const: 'a', title: '甲' }, { const: 'b', title: '乙' }] },
        level: { type: 'integer', enum: [1, 2] },
        people: { type: 'array', items: { $ref: '#/$defs/person' } },
        tags: { type: 'array', items: { type: 'string', enum: ['x', 'y'] } },
        note: { type: 'string', readOnly: true },
      },
    };
    const ui = {
      type: 'Categorization',
      options: { variant: 'stepper', showNavButtons: true },
      elements: [
        { type: 'Category', label: { 'zh-CN': '一', en: 'One' }, elements: [{ type: 'Control', scope: '#/properties/kind', options: { format: 'radio' } }, { type: 'Label', text: '说明' }] },
        {
          type: 'Category',
          label: '二',
          rule: { effect: 'SHOW', condition: { type: 'OR', conditions: [{ scope: '#/properties/kind', expectedValue: 'b' }, { scope: '#', schema: { required: ['level'] } }] } },
          elements: [{ type: 'Group', label: '人员', elements: [{ type: 'Control', scope: '#/properties/people', options: { detail: { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/name' }] } } }] }],
        },
      ],
    };
    expect(validateDefinition(definitionWith(schema, ui)).issues).toEqual([]);
    expect(await formError(schema, ui)).toBeUndefined();
  });
});
