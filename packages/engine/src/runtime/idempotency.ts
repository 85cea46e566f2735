import { canonicalJson } from '../canonical-json.js';
import { IdempotencyConflictError, StoreDataError } from '../errors.js';
import { sha256Hex } from '../hash.js';
import { text } from '../localized-text.js';
import type { CommandWrite, StoredTimer } from '../store/store.js';
import type { Command, InstanceView, StartCommand } from './types.js';
import { CAST_VOTE } from './ballots.js';

/** What a store keeps under an idempotency key: the command's fingerprint and its result. */
interface RecordedResult {
  fingerprint: string;
  view: InstanceView;
}

/**
 * The fingerprint of a command: a hash of everything it says (canonical JSON), so a retry of the
 * same command matches and any other command does not.
 */
export function commandFingerprint(
  command: { kind: 'send'; instanceId: string; command: Command } | { kind: 'start'; definitionId: string; command: StartCommand },
): string {
  // A vote's choices have few values: a hash of them beside the voter's id could be reversed by
  // trying each. A vote is fingerprinted without its payload (a retry returns the first result).
  if (command.kind === 'send' && command.command.type === CAST_VOTE) {
    const { payload: _payload, ...rest } = command.command;
    return sha256Hex(canonicalJson({ ...command, command: rest }));
  }
  return sha256Hex(canonicalJson(command));
}

/**
 * The key a command's idempotency key is stored under. Commands and timers have keys of their
 * own kinds, so no command can take a key a timer will need (and stop a deadline from firing).
 */
export const commandKey = (idempotencyKey: string): string => `command:${idempotencyKey}`;

/** The key a deadline timer fires under: once per timer of an instance. */
export const timerKey = (timer: Pick<StoredTimer, 'instanceId' | 'id'>): string =>
  `timer:${sha256Hex(canonicalJson([timer.instanceId, timer.id]))}`;

/** Records the result of a command under its key and fingerprint in the write about to be committed. */
export function recordResult(write: CommandWrite, key: string | undefined, fingerprint: string, view: InstanceView): void {
  if (key === undefined) {
    delete write.idempotency;
    return;
  }
  const result: RecordedResult = { fingerprint, view };
  write.idempotency = { key, result };
}

/**
 * The earlier result of the same command, or undefined when the key was not used yet.
 * @throws IdempotencyConflictError when the key was used for a different command;
 * StoreDataError when what is stored under it is not a recorded result.
 */
export function replayOf(recorded: unknown, idempotencyKey: string, fingerprint: string): InstanceView | undefined {
  if (recorded === undefined || recorded === null) return undefined;
  const result = recorded as Partial<RecordedResult>;
  if (typeof result !== 'object' || typeof result.fingerprint !== 'string' || result.view === null || typeof result.view !== 'object') {
    throw new StoreDataError(
      [{ pointer: '/fingerprint', code: 'store.badRow', message: text('幂等记录缺少命令指纹或结果', 'the idempotency record has no command fingerprint or result') }],
      `idempotency key ${idempotencyKey}`,
    );
  }
  if (result.fingerprint !== fingerprint) throw new IdempotencyConflictError(idempotencyKey);
  return result.view;
}
