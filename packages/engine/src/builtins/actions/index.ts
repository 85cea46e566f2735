import type { BuiltinActionRule } from './builtin-action.js';
import { addBranch } from './add-branch.js';
import { castVote } from './cast-vote.js';
import { closeBallotAction } from './close-ballot.js';
import { claimTask } from './claim-task.js';
import { delegateTask } from './delegate-task.js';
import { extendDeadline } from './extend-deadline.js';
import { releaseTask } from './release-task.js';
import { removeBranch } from './remove-branch.js';
import { transferRole } from './transfer-role.js';

/**
 * The actions the engine provides itself, in the order a state lists them. Adding one means
 * adding its file, listing it here, and listing its form in `forms.ts`.
 */
export function builtinActions() {
  // A function, not a constant: the actions' files and the runtime import each other, so a list
  // built while the modules load could hold an action not loaded yet.
  return [extendDeadline, claimTask, delegateTask, releaseTask, addBranch, removeBranch, transferRole, castVote, closeBallotAction] as const satisfies readonly BuiltinActionRule[];
}

/** The name of a built-in action. */
export type BuiltinActionName = ReturnType<typeof builtinActions>[number]['form']['name'];

// Built on first use: the runtime and the actions' files import each other.
let byName: Map<string, BuiltinActionRule> | undefined;

/** The built-in action of that name, or undefined. */
export function builtinAction(name: string): BuiltinActionRule | undefined {
  byName ??= new Map<string, BuiltinActionRule>(builtinActions().map((action) => [action.form.name, action]));
  return byName.get(name);
}


export type {
  BilingualTitle,
  BuiltinActionForm,
  BuiltinActionRule,
  BuiltinApplyArgs,
  BuiltinTransition,
  OfferingState,
  PayloadFieldForm,
  PayloadFieldSchema,
  PayloadOf,
  PayloadSchema,
} from './builtin-action.js';
export type { AddBranchPayload } from './add-branch.js';
export type { DelegateTaskPayload } from './delegate-task.js';
export type { ExtendDeadlinePayload } from './extend-deadline.js';
export type { RemoveBranchPayload } from './remove-branch.js';
export type { TransferRolePayload } from './transfer-role.js';
export { builtinActionForms, isBuiltinActionName } from './forms.js';
