import { SCHEMA_VERSION } from './sql/migrations.js';

/** The schema the template's tables live in: the store's default. */
export const TEMPLATE_SCHEMA = 'luzhi';

/** File names of the template beside the package's `src` and `dist` folders. */
export const TEMPLATE_FILE = 'pglite-data.tar.gz';
export const TEMPLATE_MANIFEST = 'pglite-data.json';

/** What a template was made from: it is used only when all of it matches what is installed. */
export interface TemplateManifest {
  pglite: string;
  schemaVersion: number;
  schema: string;
}

/** Where the template folder may be, relative to this module in `src/store/` or bundled in `dist/`. */
const candidates = ['../../templates/', '../templates/'];

/** The installed PGlite's version, read from its package.json; undefined when it cannot be found. */
export async function installedPgliteVersion(): Promise<string | undefined> {
  try {
    const { createRequire } = await import('node:module');
    const fs = await import('node:fs/promises');
    const path = await import('node:path');
    let dir = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    for (let depth = 0; depth < 4; depth++, dir = path.dirname(dir)) {
      const manifest = JSON.parse(await fs.readFile(path.join(dir, 'package.json'), 'utf8').catch(() => '{}')) as { name?: string; version?: string };
      if (manifest.name === '@electric-sql/pglite') return manifest.version;
    }
  } catch {
    // Not Node, or a bundle without import.meta.url: no template.
  }
  return undefined;
}

/**
 * The pre-initialised data directory shipped with the package (PGlite's initdb already run and
 * the store's migrations applied to schema `luzhi`), as a gzipped tar for PGlite's `loadDataDir`.
 * Undefined, so the caller takes the slow path (initdb, then migrations), when there is no file
 * system, no template, or it was made for another PGlite version or schema version.
 */
export async function loadTemplate(): Promise<Blob | undefined> {
  if (typeof process === 'undefined' || typeof process.versions?.node !== 'string') return undefined;
  const installed = await installedPgliteVersion();
  if (installed === undefined) return undefined;
  try {
    const fs = await import('node:fs/promises');
    for (const folder of candidates) {
      const base = new URL(folder, import.meta.url);
      const manifest = await fs.readFile(new URL(TEMPLATE_MANIFEST, base), 'utf8').catch(() => undefined);
      if (manifest === undefined) continue;
      const found = JSON.parse(manifest) as Partial<TemplateManifest>;
      if (found.pglite !== installed || found.schemaVersion !== SCHEMA_VERSION || found.schema !== TEMPLATE_SCHEMA) return undefined;
      return new Blob([await fs.readFile(new URL(TEMPLATE_FILE, base))]);
    }
  } catch {
    // An unreadable template costs time, never correctness: the slow path builds the same database.
  }
  return undefined;
}
