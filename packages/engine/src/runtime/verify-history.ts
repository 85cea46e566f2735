import { NotFoundError, StoreDataError } from '../errors.js';
import { parseEventRow, readInstanceRow } from '../store/rows.js';
import type { InstanceRef, Store, StoredInstance } from '../store/store.js';
import { verifyEvents } from './audit.js';
import type { AuditKeyring } from './audit-keys.js';
import type { AuditEvent, HistoryVerification } from './types.js';

/** How many times a verification that failed is read again because a command committed meanwhile. */
const RETRIES = 2;

/**
 * Reads an instance's row, events and stored event columns, and checks them (see
 * {@link verifyEvents}). A row or event that cannot be read is reported (`instance`, `hash`), not
 * thrown. The row and the events are two reads: when a check fails and the row's version has
 * moved since, a command committed in between, and everything is read again.
 *
 * @throws NotFoundError when the instance does not exist.
 */
export async function verifyHistory(
  store: Store,
  ref: InstanceRef,
  keyring: AuditKeyring,
  anchor: { seq: number; hash: string } | undefined,
): Promise<HistoryVerification> {
  for (let attempt = 0; ; attempt++) {
    const row = (await store.read(ref)).instance;
    if (row === undefined) throw new NotFoundError('instance', ref.id);
    const rows = await store.events(ref);
    const columns = await store.eventColumns?.(ref);
    const result = check(ref, row, rows, columns, keyring, anchor);
    if (result.ok || attempt === RETRIES) return result;
    const now = (await store.read(ref)).instance;
    if (versionOf(now) === versionOf(row)) return result;
  }
}

function check(
  ref: InstanceRef,
  row: unknown,
  rows: readonly unknown[],
  columns: readonly unknown[] | undefined,
  keyring: AuditKeyring,
  anchor: { seq: number; hash: string } | undefined,
): HistoryVerification {
  const events: AuditEvent[] = [];
  for (const [index, eventRow] of rows.entries()) {
    try {
      events.push(parseEventRow(eventRow, `event #${index + 1} of ${ref.tenant}/${ref.id}`));
    } catch (error) {
      if (error instanceof StoreDataError) return { ok: false, events: rows.length, seq: index + 1, reason: 'hash' };
      throw error;
    }
  }
  let instance: StoredInstance | undefined;
  try {
    instance = readInstanceRow(row, ref);
  } catch (error) {
    if (!(error instanceof StoreDataError)) throw error;
  }
  return verifyEvents(ref, events, instance, { keyring, columns, anchor });
}

const versionOf = (row: unknown): unknown =>
  row !== null && typeof row === 'object' && Object.hasOwn(row, 'version') ? (row as { version: unknown }).version : undefined;
