import { canonicalJson } from '../canonical-json.js';
import { sha256Hex } from '../hash.js';
import type { InstanceRef, StoredInstance } from '../store/store.js';
import { UNKEYED, type AuditKeyring } from './audit-keys.js';
import type { AuditEvent, HistoryFailure, HistoryVerification } from './types.js';

/** The `prevHash` of an instance's first event. */
export const GENESIS_HASH = '';

/** An audit event before it is sealed: everything but `hash`, `instanceHash` and `keyId`. */
export type UnsealedEvent = Omit<AuditEvent, 'hash' | 'instanceHash' | 'keyId'>;

/**
 * SHA-256 of an instance row as stored after a command: the canonical JSON of every field but
 * `lastHash` (the sealing event's own hash, checked on its own). Sealed into that event, so an
 * edit to any field of the row — data, status, version, deadlines, assignees … — is seen.
 */
export function instanceHash(instance: StoredInstance): string {
  const { lastHash: _lastHash, ...sealed } = instance;
  return sha256Hex(canonicalJson(sealed));
}

/**
 * Seals an audit event: its hash covers the tenant, the instance id and every field of the event,
 * among them the previous event's hash, the hash of the instance row the command leaves
 * (`instanceHash`, see {@link instanceHash}) and the id of the key, so editing, removing,
 * reordering or moving an event, or editing the row, breaks the chain. With a keyed `keyring` the hash is an HMAC under
 * its current key, and the event records that key's id.
 */
export function sealEvent(ref: InstanceRef, event: Omit<AuditEvent, 'hash' | 'keyId'>, keyring: AuditKeyring = UNKEYED): AuditEvent {
  const keyId = keyring.currentKeyId;
  const sealed = keyId === undefined ? event : { ...event, keyId };
  return { ...sealed, hash: keyring.digest(keyId, hashedText(ref, sealed))! };
}

/**
 * The hashed text: the canonical JSON of the tenant, the instance id and every field of the event
 * but `hash` — whatever fields it has, so that no field can be added, dropped or changed, not
 * even between `null` and absent.
 */
function hashedText(ref: InstanceRef, event: Omit<AuditEvent, 'hash'> & { hash?: string }): string {
  const { hash: _hash, ...fields } = event;
  return canonicalJson([ref.tenant, ref.id, fields]);
}

/** The fields a store may keep in columns of their own beside the event's JSON. */
const COLUMN_FIELDS = ['seq', 'at', 'type', 'hash'] as const;

/** Whether a row of stored event columns says what the event's JSON says. */
function columnsAgree(columns: unknown, event: AuditEvent): boolean {
  if (columns === null || typeof columns !== 'object') return false;
  return COLUMN_FIELDS.every((field) => Object.hasOwn(columns, field) && (columns as Record<string, unknown>)[field] === event[field]);
}

/** What {@link verifyEvents} checks besides the events themselves. */
export interface VerifyContext {
  keyring: AuditKeyring;
  /** The stored event columns (`seq`, `at`, `type`, `hash`), in event order; undefined when the store keeps none. */
  columns?: readonly unknown[] | undefined;
  /** An event the host recorded elsewhere: the history must still hold it, unchanged. */
  anchor?: { seq: number; hash: string } | undefined;
}

/**
 * Checks an instance's history: sequence numbers 1..n, stored columns agreeing with each event's
 * JSON, each event chained to the one before and sealed under a key the keyring holds, each hash
 * matching the event's content, the anchor (when given) still in place, and the last event
 * agreeing with the instance row: its hash, its state and the hash of the whole row. `instance`
 * is undefined for a row that could not be read.
 */
export function verifyEvents(
  ref: InstanceRef,
  events: readonly AuditEvent[],
  instance: StoredInstance | undefined,
  context: VerifyContext,
): HistoryVerification {
  let prevHash = GENESIS_HASH;
  const failure = (seq: number, reason: HistoryFailure) =>
    ({ ok: false, events: events.length, seq, reason }) as const;
  for (const [index, event] of events.entries()) {
    if (context.columns !== undefined && !columnsAgree(context.columns[index], event)) return failure(index + 1, 'column');
    if (event.seq !== index + 1) return failure(event.seq, 'sequence');
    if (event.prevHash !== prevHash) return failure(event.seq, 'chain');
    const digest = context.keyring.digest(event.keyId, hashedText(ref, event));
    if (digest === undefined) return failure(event.seq, 'key');
    if (digest !== event.hash) return failure(event.seq, 'hash');
    prevHash = event.hash;
  }
  const { anchor } = context;
  if (anchor !== undefined && events[anchor.seq - 1]?.hash !== anchor.hash) return failure(anchor.seq, 'anchor');
  const last = events[events.length - 1];
  // A row that cannot be read at all is no row the last event sealed.
  if (instance === undefined) return failure(last?.seq ?? 0, 'instance');
  if (!last || instance.lastHash !== last.hash || canonicalJson(instance.state) !== canonicalJson(last.to)) {
    return failure(last?.seq ?? 0, 'state');
  }
  if (instanceHash(instance) !== last.instanceHash) return failure(last.seq, 'instance');
  return { ok: true, events: events.length };
}
