import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { PARSE_OPTIONS, PayloadError, text, type Clock, type Engine, type Issue, type Store } from '@luzhi/engine';
import type { Authenticate, Caller } from './auth.js';
import { COMMITTEE_IDS, createCommittees, isCommittee } from './committees.js';
import { effectLog, fanOut, type EffectLog, type EffectSink } from './effects.js';
import { adminRequired, authRequired, errorAnswer, requestIssues, routeNotFound, type RequestPart } from './errors.js';
import { API_DOCS_PATH, OPENAPI_PATH, openApiDocument } from './openapi.js';
import { renderApiDocs } from './api-docs.js';
import { ROUTES } from './routes/index.js';
import { fastifyPath, queryParser, type Route } from './routes/route.js';
import type { ServerContext } from './server-context.js';
import { bundlePages, pagePaths, registerPages } from './web.js';

/** The largest request body accepted when `bodyLimit` is not given: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1_048_576;

/**
 * The longest path segment (an instance or definition id as sent, percent-encoding included)
 * routed; a longer one is answered 414. Ids are at most 200 characters, 1,800 bytes encoded.
 */
export const MAX_PARAM_LENGTH = 2_000;

/** The role that may publish definitions and run migrations. */
export const ADMIN_ROLE = 'workflow-admin';

/** Options of {@link createServer}. */
export interface ServerOptions {
  /** The store every committee's engine works on (one tenant per committee). */
  store: Store;
  /** Says who is calling (see `auth.ts`); the actor never comes from a request body. */
  authenticate: Authenticate;
  clock?: Clock | undefined;
  /** The committees served (every preset by default). */
  committees?: readonly string[] | undefined;
  /** The largest request body in bytes (1 MiB by default); a larger one is answered 413. */
  bodyLimit?: number | undefined;
  /** Serve the browser pages of `web/` (bundled at start); false by default. */
  web?: boolean | undefined;
  /** The folder of the pages when not `examples/oa-server/web`. */
  webDir?: string | undefined;
  /** Where effects go beside the in-memory log (a webhook, say). */
  effectSink?: EffectSink | undefined;
  /** The committee the demo opens with (`GET /api/demo`), one of those served; the first served when not given. */
  defaultCommittee?: string | undefined;
  /** Told of every error answered 500 (logged to the console by default). */
  onInternalError?: ((error: unknown) => void) | undefined;
}

/** What the server exposes beside its routes: the committees' engines and the effects delivered. */
export interface LuzhiServer {
  engines: ReadonlyMap<string, Engine>;
  effects: EffectLog;
  /** The paths of the browser pages and their scripts (none without `web`). */
  pages: readonly string[];
  /** Every route Fastify registered, as `METHOD path` (Fastify's form, `:id`). */
  routes: readonly string[];
}

declare module 'fastify' {
  interface FastifyInstance {
    luzhi: LuzhiServer;
  }
}

/** Query strings as null-prototype objects: a repeated key gives a list, and no key reaches a prototype. */
function parseQueryString(text: string): Record<string, unknown> {
  const query: Record<string, unknown> = Object.create(null);
  for (const [key, value] of new URLSearchParams(text)) {
    const earlier = Object.hasOwn(query, key) ? query[key] : undefined;
    query[key] = earlier === undefined ? value : Array.isArray(earlier) ? [...earlier, value] : [earlier, value];
  }
  return query;
}

/** Parses one part of a request with its schema. @throws RequestError (400) with pointers into that part. */
function parsePart<T>(schema: z.ZodType<T>, value: unknown, part: RequestPart): T {
  const result = schema.safeParse(value, PARSE_OPTIONS);
  if (!result.success) throw requestIssues(part, result.error);
  return result.data;
}

/** The Fastify handler of one route of the table. */
function handlerOf(route: Route, context: ServerContext) {
  const query = route.query && queryParser(route.query);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (route.open !== undefined) {
      const output = await route.open(context);
      return reply.status(output.status ?? 200).send(output.body);
    }
    const caller: Caller | undefined = await context.authenticate(request);
    if (caller === undefined) throw authRequired();
    const engine = context.engines.get(caller.committee);
    if (engine === undefined) throw authRequired();
    if (route.admin === true && !caller.actor.roles.includes(ADMIN_ROLE)) throw adminRequired();
    const output = await route.handler({
      caller,
      engine,
      server: context,
      params: route.params ? parsePart(route.params, request.params, 'params') : undefined,
      query: query ? parsePart(query, request.query ?? {}, 'query') : undefined,
      body: route.body ? parsePart(route.body, request.body, 'body') : undefined,
    });
    return reply.status(output.status ?? 200).send(output.body);
  };
}

