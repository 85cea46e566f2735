import { PayloadError, type Issue } from '../errors.js';
import { text } from '../localized-text.js';
import { getAtPointer, joinPointer } from '../json-pointer.js';
import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { StoredInstance } from '../store/store.js';
import { emptyRecord, ownValue, setOwn } from '../own-keys.js';

/**
 * The people and units an instance is bound to (participant roles, data-bound unit roles), kept on
 * the instance row at every commit.
 *
 * The binding rule of a participant role whose holders come from the data: the role is bound once
 * the value at its pointer names at least one user; from then on the value must stay exactly as
 * bound (the same ids, in the same order). A command, timer or automatic move whose data changes
 * it is refused — whatever changed it: `set`, a branch added or removed, an expression. Only the
 * built-in action `transferRole` changes holders, and it changes the data with them.
 */

/** The user ids at `value`, or the issue that keeps them from being holders. */
function userIds(value: unknown, pointer: string, role: string): string[] | Issue {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const seen = new Set<string>();
  for (const [index, user] of list.entries()) {
    const at = Array.isArray(value) ? joinPointer(pointer, index) : pointer;
    if (typeof user !== 'string' || user.length === 0) {
      return {
        pointer: at,
        code: 'participants.invalid',
        message: text(`参与角色“${role}”的持有人必须是非空的用户标识`, `The holders of participant role "${role}" must be non-empty user ids`),
      };
    }
    if (seen.has(user)) {
      return {
        pointer: at,
        code: 'participants.invalid',
        message: text(`参与角色“${role}”的持有人重复`, `A holder of participant role "${role}" is listed twice`),
      };
    }
    seen.add(user);
  }
  return list as string[];
}

/**
 * The holders of each participant role after a command: the starter's roles keep theirs (set at
 * start to `starter`), the data's are read from the data.
 * @throws PayloadError (`participants.invalid`, `participants.bound`) pointing into the data when
 * the data names no valid holders, or changes holders that were bound.
 */
export function participantsAfter(
  compiled: CompiledWorkflow,
  before: StoredInstance['participants'],
  data: Record<string, unknown>,
  starter: string | undefined,
): Record<string, string[]> {
  const participants = emptyRecord<string[]>();
  const issues: Issue[] = [];
  for (const [role, participant] of compiled.participantRoles) {
    const previous = ownValue(before, role) ?? [];
    if (participant.source.kind === 'starter') {
      const holders = starter === undefined ? previous : [starter];
      if (holders.length > 0) setOwn(participants, role, holders);
      continue;
    }
    const found = userIds(getAtPointer(data, participant.source.tokens), participant.source.pointer, role);
    if (!Array.isArray(found)) {
      issues.push(found);
      continue;
    }
    if (previous.length > 0 && !sameList(previous, found)) {
      issues.push({
        pointer: participant.source.pointer,
        code: 'participants.bound',
        message: text(
          `参与角色“${role}”的持有人已确定，只能通过转交（transferRole）更换`,
          `The holders of participant role "${role}" are bound: only a transfer (transferRole) changes them`,
        ),
      });
      continue;
    }
    if (found.length > 0) setOwn(participants, role, found);
  }
  if (issues.length > 0) throw new PayloadError(issues, 'data');
  return participants;
}

/** The unit each data-bound unit role is bound to now: the data's unit id at the role's `unit` pointer, when it names one. */
export function unitsOf(compiled: CompiledWorkflow, data: Record<string, unknown>): Record<string, string> {
  const units = emptyRecord<string>();
  for (const [role, tokens] of compiled.boundUnitRoles) {
    const unit = getAtPointer(data, tokens);
    if (typeof unit === 'string' && unit.length > 0) setOwn(units, role, unit);
  }
  return units;
}

/** The holders of a participant role on an instance (none when unbound). */
export function holdersOf(instance: Pick<StoredInstance, 'participants'>, role: string): readonly string[] {
  return ownValue(instance.participants, role) ?? [];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
