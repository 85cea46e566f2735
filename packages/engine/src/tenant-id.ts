import { z } from 'zod';

/**
 * The form of a tenant (committee) id: 1 to 64 ASCII letters, digits, `.`, `_` or `-`, starting
 * with a letter or a digit. Tenant ids lead every store key; the narrow charset keeps them free of
 * separators, control characters and anything a database or a URL would treat specially.
 */
export const TENANT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Whether `value` is a well-formed tenant id (see {@link TENANT_ID_PATTERN}). */
export function isTenantId(value: unknown): value is string {
  return typeof value === 'string' && TENANT_ID_PATTERN.test(value);
}

/** The zod schema of a tenant id, for option and row validation. */
export const tenantIdSchema = z
  .string()
  .regex(TENANT_ID_PATTERN, '1–64 ASCII letters, digits, ".", "_" or "-", starting with a letter or a digit');
