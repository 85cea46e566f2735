import type { MessageLanguage } from '@luzhi/engine';
import type { WorkflowForm } from '../form/luzhi-form.js';

const reason = (language: MessageLanguage) => ({ type: 'string', title: language === 'en' ? 'Reason' : '理由', minLength: 2 });

/**
 * The forms of the engine's built-in actions that take a payload — 延期 `{ by, reason }`, 委托
 * `{ to, reason }`, 加签 `{ item, reason }`, 减签 `{ branch, reason }` — in the language given;
 * `branches` are the units a removal may name. Undefined for an action without a payload.
 */
export function builtinForm(event: string, language: MessageLanguage, branches: readonly string[]): WorkflowForm | undefined {
  const en = language === 'en';
  const form = (title: string, properties: Record<string, unknown>): WorkflowForm => ({
    title,
    schema: { type: 'object', required: [...Object.keys(properties)], properties, additionalProperties: false },
  });
  switch (event) {
    case 'extendDeadline':
      return form(en ? 'Extend the deadline' : '申请延期', {
        by: { type: 'string', title: en ? 'By (P1M, P15D, 10WD)' : '延期时长（如 P1M、P15D、10WD）', minLength: 2 },
        reason: reason(language),
      });
    case 'delegateTask':
      return form(en ? 'Delegate the task' : '委托他人办理', { to: { type: 'string', title: en ? 'To (user id)' : '受托人（用户标识）', minLength: 1 }, reason: reason(language) });
    case 'addBranch':
      return form(en ? 'Add a unit' : '加签（增加承办单位）', { item: { type: 'string', title: en ? 'Unit' : '承办单位', minLength: 1 }, reason: reason(language) });
    case 'removeBranch':
      return form(en ? 'Remove a unit' : '减签（撤销承办单位）', {
        branch: branches.length > 0 ? { title: en ? 'Unit' : '承办单位', enum: [...branches] } : { type: 'string', title: en ? 'Unit' : '承办单位', minLength: 1 },
        reason: reason(language),
      });
    default:
      return undefined;
  }
}
