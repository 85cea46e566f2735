#!/usr/bin/env node
// `npm test` runs this first: it finds or provisions every piece the test suites need (unpacking
// the npm-shipped Chromium, installing Debian's packages as root when nothing else is there) and,
// when a piece is missing, prints one line per piece naming the command that provides it and
// exits 1 before any suite starts. `--no-npm`, `--no-system` and `--no-install` turn a source off,
// to see what a bare machine gets.
import { findChromium } from './chromium.js';
import { findPostgresBinaries, postgresServerUser } from './postgres.js';
import { ProvisioningError } from './provisioning-error.js';
import { isRoot } from './system.js';

/** @param {string} name */
const off = (name) => process.argv.includes(`--no-${name}`);
const options = { npm: !off('npm'), system: !off('system'), install: !off('install') };

/** @type {string[]} */
const found = [];
/** @type {string[]} */
const missing = [];
/** @param {() => Promise<string>} piece */
async function check(piece) {
  try {
    found.push(await piece());
  } catch (error) {
    if (!(error instanceof ProvisioningError)) throw error;
    missing.push(error.message);
  }
}

await check(async () => {
  const { bin, source } = findPostgresBinaries(options);
  const user = isRoot() ? `, run as ${postgresServerUser().name}` : '';
  return `PostgreSQL (${source}: ${bin}${user})`;
});
await check(async () => {
  const { executablePath, source } = await findChromium(options);
  return `Chromium (${source}: ${executablePath})`;
});
if (missing.length > 0) {
  for (const line of missing) process.stderr.write(`${line}\n`);
  process.exit(1);
}
process.stdout.write(`Test environment: ${found.join(', ')}\n`);
