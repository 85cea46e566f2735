import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import scenarioSchema from '../schema/scenario.schema.json' with { type: 'json' };
import { runScenario, type Scenario } from '../src/index.js';
import { expectationMatchers } from '../src/cli/expectation-matchers.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const proposal = readJson('../../../examples/proposal/proposal.workflow.json');
/** Every scenario shipped beside the example workflow: adding a file adds it here. */
const exampleScenarios = readdirSync(new URL('../../../examples/proposal/', import.meta.url))
  .filter((name) => name.endsWith('.scenario.json'))
  .sort();

const member = { id: 'wang.li', roles: ['member'] };
const office = { id: 'tian', roles: ['proposal-office'] };
const assigner = { id: 'gov', roles: ['assigning-office'] };
const submit = {
  send: 'submit',
  actor: member,
  payload: {
    title: '关于优化中小学课后服务的建议',
    category: '社会事业',
    situation: '部分学校课后服务内容单一，家长接送困难，社会资源引入不足。',
    suggestions: '统筹引入文体科普资源，建立质量评价机制。',
  },
};

/** The parallel 办/督 fixture, without its deadline (deadlines do not run yet). */
function supervisionDefinition(): unknown {
  const definition = readJson('./fixtures/valid/proposal-supervision.json') as {
    states: { inProgress: Record<string, unknown> };
  };
  delete definition.states.inProgress.deadline;
  return definition;
}

