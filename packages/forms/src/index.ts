/**
 * @luzhi/forms — web components for Luzhi workflows. Importing this module registers no tag:
 * import `@luzhi/forms/define/<tag>` for that.
 */
export { LuzhiForm } from './form/luzhi-form.js';
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
