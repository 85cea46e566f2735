import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DefinitionChange } from '../src/definition/definition-diff.js';
import { luzhiInProcess as luzhi } from './support/luzhi-cli.js';

const example = fileURLToPath(new URL('../../../examples/proposal/proposal.workflow.json', import.meta.url));
const supervision = fileURLToPath(new URL('./fixtures/valid/proposal-supervision.json', import.meta.url));

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

/** Writes a copy of `base` changed by `change` and returns its path. */
function changed(base: string, change: (definition: Record<string, any>) => void): string {
  const definition = read(base);
  change(definition);
  const file = join(mkdtempSync(join(tmpdir(), 'luzhi-diff-')), 'changed.workflow.json');
  writeFileSync(file, JSON.stringify(definition, null, 2));
  return file;
}

/** The changes `luzhi diff --json` reports between `base` and a changed copy; the copy must be valid. */
async function changesOf(base: string, change: (definition: Record<string, any>) => void): Promise<DefinitionChange[]> {
  const file = changed(base, change);
  const run = await luzhi('diff', base, file, '--json');
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as { equal: boolean; changes: DefinitionChange[] };
  expect(Array.isArray(report), 'the changed copy is valid').toBe(false);
  expect(report.equal).toBe(report.changes.length === 0);
  expect(run.status).toBe(report.equal ? 0 : 1);
  return report.changes;
}

const brief = (changes: DefinitionChange[]) => changes.map(({ group, change, pointer }) => `${group} ${change} ${pointer}`);

