import { z } from 'zod';
import { hmacSha256Hex, sha256Hex } from '../hash.js';
import { TENANT_ID_PATTERN } from '../tenant-id.js';

/**
 * The `audit` option of `createEngine`: HMAC keys held by the host. With them, each audit event is
 * sealed with HMAC-SHA-256 under the current key and records that key's id, so that someone who
 * can write the database but does not hold the key cannot recompute a history that verifies.
 */
export interface AuditOptions {
  /**
   * The keys by key id, each at least {@link MIN_AUDIT_KEY_BYTES} bytes (a string counts its UTF-8
   * bytes). Keep retired keys here after a rotation: events sealed under them still verify.
   */
  keys: Record<string, string | Uint8Array>;
  /** The id of the key that new events are sealed with; one of `keys`. */
  currentKeyId: string;
}

/** The shortest audit key accepted: 32 bytes, the output size of SHA-256. */
export const MIN_AUDIT_KEY_BYTES = 32;

const keyBytes = (key: string | Uint8Array): Uint8Array => (typeof key === 'string' ? new TextEncoder().encode(key) : key);

/** The zod schema of {@link AuditOptions}, for the engine's option validation. */
export const auditOptionsSchema = z
  .strictObject({
    keys: z.record(
      // Key ids take the tenant id's narrow charset: they are stored in every keyed event.
      z.string().regex(TENANT_ID_PATTERN, '1–64 ASCII letters, digits, ".", "_" or "-", starting with a letter or a digit'),
      z.union([z.string(), z.instanceof(Uint8Array)]).refine((key) => keyBytes(key).length >= MIN_AUDIT_KEY_BYTES, {
        message: `an audit key has at least ${MIN_AUDIT_KEY_BYTES} bytes`,
      }),
    ),
    currentKeyId: z.string().min(1),
  })
  .refine((options) => Object.hasOwn(options.keys, options.currentKeyId), {
    message: 'currentKeyId names one of the keys',
    path: ['currentKeyId'],
  });

/** How audit events are sealed and checked: plain SHA-256, or HMAC-SHA-256 under the host's keys. */
export interface AuditKeyring {
  /** The key id new events record; undefined when events are sealed with plain SHA-256. */
  readonly currentKeyId: string | undefined;
  /**
   * The seal of `text` under the key `keyId` (plain SHA-256 when `keyId` is undefined), or
   * undefined when this keyring cannot seal with it: an unknown key id, or an unkeyed event
   * under a keyring that has keys (accepting one would let anyone recompute the chain).
   */
  digest(keyId: string | undefined, text: string): string | undefined;
}

/** The keyring of an engine without audit keys: plain SHA-256, and keyed events cannot be checked. */
export const UNKEYED: AuditKeyring = {
  currentKeyId: undefined,
  digest: (keyId, text) => (keyId === undefined ? sha256Hex(text) : undefined),
};

/** The keyring of validated {@link AuditOptions}; `UNKEYED` without them. */
export function auditKeyring(options: AuditOptions | undefined): AuditKeyring {
  if (options === undefined) return UNKEYED;
  // A Map: key ids come from the host's configuration and from stored events.
  const keys = new Map(Object.entries(options.keys).map(([id, key]) => [id, Uint8Array.from(keyBytes(key))]));
  return {
    currentKeyId: options.currentKeyId,
    digest(keyId, text) {
      const key = keyId === undefined ? undefined : keys.get(keyId);
      return key === undefined ? undefined : hmacSha256Hex(key, text);
    },
  };
}
