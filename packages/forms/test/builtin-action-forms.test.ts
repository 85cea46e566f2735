import { describe, expect, it } from 'vitest';
import { builtinActionForms, createAjv, createEngine } from '@luzhi/engine';
import { builtinForm } from '../src/index.js';

const unitsWorkflow = {
  id: 'units',
  version: 1,
  title: '多单位办理',
  roles: { office: { title: '办公室' }, unit: { title: '承办单位', scope: 'unit' } },
  data: { type: 'object', properties: { units: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } } } },
  initial: 'handling',
  states: {
    handling: {
      forEach: { in: '/units', key: 'id', role: 'unit', manage: ['office'] },
      initial: 'working',
      states: { working: { on: { reply: { to: 'replied', roles: ['unit'] } } }, replied: { type: 'final' } },
      onDone: { to: 'done' },
    },
    done: { type: 'final' },
  },
};

describe('the task panel forms of the built-in actions', () => {
  it('accept a 加签 item as an object naming the unit, as the engine does', async () => {
    const form = builtinForm('addBranch', 'zh-CN', [])!;
    const payload = { item: { id: 'finance' }, reason: '需要会签' };
    expect(createAjv().compile(form.schema as object)(payload)).toBe(true);
    const engine = createEngine({ definitions: [unitsWorkflow] });
    const office = { id: 'o1', roles: ['office'] };
    const started = await engine.start('units', { actor: office, data: { units: [{ id: 'water' }] } });
    const view = await engine.send(started.id, { type: 'addBranch', actor: office, payload });
    expect(view.branches?.handling?.map((branch) => branch.key)).toEqual(['water', 'finance']);
  });

  it('validate each payload with the schema the engine registers, titled in the page language', () => {
    for (const action of builtinActionForms()) {
      const form = builtinForm(action.name, 'en', []);
      if (!('payload' in action)) {
        expect(form).toBeUndefined();
        continue;
      }
      expect(form!.title).toBe(action.title.en);
      const schema = form!.schema as { required: string[]; properties: Record<string, Record<string, unknown>> };
      expect(schema.required).toEqual([...action.payload.required]);
      for (const [field, fieldSchema] of Object.entries(action.payload.properties)) {
        const { title, ...rest } = schema.properties[field]!;
        expect(rest).toEqual(fieldSchema);
        expect(title).toBe((action.fields as Record<string, { title: { en: string } }>)[field]!.title.en);
      }
    }
  });
});
