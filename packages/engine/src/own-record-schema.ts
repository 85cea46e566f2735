import { z } from 'zod';

/**
 * The zod schema of an object whose keys come from definitions or data, each value checked by
 * `value`. Unlike `z.record`, which silently drops a `__proto__` key unchecked, every own key is
 * checked — `__proto__` and `constructor` included — and the object is kept as given.
 */
export function ownRecordSchema<T extends z.ZodType>(value: T) {
  return z
    .custom<Record<string, z.output<T>>>((input) => input !== null && typeof input === 'object' && !Array.isArray(input), {
      message: 'expected an object',
    })
    .superRefine((record, context) => {
      for (const key of Object.keys(record)) {
        const result = value.safeParse(Object.getOwnPropertyDescriptor(record, key)!.value);
        if (result.success) continue;
        for (const issue of result.error.issues) context.addIssue({ ...issue, path: [key, ...issue.path] } as never);
      }
    });
}
