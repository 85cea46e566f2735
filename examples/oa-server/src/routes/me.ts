import { z } from 'zod';
import { actorSchema } from '@luzhi/engine';
import { route } from './route.js';

/** The caller as the authentication hook sees it. */
export const meSchema = z.object({ actor: actorSchema, committee: z.string() });

/** `GET /api/me`: the caller's actor and committee. */
export const meRoute = route({
  method: 'GET',
  path: '/api/me',
  operationId: 'getMe',
  tag: 'caller',
  summary: { 'zh-CN': '当前调用者（操作人和委员会）', en: 'The caller: actor and committee' },
  responses: { 200: meSchema },
  errors: [],
  handler: async ({ caller }) => ({ body: { actor: caller.actor, committee: caller.committee } }),
});
