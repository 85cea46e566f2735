import { PGlite } from '@electric-sql/pglite';
import { readTar } from './pglite-tar.js';

/** The file whose presence makes a folder a PostgreSQL data directory; it is moved in last. */
const MARKER = 'PG_VERSION';

/** The folder, inside the data directory, where a new database is built before it is moved in. */
export const BUILD_FOLDER = '.luzhi-new';

/** Whether `dataDir` holds a database already (PostgreSQL's version file is there). */
export async function hasDatabase(dataDir: string): Promise<boolean> {
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  return fs.stat(path.join(dataDir, MARKER)).then(
    () => true,
    () => false,
  );
}

/**
 * Creates the database in a data directory the caller holds and that has none yet: from the
 * pre-initialised `template` when given (no initdb), else by PGlite's initdb. The database is built
 * in a folder inside the directory and its entries are moved in, the version file last, so a crash
 * at any point leaves a directory without that file, which the next open builds again (entries of
 * the same names left by the crash are replaced; other files are left alone).
 */
export async function createDatabase(dataDir: string, template: Blob | undefined): Promise<void> {
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  const build = path.join(dataDir, BUILD_FOLDER);
  await fs.rm(build, { recursive: true, force: true });
  await fs.mkdir(build, { recursive: true });
  // The template is unpacked here rather than by PGlite, which would start PostgreSQL once more.
  if (!(await unpack(template, build))) {
    await fs.rm(build, { recursive: true, force: true });
    await fs.mkdir(build, { recursive: true });
    await (await PGlite.create(build)).close();
  }
  const entries = (await fs.readdir(build)).filter((name) => name !== MARKER);
  for (const name of [...entries, MARKER]) {
    const target = path.join(dataDir, name);
    await fs.rm(target, { recursive: true, force: true });
    await fs.rename(path.join(build, name), target);
  }
  await fs.rm(build, { recursive: true, force: true });
}

/** Writes the template's files into `folder`; false when there is no template or it is not one. */
async function unpack(template: Blob | undefined, folder: string): Promise<boolean> {
  if (template === undefined) return false;
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  const { gunzipSync } = await import('node:zlib');
  let entries;
  try {
    entries = readTar(gunzipSync(new Uint8Array(await template.arrayBuffer())));
  } catch {
    return false;
  }
  if (entries === undefined) return false;
  for (const entry of entries) {
    const target = path.join(folder, ...entry.path.split('/'));
    if (entry.folder) await fs.mkdir(target, { recursive: true });
    else {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, entry.data);
    }
  }
  return true;
}
