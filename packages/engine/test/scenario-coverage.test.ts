import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  auditEventSchema,
  createEngine,
  createMemoryStore,
  runScenarios,
  scenarioCoverage,
  type Scenario,
  type ScenarioCoverage,
} from '../src/index.js';
import { luzhiProcess as luzhi } from './support/luzhi-cli.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const review = readJson('./fixtures/scenario-coverage/review.workflow.json');
const accepted = readJson('./fixtures/scenario-coverage/accepted.scenario.json') as Scenario;
const declined = readJson('./fixtures/scenario-coverage/declined.scenario.json') as Scenario;
const withdrawn = readJson('./fixtures/scenario-coverage/withdrawn.scenario.json') as Scenario;
const office = { id: 'office-1', roles: ['office'] };

const pointers = (coverage: ScenarioCoverage | undefined) => coverage?.uncovered.map((item) => item.pointer);

/** What is missing after the accepted walk alone: the withdrawal, the warning, and the declined branch. */
const missingAfterAccepted = [
  '/states/draft/on/withdraw',
  '/states/draft/deadline/onWarn',
  '/states/screening/onDone/1',
  '/states/screening/states/checking/on/decide/1',
  '/states/screening/states/declined',
];

describe('scenario coverage', () => {
  it('reports nothing unreached when the scenarios together walk every state, action, alternative and deadline handler', async () => {
    const result = await runScenarios(review, [accepted, declined, withdrawn], { coverage: true });
    expect(result.ok).toBe(true);
    expect(result.coverage).toMatchObject({ definition: { id: 'coverage-review', version: 1 }, total: 30, covered: 30, uncovered: [] });
  });

  it('reports exactly what one scenario leaves unreached, with the kind, state, action and title of each', async () => {
    const result = await runScenarios(review, [accepted], { coverage: true });
    expect(result.ok).toBe(false);
    expect(result.passed).toBe(1);
    expect(pointers(result.coverage)).toEqual(missingAfterAccepted);
    expect(result.coverage!.uncovered[0]).toEqual({
      kind: 'action',
      pointer: '/states/draft/on/withdraw',
      state: 'draft',
      action: 'withdraw',
      title: { 'zh-CN': '撤回', en: 'Withdraw' },
    });
    expect(result.coverage!.uncovered.map((item) => item.kind)).toEqual(['action', 'warn', 'alternative', 'alternative', 'state']);
  });

  it('counts each alternative of a list on its own, the unguarded last one too', async () => {
    const result = await runScenarios(review, [declined, withdrawn], { coverage: true });
    expect(pointers(result.coverage)).toEqual(
      expect.arrayContaining(['/states/screening/onDone/0', '/states/screening/states/checking/on/decide/0']),
    );
    expect(pointers(result.coverage)).not.toContain('/states/screening/states/checking/on/decide');
    expect(pointers(result.coverage)).not.toContain('/states/screening/onDone/1');
  });

  it('counts a forEach child state entered only by a branch opening, and leaves the children no branch reached', async () => {
    const opened: Scenario = { steps: accepted.steps.slice(0, 2) };
    const result = await runScenarios(review, [opened], { coverage: true });
    const missing = pointers(result.coverage)!;
    expect(missing).not.toContain('/states/handling');
    expect(missing).not.toContain('/states/handling/states/working');
    expect(missing).toEqual(
      expect.arrayContaining([
        '/states/handling/states/working/on/reply',
        '/states/handling/states/working/deadline/onExpire',
        '/states/handling/states/late',
        '/states/handling/states/replied',
        '/states/supervision/states/visits/states/visiting',
        '/states/supervision/states/report/states/written',
      ]),
    );
  });

  it('lets a step whose command was refused cover nothing', async () => {
    const refused: Scenario = {
      steps: [
        { send: 'withdraw', actor: { id: 'outsider', roles: [] }, expect: { error: 'ForbiddenError', state: 'draft' } },
        { send: 'decide', actor: office, payload: { accept: false }, expect: { error: 'TransitionNotAllowedError' } },
      ],
    };
    const result = await runScenarios(review, [accepted, refused], { coverage: true });
    expect(result.reports.map((report) => report.ok)).toEqual([true, true]);
    expect(pointers(result.coverage)).toEqual(missingAfterAccepted);
  });

  it('counts what a failing scenario really did before it stopped, and fails the run', async () => {
    const failing: Scenario = {
      steps: [
        { send: 'withdraw', actor: office, expect: { state: 'closed' } },
        { send: 'submit', actor: office, expect: { state: 'screening' } },
      ],
    };
    const result = await runScenarios(review, [accepted, failing], { coverage: true });
    expect([result.passed, result.failed, result.ok]).toEqual([1, 1, false]);
    expect(pointers(result.coverage)).not.toContain('/states/draft/on/withdraw');
  });

  it('reports built-in actions on their own and does not count them', async () => {
    const all = await runScenarios(review, [accepted, declined, withdrawn], { coverage: true });
    expect(all.coverage!.builtins).toEqual({
      total: 1,
      uncovered: [
        {
          kind: 'builtin',
          pointer: '/states/draft/deadline/extend',
          state: 'draft',
          action: 'extendDeadline',
          title: expect.objectContaining({ 'zh-CN': expect.any(String), en: expect.any(String) }),
        },
      ],
    });
    const extended: Scenario = {
      steps: [{ send: 'extendDeadline', actor: office, payload: { by: 'P5D', reason: '材料未齐' }, expect: { state: 'draft' } }],
    };
    const withExtension = await runScenarios(review, [accepted, declined, withdrawn, extended], { coverage: true });
    expect(withExtension.coverage!.builtins.uncovered).toEqual([]);
  });

  it('reads the coverage from reports alone (scenarioCoverage), and refuses an invalid definition with a typed error', async () => {
    const { reports } = await runScenarios(review, [accepted, declined]);
    expect(pointers(scenarioCoverage(review, reports))).toEqual(['/states/draft/on/withdraw', '/states/draft/deadline/onWarn']);
    expect(pointers(scenarioCoverage(review, []))).toHaveLength(30);
    expect(() => scenarioCoverage({ id: 'broken' }, reports)).toThrow(expect.objectContaining({ code: 'definition.invalid' }));
  });

  it('runs nothing and reports the definition once when it is invalid', async () => {
    const lines: string[] = [];
    const result = await runScenarios({ ...(review as object), initial: 'nowhere' }, [accepted, declined], { out: (line) => lines.push(line), coverage: true });
    expect(result).toMatchObject({ ok: false, reports: [], passed: 0, failed: 2 });
    expect(result.issues.map((issue) => issue.pointer)).toContain('/initial');
    expect(result.coverage).toBeUndefined();
    expect(lines.filter((line) => line.startsWith('✗'))).toHaveLength(1);
  });
});

