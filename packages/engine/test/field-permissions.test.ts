import { describe, expect, it } from 'vitest';
import {
  createAjv,
  createEngine,
  fieldPermissionIssues,
  fieldPermissionsFor,
  payloadIssues,
  PayloadError,
  type Actor,
  type WorkflowDefinition,
} from '../src/index.js';
import { refusal as refusedWith } from './support/refusal.js';

const member: Actor = { id: 'wang', roles: ['member'] };
const office: Actor = { id: 'tian', roles: ['office'] };

const definition = {
  id: 'fields-demo',
  version: 1,
  title: '字段权限',
  roles: { member: { title: '委员' }, office: { title: '提案委' } },
  forms: {
    proposal: {
      title: '提案',
      schema: {
        type: 'object',
        required: ['title'],
        properties: {
          title: { type: 'string', minLength: 2 },
          summary: { type: 'string' },
          contact: { type: 'object', properties: { phone: { type: 'string' } } },
          note: { type: 'string' },
        },
        additionalProperties: false,
      },
    },
  },
  initial: 'draft',
  states: {
    draft: {
      on: {
        submit: { to: 'review', roles: ['member'], form: 'proposal', fields: { '/summary': 'required', '/contact/phone': 'required' } },
      },
    },
    review: {
      on: {
        amend: { to: 'done', roles: ['office'], form: 'proposal', fields: { '/summary': 'readonly', '/note': 'hidden' } },
      },
    },
    done: { type: 'final' },
  },
} satisfies WorkflowDefinition;

const refusal = (promise: Promise<unknown>) => refusedWith(promise, PayloadError);

describe('field permissions (fields) on an action', () => {
  it('refuses a required field left empty, at its pointer, and leaves the instance unchanged', async () => {
    const engine = createEngine({ definitions: [definition] });
    const { id } = await engine.start('fields-demo', { actor: member });
    const before = await engine.get(id);
    const error = await refusal(engine.send(id, { type: 'submit', actor: member, payload: { title: '案由', summary: '' } }));
    expect(error.issues.map(({ pointer, code }) => ({ pointer, code }))).toEqual([
      { pointer: '/summary', code: 'payload.fieldRequired' },
      { pointer: '/contact/phone', code: 'payload.fieldRequired' },
    ]);
    expect(error.issues[0]!.message['zh-CN']).toMatch(/必须填写/);
    expect(await engine.get(id)).toEqual(before);
  });

  it('refuses a hidden or read-only field that is submitted', async () => {
    const engine = createEngine({ definitions: [definition] });
    const { id } = await engine.start('fields-demo', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: { title: '案由', summary: '概要', contact: { phone: '123' } } });
    const error = await refusal(engine.send(id, { type: 'amend', actor: office, payload: { title: '案由', summary: '改', note: 'x' } }));
    expect(error.issues.map(({ pointer, code }) => ({ pointer, code }))).toEqual([
      { pointer: '/summary', code: 'payload.fieldReadonly' },
      { pointer: '/note', code: 'payload.fieldHidden' },
    ]);
    // The view offers the action with its permissions, so a form can render them without the definition.
    expect((await engine.get(id, { actor: office })).actions).toEqual([
      expect.objectContaining({ event: 'amend', form: 'proposal', fields: { '/summary': 'readonly', '/note': 'hidden' } }),
    ]);
    const view = await engine.send(id, { type: 'amend', actor: office, payload: { title: '新案由' } });
    expect(view.status).toBe('done');
  });

  it('reports schema issues first and a permission issue only where the schema has none', () => {
    const validate = createAjv().compile(definition.forms.proposal.schema);
    const fields = { '/title': 'required', '/summary': 'required' } as const;
    expect(payloadIssues(validate, fields, {}).map(({ pointer, code }) => `${pointer} ${code}`)).toEqual([
      '/title payload.required',
      '/summary payload.fieldRequired',
    ]);
    expect(fieldPermissionIssues({ '/summary': 'required' }, { summary: [] })).toHaveLength(1);
  });

  it('finds an action’s permissions by state and event', () => {
    expect(fieldPermissionsFor(definition, 'review', 'amend')).toEqual({ '/summary': 'readonly', '/note': 'hidden' });
    expect(fieldPermissionsFor(definition, 'draft', 'nothing')).toEqual({});
  });
});
