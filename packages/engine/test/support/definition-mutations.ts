import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { backtrackingInput, hostileString, nested, ownObject, prototypeNames, prototypeNamesValidAsNames, trickyStrings } from './arbitraries.js';

type Json = unknown;
type Path = ReadonlyArray<string | number>;

/** A workflow of one form with one text field: the shortest way from a form's schema to a command. */
const oneForm = {
  id: 'one-form',
  version: 1,
  title: '意见征集',
  roles: { member: { title: '委员' } },
  forms: { opinion: { title: '意见', schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } } } },
  initial: 'open',
  states: { open: { on: { send: { to: 'closed', roles: ['member'], form: 'opinion' } } }, closed: { type: 'final' } },
};

/** The definitions mutations start from: the example workflow, the valid test fixtures, and a one-form workflow (last). */
export const baseDefinitions: ReadonlyArray<{ name: string; definition: Json }> = (() => {
  const example = new URL('../../../../examples/proposal/proposal.workflow.json', import.meta.url);
  const fixtures = new URL('../fixtures/valid/', import.meta.url);
  return [
    { name: 'examples/proposal', definition: JSON.parse(readFileSync(example, 'utf8')) },
    ...readdirSync(fixtures)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => ({ name: `fixtures/valid/${file}`, definition: JSON.parse(readFileSync(new URL(file, fixtures), 'utf8')) })),
    { name: 'one-form', definition: oneForm },
  ];
})();

/**
 * One change to a definition, as data (so that fast-check can shrink it). `pick` and `other`
 * choose, modulo their count, among the places the change can apply to.
 */
export type Mutation =
  /** Removes one key (or array element). */
  | { kind: 'delete'; pick: number }
  /** Copies one entry under another key of the same object. */
  | { kind: 'duplicate'; pick: number; name: string }
  /** Renames one key, leaving every reference to it as it was. */
  | { kind: 'renameKey'; pick: number; name: string }
  /** Renames a state, role, form, effect, event or field everywhere it is used. */
  | { kind: 'renameName'; pick: number; name: string }
  /** Points one transition at another state, at any depth (forEach children included). */
  | { kind: 'retarget'; pick: number; other: number }
  /** Adds an action `jump` beside an existing one (same roles) into any state, forEach children included. */
  | { kind: 'addTransition'; pick: number; other: number }
  /** Puts another value (of another type, usually) in place of one. */
  | { kind: 'replace'; pick: number; value: Json }
  /** Replaces one string value with a hostile one, or a long one (`piece` repeated `length` times). */
  | { kind: 'string'; pick: number; value: string | { piece: string; length: number } }
  /** Wraps one state in a chain of `depth` compound states. */
  | { kind: 'nestStates'; pick: number; depth: number }
  /** Adds a property nested `depth` levels deep to one form (or data) schema. */
  | { kind: 'deepSchema'; pick: number; depth: number }
  /** Adds states that move to each other with no event (`onDone`), and an action `enterLoop` into them. */
  | { kind: 'eventlessLoop'; pick: number; length: number }
  /** Sets a regular expression `pattern` on one string field of a form. */
  | { kind: 'pattern'; pick: number; pattern: string };

/** Patterns that are slow (nested quantifiers), invalid, or exotic for JavaScript's engine. */
export const oddPatterns = [
  '^(a+)+$',
  '^(a|aa)+$',
  '^(a|a)*$',
  '^(\\w+\\s?)*$',
  '(x+x+)+y',
  '(',
  '\\',
  '[z-a]',
  '(?<n>a)\\k<n>',
  '\\p{Script=Han}+',
  'a{1,100000}',
  '(?=a)',
  '^.*$',
  '\u0000',
] as const;

const names: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...prototypeNamesValidAsNames) },
  { weight: 2, arbitrary: fc.constantFrom(...prototypeNames) },
  { weight: 2, arbitrary: fc.constantFrom('a', 'done', 'review', 'handling', 'consulting', 'member', 'submit', 'x-1') },
  { weight: 1, arbitrary: hostileString },
);

const values: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, 0, -1, 1.5, '', 'x', true, false, [], {}, ['a'], { type: 'final' }, { to: 'done' }),
  hostileString,
);

const pick = fc.nat({ max: 10_000 });

