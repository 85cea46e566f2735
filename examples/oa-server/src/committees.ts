import { compile, createEngine, type Clock, type Engine, type Store } from '@luzhi/engine';
import { base, haian, jiangyin, jilin, lianshui, qingjiangpu, tongguan } from '@luzhi/presets';
import { effectHandlers, type EffectSink } from './effects.js';

/** Each committee preset's own workflows, by committee id; `base` is the base workflows alone. */
const PRESETS: ReadonlyMap<string, Readonly<Record<string, unknown>>> = new Map<string, Readonly<Record<string, unknown>>>([
  ['base', {}],
  ['haian', haian],
  ['jiangyin', jiangyin],
  ['jilin', jilin],
  ['lianshui', lianshui],
  ['qingjiangpu', qingjiangpu],
  ['tongguan', tongguan],
]);

/**
 * A preset's resolved workflow (`@luzhi/presets/<preset>/<id>` names it), or undefined. `base`
 * holds the base workflows; a committee preset only its own.
 */
export function presetWorkflow(preset: string, id: string): unknown {
  const own = preset === 'base' ? base : PRESETS.get(preset);
  return own !== undefined && Object.hasOwn(own, id) ? (own as Record<string, unknown>)[id] : undefined;
}

/** Every committee the server can serve, `base` first. */
export const COMMITTEE_IDS: readonly string[] = Object.freeze([...PRESETS.keys()]);

/** Whether `id` names a committee preset (an own entry, never a prototype key). */
export const isCommittee = (id: string): boolean => PRESETS.has(id);

/**
 * The workflows of a committee: the base workflows with the committee's own replacing those of
 * the same id (workflows start one another, so the other base ones stay).
 */
export function committeeDefinitions(committee: string): unknown[] {
  const own = PRESETS.get(committee);
  if (own === undefined) throw new RangeError(`not a committee preset: ${committee}`);
  const merged = new Map<string, unknown>(Object.entries(base));
  for (const [id, definition] of Object.entries(own)) merged.set(id, definition);
  return [...merged.values()];
}

/** Options of {@link createCommittees}. */
export interface CommitteesOptions {
  store: Store;
  clock?: Clock | undefined;
  /** The committees to serve (every preset by default). */
  committees?: readonly string[] | undefined;
  /** Where the effects of every committee go. */
  sink: EffectSink;
}

/**
 * One engine per committee, all on one store, each with its committee id as tenant, so that one
 * committee never sees another's instances, tasks or published definitions.
 */
export function createCommittees(options: CommitteesOptions): ReadonlyMap<string, Engine> {
  const engines = new Map<string, Engine>();
  const now = () => (options.clock ?? { now: () => new Date() }).now();
  for (const committee of options.committees ?? COMMITTEE_IDS) {
    const definitions = committeeDefinitions(committee);
    const callNames = new Set(definitions.flatMap((definition) => [...compile(definition).calledEffects]));
    const { notify, effects } = effectHandlers(options.sink, callNames, now);
    engines.set(
      committee,
      createEngine({ definitions, store: options.store, tenant: committee, notify, effects, ...(options.clock ? { clock: options.clock } : {}) }),
    );
  }
  return engines;
}
