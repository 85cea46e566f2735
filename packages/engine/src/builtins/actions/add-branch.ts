import { getAtPointer, setAtPointer } from '../../json-pointer.js';
import { branchKey, firstState } from '../../compile/for-each.js';
import { ownValue, withOwn } from '../../own-keys.js';
import { defineBuiltinAction, offerToManagers, type BuiltinActionForm, type PayloadOf } from './builtin-action.js';

const payload = {
  type: 'object',
  required: ['item', 'reason'],
  properties: { item: { type: ['string', 'object'] }, reason: { type: 'string', minLength: 2 } },
  additionalProperties: false,
} as const;

/** The payload of 加签: the data item naming the unit (a unit id, or an object with the forEach `key`), and why. */
export type AddBranchPayload = PayloadOf<typeof payload>;

/** 加签: what the forms need. */
export const addBranchForm = {
  name: 'addBranch',
  title: { 'zh-CN': '加签（增加承办单位）', en: 'Add a unit' },
  eventTitle: { 'zh-CN': '加签', en: 'Unit added' },
  enabledBy: 'forEach.manage',
  payload,
  fields: {
    item: { title: { 'zh-CN': '承办单位', en: 'Unit' } },
    reason: { title: { 'zh-CN': '理由', en: 'Reason' } },
  },
} as const satisfies BuiltinActionForm;

/**
 * 加签: offered to the roles of `forEach.manage` while the forEach state runs. Opens a branch for
 * the item (unless its unit already has one) and appends the item to the data array at `in`.
 */
export const addBranch = /* @__PURE__ */ defineBuiltinAction({
  form: addBranchForm,
  perBranch: false,
  offer: offerToManagers,
  statechart: {
    guard: (context, event, source) => {
      const key = branchKey((event.payload as { item?: unknown } | undefined)?.item, source.key);
      return key !== undefined && !Object.hasOwn(ownValue(context.branches, source.forEach) ?? {}, key);
    },
    update: (context, event, source) => {
      const item: unknown = (event.payload as AddBranchPayload).item;
      const key = branchKey(item, source.key)!;
      const items = getAtPointer(context.data, source.in);
      return {
        branches: withOwn(
          context.branches,
          source.forEach,
          withOwn(ownValue(context.branches, source.forEach), key, { state: firstState(source, context, key, item), entered: context.now, item }),
        ),
        data: setAtPointer(context.data, source.in, [...(Array.isArray(items) ? items : []), item]),
      };
    },
  },
});