describe('the path a command took, in its audit event', () => {
  it('records the alternative taken, the onDone alternative that followed, and the states entered; the history still verifies', async () => {
    const store = createMemoryStore();
    const engine = createEngine({ definitions: [review as never], store, notify: () => {} });
    const { id } = await engine.start('coverage-review', { actor: office });
    await engine.send(id, { type: 'submit', actor: office });
    await engine.send(id, { type: 'decide', actor: office, payload: { accept: true } });
    const [start, submit, decide] = await engine.history(id);
    expect(start).toMatchObject({ entered: ['draft'] });
    expect(start).not.toHaveProperty('transitions');
    expect(submit).toMatchObject({ transitions: ['/states/draft/on/submit'], entered: ['screening', 'checking'] });
    expect(decide).toMatchObject({
      transitions: ['/states/screening/states/checking/on/decide/0', '/states/screening/onDone/0'],
      entered: ['accepted', 'handling', 'working'],
    });
    expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: 3 });
  });

  it('still reads an event written before the path was recorded', () => {
    const older = { seq: 1, at: '2026-01-05T01:00:00.000Z', actor: office, type: 'start', from: null, to: 'draft', prevHash: '', instanceHash: 'a', hash: 'b' };
    expect(auditEventSchema.parse(older)).toEqual(older);
    const scenarioEvents = [{ ...older, to: { supervision: { visits: 'visiting', report: 'writing' } } }];
    const missing = pointers(scenarioCoverage(review, [{ events: scenarioEvents as never }]))!;
    expect(missing).not.toContain('/states/supervision/states/visits/states/visiting');
    expect(missing).toContain('/states/supervision/states/visits/states/visited');
  });
});

const fixture = (name: string) => `test/fixtures/scenario-coverage/${name}`;

