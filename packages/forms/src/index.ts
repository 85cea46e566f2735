/**
 * @luzhi/forms — web components for Luzhi workflows. Importing this module registers no tag:
 * import `@luzhi/forms/define/<tag>` for that.
 */
export {
  LuzhiForm,
  type WorkflowForm,
  type UploadHandler,
  type LuzhiSubmitDetail,
  type LuzhiInvalidDetail,
} from './form/luzhi-form.js';
export { createFormModel, defaultLayout, type FormInput, type FormModel } from './form/form-model.js';
export { FormState } from './form/form-state.js';
export {
  resolveForm,
  type View,
  type FieldView,
  type RowView,
  type CategorizationView,
  type CategoryView,
  type ResolveOptions,
  type ResolvedForm,
} from './form/resolve-view.js';
export { buildPayload } from './form/payload.js';
export { fieldKind, choicesOf, type FieldKind, type Choice } from '@luzhi/engine';
export type {
  UiElement,
  ControlElement,
  LayoutElement,
  GroupElement,
  LabelElement,
  CategorizationElement,
  CategoryElement,
  UiText,
  ControlOptions,
  Rule,
  Condition,
  JsonSchema,
} from './form/ui-schema.js';
export { FormSchemaError } from './errors.js';
export type { FormMessages } from './locale/messages.js';
export {
  DEFAULT_LOCALE,
  registerLocale,
  registeredLocales,
  matchLocale,
  messagesFor,
  localeOf,
  issueLanguage,
} from './locale/registry.js';
export { baseStyles } from './theme/base-styles.js';
export { LuzhiDiagram } from './diagram/luzhi-diagram.js';
export { layoutWorkflow, rankRows, METRICS, type DiagramLayout, type LayoutBox, type LayoutEdge, type LayoutOptions } from '@luzhi/engine/diagram';
export { estimateTextWidth, type MeasureText } from '@luzhi/engine/diagram';
export { ElementInputError } from './shared/element-input-error.js';
export { indexWorkflow, type WorkflowIndex, type StateInfo, type StateKind, type Move } from '@luzhi/engine/diagram';
export { checkView, checkTasks, checkEvents, type InboxTask } from './shared/check-rows.js';
export {
  registerMessages,
  componentMessagesFor,
  componentsZhCN,
  componentsEn,
  type ComponentMessages,
  type LuzhiMessages,
} from './shared/component-messages.js';
export { LuzhiInbox, type LuzhiOpenDetail } from './inbox/luzhi-inbox.js';
export { selectTasks, taskKey, taskTitle, moveSelection, type InboxQuery, type InboxSort, type ColourFilter } from './inbox/inbox-model.js';
export { LuzhiTimeline } from './timeline/luzhi-timeline.js';
export { timelineEntries, SYSTEM_ACTOR, type TimelineEntry } from './timeline/timeline-model.js';
export { LuzhiTaskPanel, SIDE_BY_SIDE_WIDTH, type LuzhiSentDetail, type PanelLayout } from './task-panel/luzhi-task-panel.js';
export {
  panelContent,
  spacedName,
  type PanelContent,
  type ContentSection,
  type FormSection,
  type DataSection,
  type DataItem,
  type ContentForm,
  type EntryList,
  type Entry,
} from './task-panel/panel-content.js';
export { dataOrigins, type DataOrigins, type FieldOrigin, type ListOrigin, type FormWrite, type Writer } from './task-panel/data-origins.js';
export { MAX_VALUE_DEPTH, MAX_NESTED_TEXT } from './task-panel/render-content.js';
export { panelActions, describeFailure, actionKey, type PanelCommand, type SendCallback, type PanelAction, type Failure } from './task-panel/panel-model.js';
export { builtinForm } from './task-panel/builtin-forms.js';
