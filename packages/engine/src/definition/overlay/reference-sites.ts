/**
 * Where a workflow definition names its states and roles: the one list that renaming, inserting
 * and removing states and renaming roles rewrite. Each site is given relative to a definition of
 * `schema/workflow.schema.json` (`$defs/<def>`, or the document's root), so the walk of
 * {@link walkDefinition} finds every place the schema allows it; a test compares the list with
 * every `$ref` to `#/$defs/name` in the schema, so a reference added to the language later cannot
 * be missed.
 */

/** What a name refers to. Forms, effects, events and ballot questions are listed so that the list is complete. */
export type NameKind = 'state' | 'role' | 'form' | 'effect' | 'event' | 'question';

/** One place that holds a name (or names). */
export interface ReferenceSite {
  /** The schema definition the path starts from: a key of `$defs`, or `#` for the root. */
  readonly def: string;
  /** Property names from there; `#` steps into every item of an array. */
  readonly path: readonly string[];
  readonly kind: NameKind;
  /**
   * `value`: the string is the name; `keys`: the object's keys declare names.
   * `entry`: a reference that moves the instance into the state (`initial`, `to`); a state
   * inserted before it takes it over. The others name a state or role without entering it.
   */
  readonly form: 'entry' | 'value' | 'keys';
}

/** Every site of a name in a workflow definition. */
export const REFERENCE_SITES: readonly ReferenceSite[] = Object.freeze([
  { def: '#', path: ['initial'], kind: 'state', form: 'entry' },
  { def: 'state', path: ['initial'], kind: 'state', form: 'entry' },
  { def: 'transition', path: ['to'], kind: 'state', form: 'entry' },
  { def: 'automaticTransition', path: ['to'], kind: 'state', form: 'entry' },
  { def: 'deadline', path: ['onExpire', 'to'], kind: 'state', form: 'entry' },
  { def: 'states', path: [], kind: 'state', form: 'keys' },

  { def: '#', path: ['roles'], kind: 'role', form: 'keys' },
  { def: 'role', path: ['transfer', '#'], kind: 'role', form: 'value' },
  { def: 'transition', path: ['roles', '#'], kind: 'role', form: 'value' },
  { def: 'effect', path: ['notify', 'roles', '#'], kind: 'role', form: 'value' },
  { def: 'effect', path: ['call', 'roles', '#'], kind: 'role', form: 'value' },
  { def: 'forEach', path: ['role'], kind: 'role', form: 'value' },
  { def: 'forEach', path: ['manage', '#'], kind: 'role', form: 'value' },
  { def: 'state', path: ['assignment', 'claim', '#'], kind: 'role', form: 'value' },
  { def: 'state', path: ['assignment', 'delegate', '#'], kind: 'role', form: 'value' },
  { def: 'deadline', path: ['extend', 'roles', '#'], kind: 'role', form: 'value' },
  { def: 'ballot', path: ['role'], kind: 'role', form: 'value' },
  { def: 'ballot', path: ['close', 'roles', '#'], kind: 'role', form: 'value' },

  { def: '#', path: ['forms'], kind: 'form', form: 'keys' },
  { def: 'transition', path: ['form'], kind: 'form', form: 'value' },
  { def: '#', path: ['effects'], kind: 'effect', form: 'keys' },
  { def: 'effect', path: ['call', 'name'], kind: 'effect', form: 'value' },
  { def: 'state', path: ['on'], kind: 'event', form: 'keys' },
  { def: 'ballot', path: ['questions'], kind: 'question', form: 'keys' },
  { def: 'ballot', path: ['fail', 'question'], kind: 'question', form: 'value' },
] satisfies ReferenceSite[]);

/**
 * Names inside expressions (every `$defs/expression` of the schema): string literals compared with
 * `task.state`, `branch.state` (`==`, `!=`, `in [...]`, `contains([...], …)`) or counted with
 * `count(branches, 'state', …)` / `where(branches, 'state', …)` name states; literals tested
 * against `actor.roles` (`'x' in actor.roles`, `contains(actor.roles, 'x')`) name roles; and the
 * results of `forEach.start` (the literal, or each outcome of `?:`, `||`, `&&`, `coalesce`) name
 * the state a branch enters.
 */
export const EXPRESSION_SITES = Object.freeze({
  /** Every expression of the schema is searched for compared names. */
  comparisons: { def: 'expression' },
  /** The expression whose results are states entered. */
  results: { def: 'forEach', path: ['start'] as readonly string[] },
});