describe('luzhi simulate with several scenarios and --coverage', { timeout: 60_000 }, () => {
  it('runs each scenario in turn, prints a summary line, and exits 1 when one fails', async () => {
    const run = await luzhi('simulate', '--lang', 'en', fixture('review.workflow.json'), fixture('declined.scenario.json'), '../../examples/proposal/not-filed.scenario.json');
    expect(run.stdout).toContain(`── [1/2] ${fixture('declined.scenario.json')} ──`);
    expect(run.stdout).toContain('✓ all 2 steps passed');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✗ 2 scenario(s): 1 passed, 1 failed');
    expect(run.status).toBe(1);
    const good = await luzhi('simulate', fixture('review.workflow.json'), fixture('declined.scenario.json'), fixture('withdrawn.scenario.json'));
    expect(good.stdout.trimEnd().split('\n').at(-1)).toBe('✓ 2 个场景全部通过');
    expect(good.status).toBe(0);
  });

  it('--coverage prints each unreached item with its pointer and both titles, and exits 1', async () => {
    const run = await luzhi('simulate', '--coverage', fixture('review.workflow.json'), fixture('accepted.scenario.json'));
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(lines.indexOf('✓ 1 个场景全部通过'))).toEqual([
      '✓ 1 个场景全部通过',
      '覆盖 coverage-review@1：30 项中 25 项由 1 个场景走到',
      '✗ 未采取的动作  /states/draft/on/withdraw  撤回 · Withdraw',
      '✗ 未触发的临期提醒  /states/draft/deadline/onWarn  起草 · Drafting',
      '✗ 未走过的分支  /states/screening/onDone/1  审查 · Screening',
      '✗ 未走过的分支  /states/screening/states/checking/on/decide/1 decide  作出审查意见 · Decide',
      '✗ 未进入的状态  /states/screening/states/declined  不予受理 · Declined',
      '内置动作（不计入覆盖）：1 项中 1 项未使用',
      '· 未使用的内置动作  /states/draft/deadline/extend extendDeadline  申请延期 · Extend the deadline',
      '✗ 5 项未走到',
    ]);
    expect(run.status).toBe(1);
  });

  it('--coverage exits 0 when the scenarios leave nothing unreached', async () => {
    const run = await luzhi('simulate', '--coverage', '--lang', 'en', fixture('review.workflow.json'), fixture('accepted.scenario.json'), fixture('declined.scenario.json'), fixture('withdrawn.scenario.json'));
    expect(run.stdout).toContain('coverage of coverage-review@1: 30 of 30 item(s) reached by 3 scenario(s)');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✓ no state, action, alternative or deadline handler left unreached');
    expect(run.status).toBe(0);
  });

  it('--coverage --json prints every report with its file, the counts and the coverage', async () => {
    const run = await luzhi('simulate', '--coverage', '--json', fixture('review.workflow.json'), fixture('accepted.scenario.json'), 'no-such.scenario.json');
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(['ok', 'issues', 'scenarios', 'passed', 'failed', 'coverage']);
    expect(output).toMatchObject({ ok: false, issues: [], passed: 1, failed: 1 });
    expect(output.scenarios[0]).toMatchObject({ file: fixture('accepted.scenario.json'), ok: true, definition: { id: 'coverage-review' } });
    expect(output.scenarios[0].events.at(-1).transitions).toEqual(['/states/supervision/states/report/states/writing/on/finishReport', '/states/supervision/onDone']);
    expect(output.scenarios[1]).toMatchObject({ file: 'no-such.scenario.json', ok: false, issues: [{ document: 'scenario', file: 'no-such.scenario.json', code: 'file.unreadable' }] });
    expect(output.coverage.uncovered.map((item: { pointer: string }) => item.pointer)).toEqual(missingAfterAccepted);
    expect(output.coverage.builtins.total).toBe(1);
    expect(run.status).toBe(1);
  });

  it('refuses --coverage on other commands, and simulate without a scenario, as usage errors', async () => {
    expect((await luzhi('validate', '--coverage', fixture('review.workflow.json'))).status).toBe(2);
    const run = await luzhi('simulate', '--coverage', '--lang', 'en', fixture('review.workflow.json'));
    expect(run.stderr).toContain('simulate needs a DEFINITION and at least one SCENARIO');
    expect(run.status).toBe(2);
  });
});
