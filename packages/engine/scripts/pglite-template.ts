/**
 * Writes `templates/pglite-data.tar.gz`: a PGlite data directory after initdb and the store's
 * migrations (schema `luzhi`), which new PGlite stores start from instead of running initdb, and
 * `templates/pglite-data.json`, the PGlite and schema versions it was made with (a store uses the
 * template only when both match what is installed). Run after upgrading PGlite or adding a
 * migration: `npm run template:pglite -w @luzhi/engine`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgliteStore } from '../src/store/pglite-store.js';
import { SCHEMA_VERSION } from '../src/store/sql/migrations.js';
import { installedPgliteVersion, TEMPLATE_FILE, TEMPLATE_MANIFEST, TEMPLATE_SCHEMA, type TemplateManifest } from '../src/store/pglite-template.js';

const pglite = await installedPgliteVersion();
if (pglite === undefined) throw new Error('@electric-sql/pglite is not installed');
// A database the script opens itself: the store migrates it and never uses the old template.
const db = await PGlite.create();
const store = await createPgliteStore({ db });
await store.close();
// A checkpoint first, so a database made from the template starts without replaying the log.
await db.exec('CHECKPOINT');
const tar = await db.dumpDataDir('gzip');
await db.close();
const folder = new URL('../templates/', import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL(TEMPLATE_FILE, folder), Buffer.from(await tar.arrayBuffer()));
const manifest: TemplateManifest = { pglite, schemaVersion: SCHEMA_VERSION, schema: TEMPLATE_SCHEMA };
writeFileSync(new URL(TEMPLATE_MANIFEST, folder), JSON.stringify(manifest, null, 2) + '\n');
console.log(`templates/${TEMPLATE_FILE}: PGlite ${pglite}, schema version ${SCHEMA_VERSION}, ${tar.size.toLocaleString('en')} bytes`);
