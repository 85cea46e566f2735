import { describe, expect, it } from 'vitest';
import { checkFormLayout, compile, conditionMatches, createEngine, createMemoryStore, PayloadError, validateDefinition, type Actor } from '../src/index.js';

const staff: Actor = { id: 'li', roles: ['staff'] };

/** A one-step workflow whose `submit` form has `schema` and whose instance data has `data`. */
function definition(id: string, schema: object, data?: object, version = 1) {
  return {
    id,
    version,
    title: '表单',
    roles: { staff: { title: '工作人员' } },
    ...(data === undefined ? {} : { data }),
    forms: { submit: { title: '提交', schema } },
    initial: 'draft',
    states: {
      draft: { on: { submit: { to: 'done', roles: ['staff'], form: 'submit' } } },
      done: { type: 'final' },
    },
  };
}

function engineOf(tenant: string, definitions: unknown[]) {
  return createEngine({ definitions, store: createMemoryStore(), tenant, notify: () => undefined });
}

async function refusal(promise: Promise<unknown>): Promise<PayloadError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PayloadError);
  return error as PayloadError;
}

describe('JSON Schemas of definitions', () => {
  it('are compiled once per content: two definitions with the same form schema share its validator', () => {
    const schema = { type: 'object', required: ['reason'], properties: { reason: { type: 'string', minLength: 2 } } };
    const first = compile(definition('shared-a', schema));
    const second = compile(definition('shared-b', structuredClone(schema)));
    expect(second.formValidators.get('submit')).toBe(first.formValidators.get('submit'));
    const other = compile(definition('shared-c', { ...schema, required: [] }));
    expect(other.formValidators.get('submit')).not.toBe(first.formValidators.get('submit'));
  });

  it('keep each tenant its own schema when two tenants use the same $id with different content', async () => {
    const id = 'urn:luzhi:test:reply';
    const byReason = { $id: id, type: 'object', required: ['reason'], properties: { reason: { type: 'string' } }, additionalProperties: false };
    const byCount = { $id: id, type: 'object', required: ['count'], properties: { count: { type: 'integer' } }, additionalProperties: false };
    expect(validateDefinition(definition('reply', byReason)).issues).toEqual([]);
    expect(validateDefinition(definition('reply', byCount, undefined, 2)).issues).toEqual([]);
    const first = engineOf('t1', [definition('reply', byReason)]);
    const second = engineOf('t2', [definition('reply', byCount, undefined, 2)]);

    const a = await first.start('reply', { actor: staff });
    const b = await second.start('reply', { actor: staff });
    const wrongForFirst = await refusal(first.send(a.id, { type: 'submit', actor: staff, payload: { count: 3 } }));
    expect(wrongForFirst.issues.map((found) => found.pointer)).toEqual(expect.arrayContaining(['/reason', '/count']));
    const wrongForSecond = await refusal(second.send(b.id, { type: 'submit', actor: staff, payload: { reason: '理由' } }));
    expect(wrongForSecond.issues.map((found) => found.pointer)).toEqual(expect.arrayContaining(['/count', '/reason']));
    expect((await first.send(a.id, { type: 'submit', actor: staff, payload: { reason: '理由' } })).state).toBe('done');
    expect((await second.send(b.id, { type: 'submit', actor: staff, payload: { count: 3 } })).state).toBe('done');
  });

  it('never resolve a $ref or $schema to an $id that another definition declared', () => {
    const declared = { $id: 'urn:luzhi:test:other-tenant', type: 'object', properties: { secret: { $id: 'urn:luzhi:test:nested', type: 'string' } } };
    expect(validateDefinition(definition('declares', { type: 'object', properties: {} }, declared)).issues).toEqual([]);
    compile(definition('declares', { type: 'object', properties: {} }, declared));

    for (const target of ['urn:luzhi:test:other-tenant', 'urn:luzhi:test:nested']) {
      const refers = { type: 'object', properties: { x: { $ref: target } } };
      const issues = validateDefinition(definition('refers', { type: 'object', properties: {} }, refers)).issues;
      expect(issues).toEqual([expect.objectContaining({ code: 'data.schemaInvalid', pointer: '/data/properties/x/$ref' })]);
    }
    const dialect = { $schema: 'urn:luzhi:test:other-tenant', type: 'object' };
    expect(validateDefinition(definition('dialect', { type: 'object', properties: {} }, dialect)).issues).toEqual([
      expect.objectContaining({ code: 'data.schemaInvalid', pointer: '/data/$schema' }),
    ]);
  });

  it('still refuse one $id declared by two schemas of the same definition, pointing at the second', () => {
    const id = 'urn:luzhi:test:twice';
    const twice = {
      ...definition('twice', { $id: id, type: 'object', properties: {} }, { $id: id, type: 'object' }),
    };
    const issues = validateDefinition(twice).issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'form.schemaInvalid', pointer: '/forms/submit/schema/$id' })]);
    expect(issues[0]!.message.en).toContain(id);
    expect(issues[0]!.message['zh-CN']).toContain(id);
    // A nested $id repeating another schema's counts as well.
    const nested = definition('nested', { type: 'object', properties: { x: { $id: id, type: 'string' } } }, { $id: id, type: 'object' });
    expect(validateDefinition(nested).issues).toEqual([expect.objectContaining({ code: 'form.schemaInvalid', pointer: '/forms/submit/schema/properties/x/$id' })]);
  });

  it('are refused when they claim the meta-schema\'s $id, and leave later definitions unaffected', () => {
    const meta = 'https://json-schema.org/draft/2020-12/schema';
    const claims = [
      definition('claims-top', { type: 'object', properties: {} }, { $id: meta, type: 'object' }),
      definition('claims-nested', { type: 'object', properties: {} }, { type: 'object', properties: { x: { $id: meta, type: 'string' } } }),
      definition('claims-form', { $id: meta, type: 'object', properties: {} }),
    ];
    for (const claim of claims) {
      expect(validateDefinition(claim).issues.map((found) => found.code)).toContain(claim.id === 'claims-form' ? 'form.schemaInvalid' : 'data.schemaInvalid');
    }
    const later = definition('later', { type: 'object', required: ['x'], properties: { x: { type: 'string', minLength: 1 } } }, { type: 'object' });
    expect(validateDefinition(later).issues).toEqual([]);
    expect(compile(later).formValidators.get('submit')!({ x: '' })).toBe(false);
  });

  it('keep the conditions of two forms apart when they use the same $id with different content', () => {
    const form = { type: 'object', properties: { title: { type: 'string' }, kind: { type: 'string' } } };
    const ruleOn = (kind: string) => ({
      type: 'Control',
      scope: '#/properties/title',
      rule: { effect: 'HIDE', condition: { scope: '#/properties/kind', schema: { $id: 'urn:luzhi:test:condition', const: kind } } },
    });
    expect(checkFormLayout(form, ruleOn('a')).issues).toEqual([]);
    expect(checkFormLayout(form, ruleOn('b')).issues).toEqual([]);
    expect(conditionMatches({ $id: 'urn:luzhi:test:condition', const: 'a' }, 'a')).toBe(true);
    expect(conditionMatches({ $id: 'urn:luzhi:test:condition', const: 'b' }, 'b')).toBe(true);
    expect(conditionMatches({ $id: 'urn:luzhi:test:condition', const: 'b' }, 'a')).toBe(false);
  });

  it('are compiled from a copy: changing the definition object afterwards does not change its validators', () => {
    const source = definition('mutated', { type: 'object', properties: {} }, {
      type: 'object',
      properties: { level: { const: { name: '一级' } } },
    });
    const compiled = compile(source);
    expect(compiled.dataValidator!({ level: { name: '一级' } })).toBe(true);
    ((source.data as { properties: { level: { const: { name: string } } } }).properties.level.const).name = '二级';
    expect(compiled.dataValidator!({ level: { name: '一级' } })).toBe(true);
    expect(compiled.dataValidator!({ level: { name: '二级' } })).toBe(false);
  });
});
