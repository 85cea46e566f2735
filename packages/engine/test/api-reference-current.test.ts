import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const committed = join(root, 'docs/api');
let out: string | undefined;
afterAll(async () => {
  if (out !== undefined) await rm(out, { recursive: true, force: true });
});

/** Every file under `dir`, as paths relative to it, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the API reference in docs/api', () => {
  // typedoc runs with treatWarningsAsErrors (typedoc.json): a broken {@link} or an exported type
  // that names an unexported one fails the run, and so this test.
  it('is what npm run docs:api writes, and typedoc reports no warning', { timeout: 120_000 }, async () => {
    out = await mkdtemp(join(tmpdir(), 'luzhi-api-'));
    const typedoc = join(root, 'node_modules/typedoc/bin/typedoc');
    const run = await promisify(execFile)(process.execPath, [typedoc, '--out', out, '--logLevel', 'Warn'], { cwd: root }).catch(
      (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: `${error.stderr ?? ''}\ntypedoc failed` }),
    );
    expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
    const files = await filesUnder(out);
    expect(await filesUnder(committed), 'run npm run docs:api and commit docs/api').toEqual(files);
    for (const file of files) {
      const [made, kept] = await Promise.all([readFile(join(out, file), 'utf8'), readFile(join(committed, file), 'utf8')]);
      expect(kept, `docs/api/${file} is stale: run npm run docs:api`).toBe(made);
    }
  });
});
