import { canonicalJson } from '../canonical-json.js';
import { joinPointer } from '../json-pointer.js';
import { indexStates, type IndexedState } from './state-index.js';
import type { WorkflowDefinition } from './workflow-definition.generated.js';

/** The parts of a definition a difference is reported under, in the order they are printed. */
export const DIFF_GROUPS = ['workflow', 'roles', 'states', 'actions', 'forms', 'data', 'effects', 'colours'] as const;

/** One of {@link DIFF_GROUPS}. */
export type DiffGroup = (typeof DIFF_GROUPS)[number];

/** A title as definitions write it. */
type Title = WorkflowDefinition['title'];

/**
 * One difference between two definitions. `pointer` is where it is in the second definition
 * (in the first for something removed). `before` and `after` are the values in each; absent on
 * the side that has none.
 */
export interface DefinitionChange {
  group: DiffGroup;
  change: 'added' | 'removed' | 'changed' | 'moved';
  pointer: string;
  /** For a state that moved to another parent: its pointer in the first definition. */
  from?: string;
  before?: unknown;
  after?: unknown;
  /** The title of the role, state, action, form, field or effect added or removed. */
  title?: Title;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
const titleOf = (value: unknown): Title | undefined => {
  const title = isObject(value) && Object.hasOwn(value, 'title') ? value.title : undefined;
  return typeof title === 'string' || isObject(title) ? (title as Title) : undefined;
};
const own = (value: unknown, key: string): unknown => (isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined);

/** The keys of two objects: the first's in its order, then the second's new ones in theirs. */
function unionKeys(a: unknown, b: unknown): string[] {
  const keys = isObject(a) ? Object.keys(a) : [];
  const seen = new Set(keys);
  for (const key of isObject(b) ? Object.keys(b) : []) if (!seen.has(key)) keys.push(key);
  return keys;
}

/**
 * Compares two definitions (both valid) and lists what differs, group by group, in a stable
 * order: the workflow's id, version, title and initial state; roles; states (added, removed, moved
 * to another parent, a changed kind, title, deadline, forEach or assignment); each state's actions
 * and automatic moves (target, roles, form, guard, `set`, effects); forms (fields of the schema
 * added or removed, `required` and `enum` changes, UI); the data schema's fields; declared
 * effects; colour rules. An empty list means the definitions are the same.
 */
export function diffDefinitions(a: WorkflowDefinition, b: WorkflowDefinition): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  const push = (change: DefinitionChange) => changes.push(change);

  for (const key of ['id', 'version', 'title', 'description', 'initial'] as const) {
    compareValues('workflow', own(a, key), own(b, key), `/${key}`, push);
  }
  compareNamed('roles', own(a, 'roles'), own(b, 'roles'), '/roles', push, (before, after, pointer) => compareValues('roles', before, after, pointer, push));
  compareStates(a, b, push);
  compareNamed('forms', own(a, 'forms'), own(b, 'forms'), '/forms', push, (before, after, pointer) => {
    for (const key of unionKeys(before, after)) {
      const at = joinPointer(pointer, key);
      if (key === 'schema') compareSchema('forms', own(before, key), own(after, key), at, push);
      else compareValues('forms', own(before, key), own(after, key), at, push);
    }
  });
  compareSchema('data', own(a, 'data') ?? {}, own(b, 'data') ?? {}, '/data', push);
  compareNamed('effects', own(a, 'effects'), own(b, 'effects'), '/effects', push, (before, after, pointer) => compareValues('effects', before, after, pointer, push));
  compareList('colours', own(a, 'colours'), own(b, 'colours'), '/colours', push);
  return DIFF_GROUPS.flatMap((group) => changes.filter((change) => change.group === group));
}

type Push = (change: DefinitionChange) => void;

/** A value compared key by key down to what differs; arrays and scalars compare whole. */
function compareValues(group: DiffGroup, before: unknown, after: unknown, pointer: string, push: Push): void {
  if (same(before, after)) return;
  if (before === undefined) return push({ group, change: 'added', pointer, after });
  if (after === undefined) return push({ group, change: 'removed', pointer, before });
  if (isObject(before) && isObject(after) && !isText(pointer)) {
    for (const key of unionKeys(before, after)) compareValues(group, own(before, key), own(after, key), joinPointer(pointer, key), push);
    return;
  }
  push({ group, change: 'changed', pointer, before, after });
}

// A title or description in several languages reads best as one change, not one per language.
const isText = (pointer: string): boolean => /\/(title|description)$/.test(pointer);

