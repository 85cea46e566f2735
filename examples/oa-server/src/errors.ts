import type { FastifyError } from 'fastify';
import type { z } from 'zod';
import {
  BallotError,
  capIssues,
  zodIssues,
  CalendarError,
  ConcurrencyError,
  DefinitionError,
  ForbiddenError,
  IdempotencyConflictError,
  LimitError,
  LinkError,
  LoopError,
  LuzhiError,
  NotFoundError,
  PayloadError,
  StoreLockedError,
  TransitionNotAllowedError,
  text,
  type Issue,
  type LocalizedText,
} from '@luzhi/engine';

/** An error of the server itself (no caller, not an administrator, a malformed request), shaped as the engine's. */
export class RequestError extends LuzhiError {
  override name = 'RequestError';
  constructor(
    /** The HTTP status it is answered with. */
    readonly status: number,
    code: string,
    messages: LocalizedText,
    readonly issues: readonly Issue[] = [],
  ) {
    super(code, messages);
    this.name = 'RequestError';
  }
  override toJSON(): Record<string, unknown> {
    return this.issues.length > 0 ? { ...super.toJSON(), issues: this.issues } : super.toJSON();
  }
}

/** 401: the authentication hook found no caller. */
export const authRequired = (): RequestError =>
  new RequestError(401, 'auth.required', text('未登录：请求没有可识别的调用者', 'Not signed in: the request names no caller the server recognizes'));

/** 403: the route is for workflow administrators (the `workflow-admin` role). */
export const adminRequired = (): RequestError =>
  new RequestError(
    403,
    'auth.adminRequired',
    text('只有流程管理员（workflow-admin 角色）可以执行此操作', 'Only a workflow administrator (the workflow-admin role) may do this'),
  );

/** 404: no route has this method and path. */
export const routeNotFound = (method: string, url: string): RequestError =>
  new RequestError(404, 'route.notFound', text(`没有这个接口：${method} ${url}`, `No such route: ${method} ${url}`));

/** Where in the request a zod issue was found: its pointers point into that part. */
export type RequestPart = 'body' | 'query' | 'params';

/** The most issues one error lists, as the engine's default: a last issue says how many more there were. */
export const MAX_LISTED_ISSUES = 100;

/** 400 with one issue per problem (at most {@link MAX_LISTED_ISSUES}), pointers into the part of the request that holds it. */
export function requestIssues(part: RequestPart, error: z.ZodError): RequestError {
  const all = zodIssues(error, part);
  const where = { body: ['请求体', 'request body'], query: ['查询参数', 'query string'], params: ['路径参数', 'path parameters'] }[part];
  const issues = [...capIssues(all, MAX_LISTED_ISSUES)];
  const first = issues[0];
  return new RequestError(
    400,
    `${part}.invalid`,
    text(
      `${where[0]}有 ${all.length} 处错误${first ? `，首个在 ${first.pointer || '/'}：${first.message['zh-CN']}` : ''}`,
      `The ${where[1]} has ${all.length} issue(s)${first ? `; first at ${first.pointer || '/'}: ${first.message.en}` : ''}`,
    ),
    issues,
  );
}

/** The engine's codes of a command over one of its size limits: answered 413 like an oversized body. */
const SIZE_CODES = new Set(['command.tooLarge', 'command.tooManyEntries', 'command.stringTooLong', 'command.tooDeep']);

/** A Fastify error turned into the server's own: body too large, not JSON, not a JSON media type. */
function fromFastify(error: FastifyError): RequestError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new RequestError(413, 'request.tooLarge', text('请求体超过大小上限', 'The request body is larger than the limit'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new RequestError(415, 'request.unsupportedMediaType', text('请求体须为 JSON（Content-Type: application/json）', 'The request body must be JSON (Content-Type: application/json)'));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new RequestError(400, 'request.emptyBody', text('请求体为空：须为 JSON', 'The request body is empty: it must be JSON'), [
        { pointer: '', code: 'request.emptyBody', message: text('请求体为空', 'empty body') },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return notJson();
    default:
      break;
  }
  // Any other refusal of Fastify's (a malformed URL, say): its status, in the server's body.
  const status = typeof error.statusCode === 'number' ? error.statusCode : 0;
  if (status >= 400 && status < 500) {
    return new RequestError(status, 'request.invalid', text(`请求无法处理：${error.message}`, `The request cannot be handled: ${error.message}`));
  }
  return undefined;
}

/** 400 for a body that is not JSON, or JSON with a `__proto__` or `constructor.prototype` key. */
function notJson(): RequestError {
  const message = text('请求体不是合法的 JSON，或含有 __proto__、constructor.prototype 这类原型键', 'The request body is not valid JSON, or holds a prototype key such as __proto__ or constructor.prototype');
  return new RequestError(400, 'request.notJson', message, [{ pointer: '', code: 'request.notJson', message }]);
}

/** The HTTP status of an engine error. */
function statusOf(error: LuzhiError): number {
  if (error instanceof RequestError) return error.status;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof BallotError) return error.code === 'ballot.notEligible' ? 403 : 409;
  if (error instanceof ConcurrencyError || error instanceof IdempotencyConflictError || error instanceof TransitionNotAllowedError) return 409;
  if (error instanceof DefinitionError) return error.code === 'definition.versionReused' || error.issues.some((issue) => issue.code === 'definition.versionReused') ? 409 : 400;
  if (error instanceof LimitError) return 413;
  if (error instanceof PayloadError) return error.issues.some((issue) => SIZE_CODES.has(issue.code)) ? 413 : 400;
  if (error instanceof CalendarError || error instanceof LinkError || error instanceof LoopError) return 400;
  if (error instanceof StoreLockedError) return 503;
  return 500;
}

/** An HTTP answer to an error: the status, and the body `{ error }` every status shares. */
export interface ErrorAnswer {
  status: number;
  body: { error: Record<string, unknown> };
}

/**
 * The one place an error becomes an HTTP answer (see the README's table of statuses). Anything
 * that is not a known error is a 500 whose body says nothing of the cause (logged instead).
 */
export function errorAnswer(error: unknown): ErrorAnswer {
  const known = error instanceof LuzhiError ? error : fromFastify(error as FastifyError);
  if (known !== undefined) {
    const status = statusOf(known);
    if (status !== 500) return { status, body: { error: known.toJSON() } };
  }
  const internal = new RequestError(500, 'server.internal', text('服务器内部错误，已记录', 'Internal server error; it was logged'));
  return { status: 500, body: { error: internal.toJSON() } };
}
