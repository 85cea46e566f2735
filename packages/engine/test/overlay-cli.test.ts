import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { MAX_OVERLAY_CHAIN } from '../src/definition/overlay/index.js';

const folder = relative(process.cwd(), fileURLToPath(new URL('./fixtures/overlays/', import.meta.url)));
const base = readFileSync(join(folder, 'base.workflow.json'), 'utf8');

/** Runs `luzhi` in this process and collects what it prints. */
async function luzhi(...args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, out, err };
}

/** A presets folder like the package's: `<preset>/<id>.workflow.json`. */
function fakePresets(): string {
  const root = mkdtempSync(join(tmpdir(), 'luzhi-presets-'));
  mkdirSync(join(root, 'base'));
  writeFileSync(join(root, 'base', 'mini-proposal.workflow.json'), base);
  writeFileSync(join(root, 'base', 'other.workflow.json'), base.replace('"mini-proposal"', '"other"'));
  mkdirSync(join(root, 'base', 'scenarios'));
  return root;
}

describe('luzhi validate and simulate on overlays', () => {
  it('validate prints the overlay file for an overlay problem and the base file for a base problem', async () => {
    const run = await luzhi(
      'validate',
      join(folder, 'all-operations.overlay.json'),
      join(folder, 'invalid', 'patch-duration.overlay.json'),
      join(folder, 'invalid', 'base-invalid.overlay.json'),
      '--lang',
      'en',
    );
    expect(run.status).toBe(1);
    expect(run.out[0]).toBe(`${join(folder, 'all-operations.overlay.json')}: ✓ valid (mini-proposal@2)`);
    expect(run.out[1]).toMatch(new RegExp(`^${join(folder, 'invalid', 'patch-duration.overlay.json')}#/patch/states/review/deadline/within: .*"3个月"`));
    expect(run.out[2]).toMatch(new RegExp(`^${join(folder, 'invalid-base.workflow.json')}#/states/review/on/file/to: .*"asign"`));
    expect(run.out).toHaveLength(3);
  });

  it('validate --json gives the base problem with the overlay it was reached from, and its line', async () => {
    const run = await luzhi('validate', '--json', join(folder, 'invalid', 'base-invalid.overlay.json'));
    const [found] = JSON.parse(run.out.join('\n')) as Array<Record<string, unknown>>;
    expect(found).toMatchObject({
      file: join(folder, 'invalid-base.workflow.json'),
      pointer: '/states/review/on/file/to',
      code: 'target.unknown',
      overlay: { file: join(folder, 'invalid', 'base-invalid.overlay.json'), pointer: '/extends' },
    });
    expect(found!.line).toBeGreaterThan(1);
  });

  it('simulate runs a scenario on an overlay: the renamed and the inserted states are reached', async () => {
    const run = await luzhi('simulate', join(folder, 'all-operations.overlay.json'), join(folder, 'all-operations.scenario.json'), '--json');
    const report = JSON.parse(run.out.join('\n')) as { ok: boolean; steps: Array<{ state: unknown }> };
    expect(report.ok).toBe(true);
    expect(report.steps.map((step) => step.state)).toEqual(['draft', 'screening', 'precheck', 'assign']);
    expect(run.status).toBe(0);
  });

  it('simulate reports an overlay mistake at the overlay pointer and runs nothing', async () => {
    const run = await luzhi('simulate', join(folder, 'invalid', 'state-referenced.overlay.json'), join(folder, 'all-operations.scenario.json'), '--json');
    const report = JSON.parse(run.out.join('\n')) as { ok: boolean; steps: unknown[]; issues: Array<Record<string, unknown>> };
    expect(report.ok).toBe(false);
    expect(report.steps).toEqual([]);
    expect(report.issues[0]).toMatchObject({ document: 'definition', code: 'overlay.stateReferenced', pointer: '/operations/0/state' });
    expect(run.status).toBe(1);
  });

  it('@luzhi/presets/<preset>/<id> is found in the presets folder given with --presets', async () => {
    const root = fakePresets();
    const work = mkdtempSync(join(tmpdir(), 'luzhi-overlay-'));
    const file = join(work, 'mini.overlay.json');
    writeFileSync(file, JSON.stringify({ extends: '@luzhi/presets/base/mini-proposal', patch: { states: { review: { deadline: { within: 'P1M' } } } } }));
    expect((await luzhi('validate', file, '--presets', root)).out).toEqual([`${file}: ✓ 有效（mini-proposal@1）`]);
    const missing = await luzhi('validate', file.replace('mini.overlay', 'missing'), '--presets', root);
    expect(missing.status).toBe(1);
    writeFileSync(join(work, 'unknown.overlay.json'), JSON.stringify({ extends: '@luzhi/presets/base/nothing' }));
    const unknown = await luzhi('validate', join(work, 'unknown.overlay.json'), '--presets', root);
    expect(unknown.out[0]).toMatch(/#\/extends: /);
    expect(unknown.out[0]).toContain('nothing.workflow.json');
  });

  it('a preset reference cannot leave the presets folder', async () => {
    const root = fakePresets();
    const work = mkdtempSync(join(tmpdir(), 'luzhi-overlay-'));
    for (const ref of ['@luzhi/presets/../base/mini-proposal', '@luzhi/presets/base/../../etc/passwd', '@luzhi/presets/base/mini-proposal/x']) {
      writeFileSync(join(work, 'escape.overlay.json'), JSON.stringify({ extends: ref }));
      const run = await luzhi('validate', '--json', join(work, 'escape.overlay.json'), '--presets', root);
      expect(JSON.parse(run.out.join('\n'))).toEqual([expect.objectContaining({ pointer: '/extends', code: 'overlay.referenceInvalid' })]);
    }
  });

  it('extends may be an absolute path; a URL is refused before anything is read', async () => {
    const work = mkdtempSync(join(tmpdir(), 'luzhi-overlay-'));
    writeFileSync(join(work, 'base.workflow.json'), base);
    const absolute = join(work, 'absolute.overlay.json');
    writeFileSync(absolute, JSON.stringify({ extends: join(work, 'base.workflow.json') }));
    expect((await luzhi('validate', absolute)).status).toBe(0);
    for (const ref of ['https://example.com/base.workflow.json', 'file:///etc/passwd', 'data:application/json,{}']) {
      writeFileSync(join(work, 'remote.overlay.json'), JSON.stringify({ extends: ref }));
      const run = await luzhi('validate', '--json', join(work, 'remote.overlay.json'));
      expect(JSON.parse(run.out.join('\n'))).toEqual([expect.objectContaining({ pointer: '/extends', code: 'overlay.referenceInvalid' })]);
    }
  });

  it('without the presets package, a preset reference is overlay.presetsMissing at /extends', async () => {
    const work = mkdtempSync(join(tmpdir(), 'luzhi-overlay-'));
    const file = join(work, 'mini.overlay.json');
    writeFileSync(file, JSON.stringify({ extends: '@luzhi/presets/base/proposal' }));
    const run = await luzhi('validate', '--json', file);
    expect(JSON.parse(run.out.join('\n'))).toEqual([
      expect.objectContaining({ file, pointer: '/extends', code: 'overlay.presetsMissing' }),
    ]);
  });

  it(`a chain of more than ${MAX_OVERLAY_CHAIN} overlays is overlay.chainTooLong`, async () => {
    const work = mkdtempSync(join(tmpdir(), 'luzhi-overlay-'));
    writeFileSync(join(work, 'base.workflow.json'), base);
    for (let level = 1; level <= MAX_OVERLAY_CHAIN + 1; level++) {
      writeFileSync(join(work, `o${level}.overlay.json`), JSON.stringify({ extends: level === 1 ? 'base.workflow.json' : `o${level - 1}.overlay.json` }));
    }
    expect((await luzhi('validate', join(work, `o${MAX_OVERLAY_CHAIN}.overlay.json`))).status).toBe(0);
    const run = await luzhi('validate', '--json', join(work, `o${MAX_OVERLAY_CHAIN + 1}.overlay.json`));
    expect(JSON.parse(run.out.join('\n'))[0]).toMatchObject({ code: 'overlay.chainTooLong' });
  });
});

describe('luzhi new --preset P NAME', () => {
  it('writes one overlay per workflow of the preset and a README, and the result validates', async () => {
    const root = fakePresets();
    const work = mkdtempSync(join(tmpdir(), 'luzhi-new-'));
    const target = join(work, 'my-committee');
    const run = await luzhi('new', '--preset', 'base', target, '--presets', root);
    expect(run.err).toEqual([]);
    expect(run.status).toBe(0);
    expect(readdirSync(target).sort()).toEqual(['README.md', 'mini-proposal.overlay.json', 'other.overlay.json']);
    const overlay = JSON.parse(readFileSync(join(target, 'mini-proposal.overlay.json'), 'utf8')) as Record<string, unknown>;
    expect(overlay).toMatchObject({ extends: '@luzhi/presets/base/mini-proposal', operations: [], patch: {} });
    const readme = readFileSync(join(target, 'README.md'), 'utf8');
    for (const heading of ['## 本会做法', '## 来源', '## 与预设的差异']) expect(readme).toContain(heading);
    expect(readme.indexOf('本会做法')).toBeLessThan(readme.indexOf('Our practice'));
    const check = await luzhi('validate', join(target, 'mini-proposal.overlay.json'), join(target, 'other.overlay.json'), '--presets', root);
    expect(check.out).toEqual([`${join(target, 'mini-proposal.overlay.json')}: ✓ 有效（mini-proposal@1）`, `${join(target, 'other.overlay.json')}: ✓ 有效（other@1）`]);
  });

  it('the presets folder may also come from LUZHI_PRESETS', async () => {
    const root = fakePresets();
    const target = join(mkdtempSync(join(tmpdir(), 'luzhi-new-')), 'c');
    process.env.LUZHI_PRESETS = root;
    try {
      expect((await luzhi('new', '--preset', 'base', target)).status).toBe(0);
    } finally {
      delete process.env.LUZHI_PRESETS;
    }
    expect(existsSync(join(target, 'other.overlay.json'))).toBe(true);
  });

  it('makes the folders above NAME when missing, and refuses one that cannot be made with a message, not an internal error', async () => {
    const root = fakePresets();
    const work = mkdtempSync(join(tmpdir(), 'luzhi-new-'));
    const nested = join(work, 'committees', '2026', 'ours');
    expect((await luzhi('new', '--preset', 'base', nested, '--presets', root)).status).toBe(0);
    expect(readdirSync(nested).sort()).toEqual(['README.md', 'mini-proposal.overlay.json', 'other.overlay.json']);
    writeFileSync(join(work, 'a-file'), 'x');
    const blocked = await luzhi('new', '--preset', 'base', join(work, 'a-file', 'ours'), '--presets', root, '--lang', 'en');
    expect(blocked.status).toBe(1);
    expect(blocked.err).toEqual([expect.stringMatching(/^luzhi new: Cannot create ".*ours": /)]);
  });

  it('refuses a folder that exists and is not empty, and changes nothing in it', async () => {
    const root = fakePresets();
    const target = mkdtempSync(join(tmpdir(), 'luzhi-new-'));
    writeFileSync(join(target, 'notes.txt'), 'keep');
    const run = await luzhi('new', '--preset', 'base', target, '--presets', root, '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.err[0]).toMatch(/exists and is not an empty folder/);
    expect(readdirSync(target)).toEqual(['notes.txt']);
  });

  it('fills an empty folder, and names the presets there are when the preset is unknown', async () => {
    const root = fakePresets();
    const target = mkdtempSync(join(tmpdir(), 'luzhi-new-'));
    expect((await luzhi('new', '--preset', 'base', target, '--presets', root)).status).toBe(0);
    expect(readdirSync(target)).toContain('README.md');
    const unknown = await luzhi('new', '--preset', 'haian', join(target, 'x'), '--presets', root, '--lang', 'en');
    expect(unknown.status).toBe(1);
    expect(unknown.err[0]).toContain('the presets are base');
    expect(existsSync(join(target, 'x'))).toBe(false);
  });

  it('needs --preset and one NAME', async () => {
    expect((await luzhi('new', 'x')).status).toBe(2);
    expect((await luzhi('new', '--preset', 'base')).status).toBe(2);
  });
});

describe('@luzhi/engine/node', () => {
  it('exports the loader every command uses, so a package of presets can read its overlays the same way', async () => {
    const { loadWorkflow } = await import('@luzhi/engine/node');
    const root = fakePresets();
    const work = mkdtempSync(join(tmpdir(), 'luzhi-overlay-'));
    const file = join(work, 'mini.overlay.json');
    writeFileSync(file, JSON.stringify({ extends: '@luzhi/presets/base/mini-proposal', operations: [{ op: 'renameState', state: 'review', to: 'screening' }] }));
    const loaded = await loadWorkflow(file, { presetsRoot: root });
    expect(loaded.issues).toEqual([]);
    expect(loaded.sources).toEqual([file, join(root, 'base', 'mini-proposal.workflow.json')]);
    expect(Object.keys((loaded.definition as { states: object }).states)).toContain('screening');
  });
});
