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

/** How many files of the template are written at once. */
const WRITES_AT_ONCE = 16;

/** Writes the template's files into `folder`; false when there is no template or it is not one. */
async function unpack(template: Blob | undefined, folder: string): Promise<boolean> {
  if (template === undefined) return false;
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  const { gunzip } = await import('node:zlib');
  const compressed = new Uint8Array(await template.arrayBuffer());
  // In zlib's thread pool: the event loop stays free meanwhile.
  const bytes = await new Promise<Uint8Array | undefined>((resolve) => gunzip(compressed, (error, result) => resolve(error ? undefined : result)));
  const entries = bytes === undefined ? undefined : readTar(bytes);
  if (entries === undefined) return false;
  const folders = new Set<string>();
  const files: Array<{ target: string; data: Uint8Array }> = [];
  for (const entry of entries) {
    const target = path.join(folder, ...entry.path.split('/'));
    if (entry.folder) folders.add(target);
    else {
      folders.add(path.dirname(target));
      files.push({ target, data: entry.data });
    }
  }
  // Each folder once, parents first, then the files a few at a time.
  for (const name of [...folders].sort()) await fs.mkdir(name, { recursive: true });
  for (let next = 0; next < files.length; next += WRITES_AT_ONCE) {
    await Promise.all(files.slice(next, next + WRITES_AT_ONCE).map((file) => fs.writeFile(file.target, file.data)));
  }
  return true;
}
