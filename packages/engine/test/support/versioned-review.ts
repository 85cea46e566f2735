import type { Actor } from '../../src/index.js';

// Two versions of one small workflow, for the tests of instances that outlive their version:
// version 2 renames the review step (same deadline) and the branch step, recounts the closing
// deadline (a longer one) and requires a new data field, `priority`.

/** Version 1: draft → review (10-day deadline) → handling (a branch per unit) → closing (5 days) → done. */
export const reviewV1 = {
  id: 'versioned-review',
  version: 1,
  title: '版本测试',
  roles: {
    office: { title: '提案委员会' },
    unit: { title: '承办单位', scope: 'unit' },
  },
  data: {
    type: 'object',
    properties: { title: { type: 'string' }, units: { type: 'array', items: { type: 'string' } } },
    required: ['title'],
  },
  initial: 'draft',
  states: {
    draft: { title: '起草', on: { submit: { to: 'review', roles: ['office'] } } },
    review: {
      title: '审查',
      deadline: { within: 'P10D', warnBefore: 'P2D', extend: { roles: ['office'], max: 'P10D' } },
      on: { accept: { to: 'handling', roles: ['office'] } },
    },
    handling: {
      title: '办理',
      forEach: { in: '/units', role: 'unit' },
      initial: 'working',
      states: {
        working: { title: '办理中', deadline: { within: 'P20D' }, on: { reply: { to: 'replied', roles: ['unit'] } } },
        replied: { type: 'final' },
      },
      onDone: { to: 'closing' },
    },
    closing: { title: '办结', deadline: { within: 'P5D' }, on: { close: { to: 'done', roles: ['office'] } } },
    done: { type: 'final' },
  },
};

/** Version 2: `review` is `check` (same deadline), `working` is `doing`, `closing` has 15 days, and `priority` is required. */
export const reviewV2 = {
  ...reviewV1,
  version: 2,
  data: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      units: { type: 'array', items: { type: 'string' } },
      priority: { type: 'string', enum: ['normal', 'urgent'] },
    },
    required: ['title', 'priority'],
  },
  initial: 'draft',
  states: {
    draft: { title: '起草', on: { submit: { to: 'check', roles: ['office'] } } },
    check: {
      title: '审查',
      deadline: { within: 'P10D', warnBefore: 'P2D', extend: { roles: ['office'], max: 'P10D' } },
      on: { accept: { to: 'handling', roles: ['office'] } },
    },
    handling: {
      title: '办理',
      forEach: { in: '/units', role: 'unit' },
      initial: 'doing',
      states: {
        doing: { title: '办理中', deadline: { within: 'P20D' }, on: { reply: { to: 'replied', roles: ['unit'] } } },
        replied: { type: 'final' },
      },
      onDone: { to: 'closing' },
    },
    closing: { title: '办结', deadline: { within: 'P15D' }, on: { close: { to: 'done', roles: ['office'] } } },
    done: { type: 'final' },
  },
};

/** The plan that moves instances of version 1 to version 2. */
export const reviewPlan = {
  id: 'versioned-review',
  from: 1,
  to: 2,
  states: { review: 'check', working: 'doing' },
  data: { '/priority': "coalesce(data.priority, 'normal')" },
};

export const officer: Actor = { id: 'o1', roles: ['office'] };
export const unitActor = (unit: string): Actor => ({ id: `u-${unit}`, roles: ['unit'], unit });
