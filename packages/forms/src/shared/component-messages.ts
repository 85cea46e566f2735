import { builtinActionForms, type Colour } from '@luzhi/engine';
import { DIAGRAM_WORDS } from '@luzhi/engine/diagram';
import type { FormMessages } from '../locale/messages.js';
import { matchLocale, messagesFor, registerLocale } from '../locale/registry.js';

/**
 * The strings of the task panel, inbox, timeline and diagram. They live in the package's one
 * locale registry beside the form's: register a locale with {@link registerMessages} (or
 * `registerLocale` with an object holding both sets); a locale that lacks them falls back to the
 * built-in Chinese or English by language.
 */
export interface ComponentMessages {
  /** A colour of 三色管理 in words, so colour is never the only sign. */
  colour: (colour: Colour) => string;
  /** A due time, as the inbox and panel show it. */
  dueOn: (when: string) => string;
  /** A task without a deadline. */
  noDue: string;
  /** When a task arrived. */
  receivedOn: (when: string) => string;
  /** A unit's branch (承办单位). */
  branch: (unit: string) => string;
  /** The panel's heading: the current step(s). */
  currentStep: (steps: string) => string;
  /** Names listed in a sentence (several current states). */
  list: (items: readonly string[]) => string;
  /** The panel's list of actions. */
  actions: string;
  /** The panel when the actor may do nothing now. */
  noActions: string;
  /** The panel when the instance has ended. */
  finished: string;
  /** The button confirming an action without a form. */
  confirm: (action: string) => string;
  /** An action offered on one unit's branch. */
  actionOnBranch: (action: string, unit: string) => string;
  /** A unit's branch and the step it is at. */
  branchAt: (unit: string, step: string) => string;
  /** The panel's property `send` is missing when an action is taken. */
  noSend: string;
  /** Leaves the chosen action. */
  cancel: string;
  /** While a command is on its way. */
  sending: string;
  /** An error that is not one of the engine's (a lost connection), with its own message if any. */
  sendFailed: (detail: string) => string;
  /** The panel's content part: the instance's data, read-only. */
  content: string;
  /** The panel's section of data fields no form wrote. */
  otherDetails: string;
  /** The panel's part listing replies, opinions and other entries collected per action. */
  replies: string;
  /** An entry of such a list when the definition records nobody beside it (1-based). */
  entry: (index: number) => string;
  /** The inbox's accessible name. */
  inbox: string;
  /** The inbox's search box. */
  search: string;
  /** The inbox's colour filter and its "all" choice. */
  filterColour: string;
  allColours: string;
  /** The inbox's sort control and its choices. */
  sortBy: string;
  sortDue: string;
  sortCreated: string;
  sortColour: string;
  /** How many tasks are listed. */
  taskCount: (count: number) => string;
  /** An empty to-do list. */
  noTasks: string;
  /** The timeline's accessible name. */
  timeline: string;
  /** An empty history. */
  noEvents: string;
  /** Titles of the events the engine records by itself or for its built-in actions. */
  eventTitle: (type: string) => string | undefined;
  /** The system actor of deadline events. */
  system: string;
  /** The state an event moved the instance to. */
  movedTo: (states: string) => string;
  /** The instances an event started (links between workflows), as `workflow id` items. */
  startedInstances: (instances: string) => string;
  /** Where an instance started by another one comes from. */
  startedBy: (workflow: string, instance: string, seq: number) => string;
  /** The diagram's accessible name. */
  diagram: (workflow: string) => string;
  /** The diagram's list of current states. */
  currentStates: (states: string) => string;
  /** A forEach state's marker, and how many branches are in one of its child states. */
  perUnit: string;
  branchCount: (count: number) => string;
  /** Labels of edges that are not actions. */
  whenDone: string;
  whenExpired: string;
}

/** Strings for every element of the package: the form's and the components'. */
export type LuzhiMessages = FormMessages & ComponentMessages;

// Maps: an event type is a name from a definition (`toString` is a fine action name).
const eventTitlesZh = new Map<string, string>([
  ['start', '创建'],
  ['deadlineWarning', '期限提醒（催办）'],
  ['deadlineExpired', '超过期限'],
  ['deadlinesRecounted', '按新日历重算期限'],
  ['migrated', '迁移到流程新版本'],
  ...builtinActionForms().map((action): [string, string] => [action.name, action.eventTitle['zh-CN']]),
]);

const eventTitlesEn = new Map<string, string>([
  ['start', 'Created'],
  ['deadlineWarning', 'Deadline reminder'],
  ['deadlineExpired', 'Deadline passed'],
  ['deadlinesRecounted', 'Deadlines recounted on the new calendar'],
  ['migrated', 'Moved to a new version of the workflow'],
  ...builtinActionForms().map((action): [string, string] => [action.name, action.eventTitle.en]),
]);