describe('runScenario', () => {
  it.each(exampleScenarios)('passes the example %s', async (file) => {
    const scenario = readJson(`../../../examples/proposal/${file}`) as Scenario;
    const report = await runScenario(proposal, scenario);
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.steps).toHaveLength(scenario.steps.length + 1);
    expect(report.steps.every((step) => step.ok)).toBe(true);
  });

  it('records the effects each step delivered', async () => {
    const scenario = readJson('../../../examples/proposal/proposal.scenario.json') as Scenario;
    const report = await runScenario(proposal, scenario);
    const assign = report.steps.find((step) => step.action === 'assign' && step.error === undefined);
    expect(assign?.effects).toEqual([
      expect.objectContaining({ kind: 'notify', roles: ['handling-unit'] }),
      expect.objectContaining({ kind: 'call', name: 'push-oa', args: { proposal: '2026-0001', unit: '市教育局' } }),
    ]);
  });

  it('moves the virtual clock that the audit events record', async () => {
    const report = await runScenario(proposal, {
      clock: '2026-02-10T09:00:00+08:00',
      start: { actor: member },
      steps: [
        submit,
        { advance: 'P20D' },
        { send: 'accept', actor: office },
        { advance: 'PT2H', expect: { state: 'assign' } },
      ],
    });
    expect(report.ok).toBe(true);
    expect(report.events?.map((event) => [event.type, event.at])).toEqual([
      ['start', '2026-02-10T01:00:00.000Z'],
      ['submit', '2026-02-10T01:00:00.000Z'],
      ['accept', '2026-03-02T01:00:00.000Z'],
    ]);
    expect(report.steps.map((step) => step.at).at(-1)).toBe('2026-03-02T03:00:00.000Z');
  });

  it('starts the instance as the scenario says: actor, data, id, tenant', async () => {
    const report = await runScenario(proposal, {
      tenant: 'haian',
      start: { actor: member, data: { title: '草稿' }, id: 'p-7' },
      steps: [{ expect: { state: 'draft', data: { '/title': '草稿' }, version: 1 } }],
    });
    expect(report.ok).toBe(true);
    expect(report).toMatchObject({ tenant: 'haian', instanceId: 'p-7' });
    expect(report.events?.[0]?.actor).toEqual(member);
  });

  it('fails at step 0 when the instance cannot start', async () => {
    const report = await runScenario(proposal, {
      start: { data: { rehandleCount: -1 } },
      steps: [{ expect: { state: 'draft' } }],
    });
    expect(report.ok).toBe(false);
    expect(report.failedStep).toBe(0);
    expect(report.steps).toHaveLength(1);
    expect(report.steps[0]?.error?.name).toBe('PayloadError');
  });

  it('replays a command retried with the same idempotency key', async () => {
    const retried = { ...submit, idempotencyKey: 'submit-1' };
    const report = await runScenario(proposal, {
      start: { actor: member },
      steps: [
        { ...retried, expect: { state: 'review', version: 2 } },
        { ...retried, expect: { state: 'review', version: 2 } },
        { send: 'accept', actor: office, expectedVersion: 2, expect: { state: 'assign', version: 3 } },
      ],
    });
    expect(report.ok).toBe(true);
    expect(report.steps[2]?.error).toBeUndefined();
    expect(report.events?.map((event) => event.type)).toEqual(['start', 'submit', 'accept']);
  });

  it('matches an expected error by class name or by code', async () => {
    const report = await runScenario(proposal, {
      start: { actor: member },
      steps: [
        { send: 'submit', actor: office, payload: submit.payload, expect: { error: 'ForbiddenError', version: 1 } },
        { send: 'submit', actor: office, payload: submit.payload, expect: { error: 'actor.forbidden' } },
        { send: 'submit', actor: member, payload: {}, expect: { error: 'payload.invalid' } },
        { send: 'accept', actor: office, expect: { error: 'TransitionNotAllowedError', state: 'draft' } },
        { ...submit, expectedVersion: 7, expect: { error: 'ConcurrencyError' } },
      ],
    });
    expect(report.ok).toBe(true);
    expect(report.steps.slice(1).map((step) => step.error?.code)).toEqual([
      'actor.forbidden',
      'actor.forbidden',
      'payload.invalid',
      'transition.notEnabled',
      'instance.versionConflict',
    ]);
  });

  it('fails a step whose error is not the expected one, or that expected an error and got none', async () => {
    const wrongError = await runScenario(proposal, {
      start: { actor: member },
      steps: [{ send: 'submit', actor: office, payload: submit.payload, expect: { error: 'PayloadError' } }],
    });
    expect(wrongError.steps[1]?.failures).toEqual([
      expect.objectContaining({ key: 'error', expected: 'PayloadError', actual: 'ForbiddenError (actor.forbidden)' }),
    ]);
    const noError = await runScenario(proposal, { start: { actor: member }, steps: [{ ...submit, expect: { error: 'ForbiddenError' } }] });
    expect(noError.steps[1]?.failures).toEqual([
      expect.objectContaining({ key: 'error', expected: 'ForbiddenError', actual: null }),
    ]);
  });

  it('fails a command that throws when no error is expected, and stops there', async () => {
    const lines: string[] = [];
    const report = await runScenario(
      proposal,
      {
        start: { actor: member },
        steps: [
          { send: 'submit', actor: member, payload: { title: '课后' } },
          { send: 'accept', actor: office },
        ],
      },
      { out: (line) => lines.push(line), lang: 'en' },
    );
    expect(report.ok).toBe(false);
    expect(report.failedStep).toBe(1);
    expect(report.steps).toHaveLength(2);
    expect(report.steps[1]?.error).toMatchObject({ name: 'PayloadError', code: 'payload.invalid' });
    const output = lines.join('\n');
    expect(output).toContain('payload.invalid: 表单数据有');
    expect(output).toContain('/ The payload has');
    expect(output).toContain('/category');
    expect(output).toContain('✗ step 1 of 2 failed');
  });

  it('checks data values by JSON pointer, deeply', async () => {
    const steps = [
      submit,
      { send: 'accept', actor: office },
      { send: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局', '市体育局'] } },
    ];
    const good = await runScenario(proposal, {
      start: { actor: member },
      steps: [...steps, { expect: { data: { '/coUnits': ['市财政局', '市体育局'], '/coUnits/1': '市体育局' } } }],
    });
    expect(good.ok).toBe(true);
    const bad = await runScenario(proposal, {
      start: { actor: member },
      steps: [...steps, { expect: { data: { '/coUnits': ['市体育局', '市财政局'], '/replyClass': 'A' } } }],
    });
    expect(bad.steps.at(-1)?.failures).toEqual([
      expect.objectContaining({ key: 'data', pointer: '/coUnits', actual: ['市财政局', '市体育局'] }),
      expect.objectContaining({ key: 'data', pointer: '/replyClass', expected: 'A', actual: undefined }),
    ]);
  });

  it('matches states like XState matches, in nested and parallel states', async () => {
    const office2 = { id: 'o', roles: ['proposal-office'] };
    const report = await runScenario(supervisionDefinition(), {
      steps: [
        { send: 'assign', actor: office2, expect: { state: 'inProgress' } },
        { expect: { state: 'inProgress.handle.working' } },
        { expect: { state: 'inProgress.supervise' } },
        { expect: { state: 'inProgress.handle.replied' } },
      ],
    });
    expect(report.failedStep).toBe(4);
    expect(report.steps[4]?.failures[0]).toMatchObject({
      key: 'state',
      expected: 'inProgress.handle.replied',
      actual: 'inProgress.handle.working | inProgress.supervise.supervising',
    });
  });

  it('compares open tasks on the fields given, in any order, and their count', async () => {
    const tasks = (expected: unknown[]) =>
      runScenario(supervisionDefinition(), {
        steps: [{ send: 'assign', actor: { id: 'o', roles: ['proposal-office'] }, expect: { tasks: expected } }],
      } as unknown);
    const ok = await tasks([
      { state: 'supervising', roles: ['member', 'proposal-office'], actions: ['close', 'visit'] },
      { roles: ['handling-unit'] },
    ]);
    expect(ok.ok).toBe(true);
    const tooFew = await tasks([{ state: 'working' }]);
    expect(tooFew.steps[1]?.failures[0]).toMatchObject({ key: 'tasks' });
    expect((tooFew.steps[1]?.failures[0]?.actual as unknown[]).length).toBe(2);
    const wrongRoles = await tasks([{ state: 'working', roles: ['member'] }, { state: 'supervising' }]);
    expect(wrongRoles.ok).toBe(false);
  });

  it('looks at the instance as a person: their own to-do list, and the refusal to read as the error', async () => {
    const report = await runScenario(proposal, {
      start: { actor: member },
      steps: [
        submit,
        { title: 'office', actor: office, expect: { tasks: [{ state: 'review', roles: ['proposal-office'] }] } },
        { actor: assigner, expect: { error: 'NotFoundError', tasks: [], state: 'review', version: 2 } },
        { actor: member, expect: { error: 'NotFoundError' } },
      ],
    });
    expect(report.steps.map((step) => [step.kind, step.actor, step.ok])).toEqual([
      ['start', 'wang.li', true],
      ['send', 'wang.li', true],
      ['look', 'tian', true],
      ['look', 'gov', true],
      ['look', 'wang.li', false],
    ]);
    // Looking changes nothing: the version is the one after the submit.
    expect(report.steps[4]).toMatchObject({ version: 2, failures: [{ key: 'error' }] });
    const lines: string[] = [];
    await runScenario(proposal, { steps: [{ actor: office, expect: { tasks: [] } }] }, { out: (line) => lines.push(line) });
    expect(lines.some((line) => line.includes('查看 · tian'))).toBe(true);
  });

  it('reports an actor in a step that moves the clock, and an error expected where nothing is sent or looked at', async () => {
    const report = await runScenario(proposal, {
      start: { actor: member },
      steps: [
        { advance: 'P1D', actor: office },
        { expect: { error: 'ForbiddenError' } },
        { actor: office, payload: {}, expect: { tasks: [] } },
      ],
    });
    expect(report.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/steps/0/actor', 'scenario.step.withoutSend'],
      ['/steps/1/expect/error', 'scenario.step.errorWithoutSend'],
      ['/steps/2/payload', 'scenario.step.withoutSend'],
    ]);
  });

  it('reports a malformed scenario with pointers and runs nothing', async () => {
    const report = await runScenario(proposal, {
      start: { actor: member },
      steps: [
        { send: 'submit' },
        { advance: '3 days' },
        { expect: { stat: 'review' } },
        { send: 'accept', advance: 'P1D', actor: office },
      ],
    });
    expect(report.ok).toBe(false);
    expect(report.steps).toEqual([]);
    expect(report.issues.map((issue) => [issue.document, issue.pointer, issue.code])).toEqual([
      ['scenario', '/steps/0', 'scenario.step.actorMissing'],
      ['scenario', '/steps/1/advance', 'scenario.pattern'],
      ['scenario', '/steps/2/expect/stat', 'scenario.additionalProperties'],
      ['scenario', '/steps/3/advance', 'scenario.step.sendAndAdvance'],
    ]);
    expect(report.issues[1]?.message.en).toContain('ISO 8601 duration');
    expect(report.issues[2]?.message['zh-CN']).toContain('error、state、status');
  });

  it('reports an invalid definition as definition issues', async () => {
    const definition = readJson('./fixtures/invalid/target-unknown.json');
    const lines: string[] = [];
    const report = await runScenario(
      definition,
      { steps: [{ expect: { state: 'draft' } }] },
      {
        out: (line) => lines.push(line),
        names: { definition: 'target-unknown.json' },
      },
    );
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({
        document: 'definition',
        pointer: '/states/review/on/return/to',
        code: 'target.unknown',
      }),
    ]);
    expect(lines[0]).toMatch(/^target-unknown\.json#\/states\/review\/on\/return\/to: /);
  });

  it('prints one line per step with the action, the resulting state and version, and ✓', async () => {
    const lines: string[] = [];
    await runScenario(
      proposal,
      {
        title: { 'zh-CN': '示例', en: 'Example' },
        start: { actor: member },
        steps: [submit, { advance: 'P3D' }, { expect: { state: 'review' } }],
      },
      { out: (line) => lines.push(line), lang: 'en' },
    );
    expect(lines[0]).toBe('Scenario: Example');
    expect(lines.slice(2, 6).map((line) => line.replace(/ +/g, ' ').trim())).toEqual([
      '0 start · wang.li draft v1 ✓',
      '1 submit · wang.li review v2 ✓',
      '2 advance P3D → 2026-01-08 09:00 review v2 ✓',
      '3 expect review v2 ✓',
    ]);
    expect(lines.at(-1)).toBe('✓ all 3 steps passed');
  });

  it('has one matcher for every expectation key of the scenario schema', () => {
    expect(Object.keys(expectationMatchers).sort()).toEqual(
      Object.keys(scenarioSchema.$defs.expectation.properties).sort(),
    );
  });
});
