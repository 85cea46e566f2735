import { expect } from 'vitest';
import { LuzhiError } from '../../src/index.js';

/**
 * The error a promise rejects with, checked to be a `kind` (a LuzhiError by default); the test
 * fails if the promise resolves.
 */
export async function refusal<T extends Error = LuzhiError>(
  promise: Promise<unknown>,
  kind: abstract new (...args: never[]) => T = LuzhiError as unknown as abstract new (...args: never[]) => T,
): Promise<T> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(kind);
  return error as T;
}
