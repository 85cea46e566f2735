import { getAtPointer, setAtPointer } from '../../json-pointer.js';
import { branchKey } from '../../compile/for-each.js';
import { ownValue, withOwn } from '../../own-keys.js';
import { defineBuiltinAction, offerToManagers, type BuiltinActionForm, type PayloadOf } from './builtin-action.js';

const payload = {
  type: 'object',
  required: ['branch', 'reason'],
  properties: { branch: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 2 } },
  additionalProperties: false,
} as const;

/** The payload of 减签: the unit whose branch closes, and why. */
export type RemoveBranchPayload = PayloadOf<typeof payload>;

/** 减签: what the forms need. */
export const removeBranchForm = {
  name: 'removeBranch',
  title: { 'zh-CN': '减签（撤销承办单位）', en: 'Remove a unit' },
  eventTitle: { 'zh-CN': '减签', en: 'Unit removed' },
  enabledBy: 'forEach.manage',
  payload,
  fields: {
    branch: { title: { 'zh-CN': '承办单位', en: 'Unit' }, choices: 'branches' },
    reason: { title: { 'zh-CN': '理由', en: 'Reason' } },
  },
} as const satisfies BuiltinActionForm;

/**
 * 减签: offered to the roles of `forEach.manage` while the forEach state runs. Closes an open
 * branch and removes its unit's items from the data array at `in`.
 */
export const removeBranch = /* @__PURE__ */ defineBuiltinAction({
  form: removeBranchForm,
  perBranch: false,
  offer: offerToManagers,
  statechart: {
    guard: (context, event, source) => {
      const key = (event.payload as { branch?: unknown } | undefined)?.branch;
      return typeof key === 'string' && Object.hasOwn(ownValue(context.branches, source.forEach) ?? {}, key);
    },
    update: (context, event, source) => {
      const key = (event.payload as RemoveBranchPayload).branch;
      const rest = { ...ownValue(context.branches, source.forEach) };
      delete rest[key];
      const items = getAtPointer(context.data, source.in);
      return {
        branches: withOwn(context.branches, source.forEach, rest),
        data: setAtPointer(context.data, source.in, (Array.isArray(items) ? items : []).filter((item) => branchKey(item, source.key) !== key)),
      };
    },
  },
});
