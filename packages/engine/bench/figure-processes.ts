/**
 * Starts the figures of `measure.ts`, each in a fresh Node process. The benchmark's sources (the
 * engine's and the presets' with them) are bundled once into `bench/measure.bundle.mjs`, npm
 * packages left outside, so that each process starts without compiling TypeScript again: a full
 * run starts some sixty of them, and compiling took about two seconds of CPU each. The bundle
 * sits beside `measure.ts`, so that the files its code reads relative to itself are where they
 * were (the workflows beside it, the PGlite template in `../templates/`).
 *
 * Run directly, `measure.ts` measures the same figure from the sources
 * (`node --expose-gc --conditions=@luzhi/source --import tsx bench/measure.ts <figure>`).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const source = fileURLToPath(new URL('./measure.ts', import.meta.url));
const bundle = fileURLToPath(new URL('./measure.bundle.mjs', import.meta.url));

/** Bundles the project's own modules; every other bare import stays an import of the installed package. */
const packagesOutside: Plugin = {
  name: 'packages-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@luzhi/') ? undefined : { path: args.path, external: true }));
  },
};

/** Runs one figure's process and returns the JSON it prints. */
export type MeasureFigure = (...args: string[]) => any;

/**
 * Bundles `measure.ts` and returns how to run its figures: `measure(...args)` runs
 * `measure.ts ...args` (plus `--quick` when `quick`) in a fresh process with `env` and returns its
 * JSON; `start(...args)` starts one with a pipe on stdin and stdout, for a figure that waits.
 */
export async function figureProcesses(
  quick: boolean,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ measure: MeasureFigure; start: (...args: string[]) => ChildProcess }> {
  await build({
    entryPoints: [source],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@luzhi/source'],
    plugins: [packagesOutside],
    logLevel: 'warning',
  });
  const argv = (args: string[]) => ['--expose-gc', bundle, ...args, ...(quick ? ['--quick'] : [])];
  return {
    measure: (...args) => JSON.parse(execFileSync(process.execPath, argv(args), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env })),
    start: (...args) => spawn(process.execPath, argv(args), { stdio: ['pipe', 'pipe', 'inherit'], env }),
  };
}
