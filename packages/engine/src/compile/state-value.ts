/**
 * The active state configuration as the engine stores and shows it: a state name for a plain
 * state, an object for compound and parallel states (`{ "supervise": { "handling": "working" } }`).
 * A region of a parallel state that is itself a plain state appears as an empty object
 * (`{ "handling": { "units": {}, "oversight": "watching" } }`).
 */
export type StateValue = string | { [state: string]: StateValue };

/** Every state name active in a state value, outermost first. */
export function activeStateNames(value: StateValue): string[] {
  if (typeof value === 'string') return [value];
  const names: string[] = [];
  for (const [name, child] of Object.entries(value)) {
    names.push(name, ...activeStateNames(child));
  }
  return names;
}

/** The innermost active states (one per parallel region). */
export function leafStateNames(value: StateValue): string[] {
  if (typeof value === 'string') return [value];
  return Object.entries(value).flatMap(([name, child]) =>
    typeof child !== 'string' && Object.keys(child).length === 0 ? [name] : leafStateNames(child),
  );
}

/**
 * Whether a state value matches a dotted path the way XState's `matches` does: `"handling"`
 * holds anywhere inside `handling`, `"handling.working"` names a nested state.
 */
export function matchesStateValue(value: StateValue, path: string): boolean {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return false;
  if (typeof value === 'string') return rest.length === 0 && value === head;
  if (!Object.hasOwn(value, head)) return false;
  const child = value[head];
  return rest.length === 0 || (child !== undefined && matchesStateValue(child, rest.join('.')));
}

/** A short text form for logs and the CLI: `handling.working`, `a.x | a.y` for parallel regions. */
export function formatStateValue(value: StateValue): string {
  if (typeof value === 'string') return value;
  const parts = Object.entries(value).flatMap(([name, child]) =>
    typeof child !== 'string' && Object.keys(child).length === 0
      ? [name]
      : formatStateValue(child)
          .split(' | ')
          .map((inner) => `${name}.${inner}`),
  );
  return parts.join(' | ');
}
