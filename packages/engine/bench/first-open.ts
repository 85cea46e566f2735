/**
 * First start of a deployment: opening a PGlite data directory (new or existing) and creating the
 * OA server's engines, one per committee preset. Each is measured once in a fresh process, so it
 * pays for loading PGlite's WebAssembly and for every first compile, as a starting server does.
 * Their peers: PGlite's own `PGlite.create(dir)` and one query on a new directory; compiling every
 * distinct definition of the presets once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { base, haian, jiangyin, jilin, lianshui, qingjiangpu, tongguan } from '@luzhi/presets';
import { compile, createEngine, createMemoryStore } from '../src/index.js';
import { createPgliteStore } from '../src/pglite.js';

/** What {@link measureFirstOpen} times. */
export type FirstOpenKind = 'pglite-new-dir' | 'pglite-existing-dir' | 'pglite-bare-new-dir' | 'pglite-memory' | 'engines-all-presets' | 'compile-once';

/** One first-start figure: wall time, and the CPU time of the process (all its threads), in milliseconds. */
export interface FirstOpenFigure {
  kind: FirstOpenKind;
  ms: number;
  cpuMs: number;
}

const committees = [haian, jiangyin, jilin, lianshui, qingjiangpu, tongguan];

/** The definitions of each preset engine: the base workflows, a committee's own replacing theirs. */
function presetDefinitions(): unknown[][] {
  const merged = (own: Record<string, unknown>) => [...new Map<string, unknown>([...Object.entries(base), ...Object.entries(own)]).values()];
  return [merged({}), ...committees.map((own) => merged(own as Record<string, unknown>))];
}

/** Times `kind` once (call it in a fresh process). */
export async function measureFirstOpen(kind: FirstOpenKind): Promise<FirstOpenFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'luzhi-bench-open-'));
  const dataDir = join(dir, 'data');
  try {
    if (kind === 'pglite-existing-dir') await (await createPgliteStore({ dataDir })).close();
    const definitions = presetDefinitions();
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    if (kind === 'pglite-new-dir' || kind === 'pglite-existing-dir') {
      await (await createPgliteStore({ dataDir })).close();
    } else if (kind === 'pglite-memory') {
      await (await createPgliteStore()).close();
    } else if (kind === 'pglite-bare-new-dir') {
      const db = await PGlite.create(dataDir);
      await db.query('select 1');
      await db.close();
    } else if (kind === 'engines-all-presets') {
      const store = createMemoryStore();
      for (const [i, list] of definitions.entries()) {
        // As the OA server does: a handler for every effect its workflows call.
        const effects = Object.fromEntries(list.flatMap((definition) => [...compile(definition).calledEffects]).map((name) => [name, async () => ({})]));
        createEngine({ definitions: list, store, tenant: `t${i}`, notify: async () => {}, effects });
      }
    } else {
      const distinct = new Set(definitions.flat());
      for (const definition of distinct) compile(definition);
    }
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    return { kind, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