/** A map of named entries (roles, forms, effects): added and removed by name, the rest compared. */
function compareNamed(group: DiffGroup, before: unknown, after: unknown, pointer: string, push: Push, compare: (a: unknown, b: unknown, pointer: string) => void): void {
  for (const name of unionKeys(before, after)) {
    const at = joinPointer(pointer, name);
    const a = own(before, name);
    const b = own(after, name);
    if (a === undefined) push({ group, change: 'added', pointer: at, ...withTitle(b) });
    else if (b === undefined) push({ group, change: 'removed', pointer: at, ...withTitle(a) });
    else compare(a, b, at);
  }
}

const withTitle = (value: unknown): { title?: Title } => {
  const title = titleOf(Array.isArray(value) ? value[0] : value);
  return title === undefined ? {} : { title };
};

/** A list compared position by position (colour rules are tried in order). */
function compareList(group: DiffGroup, before: unknown, after: unknown, pointer: string, push: Push): void {
  const a = Array.isArray(before) ? before : [];
  const b = Array.isArray(after) ? after : [];
  for (let at = 0; at < Math.max(a.length, b.length); at += 1) compareValues(group, a[at], b[at], joinPointer(pointer, at), push);
}

/** A JSON Schema compared field by field: `properties` added and removed, nested objects and items. */
function compareSchema(group: DiffGroup, before: unknown, after: unknown, pointer: string, push: Push): void {
  if (!isObject(before) || !isObject(after)) return compareValues(group, before, after, pointer, push);
  for (const key of unionKeys(before, after)) {
    const at = joinPointer(pointer, key);
    const a = own(before, key);
    const b = own(after, key);
    if (key === 'properties' && isObject(a) && isObject(b)) {
      compareNamed(group, a, b, at, push, (fieldA, fieldB, fieldAt) => compareSchema(group, fieldA, fieldB, fieldAt, push));
    } else if (key === 'items' && isObject(a) && isObject(b)) {
      compareSchema(group, a, b, at, push);
    } else {
      compareValues(group, a, b, at, push);
    }
  }
}

const STATE_PARTS_ELSEWHERE = new Set(['states', 'on', 'onDone', 'type']);

/** States by name (names are unique in a definition), then the actions of the states in both. */
function compareStates(a: WorkflowDefinition, b: WorkflowDefinition, push: Push): void {
  const before = indexStates(a).states;
  const after = indexStates(b).states;
  const common: Array<[IndexedState, IndexedState]> = [];
  for (const state of before.values()) {
    const other = after.get(state.name);
    if (other === undefined) push({ group: 'states', change: 'removed', pointer: state.pointer, ...withTitle(state.node) });
    else common.push([state, other]);
  }
  for (const state of after.values()) {
    if (!before.has(state.name)) push({ group: 'states', change: 'added', pointer: state.pointer, ...withTitle(state.node) });
  }
  for (const [old, now] of common) {
    if (old.parent !== now.parent) {
      push({ group: 'states', change: 'moved', pointer: now.pointer, from: old.pointer, before: old.parent ?? null, after: now.parent ?? null });
    }
    if (old.kind !== now.kind) push({ group: 'states', change: 'changed', pointer: joinPointer(now.pointer, 'type'), before: old.kind, after: now.kind });
    for (const key of unionKeys(old.node, now.node)) {
      if (STATE_PARTS_ELSEWHERE.has(key)) continue;
      compareValues('states', own(old.node, key), own(now.node, key), joinPointer(now.pointer, key), push);
    }
  }
  for (const [old, now] of common) {
    const on = joinPointer(now.pointer, 'on');
    compareNamed('actions', own(old.node, 'on'), own(now.node, 'on'), on, push, (x, y, at) => compareTransitions(x, y, at, push));
    compareTransitions(own(old.node, 'onDone'), own(now.node, 'onDone'), joinPointer(now.pointer, 'onDone'), push);
  }
}

/** A transition or a list of guarded alternatives: alternatives compare by position when both are lists of one length. */
function compareTransitions(before: unknown, after: unknown, pointer: string, push: Push): void {
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((alternative, at) => compareValues('actions', alternative, after[at], joinPointer(pointer, at), push));
  } else if (Array.isArray(before) === Array.isArray(after)) {
    if (Array.isArray(before)) push({ group: 'actions', change: 'changed', pointer, before, after });
    else compareValues('actions', before, after, pointer, push);
  } else {
    push({ group: 'actions', change: 'changed', pointer, before, after });
  }
}
