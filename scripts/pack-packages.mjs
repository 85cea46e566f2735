#!/usr/bin/env node
/**
 * Packs the three published packages — `@luzhi/engine`, `@luzhi/forms`, `@luzhi/presets` — into
 * npm tarballs, as `npm publish` would ship them, without touching the working tree: each package
 * is built by tsup into a staging folder that holds the files its `files` field lists, and packed
 * there. Usage: `node scripts/pack-packages.mjs DESTINATION` (or `npm run pack:packages`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The published packages, in build order (forms and presets depend on the engine). */
export const PUBLISHED_PACKAGES = ['engine', 'forms', 'presets'];

/**
 * Builds and packs every published package into `destination`.
 * @param {string} destination a folder for the tarballs (created when missing)
 * @returns {{ name: string, version: string, tarball: string }[]} one entry per package, `tarball` an absolute path
 * @throws Error naming the package and the failing step, with its output
 */
export function packPackages(destination) {
  const target = resolve(destination);
  mkdirSync(target, { recursive: true });
  return PUBLISHED_PACKAGES.map((folder) => packOne(join(ROOT, 'packages', folder), target));
}

function packOne(packageDir, destination) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const stage = mkdtempSync(join(tmpdir(), `luzhi-stage-${manifest.name.replace(/\W+/g, '-')}-`));
  try {
    run('npx', ['tsup', '--out-dir', join(stage, 'dist')], packageDir, `${manifest.name}: tsup`);
    cpSync(join(packageDir, 'package.json'), join(stage, 'package.json'));
    for (const entry of [...(manifest.files ?? []), 'README.md', 'LICENSE']) {
      if (entry === 'dist' || !existsSync(join(packageDir, entry))) continue;
      cpSync(join(packageDir, entry), join(stage, entry), { recursive: true, filter: (path) => !path.includes('node_modules') });
    }
    const packed = run('npm', ['pack', '--json', '--pack-destination', destination], stage, `${manifest.name}: npm pack`);
    const [{ filename }] = JSON.parse(packed);
    return { name: manifest.name, version: manifest.version, tarball: join(destination, filename) };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function run(command, args, cwd, step) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${step} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const destination = process.argv[2];
  if (!destination) {
    process.stderr.write('用法 usage: node scripts/pack-packages.mjs DESTINATION\n');
    process.exit(2);
  }
  for (const { tarball } of packPackages(destination)) process.stdout.write(`${tarball}\n`);
}
