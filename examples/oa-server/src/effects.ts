import type { CallHandler, EffectContext, NotifyHandler } from '@luzhi/engine';

/** One effect the server delivered: a notification or a call of the host's system. */
export interface DeliveredEffect {
  kind: 'notify' | 'call';
  /** The call's name; absent for a notification. */
  name?: string;
  tenant: string;
  instanceId: string;
  idempotencyKey: string;
  /** The notification request, or the call's arguments. */
  request: unknown;
  recipients?: EffectContext['recipients'];
  deliveredAt: string;
}

/** Where the server sends the effects the workflows request. */
export interface EffectSink {
  /** Receives each effect once per delivery attempt; a rejection makes the engine retry later. */
  (effect: DeliveredEffect): void | Promise<void>;
}

/** How many effects {@link effectLog} keeps when not told. */
export const DEFAULT_EFFECT_LOG_SIZE = 200;

/** The most recent effects, newest last, at most `size` of them. */
export interface EffectLog {
  readonly sink: EffectSink;
  entries(): readonly DeliveredEffect[];
}

/** Keeps the last `size` effects in memory, so that the demo and tests can show what was sent. */
export function effectLog(size = DEFAULT_EFFECT_LOG_SIZE): EffectLog {
  const kept: DeliveredEffect[] = [];
  return {
    sink: (effect) => {
      kept.push(effect);
      if (kept.length > size) kept.splice(0, kept.length - size);
    },
    entries: () => kept.slice(),
  };
}

/** How long the webhook may take to answer before the delivery counts as failed (and is retried). */
export const WEBHOOK_TIMEOUT_MS = 5_000;

/**
 * Posts each effect as JSON to `url` — the way an OA system is pushed its notifications. Any
 * answer other than 2xx, or none within {@link WEBHOOK_TIMEOUT_MS}, fails the delivery: the engine
 * retries it later with back-off. `Idempotency-Key` lets the receiver drop a repeat.
 */
export function webhookSink(url: string, fetchImpl: typeof fetch = fetch): EffectSink {
  return async (effect) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': effect.idempotencyKey },
      body: JSON.stringify(effect),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`webhook ${url} answered ${response.status}`);
  };
}

/** Sends every effect to each sink in turn; the first that fails fails the delivery. */
export function fanOut(sinks: readonly EffectSink[]): EffectSink {
  return async (effect) => {
    for (const sink of sinks) await sink(effect);
  };
}

/** The engine's handlers for `notify` and for every `call` name in `callNames`, all going to `sink`. */
export function effectHandlers(
  sink: EffectSink,
  callNames: Iterable<string>,
  now: () => Date,
): { notify: NotifyHandler; effects: Record<string, CallHandler> } {
  const base = (context: EffectContext) => ({
    tenant: context.tenant,
    instanceId: context.instanceId,
    idempotencyKey: context.idempotencyKey,
    ...(context.recipients === undefined ? {} : { recipients: context.recipients }),
    deliveredAt: now().toISOString(),
  });
  const effects: Record<string, CallHandler> = Object.create(null);
  for (const name of callNames) {
    effects[name] = (args, context) => sink({ kind: 'call', name, request: args, ...base(context) });
  }
  return {
    notify: (request, context) => sink({ kind: 'notify', request, ...base(context) }),
    effects,
  };
}
