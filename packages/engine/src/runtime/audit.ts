import { canonicalJson } from '../canonical-json.js';
import { sha256Hex } from '../hash.js';
import type { InstanceRef } from '../store/store.js';
import type { AuditEvent, HistoryVerification } from './types.js';

/** The `prevHash` of an instance's first event. */
export const GENESIS_HASH = '';

/**
 * Seals an audit event: its hash covers the tenant, the instance id, every field of the event and
 * the previous event's hash, so editing, removing, reordering or moving an event breaks the chain.
 */
export function sealEvent(ref: InstanceRef, event: Omit<AuditEvent, 'hash'>): AuditEvent {
  return { ...event, hash: hashEvent(ref, event) };
}

/** The hashed text: a JSON array in a fixed order, with the nested values in canonical JSON. */
function hashEvent(ref: InstanceRef, event: Omit<AuditEvent, 'hash'>): string {
  return sha256Hex(
    canonicalJson([
      ref.tenant,
      ref.id,
      event.seq,
      event.at,
      event.actor,
      event.type,
      event.branch ?? null,
      event.payload ?? null,
      event.from,
      event.to,
      event.prevHash,
    ]),
  );
}

/**
 * Checks an instance's history: sequence numbers 1..n, each event chained to the one before, each
 * hash matching the event's content, and the last event agreeing with the instance row.
 */
export function verifyEvents(
  ref: InstanceRef,
  events: readonly AuditEvent[],
  instance: { lastHash: string; state: unknown },
): HistoryVerification {
  let prevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const fail = (reason: 'hash' | 'chain' | 'sequence') =>
      ({ ok: false, events: events.length, seq: event.seq, reason }) as const;
    if (event.seq !== index + 1) return fail('sequence');
    if (event.prevHash !== prevHash) return fail('chain');
    if (hashEvent(ref, event) !== event.hash) return fail('hash');
    prevHash = event.hash;
  }
  const last = events[events.length - 1];
  if (!last || instance.lastHash !== last.hash || canonicalJson(instance.state) !== canonicalJson(last.to)) {
    return { ok: false, events: events.length, seq: last?.seq ?? 0, reason: 'state' };
  }
  return { ok: true, events: events.length };
}