describe('luzhi diff', () => {
  it('exits 0 and says so when the definitions are the same, whatever the order of their keys', async () => {
    const reordered = changed(example, (definition) => {
      const roles = definition.roles;
      definition.roles = Object.fromEntries(Object.entries(roles).reverse());
    });
    const run = await luzhi('diff', example, reordered);
    expect(run).toEqual({ status: 0, stdout: `${example} → ${reordered}：没有差异\n`, stderr: '' });
    const json = await luzhi('diff', example, example, '--json');
    expect(JSON.parse(json.stdout)).toEqual({ equal: true, changes: [] });
    expect(json.status).toBe(0);
  });

  it('workflow: id, version and title', async () => {
    const changes = await changesOf(example, (definition) => {
      definition.id = 'proposal-haian';
      definition.version = 3;
      definition.title.en = 'Proposals';
    });
    expect(changes).toEqual([
      { group: 'workflow', change: 'changed', pointer: '/id', before: 'proposal', after: 'proposal-haian' },
      { group: 'workflow', change: 'changed', pointer: '/version', before: 2, after: 3 },
      { group: 'workflow', change: 'changed', pointer: '/title', before: { 'zh-CN': '提案办理', en: 'Proposal handling' }, after: { 'zh-CN': '提案办理', en: 'Proposals' } },
    ]);
  });

  it('roles: added and removed with their titles, and each changed field (scope, holders, transfer, oversight)', async () => {
    const changes = await changesOf(example, (definition) => {
      definition.roles.reviewer = { title: { 'zh-CN': '审查员', en: 'Reviewer' }, holders: '/reviewers' };
      definition.roles['assigning-office'].holders = '/assigners';
      delete definition.roles['lead-official'].transfer;
      definition.roles['proposal-office'].oversight = false;
      definition.data.properties.reviewers = { type: 'array', items: { type: 'string' } };
      definition.data.properties.assigners = { type: 'array', items: { type: 'string' } };
    });
    expect(brief(changes.filter((change) => change.group === 'roles'))).toEqual([
      'roles changed /roles/proposal-office/oversight',
      'roles added /roles/assigning-office/holders',
      'roles removed /roles/lead-official/transfer',
      'roles added /roles/reviewer',
    ]);
    expect(changes.find((change) => change.pointer === '/roles/reviewer')!.title).toEqual({ 'zh-CN': '审查员', en: 'Reviewer' });
    const removedRole = await changesOf(supervision, (definition) => {
      delete definition.roles.member;
      definition.states.inProgress.states.supervise.states.supervising.on.visit.roles = ['proposal-office'];
      definition.states.evaluate.on.accept.roles = ['proposal-office'];
    });
    expect(brief(removedRole)).toContain('roles removed /roles/member');
  });

  it('states: added, removed, a changed title, deadline (within, warnBefore, onExpire), forEach and assignment', async () => {
    const changes = await changesOf(example, (definition) => {
      definition.states.assign.on.assign.to = 'prehearing';
      definition.states = Object.fromEntries(
        Object.entries(definition.states).flatMap(([name, state]) =>
          name === 'assign' ? [[name, state], ['prehearing', { title: { 'zh-CN': '办前面商', en: 'Meeting first' }, on: { met: { to: 'handling', roles: ['handling-unit'] } } }]] : [[name, state]],
        ),
      );
      const handling = definition.states.handling;
      handling.deadline.within = 'P2M';
      handling.deadline.warnBefore = 'P10D';
      handling.deadline.onExpire = { effects: [{ notify: { roles: ['proposal-office'], message: '超期' } }] };
      handling.forEach.complete = 'any';
      definition.states.review.title['zh-CN'] = '审查';
      delete definition.states.review.assignment;
    });
    expect(brief(changes.filter((change) => change.group === 'states'))).toEqual([
      'states added /states/prehearing',
      'states changed /states/review/title',
      'states removed /states/review/assignment',
      'states changed /states/handling/deadline/within',
      'states changed /states/handling/deadline/warnBefore',
      'states added /states/handling/deadline/onExpire',
      'states changed /states/handling/forEach/complete',
    ]);
    expect(changes.find((change) => change.pointer === '/states/handling/deadline/within')).toMatchObject({ before: 'P3M', after: 'P2M' });
  });

  it('states: a state moved to another parent, a changed kind, a removed state', async () => {
    const moved = await changesOf(supervision, (definition) => {
      // `overdue` moves into a new compound state; `evaluate` becomes a final state.
      const overdue = definition.states.overdue;
      delete definition.states.overdue;
      definition.states.late = { title: '逾期', initial: 'overdue', states: { overdue } };
      definition.states.inProgress.onDone[1].to = 'late';
      definition.states.inProgress.deadline.onExpire.to = 'late';
      definition.states.evaluate = { title: '评', type: 'final' };
    });
    expect(brief(moved)).toEqual([
      'states added /states/late',
      'states changed /states/inProgress/deadline/onExpire/to',
      'states moved /states/late/states/overdue',
      'states changed /states/evaluate/type',
      'actions changed /states/inProgress/onDone/1/to',
      'actions removed /states/evaluate/on/accept',
    ]);
    expect(moved[2]).toMatchObject({ from: '/states/overdue', before: null, after: 'late' });
    expect(moved[3]).toMatchObject({ before: 'atomic', after: 'final' });
    const run = await luzhi('diff', supervision, changed(supervision, (definition) => {
      const overdue = definition.states.overdue;
      delete definition.states.overdue;
      definition.states.late = { title: '逾期', initial: 'overdue', states: { overdue } };
      definition.states.inProgress.onDone[1].to = 'late';
      definition.states.inProgress.deadline.onExpire.to = 'late';
    }), '--lang', 'en');
    expect(run.stdout).toContain('  > /states/late/states/overdue: moved from /states/overdue (parent: top level → late)\n');
    const removed = await changesOf(supervision, (definition) => {
      delete definition.states.overdue;
      definition.states.inProgress.onDone[1].to = 'done';
      definition.states.inProgress.deadline.onExpire.to = 'done';
    });
    expect(removed[0]).toEqual({ group: 'states', change: 'removed', pointer: '/states/overdue', title: '超期' });
  });

  it('actions: added and removed with titles, and a changed target, roles, form, guard, set and effects', async () => {
    const changes = await changesOf(example, (definition) => {
      const on = definition.states.review.on;
      delete on.withdraw;
      on.markLater = { to: 'review', title: { 'zh-CN': '暂缓', en: 'Later' }, roles: ['proposal-office'] };
      on.accept.roles = ['proposal-office', 'assigning-office'];
      on.reject.form = 'returnForRevision';
      on.reject.set = { '/notFiledReason': 'payload.reason', '/keyProposal': 'false' };
      on.reject.effects = [];
      on.returnForRevision.to = 'assign';
      on.accept.when = 'data.keyProposal != true';
    });
    expect(brief(changes)).toEqual([
      'actions changed /states/review/on/accept/roles',
      'actions added /states/review/on/accept/when',
      'actions changed /states/review/on/reject/form',
      'actions added /states/review/on/reject/set/~1keyProposal',
      'actions changed /states/review/on/reject/effects',
      'actions changed /states/review/on/returnForRevision/to',
      'actions removed /states/review/on/withdraw',
      'actions added /states/review/on/markLater',
    ]);
    expect(changes.find((change) => change.pointer.endsWith('/markLater'))!.title).toEqual({ 'zh-CN': '暂缓', en: 'Later' });
    const run = await luzhi('diff', example, changed(example, (definition) => {
      definition.states.review.on.accept.roles = ['assigning-office'];
    }));
    expect(run.stdout).toContain('  ~ /states/review/on/accept/roles: +"assigning-office" -"proposal-office"\n');
  });

  it('actions: guarded alternatives and automatic moves compare one by one', async () => {
    const changes = await changesOf(supervision, (definition) => {
      definition.states.inProgress.onDone[0].when = 'len(data.answer) > 1';
    });
    expect(changes).toEqual([
      { group: 'actions', change: 'changed', pointer: '/states/inProgress/onDone/0/when', before: 'len(data.answer) > 0', after: 'len(data.answer) > 1' },
    ]);
    const lengthened = await changesOf(supervision, (definition) => {
      definition.states.inProgress.onDone.unshift({ to: 'done', when: 'len(data.answer) > 100' });
    });
    expect(brief(lengthened)).toEqual(['actions changed /states/inProgress/onDone']);
  });

  it('forms: added and removed, schema fields added and removed, required and enum changes, UI', async () => {
    const changes = await changesOf(example, (definition) => {
      const schema = definition.forms.evaluate.schema;
      schema.properties.satisfaction.enum = ['满意', '不满意', '很不满意'];
      schema.properties.visited = { type: 'boolean', title: '是否面商' };
      schema.required = ['satisfaction', 'visited'];
      definition.forms.evaluate.ui = { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/satisfaction' }] };
      definition.forms.meeting = { title: { 'zh-CN': '面商记录', en: 'Meeting' }, schema: { type: 'object', properties: {} } };
      delete definition.forms.opinion;
      definition.states.handling.states.consulting.on.sendOpinion.form = 'meeting';
    });
    const forms = changes.filter((change) => change.group === 'forms');
    expect(brief(forms)).toEqual([
      'forms changed /forms/evaluate/schema/required',
      'forms changed /forms/evaluate/schema/properties/satisfaction/enum',
      'forms added /forms/evaluate/schema/properties/visited',
      'forms added /forms/evaluate/ui',
      'forms removed /forms/opinion',
      'forms added /forms/meeting',
    ]);
    expect(forms[2]!.title).toBe('是否面商');
    const run = await luzhi('diff', example, changed(example, (definition) => {
      definition.forms.evaluate.schema.properties.satisfaction.enum = ['满意', '不满意', '很不满意'];
    }));
    expect(run.stdout).toContain('  ~ /forms/evaluate/schema/properties/satisfaction/enum: +"很不满意" -"基本满意"\n');
  });

  it('data fields, declared effects and colour rules', async () => {
    const withLegacy = changed(example, (definition) => (definition.data.properties.legacy = { type: 'string' }));
    const changes = await changesOf(withLegacy, (definition) => {
      definition.data.properties.prehearingNotes = { type: 'string', title: '面商纪要' };
      delete definition.data.properties.legacy;
      definition.data.properties.coUnits.items.minLength = 1;
      definition.effects.sms = { title: { 'zh-CN': '短信提醒', en: 'Text message' } };
      definition.colours = [{ colour: 'red', when: 'task.overdue' }];
    });
    expect(brief(changes)).toEqual([
      'data added /data/properties/coUnits/items/minLength',
      'data removed /data/properties/legacy',
      'data added /data/properties/prehearingNotes',
      'effects added /effects/sms',
      'colours added /colours/0',
    ]);
    const recoloured = await changesOf(changed(example, (definition) => (definition.colours = [{ colour: 'red', when: 'task.overdue' }])), (definition) => {
      definition.colours = [{ colour: 'yellow', when: 'task.overdue' }, { colour: 'red', when: 'task.dueSoon' }];
    });
    expect(brief(recoloured)).toEqual(['colours changed /colours/0/colour', 'colours added /colours/1']);
  });

  it('prints groups in a fixed order with Chinese headings, or English ones with --lang en, and pointers on every line', async () => {
    const file = changed(example, (definition) => {
      definition.version = 3;
      definition.effects.sms = { title: '短信' };
      definition.roles.reviewer = { title: { 'zh-CN': '审查员', en: 'Reviewer' } };
    });
    const zh = await luzhi('diff', example, file);
    expect(zh.stdout).toBe(
      [`${example} → ${file}：3 处差异`, '流程', '  ~ /version: 2 → 3', '角色', '  + /roles/reviewer  审查员', '外部效果', '  + /effects/sms  短信', ''].join('\n'),
    );
    expect(zh.status).toBe(1);
    const en = await luzhi('diff', example, file, '--lang', 'en');
    expect(en.stdout.split('\n').slice(1, -1)).toEqual(['Workflow', '  ~ /version: 2 → 3', 'Roles', '  + /roles/reviewer  Reviewer', 'Effects', '  + /effects/sms  短信']);
  });

  it('keeps names and titles from the files inert: prototype names compare as names, control characters are escaped', async () => {
    const changes = await changesOf(example, (definition) => {
      definition.roles.constructor = { title: 'a\u001b[2J\nb' };
      definition.states.review.on.toString = { to: 'assign', title: 'x', roles: ['constructor'] };
    });
    expect(brief(changes)).toEqual(['roles added /roles/constructor', 'actions added /states/review/on/toString']);
    const run = await luzhi('diff', example, changed(example, (definition) => {
      definition.roles.constructor = { title: 'a\u001b[2J\nb' };
    }));
    expect(run.stdout).toContain('  + /roles/constructor  a\\u001b[2J\\u000ab\n');
    expect(run.stdout).not.toContain('\u001b');
  });

  it('reports invalid definitions as validate does, from both files, and exits 1', async () => {
    const bad = changed(example, (definition) => (definition.initial = 'nowhere'));
    const run = await luzhi('diff', '/nonexistent/a.json', bad, '--json');
    expect(run.status).toBe(1);
    const issues = JSON.parse(run.stdout) as Array<{ file: string; pointer: string; code: string }>;
    expect(issues[0]).toMatchObject({ file: '/nonexistent/a.json', code: 'file.unreadable' });
    expect(issues).toContainEqual(expect.objectContaining({ file: bad, pointer: '/initial' }));
    const text = await luzhi('diff', example, bad);
    expect(text.status).toBe(1);
    expect(text.stdout.startsWith(`${bad}#/initial: `)).toBe(true);
  });

  it('is a usage error without exactly two files', async () => {
    for (const args of [['diff'], ['diff', example], ['diff', example, example, example]]) {
      const run = await luzhi(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('diff');
    }
  });
});