/** Mutations of each kind. */
export const mutations: { [K in Mutation['kind']]: fc.Arbitrary<Extract<Mutation, { kind: K }>> } = {
  delete: fc.record({ kind: fc.constant('delete' as const), pick }),
  duplicate: fc.record({ kind: fc.constant('duplicate' as const), pick, name: names }),
  renameKey: fc.record({ kind: fc.constant('renameKey' as const), pick, name: names }),
  renameName: fc.record({ kind: fc.constant('renameName' as const), pick, name: names }),
  retarget: fc.record({ kind: fc.constant('retarget' as const), pick, other: pick }),
  addTransition: fc.record({ kind: fc.constant('addTransition' as const), pick, other: pick }),
  replace: fc.record({ kind: fc.constant('replace' as const), pick, value: values }),
  string: fc.record({
    kind: fc.constant('string' as const),
    pick,
    value: fc.oneof(
      fc.constantFrom(...trickyStrings),
      fc.record({ piece: fc.constantFrom('a', '\u0000', '中', '\ud800'), length: fc.constantFrom(200, 20_000, 1_000_000) }),
    ),
  }),
  nestStates: fc.record({ kind: fc.constant('nestStates' as const), pick, depth: fc.constantFrom(2, 10, 200, 1_000, 2_000) }),
  deepSchema: fc.record({ kind: fc.constant('deepSchema' as const), pick, depth: fc.constantFrom(2, 50, 1_000, 5_000) }),
  eventlessLoop: fc.record({ kind: fc.constant('eventlessLoop' as const), pick, length: fc.integer({ min: 1, max: 3 }) }),
  pattern: fc.record({ kind: fc.constant('pattern' as const), pick, pattern: fc.constantFrom(...oddPatterns) }),
};

/** One mutation of any kind, renames, retargets, loops and patterns more often than the rest. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  mutations.delete,
  mutations.duplicate,
  mutations.renameKey,
  { weight: 3, arbitrary: mutations.renameName },
  { weight: 2, arbitrary: mutations.retarget },
  { weight: 2, arbitrary: mutations.addTransition },
  mutations.replace,
  mutations.string,
  mutations.nestStates,
  mutations.deepSchema,
  { weight: 2, arbitrary: mutations.eventlessLoop },
  { weight: 2, arbitrary: mutations.pattern },
);

/** A base definition (an index into {@link baseDefinitions}) and the mutations applied to it, in order. */
export interface MutatedDefinition {
  base: number;
  mutations: readonly Mutation[];
}

/** A base definition and 1–`max` mutations of the given kinds only. */
export function mutatedWith(kinds: ReadonlyArray<Mutation['kind']>, max = 3): fc.Arbitrary<MutatedDefinition> {
  return fc.record({
    base: fc.nat({ max: baseDefinitions.length - 1 }),
    mutations: fc.array(fc.oneof(...kinds.map((kind) => mutations[kind] as fc.Arbitrary<Mutation>)), { minLength: 1, maxLength: max }),
  });
}

/** A {@link MutatedDefinition}. */
export const mutatedDefinition: fc.Arbitrary<MutatedDefinition> = fc.record({
  base: fc.nat({ max: baseDefinitions.length - 1 }),
  mutations: fc.array(mutation, { minLength: 0, maxLength: 4 }),
});

/** Builds the definition a {@link mutatedDefinition} describes (the bases are never changed). */
export function buildDefinition(described: MutatedDefinition): Json {
  let definition = clone(baseDefinitions[described.base]!.definition);
  for (const change of described.mutations) definition = applyMutation(definition, change);
  return definition;
}

/** A deep copy that keeps own `__proto__` keys as own keys (as JSON.parse makes them). */
function clone(value: Json): Json {
  if (Array.isArray(value)) return value.map(clone);
  if (value !== null && typeof value === 'object') {
    return ownObject(Object.entries(value).map(([key, child]) => [key, clone(child)] as const));
  }
  return value;
}

const isObject = (value: Json): value is Record<string, Json> => value !== null && typeof value === 'object' && !Array.isArray(value);
const choose = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

/** Every path in the document, parents before children (depth-limited: mutations stay near the top). */
function allPaths(root: Json, limit = 40): Path[] {
  const found: Path[] = [];
  const walk = (value: Json, path: Path) => {
    found.push(path);
    if (path.length >= limit) return;
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (isObject(value)) for (const key of Object.keys(value)) walk(value[key], [...path, key]);
  };
  walk(root, []);
  return found;
}

