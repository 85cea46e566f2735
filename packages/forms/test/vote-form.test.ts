import { createAjv, createEngine, type Actor } from '@luzhi/engine';
import { describe, expect, it } from 'vitest';
import { panelActions } from '../src/index.js';
import { InputChecker } from '../src/shared/check-input.js';
import { indexWorkflow } from '@luzhi/engine/diagram';

// A vote on each recommendation (票评): the panel offers the ballot's own form to a voter.
const vote = {
  id: 'vote',
  version: 1,
  title: { 'zh-CN': '票评', en: 'Vote' },
  roles: {
    office: { title: '办公室' },
    member: { title: '常委', holders: '/members' },
  },
  data: {
    type: 'object',
    properties: { members: { type: 'array', items: { type: 'string' } }, units: { type: 'array', items: { type: 'string' } }, tally: { type: 'object' } },
  },
  initial: 'voting',
  states: {
    voting: {
      title: { 'zh-CN': '常委会票评', en: 'Vote' },
      ballot: {
        role: 'member',
        questions: { overall: { title: { 'zh-CN': '落实情况', en: 'Carried out' }, choices: ['满意', '基本满意', '不满意'] } },
        items: '/units',
        anonymous: true,
        result: '/tally',
      },
      onDone: { to: 'done' },
    },
    done: { type: 'final' },
  },
};

const voter: Actor = { id: 'm1', roles: [] };
const messages = { actionOnBranch: (title: string, branch: string) => `${title}（${branch}）` };

describe('the vote form of the task panel', () => {
  it('offers a voter the ballot\'s questions for each item it votes on, and the engine accepts what the form accepts', async () => {
    const engine = createEngine({ definitions: [vote] });
    const { id } = await engine.start('vote', { actor: { id: 'o', roles: ['office'] }, data: { members: ['m1', 'm2'], units: ['市教育局', '市交通局'] } });
    const view = await engine.get(id, { actor: voter });
    // Without the definition the panel has no questions to show.
    expect(panelActions(view, undefined, 'zh-CN', messages)[0]!.form).toBeUndefined();

    const index = indexWorkflow(vote, new InputChecker('luzhi-task-panel', 'definition'));
    const [action] = panelActions(view, index, 'en', messages);
    expect(action!.action.event).toBe('castVote');
    const schema = action!.form!.schema as { properties: { answers: { minItems: number; items: { properties: Record<string, unknown> } } } };
    expect(schema.properties.answers.minItems).toBe(2);
    expect(schema.properties.answers.items.properties.item).toEqual({ type: 'string', enum: ['市教育局', '市交通局'] });
    expect(schema.properties.answers.items.properties.overall).toEqual({ title: 'Carried out', enum: ['满意', '基本满意', '不满意'] });

    const validate = createAjv().compile(action!.form!.schema as object);
    expect(validate({ answers: [{ item: '市卫健委', overall: '满意' }, { item: '市交通局', overall: '满意' }] })).toBe(false);
    const payload = { answers: [{ item: '市教育局', overall: '满意' }, { item: '市交通局', overall: '不满意' }] };
    expect(validate(payload)).toBe(true);
    const after = await engine.send(id, { type: 'castVote', actor: voter, payload });
    expect(after.ballots?.voting).toMatchObject({ cast: 1, hasVoted: true });
    // Once voted, the voter is offered nothing more.
    expect(panelActions(after, index, 'en', messages)).toEqual([]);
  });
});
