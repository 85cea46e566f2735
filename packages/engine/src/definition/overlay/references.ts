import { getAtPointer, joinPointer, parsePointer } from '../../json-pointer.js';
import { walkDefinition } from './definition-walk.js';
import { namedLiterals, replaceLiterals } from './expression-names.js';
import { defineOwn, isJsonObject, type Origin, type Provenance } from './provenance.js';
import { EXPRESSION_SITES, REFERENCE_SITES, type NameKind } from './reference-sites.js';

/** One place in a document that names a state or a role. */
export interface NameReference {
  /** Pointer of the string (for an expression: of the expression). */
  pointer: string;
  kind: Extract<NameKind, 'state' | 'role'>;
  name: string;
  /** `entry`: enters the state (initial, to, a result of forEach.start); `keys`: declares it. */
  form: 'entry' | 'value' | 'keys';
  /** Writes another name in its place (for keys: renames the key, keeping its position). */
  write(to: string): void;
  /** For keys: the object that declares the name. */
  holder?: Record<string, unknown>;
}

/**
 * Every reference to a state or a role in a workflow document (valid or not), found through
 * {@link REFERENCE_SITES} and the names inside expressions ({@link EXPRESSION_SITES}).
 * `provenance` and `origin` record where a rewritten value now comes from.
 */
export function findNameReferences(document: unknown, provenance: Provenance, origin: Origin): NameReference[] {
  const found: NameReference[] = [];
  walkDefinition(document, ({ def, pointer, value }) => {
    for (const site of REFERENCE_SITES) {
      if (site.def !== def || (site.kind !== 'state' && site.kind !== 'role')) continue;
      const kind = site.kind;
      if (site.form === 'keys') {
        for (const holder of follow(value, site.path, pointer)) {
          if (!isJsonObject(holder.value)) continue;
          const object = holder.value;
          for (const key of Object.keys(object)) {
            found.push({
              pointer: joinPointer(holder.pointer, key),
              kind,
              name: key,
              form: 'keys',
              holder: object,
              write: (to) => renameKey(object, key, to, provenance),
            });
          }
        }
        continue;
      }
      const last = site.path[site.path.length - 1]!;
      for (const holder of follow(value, site.path.slice(0, -1), pointer)) {
        for (const slot of slots(holder.value, last, holder.pointer)) {
          if (typeof slot.value !== 'string') continue;
          found.push({
            pointer: slot.pointer,
            kind,
            name: slot.value,
            form: site.form,
            write: (to) => {
              defineOwn(slot.container, slot.key, to);
              provenance.member(slot.container, slot.key, origin);
            },
          });
        }
      }
    }
    const [results] = EXPRESSION_SITES.results.path;
    if (def === EXPRESSION_SITES.results.def && results !== undefined && isJsonObject(value) && typeof value[results] === 'string') {
      found.push(...expressionReferences(value, results, joinPointer(pointer, results), true, provenance, origin));
    }
  });
  // Expressions are found through their holders, so that each can be rewritten in place.
  walkExpressions(document, (container, key, pointer) => {
    found.push(...expressionReferences(container, key, pointer, false, provenance, origin));
  });
  return found;
}

/** Calls `visit` with the holder and key of every expression except `forEach.start`. */
function walkExpressions(document: unknown, visit: (container: Record<string, unknown> | unknown[], key: string, pointer: string) => void): void {
  walkDefinition(document, ({ def, pointer }) => {
    if (def !== EXPRESSION_SITES.comparisons.def) return;
    const tokens = parsePointer(pointer) ?? [];
    const key = tokens[tokens.length - 1];
    const container = getAtPointer(document, tokens.slice(0, -1));
    if (key === undefined || container === null || typeof container !== 'object') return;
    if (isResults(tokens)) return;
    visit(container as Record<string, unknown>, key, pointer);
  });
}

/** True for the pointer of a `forEach.start` (`…/forEach/start`). */
function isResults(tokens: readonly string[]): boolean {
  const path = EXPRESSION_SITES.results.path;
  return tokens.length > path.length && tokens[tokens.length - path.length - 1] === EXPRESSION_SITES.results.def && path.every((step, index) => tokens[tokens.length - path.length + index] === step);
}

function expressionReferences(
  container: Record<string, unknown> | unknown[],
  key: string,
  pointer: string,
  results: boolean,
  provenance: Provenance,
  origin: Origin,
): NameReference[] {
  const source = (container as Record<string, unknown>)[key];
  if (typeof source !== 'string') return [];
  const literals = namedLiterals(source, results) ?? [];
  return literals.map((literal) => ({
    pointer,
    kind: literal.kind,
    name: literal.value,
    form: literal.entry ? ('entry' as const) : ('value' as const),
    write: (to: string) => {
      const current = (container as Record<string, unknown>)[key];
      if (typeof current !== 'string') return;
      defineOwn(container, key, replaceLiterals(current, new Map([[literal.ordinal, to]])));
      provenance.member(container, key, origin);
    },
  }));
}

interface Holder {
  value: unknown;
  pointer: string;
}

/** The values reached from `value` along `path` (`#`: every item of an array). */
function follow(value: unknown, path: readonly string[], pointer = ''): Holder[] {
  let holders: Holder[] = [{ value, pointer }];
  for (const step of path) {
    const next: Holder[] = [];
    for (const holder of holders) {
      for (const slot of slots(holder.value, step, holder.pointer)) next.push({ value: slot.value, pointer: slot.pointer });
    }
    holders = next;
  }
  return holders;
}

interface Slot {
  container: Record<string, unknown> | unknown[];
  key: string;
  value: unknown;
  pointer: string;
}

function slots(value: unknown, step: string, pointer: string): Slot[] {
  if (step === '#') {
    return Array.isArray(value)
      ? value.map((item, index) => ({ container: value, key: String(index), value: item, pointer: joinPointer(pointer, index) }))
      : [];
  }
  if (!isJsonObject(value) || !Object.hasOwn(value, step)) return [];
  return [{ container: value, key: step, value: value[step], pointer: joinPointer(pointer, step) }];
}

/** Renames a key of an object in place, keeping its position among the keys. */
export function renameKey(object: Record<string, unknown>, from: string, to: string, provenance: Provenance): void {
  const entries = Object.keys(object).map((key) => [key === from ? to : key, object[key]] as const);
  for (const key of Object.keys(object)) delete object[key];
  for (const [key, value] of entries) defineOwn(object, key, value);
  provenance.renameMember(object, from, to);
}
