import type { EffectRequest, Recipients } from '../compile/compiled-workflow.js';
import type { OutboxEffect, Store } from '../store/store.js';
import { effectKindNamed } from '../builtins/effects/index.js';

/** What an effect handler receives. `idempotencyKey` is stable across redeliveries. */
export interface EffectContext {
  idempotencyKey: string;
  tenant: string;
  instanceId: string;
  /** The sequence number of the audit event whose command requested the effect. */
  seq: number;
  /** 1 for the first delivery, 2 for the first retry, and so on. */
  attempt: number;
  /**
   * Whom the effect is for, resolved when its command was applied: participant roles as their
   * holders' user ids, unit roles as units, other roles as roles. Absent for effects committed
   * before recipients were resolved.
   */
  recipients?: Recipients | undefined;
}

/** A host handler for a `call` effect: receives the evaluated `with` arguments. */
export type CallHandler = (args: Record<string, unknown>, context: EffectContext) => unknown | Promise<unknown>;
/** The host's handler for `notify` effects. */
export type NotifyHandler = (
  request: Extract<EffectRequest, { kind: 'notify' }>,
  context: EffectContext,
) => unknown | Promise<unknown>;

/** How failed deliveries are retried: exponential back-off from `firstDelayMs`, capped at `maxDelayMs`. */
export interface EffectRetryPolicy {
  /** Wait before the first retry (1 s by default); each further retry waits twice as long. */
  firstDelayMs?: number;
  /** The longest wait between two attempts (1 hour by default). */
  maxDelayMs?: number;
  /** Attempts after which delivery is given up and the effect marked `failed` (16 by default). */
  maxAttempts?: number;
}

/**
 * How long the process that committed a command owns its effects for delivering them itself:
 * another process's {@link Store.claimEffects} takes them only once this has passed (when the
 * committing process died before it could deliver).
 */
export const DELIVERY_LEASE_MS = 60_000;

/** Where a host's handlers and the store meet: everything one delivery needs. */
export interface EffectDelivery {
  store: Store;
  notify: NotifyHandler | undefined;
  handlers: Record<string, CallHandler>;
  retry: Required<EffectRetryPolicy>;
}

/** Fills in the defaults of a retry policy. */
export function retryPolicy(policy: EffectRetryPolicy = {}): Required<EffectRetryPolicy> {
  return {
    firstDelayMs: policy.firstDelayMs ?? 1_000,
    maxDelayMs: policy.maxDelayMs ?? 3_600_000,
    maxAttempts: policy.maxAttempts ?? 16,
  };
}

/** When the attempt after `failedAttempts` failures may run, or undefined when it is time to give up. */
export function nextAttemptAt(policy: Required<EffectRetryPolicy>, failedAttempts: number, now: Date): string | undefined {
  if (failedAttempts >= policy.maxAttempts) return undefined;
  const delay = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(failedAttempts - 1, 40));
  return new Date(now.getTime() + delay).toISOString();
}

/**
 * Runs one outbox effect's handler and records the outcome: delivered effects leave the outbox;
 * a failure is retried later with back-off, or given up after the policy's last attempt.
 * Returns whether the handler succeeded. Handlers get `effect.id` as a stable idempotency key:
 * delivery is at least once, so a handler may see the same key again.
 */
export async function deliverEffect(delivery: EffectDelivery, effect: OutboxEffect, now: () => Date): Promise<'delivered' | 'failed' | 'gaveUp'> {
  const context: EffectContext = {
    idempotencyKey: effect.id,
    tenant: effect.tenant,
    instanceId: effect.instanceId,
    seq: effect.seq,
    attempt: effect.attempts + 1,
    ...(effect.request.recipients === undefined ? {} : { recipients: effect.request.recipients }),
  };
  try {
    await effectKindNamed(effect.request.kind).deliver!(delivery, effect.request, context);
  } catch (error) {
    const retryAt = nextAttemptAt(delivery.retry, effect.attempts + 1, now());
    await delivery.store.settleEffect(effect.tenant, effect.id, {
      delivered: false,
      error: error instanceof Error ? error.message : String(error),
      retryAt,
    });
    return retryAt === undefined ? 'gaveUp' : 'failed';
  }
  await delivery.store.settleEffect(effect.tenant, effect.id, { delivered: true });
  return 'delivered';
}
