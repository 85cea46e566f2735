import { z } from 'zod';
import { PayloadError, type Issue } from '../errors.js';
import { joinPointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import type { Store } from '../store/store.js';
import { isTenantId } from '../tenant-id.js';
import { systemClock, type Clock } from './clock.js';
import { parseOptions } from './command-schema.js';
import type { EffectRun, Engine, TimerRun } from './engine.js';
import { intervalMsSchema, startIntervalLoop } from './interval-loop.js';

/** Options of {@link createTenantRunner}. */
export interface TenantRunnerOptions {
  /** The store every engine works on: it says which tenants have work due. */
  store: Store;
  /**
   * One engine per tenant served here, by tenant id (each bound to that tenant, with that
   * tenant's effect handlers): `createEngine({ tenant, … })` or `engine.withTenant(tenant)`.
   */
  engines: Readonly<Record<string, Engine>> | ReadonlyMap<string, Engine>;
  /** Where `run` takes the time when not given one; the system clock by default. */
  clock?: Clock;
}

/** What one tenant's turn in a {@link TenantRunner.run} did. */
export interface TenantRun {
  tenant: string;
  timers: TimerRun;
  effects: EffectRun;
}

/** What one {@link TenantRunner.run} did, tenant by tenant. */
export interface TenantRunnerReport {
  /** The tenants that had work due and an engine here, in tenant order. */
  ran: TenantRun[];
  /** Tenants that had work due but no engine here: left untouched (nothing claimed) for whoever serves them. */
  unserved: string[];
  /** Tenants whose turn threw; the other tenants ran all the same. */
  failed: Array<{ tenant: string; error: unknown }>;
}

/** Serves the timers and outbox effects of many tenants from one process. */
export interface TenantRunner {
  /** The tenants served, sorted. */
  readonly tenants: readonly string[];
  /**
   * For every tenant with timers due or effects available at `now`: its engine fires that
   * tenant's timers and delivers that tenant's effects through its own handlers. A tenant whose
   * turn fails is reported in `failed`; the others still run.
   */
  run(now?: Date): Promise<TenantRunnerReport>;
  /** Calls {@link TenantRunner.run} every `intervalMs` (60 s by default) until `stop()` is called. */
  start(options?: { intervalMs?: number; onReport?: (report: TenantRunnerReport) => void; onError?: (error: unknown) => void }): {
    stop(): void;
  };
}

const optionsSchema = z.strictObject({
  store: z.custom<Store>((value) => typeof (value as Store | undefined)?.dueTenants === 'function'),
  engines: z.custom<TenantRunnerOptions['engines']>((value) => value !== null && typeof value === 'object'),
  clock: z.custom<Clock>((value) => typeof (value as Clock | undefined)?.now === 'function').optional(),
});

const startSchema = z
  .strictObject({
    intervalMs: intervalMsSchema.optional(),
    onReport: z.custom<(report: TenantRunnerReport) => void>((value) => typeof value === 'function').optional(),
    onError: z.custom<(error: unknown) => void>((value) => typeof value === 'function').optional(),
  })
  .optional();

/**
 * Creates the runner a platform serving many committees from one process uses instead of each
 * engine's `runDueTimers` and `deliverEffects`: it asks the store which tenants have work due and
 * hands each tenant's work to that tenant's engine alone, so that one committee's effects never
 * go through another's handlers and one tenant's failure never holds up the rest.
 *
 * @throws PayloadError('options') for malformed options: a key that is not a tenant id, or an
 * engine bound to another tenant than its key.
 */
export function createTenantRunner(options: TenantRunnerOptions): TenantRunner {
  parseOptions(optionsSchema, options);
  const engines = new Map<string, Engine>(
    options.engines instanceof Map ? options.engines : Object.entries(options.engines as Record<string, Engine>),
  );
  const issues: Issue[] = [];
  for (const [tenant, engine] of engines) {
    const pointer = joinPointer('/engines', tenant);
    if (!isTenantId(tenant)) {
      issues.push({ pointer, code: 'tenant.invalid', message: text('不是合法的租户标识', 'not a well-formed tenant id') });
    } else if (typeof engine?.runDueTimers !== 'function' || engine.tenant !== tenant) {
      issues.push({
        pointer,
        code: 'runner.engineTenant',
        message: text(`应为租户 ${tenant} 的引擎`, `expected an engine bound to tenant ${tenant}`),
      });
    }
  }
  if (issues.length > 0) throw new PayloadError(issues, 'options');
  const clock = options.clock ?? systemClock;

  const runner: TenantRunner = {
    tenants: [...engines.keys()].sort(),

    async run(now = clock.now()) {
      const report: TenantRunnerReport = { ran: [], unserved: [], failed: [] };
      for (const tenant of await options.store.dueTenants(now.toISOString())) {
        const engine = engines.get(tenant);
        if (engine === undefined) {
          report.unserved.push(tenant);
          continue;
        }
        try {
          const timers = await engine.runDueTimers(now);
          const effects = await engine.deliverEffects();
          report.ran.push({ tenant, timers, effects });
        } catch (error) {
          report.failed.push({ tenant, error });
        }
      }
      return report;
    },

    start(input) {
      const startOptions = parseOptions(startSchema, input) ?? {};
      return startIntervalLoop(async () => {
        const report = await runner.run();
        startOptions.onReport?.(report);
        for (const { tenant, error } of report.failed) {
          if (startOptions.onError) startOptions.onError(error);
          else console.error(`luzhi: 租户 ${tenant} 的定时任务出错 / tenant ${tenant}'s run failed:`, error);
        }
      }, startOptions);
    },
  };
  return runner;
}
