import { describe, expect, it } from 'vitest';
import { createEngine, TransitionNotAllowedError } from '../src/index.js';
import { refusal } from './support/refusal.js';

const officer = { id: 'gu.lan', roles: ['office'] };

/** A review whose two ways forward each have a condition; the second explains itself in one language only. */
const review = {
  id: 'guarded-review',
  version: 1,
  title: '评审',
  roles: { office: { title: '办公室' } },
  forms: {
    decide: {
      title: '评审意见',
      schema: {
        type: 'object',
        properties: { score: { type: 'integer' }, override: { type: 'boolean' } },
        additionalProperties: false,
      },
    },
  },
  initial: 'review',
  states: {
    review: {
      title: '评审',
      on: {
        pass: [
          {
            to: 'passed',
            roles: ['office'],
            form: 'decide',
            when: 'payload.score >= 60',
            refusal: { 'zh-CN': '分数不足 60 分', en: 'The score is below 60' },
          },
          { to: 'passed', roles: ['office'], form: 'decide', when: 'payload.override == true', refusal: '或由主任决定放行' },
        ],
        close: { to: 'closed', roles: ['office'], when: 'false' },
      },
    },
    passed: { type: 'final', title: '通过' },
    closed: { type: 'final', title: '关闭' },
  },
};

describe('a guard refusal says what the definition expects', () => {
  it('quotes the refusal of every alternative, in each language, and changes nothing', async () => {
    const engine = createEngine({ definitions: [review], tenant: 't' });
    const { id } = await engine.start('guarded-review', { actor: officer });
    const error = await refusal(engine.send(id, { type: 'pass', actor: officer, payload: { score: 42 } }));
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    expect(error).toMatchObject({ code: 'transition.guard' });
    expect(error.messages['zh-CN']).toMatch(/条件都不成立：分数不足 60 分；或由主任决定放行$/);
    expect(error.messages.en).toMatch(/No condition of "pass" holds in state review: The score is below 60; 或由主任决定放行$/);
    expect((await engine.get(id)).version).toBe(1);
    await expect(engine.send(id, { type: 'pass', actor: officer, payload: { score: 75 } })).resolves.toMatchObject({ state: 'passed' });
  });

  it('without a refusal the message stays the generic one', async () => {
    const engine = createEngine({ definitions: [review], tenant: 't' });
    const { id } = await engine.start('guarded-review', { actor: officer });
    const error = await refusal(engine.send(id, { type: 'close', actor: officer }));
    expect(error.messages.en).toBe('No condition of "close" holds in state review');
  });
});
