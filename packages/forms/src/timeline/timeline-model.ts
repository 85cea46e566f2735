import { leafStateNames, type AuditEvent } from '@luzhi/engine';
import type { ComponentMessages } from '../shared/component-messages.js';
import { actionTitle, stateTitle, type WorkflowIndex } from '@luzhi/engine/diagram';

/** The id of the actor the engine records its own events (deadline warnings, expiries) under. */
export const SYSTEM_ACTOR = 'luzhi:system';

/** One line of the timeline, as text ready to show. */
export interface TimelineEntry {
  seq: number;
  at: string;
  /** Who acted: the actor's name, else id; the system for the engine's own events. */
  who: string;
  /** What was done: the action's title, else its name. */
  what: string;
  /** The unit whose branch the event was on. */
  branch: string | undefined;
  /** The states the instance was in afterwards, when the event moved it. */
  movedTo: string | undefined;
  /** A reason or comment given with the action (退回理由, 评价意见). */
  note: string | undefined;
}

/**
 * Turns audit events into timeline lines: titles from the definition when there is one, the
 * package's words for the engine's own events and built-in actions, names as a last resort.
 */
export function timelineEntries(
  events: readonly AuditEvent[],
  index: WorkflowIndex | undefined,
  locale: string,
  messages: ComponentMessages,
): TimelineEntry[] {
  return events.map((event) => {
    const moved = event.from === null || JSON.stringify(event.from) !== JSON.stringify(event.to);
    const payload = (typeof event.payload === 'object' && event.payload !== null ? event.payload : {}) as Record<string, unknown>;
    const note = [payload.reason, payload.comment].find((value): value is string => typeof value === 'string' && value !== '');
    return {
      seq: event.seq,
      at: event.at,
      who: event.actor.id === SYSTEM_ACTOR ? messages.system : (event.actor.name ?? event.actor.id),
      what: messages.eventTitle(event.type) ?? actionTitle(index, event.type, locale) ?? event.type,
      branch: event.branch,
      movedTo: moved ? messages.list(leafStateNames(event.to).map((name) => stateTitle(index, name, locale))) : undefined,
      note,
    };
  });
}
