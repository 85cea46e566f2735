import { defineCheck, issue } from './check.js';

/** `state.duplicate`: state names are unique in the whole definition, so `to` can name any state. */
export const stateNamesCheck = defineCheck({
  name: 'unique state names',
  codes: ['state.duplicate'],
  check: ({ index }) =>
    index.duplicates.map(({ name, pointer, firstPointer }) =>
      issue(
        'state.duplicate',
        pointer,
        `状态名“${name}”重复：已在 ${firstPointer} 定义。整个流程中状态名必须唯一（转移的 to 按名称指向状态），请改用另一个名称`,
        `State name "${name}" is used twice: it is already defined at ${firstPointer}. State names must be unique in the whole definition (a transition's "to" names a state); choose another name`,
      ),
    ),
});
