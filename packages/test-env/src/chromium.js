import { spawnSync } from 'node:child_process';
import { existsSync, lchownSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProvisioningError } from './provisioning-error.js';
import { aptInstall, isExecutable, onPath } from './system.js';

const PIECE = 'Chromium for the browser tests';
const REMEDY =
  'run `npm install` (it ships a headless Chromium in @sparticuz/chromium), or as root `apt-get update && apt-get install -y chromium`, or set LUZHI_CHROMIUM to a Chromium executable';

/** Names a system Chromium goes by on PATH (Debian's first). */
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/**
 * @typedef {object} ChromiumLaunch How to launch a headless Chromium with Playwright.
 * @property {string} executablePath The browser executable.
 * @property {string[]} args Flags it needs besides Playwright's own.
 * @property {Record<string, string | undefined>} [env] The browser's environment, when it needs more than this process's.
 * @property {'env' | 'npm' | 'system' | 'apt'} source Where it was found.
 */

/**
 * Unpacks the headless Chromium that `@sparticuz/chromium` ships (compressed) into
 * `node_modules/.cache/luzhi/chromium-<version>`, once; returns how to launch it, or undefined
 * where the package is not installed or ships nothing for this platform. Concurrent test runs
 * may call this together: each unpacks into its own folder and renames it into place, so a
 * folder that exists is complete.
 * @param {string | undefined} cacheDir where to unpack instead
 * @returns {Promise<ChromiumLaunch | undefined>}
 */
async function npmChromium(cacheDir) {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let entry;
  try {
    entry = import.meta.resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  // The package's folder: its entry is build/esm/index.js.
  const root = resolve(dirname(fileURLToPath(entry)), '..', '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const cache = cacheDir ?? join(resolve(root, '..', '..'), '.cache', 'luzhi');
  const target = join(cache, `chromium-${version}`);
  if (!existsSync(join(target, 'chromium'))) {
    mkdirSync(cache, { recursive: true });
    const staging = mkdtempSync(join(cache, `.chromium-${version}-`));
    // The package unpacks into the temp folder, and unpacks the NSS libraries it bundles (which a
    // machine without a system Chromium lacks) only where it believes it runs on Amazon Linux 2023.
    const unpack = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', 'const { default: chromium } = await import(process.argv[1]); await chromium.executablePath();', entry],
      { env: { ...process.env, TMPDIR: staging, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x' }, encoding: 'utf8' },
    );
    if (unpack.status !== 0 || !existsSync(join(staging, 'chromium'))) {
      rmSync(staging, { recursive: true, force: true });
      throw new Error(`Unpacking @sparticuz/chromium failed: ${unpack.stderr || unpack.error}`);
    }
    // A browser this machine cannot run (its C library too old, say) is passed over for the system's.
    const runs = spawnSync(join(staging, 'chromium'), ['--version'], { env: launchEnv(staging), encoding: 'utf8' });
    if (runs.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      return undefined;
    }
    // Unpacked as root, the tar keeps its owners' ids, which may be a local user's: make it root's.
    if (process.getuid?.() === 0) ownByRoot(staging);
    // The package's fonts.conf names Lambda's folders; this one names the bundled fonts and the system's.
    writeFileSync(
      join(staging, 'fonts', 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${xmlText(join(target, 'fonts', 'fonts'))}</dir>\n  <dir>/usr/share/fonts</dir>\n  <dir>/usr/local/share/fonts</dir>\n` +
        `  <cachedir>${xmlText(join(target, 'fonts', 'cache'))}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(staging, target);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      // Another run renamed its copy into place first.
      if (!existsSync(join(target, 'chromium'))) throw error;
    }
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  return { executablePath: join(target, 'chromium'), args: chromium.args, env: launchEnv(target), source: 'npm' };
}

/**
 * The environment of the npm-shipped Chromium unpacked in `dir`: its bundled libraries first on
 * the library path, and its font configuration.
 * @param {string} dir
 */
function launchEnv(dir) {
  const libraries = join(dir, 'al2023', 'lib');
  return {
    ...process.env,
    LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter),
    FONTCONFIG_PATH: join(dir, 'fonts'),
  };
}

/** @param {string} path */
const xmlText = (path) => path.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Gives every file under `dir` to root (called only when running as root).
 * @param {string} dir
 */
function ownByRoot(dir) {
  lchownSync(dir, 0, 0);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) ownByRoot(path);
    else lchownSync(path, 0, 0);
  }
}

/**
 * A system Chromium on PATH (Debian's `/usr/bin/chromium`), or undefined.
 * @param {string | undefined} path
 * @returns {ChromiumLaunch | undefined}
 */
function systemChromium(path) {
  for (const name of SYSTEM_NAMES) {
    const executablePath = onPath(name, path);
    if (executablePath !== undefined) return { executablePath, args: [], source: 'system' };
  }
  return undefined;
}

/**
 * Finds a headless Chromium, in this order: the executable named by `LUZHI_CHROMIUM`; the one
 * the `@sparticuz/chromium` npm package ships (unpacked once); a system Chromium on PATH; as
 * root, Debian's `chromium` package installed with apt-get. Otherwise throws a
 * {@link ProvisioningError} whose one line names the command that provides one.
 * @param {{ env?: NodeJS.ProcessEnv, npm?: boolean, system?: boolean, install?: boolean, cache?: string }} [options]
 *   where to look (all by default; the tests turn sources off to see what a bare machine gets),
 *   and where to unpack the npm-shipped Chromium (default `node_modules/.cache/luzhi`)
 * @returns {Promise<ChromiumLaunch>}
 */
export async function findChromium(options = {}) {
  const env = options.env ?? process.env;
  const explicit = env.LUZHI_CHROMIUM;
  if (explicit !== undefined && explicit !== '') {
    if (isExecutable(explicit)) return { executablePath: explicit, args: [], source: 'env' };
    throw new ProvisioningError(`Chromium at LUZHI_CHROMIUM=${explicit}`, 'that file is not an executable; point LUZHI_CHROMIUM at a Chromium executable, or unset it');
  }
  const shipped = options.npm === false ? undefined : await npmChromium(options.cache);
  if (shipped !== undefined) return shipped;
  const system = options.system === false ? undefined : systemChromium(env.PATH);
  if (system !== undefined) return system;
  if (options.install !== false && aptInstall(['chromium'])) {
    const installed = systemChromium(env.PATH);
    if (installed !== undefined) return { ...installed, source: 'apt' };
  }
  throw new ProvisioningError(PIECE, REMEDY);
}

/**
 * Playwright's launch options for {@link findChromium}'s Chromium: `executablePath`, `args` and,
 * when it needs them, `env` — for `chromium.launch()` or the vitest browser provider.
 * @param {Parameters<typeof findChromium>[0]} [options]
 * @returns {Promise<{ executablePath: string, args: string[], env?: Record<string, string | undefined> }>}
 */
export async function chromiumLaunchOptions(options) {
  const { executablePath, args, env } = await findChromium(options);
  return env === undefined ? { executablePath, args } : { executablePath, args, env };
}
