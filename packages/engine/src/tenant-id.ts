import { z } from 'zod';
import { PayloadError } from './errors.js';
import { text } from './localized-text.js';

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

/**
 * Refuses a malformed tenant id where a store is handed one: the engine checks tenant ids first,
 * and the stores check them again, so that no caller can reach a row through a tenant id that
 * would not be allowed in.
 *
 * @throws PayloadError (`tenant.invalid`) at `pointer`.
 */
export function assertTenantId(value: unknown, pointer = '/tenant'): asserts value is string {
  if (isTenantId(value)) return;
  throw new PayloadError(
    [
      {
        pointer,
        code: 'tenant.invalid',
        message: text(
          '租户（委员会）标识须为 1–64 个 ASCII 字母、数字、“.”、“_”或“-”，且以字母或数字开头',
          'A tenant (committee) id is 1–64 ASCII letters, digits, ".", "_" or "-", starting with a letter or a digit',
        ),
      },
    ],
    'command',
  );
}
