import { z } from 'zod';
import { actorSchema, localizedTextSchema } from '@luzhi/engine';
import { PERSONAS } from '../personas.js';
import { openRoute } from './route.js';

/** What the demo page offers to choose from. */
export const demoChoicesSchema = z.object({
  /** The committee the page opens with (`LUZHI_COMMITTEE` under `npm start`). */
  committee: z.string(),
  /** The committees this server serves. */
  committees: z.array(z.string()),
  /** The demo hook's personas, each with the actor it stands for. */
  personas: z.array(z.object({ id: z.string(), title: localizedTextSchema, actor: actorSchema })),
});

/**
 * `GET /api/demo`: the committees served and the demo hook's personas, for the demo page's
 * pickers. It needs no caller: the personas are the demo's stand-ins for an OA's login, not people.
 */
export const demoRoute = openRoute({
  method: 'GET',
  path: '/api/demo',
  operationId: 'getDemoChoices',
  tag: 'caller',
  summary: { 'zh-CN': '演示页可选的委员会和演示身份（无需调用者）', en: 'The committees and demo personas the demo page offers (no caller needed)' },
  responses: { 200: demoChoicesSchema },
  errors: [],
  open: async (server) => ({ body: { committee: server.defaultCommittee, committees: [...server.engines.keys()], personas: PERSONAS } }),
});
