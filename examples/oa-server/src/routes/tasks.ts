import { z } from 'zod';
import { NotFoundError, batchItemSchema, batchResultSchema, taskQuerySchema, taskSchema } from '@luzhi/engine';
import { visibleView } from './instance-visibility.js';
import { route } from './route.js';

/** The most commands one batch request may hold. */
export const MAX_BATCH_COMMANDS = 1_000;

/** The query of the to-do list: the engine's task query without its actor (the caller's list). */
export const taskListQuerySchema = taskQuerySchema.omit({ actor: true });

/** A batch: the engine's batch items without their actor (every command is the caller's). */
export const batchBodySchema = z.array(batchItemSchema.omit({ actor: true })).max(MAX_BATCH_COMMANDS);

/** `GET /api/tasks`: the caller's to-do list (待办). */
export const tasksRoute = route({
  method: 'GET',
  path: '/api/tasks',
  operationId: 'listTasks',
  tag: 'tasks',
  summary: { 'zh-CN': '调用者的待办', en: "The caller's to-do list" },
  query: taskListQuerySchema,
  responses: { 200: z.array(taskSchema) },
  errors: [400],
  handler: async ({ engine, caller, query }) => ({ body: await engine.tasks({ ...query, actor: caller.actor }) }),
});

/**
 * `POST /api/commands/batch`: many commands of the caller at once, each applied on its own; one
 * result per command in batch order (a refused command does not stop the others).
 */
export const batchRoute = route({
  method: 'POST',
  path: '/api/commands/batch',
  operationId: 'sendBatch',
  tag: 'instances',
  summary: { 'zh-CN': '批量执行动作（如交办会）', en: 'Send many commands at once (an assignment meeting)' },
  body: batchBodySchema,
  responses: { 200: z.array(batchResultSchema) },
  errors: [400, 413, 415],
  handler: async ({ engine, caller, body }) => {
    const results = await engine.sendMany(body.map((item) => ({ ...item, actor: caller.actor })));
    const hidden = new Map<string, boolean>();
    for (const [index, result] of results.entries()) {
      if (result.ok || result.error.code === 'instance.notFound') continue;
      const id = result.instanceId;
      if (!hidden.has(id)) hidden.set(id, (await visibleView(engine, id, caller.actor)) === undefined);
      if (hidden.get(id) === true) results[index] = { instanceId: id, ok: false, error: new NotFoundError('instance', id).toJSON() as typeof result.error };
    }
    return { body: results };
  },
});
