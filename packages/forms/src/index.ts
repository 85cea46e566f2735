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
export { resolveForm, type View, type FieldView, type RowView, type ResolveOptions, type ResolvedForm } from './form/resolve-view.js';
export { buildPayload } from './form/payload.js';
export { fieldKind, choicesOf, type FieldKind, type Choice } from './form/field-kind.js';
export type {
  UiElement,
  ControlElement,
  LayoutElement,
  GroupElement,
  LabelElement,
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
