import { z } from 'zod';
import type { Engine } from '@luzhi/engine';
import type { Caller } from '../auth.js';
import type { ServerContext } from '../server-context.js';

/** What a handler is given: the caller, the caller's committee engine, and the validated request. */
export interface RouteInput<P, Q, B> {
  caller: Caller;
  engine: Engine;
  params: P;
  query: Q;
  body: B;
  server: ServerContext;
}

/** What a handler answers: a status (200 unless said) and a JSON body. */
export interface RouteOutput {
  status?: number;
  body: unknown;
}

/** The HTTP methods of the API. */
export type Method = 'GET' | 'POST';

/**
 * One operation of the API, read both by the Fastify registration and by the OpenAPI document,
 * so the two can never disagree.
 */
export interface Route<P = unknown, Q = unknown, B = unknown> {
  method: Method;
  /** OpenAPI form, e.g. `/api/instances/{id}`. */
  path: string;
  operationId: string;
  tag: string;
  summary: { 'zh-CN': string; en: string };
  params?: z.ZodObject | undefined;
  /** The query as documented: every value in it is a string, a number or a boolean (or a list of one). */
  query?: z.ZodObject | undefined;
  body?: z.ZodType | undefined;
  /** Success statuses and their bodies. */
  responses: Readonly<Record<number, z.ZodType>>;
  /** The error statuses this operation answers beside 401 and 500. */
  errors: readonly number[];
  /** Only for callers with the `workflow-admin` role. */
  admin?: boolean | undefined;
  /**
   * Answered without asking who is calling (the demo's choices): `handler` is not called and
   * `open` answers instead.
   */
  open?: ((server: ServerContext) => Promise<RouteOutput>) | undefined;
  handler(input: RouteInput<P, Q, B>): Promise<RouteOutput>;
}

/** Declares a route that needs no caller and takes no parameters. */
export function openRoute(spec: Omit<Route, 'handler' | 'params' | 'query' | 'body' | 'admin' | 'open'> & { open(server: ServerContext): Promise<RouteOutput> }): Route {
  return {
    ...spec,
    handler: () => Promise.reject(new Error(`${spec.operationId} needs no caller`)),
  };
}

/** Declares a route, typing its handler's input by its schemas. */
export function route<
  PS extends z.ZodObject | undefined = undefined,
  QS extends z.ZodObject | undefined = undefined,
  BS extends z.ZodType | undefined = undefined,
>(
  spec: Omit<Route, 'handler' | 'params' | 'query' | 'body'> & {
    params?: PS;
    query?: QS;
    body?: BS;
    handler(
      input: RouteInput<
        PS extends z.ZodObject ? z.output<PS> : undefined,
        QS extends z.ZodObject ? z.output<QS> : undefined,
        BS extends z.ZodType ? z.output<BS> : undefined
      >,
    ): Promise<RouteOutput>;
  },
): Route {
  return spec as unknown as Route;
}

/** The Fastify form of an OpenAPI path: `{id}` becomes `:id`. */
export const fastifyPath = (path: string): string => path.replace(/\{([^}]+)\}/g, ':$1');

const kindOf = (schema: z.ZodType): string => {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodReadonly || inner instanceof z.ZodDefault) {
    inner = (inner as z.ZodOptional).unwrap() as z.ZodType;
  }
  return inner._zod.def.type;
};

/** A query-string value as the schema's type: `"3"` → 3 for numbers, `"true"`/`"false"` for booleans; anything else unchanged (and refused by the schema). */
function fromQueryText(kind: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (kind === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (kind === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

/**
 * The schema that checks a query string against `schema`: the same fields, each number or
 * boolean read from its text first. The query object is copied to a null-prototype object, so a
 * `__proto__` parameter is an unknown key like any other.
 */
export function queryParser(schema: z.ZodObject): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const kind = kindOf(field);
    shape[key] = kind === 'number' || kind === 'boolean' ? z.preprocess((value) => fromQueryText(kind, value), field) : field;
  }
  return z.strictObject(shape);
}
