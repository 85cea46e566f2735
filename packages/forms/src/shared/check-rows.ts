import { joinPointer, type AuditEvent, type InstanceView, type Task } from '@luzhi/engine';
import { InputChecker } from './check-input.js';

const colours = ['green', 'yellow', 'red'] as const;

/**
 * Checks an instance view (what `engine.get(id, { actor })` returns, or its JSON) as far as the
 * elements read it: id, status, version, active states, actions, branches and deadlines.
 * @throws ElementInputError naming the first place that is wrong.
 */
export function checkView(element: string, value: unknown, property = 'view'): InstanceView {
  const check = new InputChecker(element, property);
  const view = check.object(value, '');
  check.string(view, 'id', '');
  check.oneOf(view, 'status', '', ['active', 'done']);
  check.number(view, 'version', '');
  check.strings(view.activeStates, '/activeStates');
  check.array(view.actions, '/actions').forEach((item, at) => {
    const pointer = joinPointer('/actions', at);
    const action = check.object(item, pointer);
    check.string(action, 'event', pointer);
    check.string(action, 'state', pointer);
    check.string(action, 'form', pointer, true);
    check.string(action, 'branch', pointer, true);
    check.title(action, 'title', pointer);
  });
  if (view.branches !== undefined) {
    const branches = check.object(view.branches, '/branches');
    for (const [state, list] of Object.entries(branches)) {
      check.array(list, joinPointer('/branches', state)).forEach((item, at) => {
        const pointer = joinPointer('/branches', state, at);
        const branch = check.object(item, pointer);
        check.string(branch, 'key', pointer);
        check.string(branch, 'state', pointer);
      });
    }
  }
  if (view.deadlines !== undefined) {
    const deadlines = check.object(view.deadlines, '/deadlines');
    for (const [state, item] of Object.entries(deadlines)) {
      const pointer = joinPointer('/deadlines', state);
      const deadline = check.object(item, pointer);
      check.string(deadline, 'due', pointer);
      check.oneOf(deadline, 'colour', pointer, colours);
    }
  }
  if (view.data !== undefined) check.object(view.data, '/data');
  return view as unknown as InstanceView;
}

/** A task row as the inbox shows it: a {@link Task}, and the instance's own title if the host has one. */
export type InboxTask = Task & { title?: string | Record<string, string> | undefined };

/**
 * Checks to-do rows (what `engine.tasks(...)` returns, or its JSON) as far as the inbox reads them.
 * @throws ElementInputError naming the first place that is wrong.
 */
export function checkTasks(element: string, value: unknown, property = 'tasks'): InboxTask[] {
  const check = new InputChecker(element, property);
  check.array(value, '').forEach((item, at) => {
    const pointer = `/${at}`;
    const task = check.object(item, pointer);
    check.string(task, 'instanceId', pointer);
    check.string(task, 'state', pointer);
    check.string(task, 'createdAt', pointer);
    check.string(task, 'due', pointer, true);
    check.string(task, 'unit', pointer, true);
    check.oneOf(task, 'colour', pointer, colours);
    check.title(task, 'stateTitle', pointer);
    check.title(task, 'title', pointer);
  });
  return value as InboxTask[];
}

/**
 * Checks audit events (what `engine.history(id)` returns, or its JSON) as far as the timeline
 * reads them. @throws ElementInputError naming the first place that is wrong.
 */
export function checkEvents(element: string, value: unknown, property = 'events'): AuditEvent[] {
  const check = new InputChecker(element, property);
  check.array(value, '').forEach((item, at) => {
    const pointer = `/${at}`;
    const event = check.object(item, pointer);
    check.number(event, 'seq', pointer);
    check.string(event, 'at', pointer);
    check.string(event, 'type', pointer);
    check.string(event, 'branch', pointer, true);
    if (typeof event.to !== 'string') check.object(event.to, joinPointer(pointer, 'to'));
    const actor = check.object(event.actor, joinPointer(pointer, 'actor'));
    check.string(actor, 'id', joinPointer(pointer, 'actor'));
    check.string(actor, 'name', joinPointer(pointer, 'actor'), true);
  });
  return value as AuditEvent[];
}
