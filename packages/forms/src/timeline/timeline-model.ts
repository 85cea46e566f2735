import { activeStateNames, leafStateNames, pickTitle, type AuditEvent } from '@luzhi/engine';
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
  /**
   * The branch the event was on, labelled by the role of its forEach state when the definition
   * says (联名委员：li.hua), else as a unit's (承办单位：市教育局).
   */
  branch: string | undefined;
  /** The states the instance was in afterwards, when the event moved it. */
  movedTo: string | undefined;
  /** A reason or comment given with the action (退回理由, 评价意见). */
  note: string | undefined;
  /** Links between workflows: the instances the event started, or where a started instance comes from. */
  link: string | undefined;
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
      branch: event.branch === undefined ? undefined : branchLabel(event, event.branch, index, locale, messages),
      movedTo: moved ? messages.list(leafStateNames(event.to).map((name) => stateTitle(index, name, locale))) : undefined,
      note,
      link: linkText(event, messages),
    };
  });
}

/** A branch key with the title of the role its forEach state branches over (found among the states the event left). */
function branchLabel(event: AuditEvent, key: string, index: WorkflowIndex | undefined, locale: string, messages: ComponentMessages): string {
  const roles = index?.definition.roles;
  for (const name of event.from === null ? [] : activeStateNames(event.from)) {
    const role = index?.states.get(name)?.node.forEach?.role;
    if (role === undefined || roles === undefined || !Object.hasOwn(roles, role)) continue;
    return messages.branchOf(pickTitle(roles[role]?.title, locale) ?? role, key);
  }
  return messages.branch(key);
}

/**
 * What an event says about links between workflows: the instances it started (`started`), or, on
 * a started instance's first event, where it comes from (`origin`). Fields of another shape are
 * left out, not shown.
 */
function linkText(event: AuditEvent, messages: ComponentMessages): string | undefined {
  const record = event as { started?: unknown; origin?: unknown };
  const started = (Array.isArray(record.started) ? record.started : []).flatMap((item: unknown) => {
    const { id, workflow } = (typeof item === 'object' && item !== null ? item : {}) as { id?: unknown; workflow?: unknown };
    return typeof id === 'string' && typeof workflow === 'string' ? [`${workflow} ${id}`] : [];
  });
  if (started.length > 0) return messages.startedInstances(messages.list(started));
  const { instance, workflow, seq } = (typeof record.origin === 'object' && record.origin !== null ? record.origin : {}) as {
    instance?: unknown;
    workflow?: unknown;
    seq?: unknown;
  };
  if (typeof instance === 'string' && typeof workflow === 'string' && typeof seq === 'number') return messages.startedBy(workflow, instance, seq);
  return undefined;
}
