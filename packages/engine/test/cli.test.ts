import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { luzhiProcess as luzhi } from './support/luzhi-cli.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const example = '../../examples/proposal/proposal.workflow.json';
const exampleScenario = '../../examples/proposal/proposal.scenario.json';
const notFiledScenario = '../../examples/proposal/not-filed.scenario.json';

/** Runs `luzhi` through its launcher, from the current sources, in the package folder. */
// Each case starts Node processes that load TypeScript: allow for a slow, busy machine.
describe('luzhi (the command line)', { timeout: 60_000 }, () => {
  it('validate: a valid definition prints an OK line and exits 0', async () => {
    const run = await luzhi('validate', example);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${example}: ✓ 有效（proposal@2）\n`);
    expect(run.status).toBe(0);
  });

  it('validate: reports a valid feature this engine cannot run yet, as createEngine would', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'luzhi-cli-'));
    const file = join(folder, 'branch-deadline.json');
    const definition = JSON.parse(readFileSync(join(packageDir, 'test/fixtures/valid/proposal.json'), 'utf8'));
    definition.states.handling.states.working.deadline = { within: 'P1M', extend: { roles: ['handling-unit'] } };
    writeFileSync(file, JSON.stringify(definition));
    const run = await luzhi('validate', '--lang', 'en', file);
    expect(run.stdout).toContain(`${file}#/states/handling/states/working/deadline/extend: This engine version cannot run this yet`);
    expect(run.status).toBe(1);
  });

  it('validate: prints FILE#/pointer: message for each issue, a missing file and duplicate keys included, and exits 1', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'luzhi-cli-'));
    const duplicate = join(folder, 'duplicate.json');
    writeFileSync(duplicate, '{\n  "id": "a",\n  "id": "b"\n}\n');
    const run = await luzhi(
      'validate',
      'test/fixtures/invalid/target-unknown.json',
      'test/fixtures/invalid/role-undeclared.json',
      'no-such-file.json',
      duplicate,
    );
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain(
      'test/fixtures/invalid/target-unknown.json#/states/review/on/return/to: ' +
        '状态“review”的动作“return”的目标状态“drafts”不存在；to 应为本流程中某个状态的名称。是否想写“draft”？',
    );
    expect(
      lines.some((line) =>
        line.startsWith('test/fixtures/invalid/role-undeclared.json#/states/review/on/accept/roles/0: '),
      ),
    ).toBe(true);
    expect(lines).toContain('no-such-file.json#: 无法读取文件：文件不存在');
    expect(lines.some((line) => line.startsWith(`${duplicate}#/id: 属性“id”在同一对象中重复出现`))).toBe(true);
    expect(run.stdout).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('validate --json --lang en: a JSON array of located, bilingual issues', async () => {
    const run = await luzhi(
      'validate',
      '--json',
      '--lang',
      'en',
      'test/fixtures/invalid/target-unknown.json',
      'missing.json',
    );
    expect(run.status).toBe(1);
    const issues = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'test/fixtures/invalid/target-unknown.json',
        pointer: '/states/review/on/return/to',
        code: 'target.unknown',
        message: { 'zh-CN': expect.stringContaining('drafts'), en: expect.stringContaining('Did you mean "draft"?') },
      }),
      expect.objectContaining({ file: 'missing.json', pointer: '', code: 'file.unreadable' }),
    ]);
  });

  it('exits 2 with the usage text for a usage error', async () => {
    const none = await luzhi('--lang', 'en');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('luzhi: missing command');
    expect(none.stderr).toContain('Usage: luzhi <command> [options]');
    const unknown = await luzhi('validate', '--strict', example);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('luzhi: 未知选项 --strict');
    expect(unknown.stdout).toBe('');
  });

  it('simulate: the whole proposal walk passes and exits 0', async () => {
    const run = await luzhi('simulate', example, exampleScenario);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ +7 +assign · gov +handling +v4 +✓/m);
    expect(run.stdout).toContain('↳ push-oa {"proposal":"2026-0001","unit":"市教育局"}');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('✓ 全部 25 步通过');
  });

  it('simulate: shows whom each notification reaches, roles resolved to units', async () => {
    const run = await luzhi('simulate', '--lang', 'en', example, exampleScenario);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('↳ notify → handling-unit = units 市教育局, 市财政局: A proposal was assigned to you');
    // Handled again: only the lead unit's branch reopens, so only it is told; the office stays a role.
    expect(run.stdout).toContain('↳ notify → handling-unit, proposal-office = units 市教育局; roles proposal-office: ');
  });

  it('simulate --calendar: adds a committee calendar file, and reports a bad one at its pointer', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'luzhi-cli-'));
    const good = join(folder, 'closure.json');
    writeFileSync(good, JSON.stringify({ region: 'cn', year: 2026, overlay: true, source: '本委通知', holidays: [{ name: '集中学习日', from: '2026-06-08', to: '2026-06-08' }], workdays: [] }));
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ region: 'cn', year: 2027, holidays: [], workdays: [] }));
    const deadlines = '../../examples/proposal/deadlines.scenario.json';
    expect((await luzhi('simulate', '--calendar', good, example, deadlines)).status).toBe(0);
    const run = await luzhi('simulate', '--lang', 'en', '--calendar', bad, example, deadlines);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${bad}#/source: missing required property "source"`);
  });

  it('calendar check: the exit status reaches the shell — 3 while next year has no data', async () => {
    const run = await luzhi('calendar', 'check', '--today', '2026-12-06', '--lang', 'en');
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('⚠ next year (2027) has no full-year calendar data');
  });

  it('simulate --json: the not-filed path as a machine-readable report', async () => {
    const run = await luzhi('simulate', '--json', example, notFiledScenario);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { ok: boolean; steps: Array<{ state: unknown; ok: boolean }> };
    expect(report.ok).toBe(true);
    expect(report.steps.at(-1)).toMatchObject({ state: 'notFiled', ok: true });
  });

  it('simulate: an unmet expectation exits 1 saying expected vs actual', async () => {
    const run = await luzhi(
      'simulate',
      '--lang',
      'en',
      example,
      'test/fixtures/scenarios/wrong-expectation.scenario.json',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ state: expected "assign", actual "review"');
    expect(run.stdout).toContain('✗ data /category: expected "经济建设", actual "社会事业"');
    expect(run.stdout).toContain('✗ step 1 of 2 failed');
  });

  it('simulate: a malformed scenario exits 1 with pointers into it', async () => {
    const file = 'test/fixtures/scenarios/malformed.scenario.json';
    const run = await luzhi('simulate', example, file);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain(`${file}#/steps/0: 第 1 步发送“submit”，但没有写明操作人 actor`);
    expect(lines.some((line) => line.startsWith(`${file}#/clock: `))).toBe(true);
    expect(lines.some((line) => line.startsWith(`${file}#/steps/1/advance: `))).toBe(true);
    expect(lines.some((line) => line.startsWith(`${file}#/steps/2/expect/stat: `))).toBe(true);
    expect(lines.at(-1)).toMatch(/^✗ 无法运行场景/);
  });
});
