import { builtinActionForms, type BilingualTitle, type BuiltinActionForm, type MessageLanguage } from '@luzhi/engine';
import type { WorkflowForm } from '../form/luzhi-form.js';

/**
 * The form of one of the engine's built-in actions that take a payload — 延期 `{ by, reason }`,
 * 委托 `{ to, reason }`, 加签 `{ item, reason }`, 减签 `{ branch, reason }` — built from the
 * engine's registry of built-ins, so it accepts exactly what the engine accepts, in the language
 * given; `branches` are the units a field that names an open branch may choose from. Undefined
 * for an action without a payload, or an event that is not a built-in.
 */
export function builtinForm(event: string, language: MessageLanguage, branches: readonly string[]): WorkflowForm | undefined {
  const action: BuiltinActionForm | undefined = builtinActionForms().find((candidate) => candidate.name === event);
  if (action?.payload === undefined) return undefined;
  const pick = (title: BilingualTitle) => (language === 'en' ? title.en : title['zh-CN']);
  const properties = Object.entries(action.payload.properties).map(([field, schema]) => {
    const shown = action.fields !== undefined && Object.hasOwn(action.fields, field) ? action.fields[field] : undefined;
    const title = shown === undefined ? field : pick(shown.title);
    // A field naming an open branch offers the open ones; the engine refuses any other unit.
    return [field, shown?.choices === 'branches' && branches.length > 0 ? { title, enum: [...branches] } : { ...schema, title }] as const;
  });
  return {
    title: pick(action.title),
    schema: { type: 'object', required: [...action.payload.required], properties: Object.fromEntries(properties), additionalProperties: false },
  };
}
