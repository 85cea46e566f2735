import { actionsCheck } from './actions.js';
import { ballotCheck } from './ballot.js';
import type { DefinitionCheck } from './check.js';
import { coloursCheck } from './colours.js';
import { completionCheck } from './completion.js';
import { deadEndCheck } from './dead-end.js';
import { deadlineCheck } from './deadline.js';
import { eventlessLoopCheck } from './eventless-loop.js';
import { expressionsCheck } from './expressions.js';
import { fieldPermissionsCheck } from './field-permissions.js';
import { forEachCheck } from './for-each.js';
import { formLayoutCheck } from './form-layout.js';
import { forEachChildrenCheck } from './for-each-children.js';
import { initialCheck } from './initial.js';
import { linksCheck } from './links.js';
import { participantRolesCheck } from './participant-roles.js';
import { reachabilityCheck } from './reachability.js';
import { referencesCheck } from './references.js';
import { schemasCheck } from './schemas.js';
import { setTargetsCheck } from './set-targets.js';
import { shadowedCheck } from './shadowed.js';
import { stateKindCheck } from './state-kind.js';
import { stateNamesCheck } from './state-names.js';
import { storableTextCheck } from './storable-text.js';
import { targetsCheck } from './targets.js';

export type { DefinitionCheck } from './check.js';
export { createCheckContext, type CheckContext } from './context.js';

/**
 * The meaning checks of a workflow definition, in the order they run (issues are sorted by
 * document position afterwards; for one pointer, this order decides). Structure first (names,
 * kinds, initial states, targets), then the paths through the states, then what transitions
 * refer to, then schemas, data and expressions, then deadlines.
 */
export const definitionChecks: readonly DefinitionCheck[] = [
  storableTextCheck,
  stateNamesCheck,
  stateKindCheck,
  initialCheck,
  targetsCheck,
  reachabilityCheck,
  deadEndCheck,
  completionCheck,
  eventlessLoopCheck,
  forEachCheck,
  forEachChildrenCheck,
  shadowedCheck,
  actionsCheck,
  referencesCheck,
  schemasCheck,
  participantRolesCheck,
  ballotCheck,
  formLayoutCheck,
  fieldPermissionsCheck,
  setTargetsCheck,
  expressionsCheck,
  linksCheck,
  deadlineCheck,
  coloursCheck,
];

/** Every code the meaning checks can report. */
export const definitionCheckCodes: readonly string[] = definitionChecks.flatMap((check) => check.codes);
