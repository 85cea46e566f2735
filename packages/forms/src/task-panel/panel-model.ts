import { fieldPermissionsFor, pickTitle, votePayloadSchema, type ActionView, type FieldPermissions, type InstanceView, type Issue, type MessageLanguage } from '@luzhi/engine';
import type { WorkflowForm } from '../form/luzhi-form.js';
import { issueLanguage } from '../locale/registry.js';
import { InputChecker } from '../shared/check-input.js';
import type { ComponentMessages } from '../shared/component-messages.js';
import { actionTitle, type WorkflowIndex } from '@luzhi/engine/diagram';
import { builtinForm } from './builtin-forms.js';

/** What the panel asks the host to do: take action `type` on the instance, as the panel's actor. */
export interface PanelCommand {
  instanceId: string;
  type: string;
  payload?: Record<string, unknown> | undefined;
  /** For an action on one branch of a forEach state: that branch's unit. */
  branch?: string | undefined;
  /** The version of the view the user acted on: a stale view is refused (`ConcurrencyError`). */
  expectedVersion: number;
}

/**
 * The host's callback: sends the command to the engine (directly, or through its own API) with
 * the signed-in actor, and resolves with the new view — or with nothing, when the host sets
 * `view` itself. Rejecting with an engine error (or its JSON) shows it in the panel.
 */
export type SendCallback = (command: PanelCommand) => Promise<InstanceView | void | undefined>;

/** An action as the panel offers it: the view's action, its label, and its form if it has one. */
export interface PanelAction {
  key: string;
  action: ActionView;
  label: string;
  form: WorkflowForm | undefined;
  fields: FieldPermissions;
}

/** Why a command was refused, ready to show. */
export interface Failure {
  /** The engine's stable code, when the error has one. */
  code: string | undefined;
  message: string;
  /** Per-field problems of a refused payload. */
  issues: readonly Issue[];
}

/** An action's identity among those the view offers (the same action may be offered per branch). */
export function actionKey(action: ActionView): string {
  return JSON.stringify([action.state, action.event, action.branch ?? null]);
}

/**
 * The actions of `view` as the panel offers them, with labels for `locale` and forms from the
 * definition (or the built-in ones of the engine's own actions).
 * @throws ElementInputError when an action names a form the definition does not declare.
 */
export function panelActions(
  view: InstanceView,
  index: WorkflowIndex | undefined,
  locale: string,
  messages: Pick<ComponentMessages, 'actionOnBranch'>,
): PanelAction[] {
  const language = issueLanguage(locale);
  const check: InputChecker = new InputChecker('luzhi-task-panel', 'definition');
  return view.actions.map((action) => {
    const title = pickTitle(action.title, locale) ?? actionTitle(index, action.event, locale, action.state) ?? action.event;
    const label = action.branch ? messages.actionOnBranch(title, action.branch) : title;
    let form: WorkflowForm | undefined;
    if (action.form !== undefined) {
      if (!index) check.fail('', `动作“${action.event}”要填写表单，需要流程定义`, `the action "${action.event}" has a form: the definition is needed`);
      const forms = (index.definition.forms ?? {}) as Record<string, unknown>;
      const declared = Object.hasOwn(forms, action.form) ? forms[action.form] : undefined;
      if (declared === undefined) check.fail(`/forms/${action.form}`, `没有名为“${action.form}”的表单`, `there is no form "${action.form}"`);
      form = check.object(declared, `/forms/${action.form}`) as unknown as WorkflowForm;
    } else {
      const branches = Object.values(view.branches ?? {}).flatMap((list) => list.map((branch) => branch.key));
      form = builtinForm(action.event, language, branches) ?? voteForm(view, index, action, locale);
    }
    // Views from this engine carry the action's field permissions; older ones are read from the definition.
    const fields = action.fields ?? (index && action.form !== undefined ? fieldPermissionsFor(index.definition, action.state, action.event) : {});
    return { key: actionKey(action), action, label, form, fields };
  });
}

/**
 * The form of a vote (`castVote`) in the ballot of the action's state: the ballot's questions,
 * with the items the open ballot votes on. Undefined for any other action, or
 * without the definition.
 */
function voteForm(view: InstanceView, index: WorkflowIndex | undefined, action: ActionView, locale: string): WorkflowForm | undefined {
  const ballot = action.event === CAST_VOTE ? index?.states.get(action.state)?.node.ballot : undefined;
  if (!ballot) return undefined;
  const items = ballot.items === undefined ? undefined : view.ballots?.[action.state]?.items;
  return {
    title: pickTitle(action.title, locale) ?? action.event,
    schema: votePayloadSchema(ballot, { locale, ...(items === undefined ? {} : { items }) }),
  } as WorkflowForm;
}

/** The built-in action that casts a vote. */
const CAST_VOTE = 'castVote';

/**
 * What to show for an error `send` rejected with: a Luzhi error, or its JSON from the host's API
 * (`code`, `messages`, `issues`), in `language`; anything else as the failure it is.
 */
export function describeFailure(error: unknown, language: MessageLanguage, fallback: (detail: string) => string): Failure {
  if (typeof error === 'object' && error !== null) {
    const { code, messages, issues } = error as { code?: unknown; messages?: Record<string, unknown>; issues?: unknown };
    const message = messages?.[language];
    if (typeof message === 'string') {
      return { code: typeof code === 'string' ? code : undefined, message, issues: Array.isArray(issues) ? (issues as Issue[]) : [] };
    }
  }
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return { code: undefined, message: fallback(detail), issues: [] };
}
