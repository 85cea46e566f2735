import type { BuiltinActionForm } from './builtin-action.js';
import { addBranchForm } from './add-branch.js';
import { castVoteForm } from './cast-vote.js';
import { closeBallotForm } from './close-ballot.js';
import { claimTaskForm } from './claim-task.js';
import { delegateTaskForm } from './delegate-task.js';
import { extendDeadlineForm } from './extend-deadline.js';
import { releaseTaskForm } from './release-task.js';
import { removeBranchForm } from './remove-branch.js';
import { transferRoleForm } from './transfer-role.js';

/**
 * What the forms read of each built-in action — titles and payload schemas, no engine logic — in
 * the order of `builtinActions()`. A bundle that imports only this list leaves the actions' logic out.
 */
export function builtinActionForms() {
  return [extendDeadlineForm, claimTaskForm, delegateTaskForm, releaseTaskForm, addBranchForm, removeBranchForm, transferRoleForm, castVoteForm, closeBallotForm] as const satisfies readonly BuiltinActionForm[];
}

/** Whether a definition may not declare an action of this name, because the engine provides it. */
export function isBuiltinActionName(name: string): boolean {
  return builtinActionForms().some((action) => action.name === name);
}
