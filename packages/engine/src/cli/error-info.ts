import { LuzhiError, type Issue } from '../errors.js';
import { text, type LocalizedText } from '../localized-text.js';

/** A thrown error as a scenario report shows it. */
export interface ErrorInfo {
  /** The class name, e.g. `ForbiddenError`. */
  name: string;
  /** The stable code of a Luzhi error, e.g. `actor.forbidden`. */
  code?: string;
  message: LocalizedText;
  /** The located issues of a PayloadError or DefinitionError. */
  issues?: readonly Issue[];
}

/** Describes anything thrown: Luzhi errors keep their code, bilingual message and issues. */
export function errorInfo(error: unknown): ErrorInfo {
  if (error instanceof LuzhiError) {
    const issues = (error as { issues?: unknown }).issues;
    return {
      name: error.name,
      code: error.code,
      message: error.messages,
      ...(Array.isArray(issues) ? { issues: issues as Issue[] } : {}),
    };
  }
  if (error instanceof Error) return { name: error.name, message: text(error.message, error.message) };
  return { name: 'Error', message: text(String(error), String(error)) };
}

/** `ForbiddenError (actor.forbidden)`: how an error is named in expected-vs-actual lines. */
export function describeError(error: unknown): string {
  const info = errorInfo(error);
  return info.code === undefined ? info.name : `${info.name} (${info.code})`;
}

/** Whether an error is the expected one: `expected` is its class name or its code. */
export function errorMatches(error: unknown, expected: string): boolean {
  const info = errorInfo(error);
  return info.name === expected || info.code === expected;
}