const optionIssue = (pointer: string, code: string, zh: string, en: string): Issue => ({ pointer, code, message: text(zh, en) });

/**
 * Checks the options a host gives beside the store and the hook.
 * @throws PayloadError('options') with a pointer at each bad option.
 */
function checkOptions(options: ServerOptions): void {
  const issues: Issue[] = [];
  const committees = options.committees ?? COMMITTEE_IDS;
  if (committees.length === 0) {
    issues.push(optionIssue('/committees', 'options.committeesEmpty', 'committees 至少列出一个委员会', '"committees" names at least one committee'));
  }
  committees.forEach((committee, index) => {
    if (typeof committee !== 'string' || !isCommittee(committee)) {
      issues.push(
        optionIssue(`/committees/${index}`, 'options.committeeUnknown', `不是委员会预设：${String(committee)}（可选 ${COMMITTEE_IDS.join('、')}）`, `Not a committee preset: ${String(committee)} (one of ${COMMITTEE_IDS.join(', ')})`),
      );
    }
  });
  if (options.defaultCommittee !== undefined && !committees.includes(options.defaultCommittee)) {
    issues.push(optionIssue('/defaultCommittee', 'options.committeeNotServed', 'defaultCommittee 须为所服务的委员会之一', '"defaultCommittee" must be one of the committees served'));
  }
  if (options.bodyLimit !== undefined && !(Number.isSafeInteger(options.bodyLimit) && options.bodyLimit > 0)) {
    issues.push(optionIssue('/bodyLimit', 'options.bodyLimitInvalid', 'bodyLimit 须为正整数（字节）', '"bodyLimit" must be a positive integer (bytes)'));
  }
  if (typeof options.authenticate !== 'function') {
    issues.push(optionIssue('/authenticate', 'options.authenticateMissing', 'authenticate 须为认证钩子函数', '"authenticate" must be the authentication hook, a function'));
  }
  if (issues.length > 0) throw new PayloadError(issues, 'options');
}

/**
 * Creates the OA server (not listening): the REST API of every route in the route table, the
 * OpenAPI document at `/openapi.json`, the API page at `/api-docs`, and with `web` the browser
 * pages. Every error is answered in one body shape (see `errors.ts`).
 * @throws PayloadError('options') for an unknown committee, an empty list of them, a default
 * committee not served, a body limit that is not a positive integer, or no hook.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  checkOptions(options);
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    routerOptions: { querystringParser: parseQueryString, maxParamLength: MAX_PARAM_LENGTH },
    // A malformed URL or an over-long path segment, refused before any route: the same error body.
    frameworkErrors: (error, _request, reply) => {
      const answer = errorAnswer(error);
      void (reply as FastifyReply).status(answer.status).send(answer.body);
    },
  });
  const registered: string[] = [];
  app.addHook('onRoute', (options) => {
    for (const method of [options.method].flat()) registered.push(`${method} ${options.url}`);
  });
  // JSON only: a text/plain body is refused (415) rather than read as a string.
  app.removeContentTypeParser('text/plain');
  const effects = effectLog();
  const sink = options.effectSink ? fanOut([effects.sink, options.effectSink]) : effects.sink;
  const engines = createCommittees({ store: options.store, clock: options.clock, committees: options.committees, sink });
  const defaultCommittee = options.defaultCommittee ?? [...engines.keys()][0]!;
  const context: ServerContext = { engines, defaultCommittee, store: options.store, authenticate: options.authenticate, effects };

  const onInternal = options.onInternalError ?? ((error: unknown) => console.error(error));
  app.setErrorHandler((error, _request, reply) => {
    const answer = errorAnswer(error);
    if (answer.status === 500) onInternal(error);
    return reply.status(answer.status).send(answer.body);
  });
  app.setNotFoundHandler((request, reply) => {
    const answer = errorAnswer(routeNotFound(request.method, request.url.split('?')[0] ?? ''));
    return reply.status(answer.status).send(answer.body);
  });

  for (const route of ROUTES) app.route({ method: route.method, url: fastifyPath(route.path), handler: handlerOf(route, context) });

  const document = openApiDocument(ROUTES);
  const docsPage = renderApiDocs(document);
  app.get(OPENAPI_PATH, async () => document);
  app.get(API_DOCS_PATH, async (_request, reply) => reply.type('text/html; charset=utf-8').send(docsPage));

  const pages = options.web === true ? await bundlePages(options.webDir) : [];
  registerPages(app, pages);
  app.decorate('luzhi', { engines, effects, pages: pagePaths(pages), routes: registered });
  return app;
}
