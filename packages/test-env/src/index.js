// What the tests and benchmarks run on, found or provisioned on the machine: one home for it.
export { chromiumLaunchOptions, findChromium } from './chromium.js';
export { findPostgresBinaries, postgresServerUser, startPostgresServer } from './postgres.js';
export { ProvisioningError } from './provisioning-error.js';