function getAt(root: Json, path: Path): Json {
  let value = root;
  for (const step of path) value = (value as Record<string | number, Json>)[step];
  return value;
}

/** Sets (or with `undefined`, removes) the value at a path, keys set as own properties. */
function setAt(root: Json, path: Path, value: Json | undefined): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) {
    if (value === undefined) parent.splice(key as number, 1);
    else parent[key as number] = value;
  } else if (value === undefined) {
    delete parent[key];
  } else {
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  }
}

/** Rebuilds an object with one key renamed, keeping the order of keys. */
function renamed(object: Record<string, Json>, from: string, to: string): Record<string, Json> {
  return ownObject(Object.entries(object).map(([key, value]) => [key === from ? to : key, value] as const));
}

/** The state objects of the document: `[path, name]`, at every depth. */
function statePaths(root: Json): Array<{ path: Path; name: string }> {
  return allPaths(root, 400).flatMap((path) => {
    const parentKey = path[path.length - 2];
    const name = path[path.length - 1];
    return parentKey === 'states' && typeof name === 'string' && isObject(getAt(root, path)) ? [{ path, name }] : [];
  });
}

/** Names declared in the definition, by the containers that declare them. */
function declaredNames(root: Json): string[] {
  const declared = new Set<string>();
  for (const { path, name } of statePaths(root)) {
    declared.add(name);
    const on = (getAt(root, path) as Record<string, Json>).on;
    if (isObject(on)) for (const event of Object.keys(on)) declared.add(event);
  }
  if (isObject(root)) {
    for (const container of ['roles', 'forms', 'effects'] as const) {
      const value = root[container];
      if (isObject(value)) for (const key of Object.keys(value)) declared.add(key);
    }
    const forms = root.forms;
    if (isObject(forms)) {
      for (const form of Object.values(forms)) {
        const properties = isObject(form) && isObject(form.schema) ? form.schema.properties : undefined;
        if (isObject(properties)) for (const key of Object.keys(properties)) declared.add(key);
      }
    }
  }
  return [...declared];
}

/** Renames a name as a whole token in every key and string of the document. */
function renameEverywhere(value: Json, from: string, to: string): Json {
  const token = new RegExp(`(?<![A-Za-z0-9_-])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`, 'g');
  const swap = (text: string) => text.replace(token, () => to);
  // Deeper than a definition's own structure goes: left as it is (a nesting mutation made it).
  const walk = (item: Json, depth: number): Json => {
    if (depth > 200) return item;
    if (typeof item === 'string') return swap(item);
    if (Array.isArray(item)) return item.map((child) => walk(child, depth + 1));
    if (isObject(item)) return ownObject(Object.entries(item).map(([key, child]) => [swap(key), walk(child, depth + 1)] as const));
    return item;
  };
  return walk(value, 0);
}

/** The path of every action with a target and roles: `[..., 'on', event]`. */
function actionPaths(root: Json): Path[] {
  return allPaths(root, 400).filter((path) => {
    const value = getAt(root, path);
    return path[path.length - 2] === 'on' && isObject(value) && typeof value.to === 'string' && Array.isArray(value.roles);
  });
}

/** The path of every string field of every form schema: `[..., 'properties', field]`. */
function stringFields(root: Json): Path[] {
  return allPaths(root, 12).filter((path) => {
    const value = getAt(root, path);
    return path[0] === 'forms' && path[path.length - 2] === 'properties' && isObject(value) && value.type === 'string';
  });
}

