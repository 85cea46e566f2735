import { z } from 'zod';
import { ConcurrencyError, NotFoundError, PayloadError, StoreDataError, type Issue } from '../errors.js';
import { text } from '../localized-text.js';
import { readInstanceRow } from '../store/rows.js';
import { actorSchema, checkedJson, parseOptions } from './command-schema.js';
import type { CommandLimits } from './command-limits.js';
import { applyMigration } from './apply-migration.js';
import { checkMigrationPlan, parseMigrationPlan } from './migration-plan.js';
import { checkStoredStates } from './stored-states.js';
import { SYSTEM_ACTOR, type CommandEnvironment } from './step.js';
import type { StateValue } from '../compile/state-value.js';
import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { Store } from '../store/store.js';
import type { Clock } from './clock.js';
import type { DefinitionRegistry } from './definition-registry.js';
import type { Actor } from './types.js';

/** Options of {@link Engine.migrate}. */
export interface MigrationOptions {
  /** Check every instance and report, writing nothing. */
  dryRun?: boolean | undefined;
  /** Who the `migrated` events are recorded for (`luzhi:system` by default). */
  actor?: Actor | undefined;
  /** Told of each instance's result as soon as it is known (a progress line, say). */
  onResult?: ((result: MigrationResult) => void) | undefined;
}

/** What became of one instance: moved (or, in a dry run, movable), or refused with the reasons. */
export type MigrationResult =
  | { id: string; ok: true; from: StateValue; to: StateValue }
  | { id: string; ok: false; issues: Issue[] };

/** What {@link Engine.migrate} did. */
export interface MigrationReport {
  id: string;
  from: number;
  to: number;
  dryRun: boolean;
  /** One per running instance of `id@from`, oldest first (by creation time, then id). */
  results: MigrationResult[];
  /** `migrated`: moved, or in a dry run movable; `refused`: left on `from`, with its issues. */
  totals: { instances: number; migrated: number; refused: number };
}

/** What running a migration needs from the engine. */
export interface MigrationContext {
  tenant: string;
  store: Store;
  clock: Clock;
  definitions: DefinitionRegistry;
  environment: CommandEnvironment;
  limits: CommandLimits;
}

/** How many instances one store query reads. */
export const MIGRATION_PAGE = 100;

const optionsSchema = z.strictObject({
  dryRun: z.boolean().optional(),
  actor: actorSchema.optional(),
  onResult: z.custom<(result: MigrationResult) => void>((value) => typeof value === 'function').optional(),
});

/**
 * Moves the running instances of `plan.id@plan.from` to `plan.to`, oldest first, each in its own
 * commit (see {@link applyMigration}); with `dryRun`, computes the same and writes nothing. Stops
 * at nothing but a store failure: an instance that cannot move is reported and left as it was, and
 * one changed by a command meanwhile is left to that command (`instance.versionConflict`). Run
 * again, the plan finds only the instances still on `from`: a run cut short is resumed.
 *
 * @throws PayloadError('plan') for a malformed plan, an unknown version, or states and data
 * entries that do not fit the two versions; PayloadError('options') for malformed options;
 * DefinitionError (`effect.unregistered`) when this engine has no handler for an effect of `to`.
 */
export async function runMigration(context: MigrationContext, input: unknown, optionsInput: unknown): Promise<MigrationReport> {
  const options = parseOptions(optionsSchema, optionsInput ?? {});
  const parsed = parseMigrationPlan(planJson(input, context.limits));
  const [from, to] = await Promise.all([
    version(context, parsed.id, parsed.from, '/from'),
    version(context, parsed.id, parsed.to, '/to'),
  ]);
  const missing = [from, to].flatMap((found) => ('issue' in found ? [found.issue] : []));
  if (missing.length > 0) throw new PayloadError(missing, 'plan');
  const plan = checkMigrationPlan(parsed, (from as { compiled: CompiledWorkflow }).compiled, (to as { compiled: CompiledWorkflow }).compiled);
  // The moved instances will run here: this engine must deliver every effect of `to`, as for publish.
  context.definitions.assertServable(plan.to);
  const dryRun = options.dryRun === true;
  // Instances on `to` must be servable by every engine on the store, as instances started on it are.
  if (!dryRun) await context.definitions.keep(context.tenant, plan.to);
  const actor = options.actor ?? SYSTEM_ACTOR;
  const results: MigrationResult[] = [];
  const report = (result: MigrationResult): void => {
    results.push(result);
    options.onResult?.(result);
  };

  let after: { createdAt: string; id: string } | undefined;
  for (;;) {
    const page = await context.store.queryInstances(context.tenant, {
      definitionId: plan.id,
      definitionVersion: parsed.from,
      status: 'active',
      limit: MIGRATION_PAGE,
      // Pages are walked by cursor to the end: the count is not read.
      countLimit: 1,
      ...(after === undefined ? {} : { after }),
    });
    for (const row of page.rows) report(await migrateOne(context, plan, row, actor, dryRun));
    const last = page.rows.at(-1) as { createdAt?: unknown; id?: unknown } | undefined;
    if (page.rows.length < MIGRATION_PAGE || typeof last?.createdAt !== 'string' || typeof last.id !== 'string') break;
    after = { createdAt: last.createdAt, id: last.id };
  }
  const migrated = results.filter((result) => result.ok).length;
  return {
    id: plan.id,
    from: parsed.from,
    to: parsed.to,
    dryRun,
    results,
    totals: { instances: results.length, migrated, refused: results.length - migrated },
  };
}

/**
 * The plan as plain JSON, measured against the engine's command limits first, as a command is.
 * @throws PayloadError('plan') with the limit's issues.
 */
function planJson(input: unknown, limits: CommandLimits): unknown {
  try {
    return checkedJson(input, limits);
  } catch (error) {
    if (error instanceof PayloadError) throw new PayloadError(error.issues, 'plan');
    throw error;
  }
}

/** A version of the plan's workflow, or the issue of one this tenant does not have. */
async function version(
  context: MigrationContext,
  id: string,
  number: number,
  pointer: string,
): Promise<{ compiled: CompiledWorkflow } | { issue: Issue }> {
  try {
    return { compiled: await context.definitions.resolve(context.tenant, id, number) };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return {
      issue: {
        pointer,
        code: 'migration.unknownVersion',
        message: text(`找不到流程定义 ${id}@${number}（既未交给引擎，也未在存储中）`, `No workflow definition ${id}@${number} (neither given to the engine nor in the store)`),
      },
    };
  }
}

/** Checks, moves and commits one instance row; every refusal is a result, never a throw. */
async function migrateOne(
  context: MigrationContext,
  plan: ReturnType<typeof checkMigrationPlan>,
  row: unknown,
  actor: Actor,
  dryRun: boolean,
): Promise<MigrationResult> {
  const rowId = (row as { id?: unknown } | null)?.id;
  const id = typeof rowId === 'string' ? rowId : '';
  try {
    const instance = readInstanceRow(row, { tenant: context.tenant, id });
    checkStoredStates(plan.from, instance);
    const moved = applyMigration(plan, instance, actor, context.clock.now(), context.environment);
    if (!moved.ok) return { id, ok: false, issues: moved.issues };
    if (!dryRun) await context.store.commit(moved.applied.write);
    return { id, ok: true, from: moved.from, to: moved.to };
  } catch (error) {
    if (error instanceof StoreDataError) return { id, ok: false, issues: [...error.issues] };
    if (error instanceof ConcurrencyError) {
      return { id, ok: false, issues: [{ pointer: '/version', code: error.code, message: error.messages }] };
    }
    throw error;
  }
}
