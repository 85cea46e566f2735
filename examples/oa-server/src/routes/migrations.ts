import { z } from 'zod';
import { migrationReportSchema, type MigrationPlan } from '@luzhi/engine';
import { route } from './route.js';

/**
 * A migration plan as the engine's `MigrationPlan` type says (the engine checks it in full: its
 * versions, renames and data expressions against the two definitions).
 */
export const migrationPlanSchema = z.strictObject({
  id: z.string().min(1).max(200),
  from: z.number().int().min(1),
  to: z.number().int().min(1),
  states: z.record(z.string(), z.string()).optional().describe('Old state name → new state name'),
  data: z.record(z.string(), z.string().nullable()).optional().describe('JSON pointer → expression on the old instance (null removes)'),
}) satisfies z.ZodType<MigrationPlan>;

/** `POST /api/migrations/dry-run`: checks a migration and reports, writing nothing (administrators). */
export const migrationDryRunRoute = route({
  method: 'POST',
  path: '/api/migrations/dry-run',
  operationId: 'dryRunMigration',
  tag: 'migrations',
  summary: { 'zh-CN': '试运行迁移（不写入，流程管理员）', en: 'Dry-run a migration (nothing written; administrators)' },
  body: migrationPlanSchema,
  admin: true,
  responses: { 200: migrationReportSchema },
  errors: [400, 403, 413, 415],
  handler: async ({ engine, caller, body }) => ({ body: await engine.migrate(body, { dryRun: true, actor: caller.actor }) }),
});

/** `POST /api/migrations`: moves the running instances to the new version (administrators). */
export const migrationRoute = route({
  method: 'POST',
  path: '/api/migrations',
  operationId: 'runMigration',
  tag: 'migrations',
  summary: { 'zh-CN': '执行迁移（流程管理员）', en: 'Run a migration (administrators)' },
  body: migrationPlanSchema,
  admin: true,
  responses: { 200: migrationReportSchema },
  errors: [400, 403, 413, 415],
  handler: async ({ engine, caller, body }) => ({ body: await engine.migrate(body, { actor: caller.actor }) }),
});
