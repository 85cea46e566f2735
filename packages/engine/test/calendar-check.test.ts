import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { todayInChina } from '../src/cli/calendar-command.js';

/** Runs `luzhi` in this process and collects what it prints. */
async function luzhi(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

const folder = mkdtempSync(join(tmpdir(), 'luzhi-calendar-'));
function file(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
/** Made up for these tests (one committee day), not the official 2027 schedule. */
const local2027 = file('2027.json', {
  region: 'cn',
  year: 2027,
  source: '示例：本委 2027 年闭会日（非国务院通知）',
  holidays: [{ name: '本委闭会日（示例）', from: '2027-01-06', to: '2027-01-06' }],
});

describe('luzhi calendar check', () => {
  it('lists the bundled years and warns, with exit status 3, when next year has no data', async () => {
    const run = await luzhi('calendar', 'check', '--today', '2026-12-06');
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('日历数据（今天 2026-12-06，北京时间）');
    expect(run.stdout).toMatch(/^ {2}2025 {2}完整$/m);
    expect(run.stdout).toMatch(/^ {2}2026 {2}完整$/m);
    expect(run.stdout).toContain('⚠ 明年（2027 年）没有完整的日历数据');
    expect(run.stdout).not.toContain('今年（2026 年）没有');
    const en = await luzhi('calendar', 'check', '--today', '2026-12-06', '--lang', 'en');
    expect(en.stdout).toContain('⚠ next year (2027) has no full-year calendar data');
  });

  it('warns about both years when the current year has no data either', async () => {
    const run = await luzhi('calendar', 'check', '--today', '2027-03-01', '--json');
    expect(run.status).toBe(3);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ ok: false, today: '2027-03-01' });
    expect(report.warnings.map((warning: { code: string; year: number }) => [warning.code, warning.year])).toEqual([
      ['calendar.currentYearMissing', 2027],
      ['calendar.nextYearMissing', 2028],
    ]);
    expect(report.warnings[0].message).toEqual({ 'zh-CN': expect.stringContaining('2027'), en: expect.stringContaining('2027') });
  });

  it('counts a given full-year file and exits 0 when this year and the next are covered', async () => {
    const run = await luzhi('calendar', 'check', '--today', '2026-12-06', '--calendar', local2027, '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.years.map((year: { year: number; complete: boolean }) => [year.year, year.complete])).toEqual([
      [2025, true],
      [2026, true],
      [2027, true],
    ]);
    expect(report.years[2].files).toEqual([{ bundled: false, file: local2027, source: '示例：本委 2027 年闭会日（非国务院通知）', overlay: false }]);
    expect(report.years[0].files[0]).toMatchObject({ bundled: true });
  });

  it('does not count a year that has only an overlay', async () => {
    const overlay = file('overlay-2027.json', { region: 'cn-320281', year: 2027, overlay: true, source: '本地调整（示例）', workdays: [] });
    const run = await luzhi('calendar', 'check', '--today', '2026-12-06', '--calendar', overlay);
    expect(run.status).toBe(3);
    expect(run.stdout).toMatch(/^ {2}2027 {2}仅本地调整（暂定）$/m);
    expect(run.stdout).toContain('⚠ 明年（2027 年）');
  });

  it('reports an invalid or unreadable calendar file at its pointer, with exit status 1', async () => {
    const reversed = file('reversed.json', { region: 'cn', year: 2027, source: 's', holidays: [{ name: 'x', from: '2027-02-13', to: '2027-02-06' }] });
    const run = await luzhi('calendar', 'check', '--lang', 'en', '--today', '2026-12-06', '--calendar', reversed, '--calendar', join(folder, 'missing.json'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${reversed}#/holidays/0/to: "to" (2027-02-06) is before "from" (2027-02-13)`);
    expect(run.stdout).toContain(`${join(folder, 'missing.json')}#: cannot read the file`);
    const otherRegion = file('other-region.json', { region: 'hk', year: 2027, source: 's' });
    const clash = await luzhi('calendar', 'check', '--today', '2026-12-06', '--calendar', otherRegion, '--json');
    expect(clash.status).toBe(1);
    expect(JSON.parse(clash.stdout)).toMatchObject({ ok: false, issues: [expect.objectContaining({ code: 'calendar.regionMismatch' })] });
  });

  it('shows control characters of a file\'s text as escapes instead of sending them to the terminal', async () => {
    const hostile = file('hostile.json', { region: 'cn', year: 2027, source: 'a\u001b[2J\rb\u202ec' });
    const run = await luzhi('calendar', 'check', '--today', '2026-12-06', '--calendar', hostile);
    expect(run.stdout).toContain('a\\u001b[2J\\u000db\\u202ec');
    expect(run.stdout).not.toMatch(/[\u001b\r\u202e]/);
  });

  it('refuses a malformed --today, --today with another command, and a missing or unknown subcommand, with exit status 2', async () => {
    for (const args of [
      ['calendar', 'check', '--today', '2026-02-30'],
      ['calendar', 'check', '--today', '20261206'],
      ['calendar', 'check', '--today'],
      ['validate', '--today', '2026-12-06', 'x.json'],
      ['calendar'],
      ['calendar', 'list'],
      ['calendar', 'check', 'extra'],
    ]) {
      const run = await luzhi(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^luzhi: /);
    }
  });

  it('takes today from the clock in China Standard Time (UTC+8)', () => {
    expect(todayInChina(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(todayInChina(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});

describe('luzhi simulate with deadlines counted into a year without data', () => {
  const definition = file('year-end.json', {
    id: 'year-end',
    version: 1,
    title: '跨年时限',
    roles: { office: { title: '办公室' }, unit: { title: '承办单位', scope: 'unit' } },
    data: { type: 'object', properties: { units: { type: 'array', items: { type: 'string' } } } },
    initial: 'review',
    states: {
      review: { deadline: { within: '10WD' }, on: { accept: { to: 'handling', roles: ['office'] } } },
      handling: {
        forEach: { in: '/units', role: 'unit' },
        initial: 'working',
        states: { working: { deadline: { within: '10WD' }, on: { reply: { to: 'replied', roles: ['unit'] } } }, replied: { type: 'final' } },
        onDone: { to: 'done' },
      },
      done: { type: 'final' },
    },
  });
  const scenario = file('year-end.scenario.json', {
    clock: '2026-12-28T09:00:00+08:00',
    start: { actor: { id: 'o', roles: ['office'] }, data: { units: ['一处'] } },
    steps: [{ advance: 'P1D' }, { send: 'accept', actor: { id: 'o', roles: ['office'] } }],
  });

  it('prints each provisional deadline when it appears, in either language', async () => {
    const run = await luzhi('simulate', definition, scenario);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const marked = lines.filter((line) => line.includes('⏱'));
    expect(marked).toEqual([
      expect.stringContaining('暂定时限 review：2027-01-12 00:00 截止（计入了没有日历数据的年份'),
      expect.stringContaining('暂定时限 working · 一处：2027-01-13 00:00 截止'),
    ]);
    // Under the step that set it: the start, then the accept (not again on the clock step).
    expect(lines[lines.indexOf(marked[0]!) - 1]).toMatch(/^ +0 +创建/);
    expect(lines[lines.indexOf(marked[1]!) - 1]).toMatch(/^ +2 +accept/);
    const en = await luzhi('simulate', '--lang', 'en', definition, scenario);
    expect(en.stdout).toContain('⏱ provisional deadline review: due 2027-01-12 00:00 (counted into a year without calendar data');
  });

  it('lists the deadlines of each step in --json, provisional ones marked', async () => {
    const run = await luzhi('simulate', '--json', definition, scenario);
    const report = JSON.parse(run.stdout);
    expect(report.steps[0].deadlines).toEqual([{ state: 'review', due: '2027-01-11T16:00:00.000Z', provisional: true }]);
    expect(report.steps[2].deadlines).toEqual([{ state: 'working', branch: '一处', due: '2027-01-12T16:00:00.000Z', provisional: true }]);
  });

  it('prints no provisional mark once the year is given with --calendar', async () => {
    const run = await luzhi('simulate', '--calendar', local2027, definition, scenario);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('⏱');
    const report = JSON.parse((await luzhi('simulate', '--json', '--calendar', local2027, definition, scenario)).stdout);
    expect(report.steps[0].deadlines).toEqual([{ state: 'review', due: '2027-01-12T16:00:00.000Z' }]);
  });
});
