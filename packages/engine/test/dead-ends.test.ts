import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../src/definition/validate.js';

const report = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL('./fixtures/valid/opinion-report.json', import.meta.url), 'utf8')) as Record<string, any>;

describe('states an instance could never leave', () => {
  it('refuses a nested final state whose containing states have no way out', () => {
    const definition = report();
    definition.states.declined = { title: '不采用', initial: 'closed', states: { closed: { type: 'final' } } };
    const { issues } = validateDefinition(definition);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'state.deadEnd', pointer: '/states/declined/states/closed' }));
  });

  it('accepts a nested final state once a containing state moves on when it is done', () => {
    const definition = report();
    definition.states.declined = {
      title: '不采用',
      initial: 'closed',
      states: { closed: { type: 'final' } },
      onDone: { to: 'archived' },
    };
    definition.states.archived = { type: 'final' };
    expect(validateDefinition(definition).issues.filter((issue) => issue.code === 'state.deadEnd')).toEqual([]);
  });
});