/** Applies one mutation; a mutation with nowhere to apply leaves the definition as it is. */
export function applyMutation(root: Json, change: Mutation): Json {
  switch (change.kind) {
    case 'delete': {
      const path = choose(allPaths(root).filter((candidate) => candidate.length > 0), change.pick);
      if (path) setAt(root, path, undefined);
      return root;
    }
    case 'duplicate':
    case 'renameKey': {
      const path = choose(allPaths(root).filter((candidate) => typeof candidate[candidate.length - 1] === 'string'), change.pick);
      if (!path) return root;
      const key = path[path.length - 1] as string;
      const parentPath = path.slice(0, -1);
      const parent = getAt(root, parentPath) as Record<string, Json>;
      if (change.kind === 'duplicate') {
        Object.defineProperty(parent, change.name, { value: clone(parent[key]), enumerable: true, writable: true, configurable: true });
        return root;
      }
      if (parentPath.length === 0) return renamed(parent, key, change.name);
      setAt(root, parentPath, renamed(parent, key, change.name));
      return root;
    }
    case 'renameName': {
      const from = choose(declaredNames(root), change.pick);
      return from === undefined ? root : renameEverywhere(root, from, change.name);
    }
    case 'retarget': {
      const transitions = allPaths(root, 400).filter((path) => path[path.length - 1] === 'to' && typeof getAt(root, path) === 'string');
      const path = choose(transitions, change.pick);
      const target = choose([...statePaths(root).map((state) => state.name), 'nowhere'], change.other);
      if (path && target !== undefined) setAt(root, path, target);
      return root;
    }
    case 'replace': {
      const path = choose(allPaths(root).filter((candidate) => candidate.length > 0), change.pick);
      if (path) setAt(root, path, clone(change.value));
      return root;
    }
    case 'string': {
      const path = choose(allPaths(root).filter((candidate) => candidate.length > 0 && typeof getAt(root, candidate) === 'string'), change.pick);
      if (path) setAt(root, path, typeof change.value === 'string' ? change.value : change.value.piece.repeat(change.value.length));
      return root;
    }
    case 'nestStates': {
      const state = choose(statePaths(root), change.pick);
      if (!state) return root;
      let wrapped = getAt(root, state.path);
      let inner = `${state.name}Core`;
      for (let level = change.depth; level >= 1; level--) {
        wrapped = { initial: inner, states: ownObject([[inner, wrapped]]) };
        inner = `${state.name}Level${level}`;
      }
      setAt(root, state.path, wrapped);
      return root;
    }
    case 'deepSchema': {
      const schemas = allPaths(root, 3).filter(
        (path) => (path[0] === 'forms' && path[2] === 'schema' && path.length === 3) || (path.length === 1 && path[0] === 'data'),
      );
      const path = choose(schemas, change.pick);
      if (!path) return root;
      const schema = getAt(root, path);
      if (!isObject(schema)) return root;
      let deep: Json = { type: 'string' };
      for (let level = 0; level < change.depth; level++) deep = { type: 'object', properties: { a: deep } };
      const properties = isObject(schema.properties) ? schema.properties : {};
      setAt(root, path, { ...schema, properties: ownObject([...Object.entries(properties), ['deep', deep], ['deepDefault', { default: nested(change.depth, 'array') }]]) });
      return root;
    }
    case 'addTransition': {
      const path = choose(actionPaths(root), change.pick);
      const target = choose(statePaths(root).map((state) => state.name), change.other);
      if (!path || target === undefined) return root;
      setAt(root, [...path.slice(0, -1), 'jump'], { to: target, roles: clone((getAt(root, path) as { roles: Json }).roles) });
      return root;
    }
    case 'eventlessLoop': {
      // A new action `enterLoop` beside an existing one (same roles), so that nothing else becomes unreachable.
      const path = choose(actionPaths(root), change.pick);
      const states = isObject(root) ? root.states : undefined;
      if (!path || !isObject(states)) return root;
      const loop = Array.from({ length: change.length }, (_, index) => `loop${index}`);
      loop.forEach((name, index) => {
        // Final children need names of their own: state names are unique across the definition.
        const settled = `${name}Settled`;
        states[name] = { initial: settled, states: { [settled]: { type: 'final' } }, onDone: { to: loop[(index + 1) % loop.length] } };
      });
      const roles = (getAt(root, path) as { roles: Json }).roles;
      setAt(root, [...path.slice(0, -1), 'enterLoop'], { to: loop[0], roles: clone(roles) });
      return root;
    }
    case 'pattern': {
      const path = choose(stringFields(root), change.pick);
      if (path) setAt(root, path, { ...(getAt(root, path) as Record<string, Json>), pattern: change.pattern });
      return root;
    }
  }
}

/** Strings a random walk puts into payloads: ordinary ones, prototype names, a backtracking attack. */
export const walkStrings = ['市教育局', '市财政局', '关于优化中小学课后服务的建议内容', ...prototypeNamesValidAsNames, '__proto__', backtrackingInput, 'a\u0000b', '\ud800'];
