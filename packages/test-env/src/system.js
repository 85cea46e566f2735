import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether this process runs as root (PostgreSQL then runs as an unprivileged user, and apt-get may install). */
export function isRoot() {
  return process.getuid?.() === 0;
}

/**
 * Whether `file` exists and is executable by this process.
 * @param {string} file
 */
export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first `name` on `PATH` that is executable, or undefined.
 * @param {string} name
 * @param {string | undefined} [path]
 */
export function onPath(name, path = process.env.PATH) {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir !== '' && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * Installs Debian packages with apt-get (as root only). Output goes to stderr so that a runner's
 * report on stdout stays readable; returns whether the installation succeeded.
 * @param {string[]} packages
 */
export function aptInstall(packages) {
  if (!isRoot() || onPath('apt-get') === undefined) return false;
  process.stderr.write(`Installing Debian packages for the tests: ${packages.join(' ')}\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  /** @type {import('node:child_process').StdioOptions} */
  const stdio = ['ignore', 2, 2];
  const update = spawnSync('apt-get', ['update', '-qq'], { env, stdio });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { env, stdio }).status === 0;
}

/**
 * The numeric uid and gid of a local user, or undefined when there is no such user.
 * @param {string} user
 * @returns {{ uid: number, gid: number } | undefined}
 */
export function userIds(user) {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}
