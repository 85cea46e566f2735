import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPresets, GENERATED_DIR } from '../scripts/build-presets.js';
import { PresetError } from '../src/preset-definitions.js';
import { PRESETS_ROOT } from '../src/preset-files.js';
import { typeCheck } from '../../engine/test/support/typescript-check.js';

const exampleFile = new URL('../../../examples/proposal/proposal.workflow.json', import.meta.url);
const example = (): Record<string, unknown> => JSON.parse(readFileSync(exampleFile, 'utf8')) as Record<string, unknown>;

/** A preset package folder holding the given workflow files (path → definition). */
function presetRoot(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'luzhi-presets-build-'));
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), JSON.stringify(value, null, 2));
  }
  return root;
}

function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(PRESETS_ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'))
      .sort();
  } catch {
    return [];
  }
}

describe('the generated presets sources', () => {
  it(`are what scripts/build-presets.ts writes from the preset folders (run \`npm run gen:presets\` after changing a preset)`, async () => {
    const built = await buildPresets();
    expect(filesUnder(join(PRESETS_ROOT, GENERATED_DIR))).toEqual([...built.keys()].sort());
    for (const [path, content] of built) expect(readFileSync(join(PRESETS_ROOT, path), 'utf8'), path).toBe(content);
  }, 120_000);
});

describe('the presets build', () => {
  it('exports nothing, and lists no preset, when there are none', async () => {
    const built = await buildPresets(presetRoot({ 'test/x.workflow.json': example() }));
    expect([...built.keys()].sort()).toEqual([`${GENERATED_DIR}/index.ts`, `${GENERATED_DIR}/manifest.json`]);
    expect(built.get(`${GENERATED_DIR}/index.ts`)).toMatch(/^export \{\};$/m);
    expect(JSON.parse(built.get(`${GENERATED_DIR}/manifest.json`)!)).toEqual({ presets: [] });
  });

  it('writes each preset as typed definitions that type engine.send, their JSON and the manifest', async () => {
    const proposal = { ...example(), id: 'proposal', $schema: '../../engine/schema/workflow.schema.json' };
    const root = presetRoot({
      'base/proposal.workflow.json': proposal,
      'haian/proposal.workflow.json': { ...proposal, version: 7, title: '海安提案' },
      'new/proposal.workflow.json': proposal,
    });
    const built = await buildPresets(root);
    expect([...built.keys()].sort()).toEqual([
      `${GENERATED_DIR}/base.ts`,
      `${GENERATED_DIR}/haian.ts`,
      `${GENERATED_DIR}/index.ts`,
      `${GENERATED_DIR}/json/base/proposal.json`,
      `${GENERATED_DIR}/json/haian/proposal.json`,
      `${GENERATED_DIR}/json/new/proposal.json`,
      `${GENERATED_DIR}/manifest.json`,
      `${GENERATED_DIR}/new.ts`,
    ]);
    const { $schema: _schema, ...resolved } = proposal;
    expect(JSON.parse(built.get(`${GENERATED_DIR}/json/base/proposal.json`)!)).toEqual(resolved);
    expect(JSON.parse(built.get(`${GENERATED_DIR}/manifest.json`)!)).toEqual({
      presets: [
        { name: 'base', workflows: [{ id: 'proposal', version: 2, kind: 'workflow', file: 'base/proposal.workflow.json', title: { 'zh-CN': '提案办理', en: 'Proposal handling' } }] },
        { name: 'haian', workflows: [{ id: 'proposal', version: 7, kind: 'workflow', file: 'haian/proposal.workflow.json', title: { 'zh-CN': '海安提案', en: '海安提案' } }] },
        { name: 'new', workflows: [{ id: 'proposal', version: 2, kind: 'workflow', file: 'new/proposal.workflow.json', title: { 'zh-CN': '提案办理', en: 'Proposal handling' } }] },
      ],
    });
    const usage = `
import { typedEngine, validateDefinition, type Actor, type Engine } from '@luzhi/engine';
import { base, haian, newPreset, type HaianProposalWorkflow } from './index.js';
declare const engine: Engine;
declare const actor: Actor;
export const valid: boolean = validateDefinition(base.proposal).valid && haian.proposal.version === 7 && newPreset.proposal.id === 'proposal';
export async function run(id: string): Promise<void> {
  const typed = typedEngine(engine, base.proposal);
  const payload = { title: '关于加强社区养老服务的建议', category: '社会事业' as const, situation: '…'.repeat(20), suggestions: '…'.repeat(10) };
  await typed.send(id, { type: 'submit', actor, payload });
  // @ts-expect-error a category the form does not offer
  await typed.send(id, { type: 'submit', actor, payload: { ...payload, category: '教育' } });
  // @ts-expect-error an action the proposal does not have
  await typed.send(id, { type: 'approve', actor });
  await typedEngine<HaianProposalWorkflow>(engine).start('proposal', { actor });
}
`;
    const sources = Object.fromEntries([...built].filter(([path]) => !path.endsWith('manifest.json')).map(([path, content]) => [relative(GENERATED_DIR, path), content]));
    expect(typeCheck({ ...sources, 'usage.ts': usage })).toEqual([]);
  }, 120_000);

  it('resolves a committee overlay against the preset it extends, and names a mistake in it by file and pointer', async () => {
    const overlay = {
      extends: '@luzhi/presets/base/proposal',
      patch: { title: { 'zh-CN': '提案办理（本会）', en: 'Proposal handling (our committee)' } },
    };
    const root = presetRoot({ 'base/proposal.workflow.json': example(), 'ours/proposal.overlay.json': overlay });
    const built = await buildPresets(root);
    expect(JSON.parse(built.get(`${GENERATED_DIR}/json/ours/proposal.json`)!)).toMatchObject({ id: 'proposal', title: overlay.patch.title });
    expect(JSON.parse(built.get(`${GENERATED_DIR}/manifest.json`)!).presets).toContainEqual(
      expect.objectContaining({ name: 'ours', workflows: [expect.objectContaining({ id: 'proposal', kind: 'overlay', file: 'ours/proposal.overlay.json' })] }),
    );
    const broken = presetRoot({ 'base/proposal.workflow.json': example(), 'ours/proposal.overlay.json': { ...overlay, patch: { initial: 'nowhere' } } });
    expect(await buildPresets(broken).catch((error: unknown) => error)).toMatchObject({
      code: 'presets.invalid',
      messages: { en: expect.stringContaining('ours/proposal.overlay.json#/patch/initial') },
    });
  }, 120_000);

  it('refuses a folder name that cannot be an export, a file whose id is not its name, and an invalid workflow, naming the file', async () => {
    const refusal = (files: Record<string, unknown>) => buildPresets(presetRoot(files)).catch((error: unknown) => error);
    expect(await refusal({ 'Bad Name/proposal.workflow.json': example() })).toMatchObject({ code: 'presets.folderName' });
    expect(await refusal({ 'base/other.workflow.json': example() })).toMatchObject({ code: 'presets.idMismatch' });
    const invalid = await refusal({ 'base/proposal.workflow.json': { ...example(), initial: 'nowhere' } });
    expect(invalid).toBeInstanceOf(PresetError);
    expect(invalid).toMatchObject({ code: 'presets.invalid', messages: { en: expect.stringContaining('base/proposal.workflow.json#/initial') } });
    const root = presetRoot({ 'base/x.workflow.json': {} });
    writeFileSync(join(root, 'base', 'x.workflow.json'), '{ not json');
    expect(await buildPresets(root).catch((error: unknown) => error)).toMatchObject({ code: 'presets.unreadable' });
  });
});
