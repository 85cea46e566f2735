import type { CallHandler, EffectContext, NotifyHandler } from '../runtime/engine.js';
import type { Title } from '../definition/workflow-definition.generated.js';
import type { Recipients } from '../compile/compiled-workflow.js';

/** An effect the engine delivered during a simulation, as the recording handler received it, with its resolved recipients. */
export type RecordedEffect =
  | { kind: 'notify'; roles: readonly string[]; message: Title; recipients?: Recipients | undefined; idempotencyKey: string }
  | { kind: 'call'; name: string; args: Record<string, unknown>; recipients?: Recipients | undefined; idempotencyKey: string };

/** Handlers that record what they receive, for an engine that runs a scenario. */
export interface EffectRecorder {
  /** The engine's `notify` handler. */
  readonly notify: NotifyHandler;
  /** One handler per effect name: the engine's `effects`. */
  readonly effects: Record<string, CallHandler>;
  /** The effects received since the last call, oldest first. */
  take(): RecordedEffect[];
}

/**
 * Creates recording handlers for `notify` and for each named effect. They never fail, so every
 * effect a simulated step requests is delivered and shown.
 */
export function createEffectRecorder(names: Iterable<string>): EffectRecorder {
  let received: RecordedEffect[] = [];
  const notify: NotifyHandler = (request, context: EffectContext) => {
    received.push({
      kind: 'notify',
      roles: request.roles,
      message: request.message,
      ...(request.recipients === undefined ? {} : { recipients: request.recipients }),
      idempotencyKey: context.idempotencyKey,
    });
  };
  const effects: Record<string, CallHandler> = {};
  for (const name of names) {
    effects[name] = (args, context) => {
      received.push({
        kind: 'call',
        name,
        args,
        ...(context.recipients === undefined ? {} : { recipients: context.recipients }),
        idempotencyKey: context.idempotencyKey,
      });
    };
  }
  return {
    notify,
    effects,
    take() {
      const taken = received;
      received = [];
      return taken;
    },
  };
}
