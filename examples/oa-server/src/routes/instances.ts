import { z } from 'zod';
import {
  ConcurrencyError,
  auditEventSchema,
  commandSchema,
  historyVerificationSchema,
  instancePageSchema,
  instanceViewSchema,
  startCommandSchema,
  text,
  type InstanceQuery,
} from '@luzhi/engine';
import { RequestError } from '../errors.js';
import { route } from './route.js';
import { hiddenAsNotFound, viewOrNotFound, visibleView } from './instance-visibility.js';

const idParams = z.strictObject({ id: z.string().min(1).max(200) });

/** The body of a start: the engine's start command without its actor, and the workflow to start. */
export const startBodySchema = startCommandSchema.omit({ actor: true }).extend({
  definition: z.string().min(1).max(200).describe('The workflow (definition id) to start'),
});

/** The body of a command: the engine's command without its actor (the caller is the actor). */
export const commandBodySchema = commandSchema.omit({ actor: true });

/**
 * The query of a search. Every value is text in a URL: `where` is a JSON object of JSON pointers
 * and values; `state` may be given more than once.
 */
export const instanceSearchSchema = z.strictObject({
  definition: z.string().optional(),
  version: z.number().int().optional(),
  state: z.union([z.string(), z.array(z.string())]).optional(),
  status: z.enum(['active', 'done']).optional(),
  participant: z.string().optional(),
  unit: z.string().optional(),
  createdFrom: z.string().optional().describe('ISO 8601 instant with Z or an offset'),
  createdTo: z.string().optional().describe('ISO 8601 instant with Z or an offset'),
  limit: z.number().int().optional().describe('1 to 1,000; 50 by default'),
  after: z.string().optional().describe('The `next` of the previous page'),
  where: z.string().optional().describe('JSON object: data pointer → value, e.g. {"/category":"教育"}'),
});

/** A page of a search: the instances the caller may see, each with the caller's actions. */
export const searchPageSchema = instancePageSchema.omit({ total: true, totalCapped: true });

/** `POST /api/instances`: starts an instance as the caller. */
export const startInstanceRoute = route({
  method: 'POST',
  path: '/api/instances',
  operationId: 'startInstance',
  tag: 'instances',
  summary: { 'zh-CN': '发起流程实例', en: 'Start an instance' },
  body: startBodySchema,
  responses: { 201: instanceViewSchema },
  errors: [400, 403, 404, 409, 413, 415],
  handler: async ({ engine, caller, body }) => {
    const { definition, ...command } = body;
    try {
      return { status: 201, body: await engine.start(definition, { ...command, actor: caller.actor }) };
    } catch (error) {
      // An id the caller chose is taken: say only that, not the version of an instance they may not see.
      if (error instanceof ConcurrencyError && command.id !== undefined && (await visibleView(engine, command.id, caller.actor)) === undefined) {
        throw new RequestError(409, 'instance.idTaken', text(`实例标识“${command.id}”已被使用：请换一个，或不填由服务生成`, `The instance id "${command.id}" is taken: choose another, or leave it out for one to be generated`));
      }
      throw error;
    }
  },
});

/** The `where` parameter as an object, or a 400 pointing at it. */
function parseWhere(where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(where);
  } catch {
    value = undefined;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  const message = text('where 须为 JSON 对象，如 {"/category":"教育"}', 'where must be a JSON object, such as {"/category":"教育"}');
  throw new RequestError(400, 'query.invalid', text(`查询参数有 1 处错误，首个在 /where：${message['zh-CN']}`, `The query string has 1 issue(s); first at /where: ${message.en}`), [
    { pointer: '/where', code: 'query.whereInvalid', message },
  ]);
}

/**
 * `GET /api/instances`: the committee's instances matching the query that the caller may see. A
 * page holds the matches of one page of the store that `engine.get` shows the caller, so it may
 * hold fewer than `limit` (even none) while `next` says more follow.
 */
export const searchInstancesRoute = route({
  method: 'GET',
  path: '/api/instances',
  operationId: 'searchInstances',
  tag: 'instances',
  summary: { 'zh-CN': '查询实例（只列出调用者看得到的）', en: 'Search instances (only those the caller may see)' },
  query: instanceSearchSchema,
  responses: { 200: searchPageSchema },
  errors: [400],
  handler: async ({ engine, caller, query }) => {
    const { where, ...rest } = query;
    // The page gives no total (it would count instances the caller may not see): count no further than one.
    const search: InstanceQuery = { ...rest, countLimit: 1, ...(where === undefined ? {} : { where: parseWhere(where) }) };
    const page = await engine.instances(search);
    const items = [];
    for (const item of page.items) {
      const view = await visibleView(engine, item.id, caller.actor);
      if (view !== undefined) items.push(view);
    }
    return { body: { items, ...(page.next === undefined ? {} : { next: page.next }) } };
  },
});

/** `GET /api/instances/{id}`: an instance as the caller sees it, with the actions the caller may take. */
export const getInstanceRoute = route({
  method: 'GET',
  path: '/api/instances/{id}',
  operationId: 'getInstance',
  tag: 'instances',
  summary: { 'zh-CN': '查看实例及调用者可执行的动作', en: 'An instance with the actions the caller may take' },
  params: idParams,
  responses: { 200: instanceViewSchema },
  errors: [400, 404],
  handler: async ({ engine, caller, params }) => ({ body: await engine.get(params.id, { actor: caller.actor }) }),
});

/** `POST /api/instances/{id}/commands`: takes an action on an instance as the caller. */
export const sendCommandRoute = route({
  method: 'POST',
  path: '/api/instances/{id}/commands',
  operationId: 'sendCommand',
  tag: 'instances',
  summary: { 'zh-CN': '对实例执行动作', en: 'Take an action on an instance' },
  params: idParams,
  body: commandBodySchema,
  responses: { 200: instanceViewSchema },
  errors: [400, 403, 404, 409, 413, 415],
  handler: async ({ engine, caller, params, body }) => ({
    body: await hiddenAsNotFound(engine, params.id, caller.actor, () => engine.send(params.id, { ...body, actor: caller.actor })),
  }),
});

/** `GET /api/instances/{id}/history`: the audit events of an instance the caller may see. */
export const historyRoute = route({
  method: 'GET',
  path: '/api/instances/{id}/history',
  operationId: 'getHistory',
  tag: 'instances',
  summary: { 'zh-CN': '实例的审计记录', en: "An instance's audit events" },
  params: idParams,
  responses: { 200: z.array(auditEventSchema) },
  errors: [400, 404],
  handler: async ({ engine, caller, params }) => {
    await viewOrNotFound(engine, params.id, caller.actor);
    return { body: await engine.history(params.id) };
  },
});

/** `GET /api/instances/{id}/verification`: checks the hash chain of an instance the caller may see. */
export const verificationRoute = route({
  method: 'GET',
  path: '/api/instances/{id}/verification',
  operationId: 'verifyHistory',
  tag: 'instances',
  summary: { 'zh-CN': '校验实例的审计链', en: "Verify an instance's audit chain" },
  params: idParams,
  responses: { 200: historyVerificationSchema },
  errors: [400, 404],
  handler: async ({ engine, caller, params }) => {
    await viewOrNotFound(engine, params.id, caller.actor);
    return { body: await engine.verifyHistory(params.id) };
  },
});
