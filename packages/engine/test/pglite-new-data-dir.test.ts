import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/index.js';
import { createPgliteStore } from '../src/pglite.js';
import { SCHEMA_VERSION } from '../src/store/sql/migrations.js';
import { installedPgliteVersion, loadTemplate } from '../src/store/pglite-template.js';
import { readTar } from '../src/store/pglite-tar.js';
import { quietEffects } from './support/command-plan.js';
import { member, proposalDefinition } from './support/proposal.js';

// A new PGlite database starts from the template shipped in the package, which must be the
// database initdb and the migrations would build; and a first open that dies half-way must not
// leave a directory that later opens as a database.

const root = mkdtempSync(join(tmpdir(), 'luzhi-new-dir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every column, index and constraint of the store's schema, and its migration log. */
async function catalog(db: PGlite): Promise<unknown> {
  const columns = await db.query(
    `select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns where table_schema = 'luzhi' order by 1, 2`,
  );
  const indexes = await db.query(`select tablename, indexname, indexdef from pg_indexes where schemaname = 'luzhi' order by 1, 2`);
  const constraints = await db.query(
    `select conrelid::regclass::text as owner, conname, pg_get_constraintdef(oid) as def from pg_constraint where connamespace = 'luzhi'::regnamespace order by 1, 2`,
  );
  const log = await db.query(`select version, description from luzhi.migrations order by version`);
  return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows, log: log.rows };
}

describe('a new PGlite database', () => {
  it('starts from a template made for the installed PGlite and schema, identical to what initdb and the migrations build', async () => {
    const template = await loadTemplate();
    // Fails after upgrading PGlite or adding a migration: run `npm run template:pglite -w @luzhi/engine`.
    expect(template, `template for PGlite ${await installedPgliteVersion()} and schema version ${SCHEMA_VERSION}`).toBeDefined();
    const fromTemplate = await PGlite.create({ loadDataDir: template! });
    const fresh = await PGlite.create();
    await (await createPgliteStore({ db: fresh })).close();
    expect(await catalog(fromTemplate)).toEqual(await catalog(fresh));
    await Promise.all([fromTemplate.close(), fresh.close()]);
  }, 180_000);

  it('is built inside the directory and moved in, so a directory left by a crash during its first open is built again and works', async () => {
    const dataDir = join(root, 'crashed');
    // What a crash leaves: a half-built database in the build folder, and entries moved in
    // before the version file.
    mkdirSync(join(dataDir, '.luzhi-new', 'base'), { recursive: true });
    mkdirSync(join(dataDir, 'global'), { recursive: true });
    writeFileSync(join(dataDir, 'global', 'pg_control'), 'torn');
    writeFileSync(join(dataDir, 'postgresql.conf'), 'torn = ');
    writeFileSync(join(dataDir, 'notes.txt'), 'kept');

    const store = await createPgliteStore({ dataDir });
    const engine = createEngine({ definitions: [proposalDefinition], store, tenant: 'jiangyin', ...quietEffects });
    await engine.start('proposal', { actor: member, id: 'N-1' });
    await store.close();
    expect(existsSync(join(dataDir, '.luzhi-new'))).toBe(false);
    expect(readdirSync(dataDir)).toContain('notes.txt');

    const again = await createPgliteStore({ dataDir });
    const reopened = createEngine({ definitions: [proposalDefinition], store: again, tenant: 'jiangyin', ...quietEffects });
    expect((await reopened.get('N-1'))?.id).toBe('N-1');
    await again.close();
  }, 180_000);

  it('in a schema of its own is built by initdb and migrated into that schema only', async () => {
    const dataDir = join(root, 'own-schema');
    const store = await createPgliteStore({ dataDir, schema: 'oa_flow' });
    await store.close();
    const db = await PGlite.create(dataDir);
    const schemas = await db.query<{ nspname: string }>(`select nspname from pg_namespace where nspname in ('luzhi', 'oa_flow') order by 1`);
    expect(schemas.rows.map((row) => row.nspname)).toEqual(['oa_flow']);
    const [row] = (await db.query<{ version: number }>('select max(version) as version from oa_flow.migrations')).rows;
    expect(row?.version).toBe(SCHEMA_VERSION);
    await db.close();
  }, 180_000);
});

/** A one-entry ustar archive. */
function tar(name: string, type: string, data = new Uint8Array()): Uint8Array {
  const header = new Uint8Array(512);
  const put = (start: number, value: string) => header.set(new TextEncoder().encode(value), start);
  put(0, name);
  put(124, data.length.toString(8).padStart(11, '0'));
  put(156, type);
  put(257, 'ustar');
  const body = new Uint8Array(Math.ceil(data.length / 512) * 512);
  body.set(data);
  const out = new Uint8Array(512 + body.length + 1024);
  out.set(header);
  out.set(body, 512);
  return out;
}

describe('the template archive reader', () => {
  it('reads folders and files under relative paths', () => {
    expect(readTar(tar('/base/1/PG_VERSION', '0', new TextEncoder().encode('17\n')))).toEqual([
      { path: 'base/1/PG_VERSION', folder: false, data: new TextEncoder().encode('17\n') },
    ]);
  });

  it('refuses paths leaving the folder, links, other entry types and truncated archives, so initdb builds the database instead', () => {
    expect(readTar(tar('../outside', '0'))).toBeUndefined();
    expect(readTar(tar('base/../../outside', '5'))).toBeUndefined();
    expect(readTar(tar('link', '2'))).toBeUndefined();
    expect(readTar(tar('hard', '1'))).toBeUndefined();
    expect(readTar(tar('fifo', '6'))).toBeUndefined();
    expect(readTar(tar('big', '0', new Uint8Array(600)).subarray(0, 700))).toBeUndefined();
  });
});
