import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { presetsCommand } from '../src/cli/presets-command.js';
import type { CliContext } from '../src/cli/cli-context.js';

const example = fileURLToPath(new URL('../../../examples/proposal/proposal.workflow.json', import.meta.url));

async function luzhi(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

function context(lang: 'zh-CN' | 'en' = 'zh-CN', json = false): CliContext & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, lang, json, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

/** A folder where `@luzhi/presets` is installed with the given manifest (as text). */
function installed(manifest: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'luzhi-presets-cli-'));
  const presets = join(folder, 'node_modules', '@luzhi', 'presets');
  mkdirSync(join(presets, 'src', 'generated'), { recursive: true });
  writeFileSync(join(presets, 'package.json'), JSON.stringify({ name: '@luzhi/presets', type: 'module', exports: { './manifest.json': './src/generated/manifest.json', './package.json': './package.json' } }));
  writeFileSync(join(presets, 'src', 'generated', 'manifest.json'), manifest);
  return folder;
}

const manifest = {
  presets: [
    { name: 'base', workflows: [{ id: 'proposal', version: 1, kind: 'workflow', file: 'base/proposal.workflow.json', title: { 'zh-CN': '提案办理', en: 'Proposal handling' } }] },
    { name: 'haian', workflows: [{ id: 'consultation', version: 2, kind: 'overlay', file: 'haian/consultation.overlay.json', title: { 'zh-CN': '有事好商量\u001b[31m', en: 'Consultation' } }] },
  ],
};

describe('luzhi typegen', { timeout: 60_000 }, () => {
  it('prints the types of a workflow file', async () => {
    const run = await luzhi('typegen', example);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('export interface ProposalCommands {');
    expect(run.stdout).toContain("import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';");
  });

  it('writes them to --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'luzhi-typegen-')), 'proposal.ts');
    const run = await luzhi('typegen', example, '--out', out, '--lang', 'en');
    expect(run.stdout).toBe(`wrote ${out} (proposal@2)`);
    expect(readFileSync(out, 'utf8')).toContain('export interface ProposalWorkflow {');
    const nowhere = join(out, '..', 'missing-folder', 'proposal.ts');
    const refused = await luzhi('typegen', example, '--out', nowhere, '--lang', 'en');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`luzhi: cannot write ${nowhere}`);
  });

  it('reports an invalid definition as validate does and writes nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'luzhi-typegen-'));
    const file = join(folder, 'broken.workflow.json');
    const definition = JSON.parse(readFileSync(example, 'utf8')) as { initial: string };
    definition.initial = 'nowhere';
    writeFileSync(file, JSON.stringify(definition, null, 2));
    const out = join(folder, 'broken.ts');
    const typegen = await luzhi('typegen', file, '--out', out);
    const validate = await luzhi('validate', file);
    expect(typegen.status).toBe(1);
    expect(typegen.stdout).toBe(validate.stdout);
    expect(typegen.stdout).toContain(`${file}#/initial`);
    expect(existsSync(out)).toBe(false);
    const json = await luzhi('typegen', file, '--json');
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse((await luzhi('validate', file, '--json')).stdout));
  });

  it('reports a file that is not JSON, and a schema beyond the typegen limits, with pointers', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'luzhi-typegen-'));
    writeFileSync(join(folder, 'bad.json'), '{ "id": ');
    const bad = await luzhi('typegen', join(folder, 'bad.json'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/bad\.json#\/id: /);

    const definition = JSON.parse(readFileSync(example, 'utf8')) as { data: { $defs?: Record<string, unknown>; properties: Record<string, unknown> } };
    const $defs: Record<string, unknown> = { d30: { type: 'string' } };
    for (let level = 0; level < 30; level++) $defs[`d${level}`] = { type: 'object', properties: { a: { $ref: `#/$defs/d${level + 1}` }, b: { $ref: `#/$defs/d${level + 1}` } } };
    definition.data.$defs = $defs;
    definition.data.properties.bomb = { $ref: '#/$defs/d0' };
    writeFileSync(join(folder, 'bomb.json'), JSON.stringify(definition));
    const bomb = await luzhi('typegen', join(folder, 'bomb.json'), '--lang', 'en', '--json');
    expect(bomb.status).toBe(1);
    expect(JSON.parse(bomb.stdout)).toMatchObject([{ code: 'typegen.tooLarge', pointer: expect.stringMatching(/^\/data\//) }]);
  });

  it('is a usage error without a file, with two, or with --out on another command', async () => {
    expect((await luzhi('typegen')).status).toBe(2);
    expect((await luzhi('typegen', example, example)).status).toBe(2);
    const misplaced = await luzhi('validate', example, '--out', 'x.ts', '--lang', 'en');
    expect(misplaced.status).toBe(2);
    expect(misplaced.stderr).toContain('--out is for diagram and typegen only');
    expect((await luzhi('presets', 'base')).status).toBe(2);
  });
});

describe('luzhi presets', () => {
  it('lists each preset with its workflows, versions, kinds and titles in the language asked', async () => {
    const folder = installed(JSON.stringify(manifest));
    const zh = context('zh-CN');
    expect(await presetsCommand(folder, zh)).toBe(0);
    expect(zh.lines).toEqual(['base', '  proposal      v1   完整定义   提案办理', 'haian', '  consultation  v2   覆盖文件   有事好商量\\u001b[31m']);
    const en = context('en');
    expect(await presetsCommand(join(folder, 'node_modules'), en)).toBe(0);
    expect(en.lines[1]).toBe('  proposal      v1   definition Proposal handling');
    const json = context('en', true);
    expect(await presetsCommand(folder, json)).toBe(0);
    expect(JSON.parse(json.lines.join('\n'))).toEqual(manifest.presets);
  });

  it('says in both languages when the package is not installed or its manifest is not one', async () => {
    const nowhere = mkdtempSync(join(tmpdir(), 'luzhi-no-presets-'));
    const zh = context('zh-CN');
    expect(await presetsCommand(nowhere, zh)).toBe(1);
    expect(zh.errors.join('\n')).toContain('找不到 @luzhi/presets');
    const en = context('en');
    expect(await presetsCommand(nowhere, en)).toBe(1);
    expect(en.errors.join('\n')).toContain('npm install @luzhi/presets');

    for (const broken of ['{', '{"presets": [{"name": "x", "workflows": [{"id": "a"}]}]}', '{"presets": [], "__proto__": {}}', '[]']) {
      const run = context('en');
      expect(await presetsCommand(installed(broken), run)).toBe(1);
      expect(run.errors.join('\n')).toContain('is not a valid presets manifest');
    }
  });

  it('finds the package installed in this repository', async () => {
    const run = await luzhi('presets', '--json');
    expect(run.status).toBe(0);
    expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
  });
});