/** The components' strings in Chinese (simplified). */
export const componentsZhCN: ComponentMessages = {
  colour: (colour) => ({ green: '正常', yellow: '临期', red: '逾期' })[colour],
  dueOn: (when) => `期限 ${when}`,
  noDue: '无期限',
  receivedOn: (when) => `收到 ${when}`,
  branch: (unit) => `承办单位：${unit}`,
  currentStep: (steps) => `当前环节：${steps}`,
  list: (items) => items.join('、'),
  actions: '可办理的操作',
  noActions: '当前没有您可办理的操作',
  finished: '流程已办结',
  confirm: (action) => `确认${action}`,
  actionOnBranch: (action, unit) => `${action}（${unit}）`,
  branchAt: (unit, step) => `${unit}：${step}`,
  noSend: '页面没有为办理面板提供 send 回调，无法提交',
  cancel: '取消',
  sending: '正在提交…',
  sendFailed: (detail) => (detail ? `操作未完成：${detail}` : '操作未完成'),
  content: '办理内容',
  otherDetails: '其他信息',
  replies: '答复与意见',
  entry: (index) => `第 ${index} 条`,
  inbox: '待办事项',
  search: '搜索',
  filterColour: '状态',
  allColours: '全部',
  sortBy: '排序',
  sortDue: '按期限',
  sortCreated: '按收到时间',
  sortColour: '按紧急程度',
  taskCount: (count) => `共 ${count} 件`,
  noTasks: '暂无待办事项',
  timeline: '办理记录',
  noEvents: '暂无记录',
  eventTitle: (type) => eventTitlesZh.get(type),
  system: '系统',
  movedTo: (states) => `转入：${states}`,
  startedInstances: (instances) => `启动：${instances}`,
  startedBy: (workflow, instance, seq) => `由 ${workflow} ${instance} 的第 ${seq} 条记录启动`,
  diagram: DIAGRAM_WORDS['zh-CN'].diagram,
  currentStates: (states) => `当前环节：${states}`,
  perUnit: DIAGRAM_WORDS['zh-CN'].perUnit,
  branchCount: (count) => `${count} 个分支`,
  whenDone: DIAGRAM_WORDS['zh-CN'].whenDone,
  whenExpired: DIAGRAM_WORDS['zh-CN'].whenExpired,
};

/** The components' strings in English. */
export const componentsEn: ComponentMessages = {
  colour: (colour) => ({ green: 'On time', yellow: 'Due soon', red: 'Overdue' })[colour],
  dueOn: (when) => `Due ${when}`,
  noDue: 'No deadline',
  receivedOn: (when) => `Received ${when}`,
  branch: (unit) => `Unit: ${unit}`,
  currentStep: (steps) => `Current step: ${steps}`,
  list: (items) => items.join(', '),
  actions: 'Actions',
  noActions: 'Nothing for you to do here now',
  finished: 'This process has ended',
  confirm: (action) => `Confirm: ${action}`,
  actionOnBranch: (action, unit) => `${action} (${unit})`,
  branchAt: (unit, step) => `${unit}: ${step}`,
  noSend: 'The page gave the task panel no send callback: nothing can be sent',
  cancel: 'Cancel',
  sending: 'Sending…',
  sendFailed: (detail) => (detail ? `The action was not completed: ${detail}` : 'The action was not completed'),
  content: 'Details',
  otherDetails: 'Other details',
  replies: 'Replies and opinions',
  entry: (index) => `Entry ${index}`,
  inbox: 'To-do list',
  search: 'Search',
  filterColour: 'Status',
  allColours: 'All',
  sortBy: 'Sort',
  sortDue: 'By deadline',
  sortCreated: 'By arrival',
  sortColour: 'By urgency',
  taskCount: (count) => (count === 1 ? '1 task' : `${count} tasks`),
  noTasks: 'Nothing to do',
  timeline: 'History',
  noEvents: 'No history yet',
  eventTitle: (type) => eventTitlesEn.get(type),
  system: 'System',
  movedTo: (states) => `Now: ${states}`,
  startedInstances: (instances) => `Started: ${instances}`,
  startedBy: (workflow, instance, seq) => `Started by ${workflow} ${instance}, event ${seq}`,
  diagram: DIAGRAM_WORDS.en.diagram,
  currentStates: (states) => `Current: ${states}`,
  perUnit: DIAGRAM_WORDS.en.perUnit,
  branchCount: (count) => (count === 1 ? '1 branch' : `${count} branches`),
  whenDone: DIAGRAM_WORDS.en.whenDone,
  whenExpired: DIAGRAM_WORDS.en.whenExpired,
};

/**
 * Registers (or replaces) every string of the package for a locale: the form's and the
 * components'. The same as `registerLocale`, typed for both sets.
 */
export function registerMessages(locale: string, messages: LuzhiMessages): void {
  registerLocale(locale, messages);
}

/**
 * The components' strings for a locale: those registered for it (see {@link registerMessages}),
 * else the built-in Chinese or English by the matched locale's language.
 */
export function componentMessagesFor(locale: string | undefined): ComponentMessages {
  const matched = matchLocale(locale);
  const builtIn = matched.toLowerCase().startsWith('zh') ? componentsZhCN : componentsEn;
  const registered = messagesFor(locale) as Partial<ComponentMessages>;
  return 'inbox' in registered ? { ...builtIn, ...registered } : builtIn;
}
