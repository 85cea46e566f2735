import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveOverlay, type LoadedDocument } from '../src/definition/overlay/index.js';
import { schemaReferencesTo, walkDefinition } from '../src/definition/overlay/definition-walk.js';
import { namedLiterals } from '../src/definition/overlay/expression-names.js';
import { REFERENCE_SITES, EXPRESSION_SITES } from '../src/definition/overlay/reference-sites.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/overlays/${name}`, import.meta.url), 'utf8'));
/** Every kind of place that names a state or role, and an expression in every place that holds one. */
const every = fixture('every-reference.workflow.json') as { states: Record<string, unknown>; roles: Record<string, unknown> };

/** The values found at a site of the reference list, in a document. */
function valuesAt(document: unknown, def: string, path: readonly string[]): unknown[] {
  const found: unknown[] = [];
  walkDefinition(document, (node) => {
    if (node.def !== def) return;
    let values = [node.value];
    for (const step of path) {
      values = values.flatMap((value) =>
        step === '#' ? (Array.isArray(value) ? value : []) : value !== null && typeof value === 'object' && Object.hasOwn(value, step) ? [(value as Record<string, unknown>)[step]] : [],
      );
    }
    found.push(...values);
  });
  return found;
}

const stateNames = (document: unknown): string[] =>
  valuesAt(document, 'states', []).flatMap((states) => Object.keys(states as object));
const roleNames = (document: unknown): string[] => Object.keys((document as { roles: object }).roles);

/** Renames every state and role of the fixture through one overlay. */
async function renameEverything(): Promise<unknown> {
  const operations = [
    ...stateNames(every).map((state) => ({ op: 'renameState', state, to: `${state}Renamed` })),
    ...roleNames(every).map((role) => ({ op: 'renameRole', role, to: `${role}Renamed` })),
  ];
  const load = (): LoadedDocument => ({ file: 'every-reference.workflow.json', value: every, issues: [] });
  const resolved = await resolveOverlay({ extends: 'every-reference.workflow.json', operations }, { file: 'rename.overlay.json', load });
  expect(resolved.document).toBeDefined();
  return resolved.document;
}

describe('the list of places that name a state or a role', () => {
  it('holds every place of the workflow schema that refers to a name', () => {
    const fromSchema = schemaReferencesTo('name').map(({ def, path }) => `${def}:${path.join('/')}`);
    const listed = REFERENCE_SITES.map(({ def, path, form }) => `${def}:${[...path, ...(form === 'keys' ? ['@keys'] : [])].join('/')}`);
    expect([...listed].sort()).toEqual([...fromSchema].sort());
  });

  it('the fixture names a state or role at every listed place and has an expression at every place that holds one', () => {
    for (const site of REFERENCE_SITES.filter((entry) => entry.kind === 'state' || entry.kind === 'role')) {
      expect(valuesAt(every, site.def, site.path).length, `${site.def}:${site.path.join('/')}`).toBeGreaterThan(0);
    }
    for (const { def, path } of schemaReferencesTo(EXPRESSION_SITES.comparisons.def)) {
      // `*`: every value of an object (the entries of `set` and `call.with`).
      const expressions = path.at(-1) === '*' ? valuesAt(every, def, path.slice(0, -1)).flatMap((holder) => Object.values(holder as object)) : valuesAt(every, def, path);
      const named = expressions.filter((source) => typeof source === 'string' && (namedLiterals(source, def === 'forEach') ?? []).length > 0);
      expect(named.length, `an expression naming a state or role at ${def}:${path.join('/')}`).toBeGreaterThan(0);
    }
  });

  it('renaming every state and role leaves no old name at any listed place', async () => {
    const renamed = await renameEverything();
    for (const site of REFERENCE_SITES.filter((entry) => entry.kind === 'state' || entry.kind === 'role')) {
      const values = site.form === 'keys' ? valuesAt(renamed, site.def, site.path).flatMap((holder) => Object.keys(holder as object)) : valuesAt(renamed, site.def, site.path);
      for (const value of values) expect(value, `${site.def}:${site.path.join('/')}`).toMatch(/Renamed$/);
    }
  });

  it('renaming every state and role leaves no old name inside any expression', async () => {
    const renamed = await renameEverything();
    const old = new Set([...stateNames(every), ...roleNames(every)]);
    let checked = 0;
    walkDefinition(renamed, ({ def, value }) => {
      if (def !== 'expression' || typeof value !== 'string') return;
      for (const literal of namedLiterals(value, true) ?? []) {
        checked++;
        expect(old.has(literal.value), `${value}`).toBe(false);
      }
    });
    expect(checked).toBeGreaterThan(10);
  });
});
