import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without declarations
import { packPackages } from '../../../scripts/pack-packages.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const APP_FILES = fileURLToPath(new URL('../app/', import.meta.url));

interface Packed {
  name: string;
  version: string;
  tarball: string;
}

/** The version of a package the repository itself installed, so the app gets the same one from npm's cache. */
function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Runs a command; a failure throws with everything it printed, so the test report shows why. */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

/** The first `ts` code block under the heading given of a Markdown file of the repository. */
function exampleUnder(file: string, heading: string): string {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const at = text.indexOf(`## ${heading}`);
  const block = at < 0 ? null : /```ts\n([\s\S]*?)```/.exec(text.slice(at));
  if (block === null) throw new Error(`${file}: no ts block under "${heading}"`);
  return block[1]!;
}

let packed: Packed[];
let app: string;

beforeAll(() => {
  packed = packPackages(mkdtempSync(join(tmpdir(), 'luzhi-packs-'))) as Packed[];
  app = mkdtempSync(join(tmpdir(), 'luzhi-outside-app-'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'outside-app', private: true, version: '1.0.0', type: 'module' }));
  cpSync(APP_FILES, app, { recursive: true });
  cpSync(join(ROOT, 'examples/proposal/proposal.workflow.json'), join(app, 'proposal.workflow.json'));
  writeFileSync(join(app, 'embed.ts'), exampleUnder('README.md', 'Embedding the engine'));
  writeFileSync(join(app, 'presets.ts'), exampleUnder('docs/presets.md', '4. 在程序中使用 · From code'));
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      ...packed.map((entry) => entry.tarball),
      `typescript@${installedVersion('typescript')}`,
      `@types/node@${installedVersion('@types/node')}`,
    ],
    app,
  );
}, 600_000);

describe('the packed packages, installed into an app outside the repository', () => {
  it('ship every package the app needs, each at the repository version', () => {
    expect(packed.map((entry) => entry.name)).toEqual(['@luzhi/engine', '@luzhi/forms', '@luzhi/presets']);
    for (const entry of packed) {
      const installed = JSON.parse(readFileSync(join(app, 'node_modules', entry.name, 'package.json'), 'utf8')) as { version: string };
      expect(installed.version).toBe(entry.version);
    }
  });

  it('an ES module script runs a base proposal on PGlite through the typed engine', () => {
    const out = JSON.parse(run(process.execPath, ['proposal.mjs'], app)) as { state: string; version: number; history: { ok: boolean } };
    expect(out).toMatchObject({ state: 'review', version: 2, history: { ok: true } });
  });

  it('a CommonJS script requires the engine and the presets and runs a consultation', () => {
    const out = JSON.parse(run(process.execPath, ['consultation.cjs'], app)) as { state: string; todo: string[][] };
    expect(out.state).toBe('screening');
    expect(out.todo).toEqual([['acceptTopic', 'declineTopic']]);
  });

  it("the README's embedding example and the presets guide's example type-check as written, with the forms' element types", () => {
    expect(() => run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app)).not.toThrow();
  });

  it('the installed luzhi command lists the presets and validates one from the package', () => {
    const luzhi = join(app, 'node_modules/.bin/luzhi');
    expect(run(luzhi, ['presets'], app)).toMatch(/base\n\s+consultation\s+v1/);
    expect(run(luzhi, ['validate', 'node_modules/@luzhi/presets/base/proposal.workflow.json'], app)).toContain('proposal@1');
  });

  it('publint and arethetypeswrong report nothing on any tarball', () => {
    for (const { tarball } of packed) {
      expect(run('npx', ['publint', '--strict', tarball], ROOT)).not.toMatch(/Warnings|Errors|Suggestions/);
      expect(() => run('npx', ['attw', tarball, '--profile', 'node16'], ROOT)).not.toThrow();
    }
  });
});
