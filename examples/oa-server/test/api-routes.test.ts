import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayloadError, createMemoryStore, instanceViewSchema, taskSchema } from '@luzhi/engine';
import { createServer } from '../src/app.js';
import { demoAuthenticate } from '../src/auth.js';
import { PERSONAS } from '../src/personas.js';
import { PROPOSAL, startServer, type Running } from './api-harness.js';

let server: Running;
beforeAll(async () => {
  server = await startServer({ committees: ['base', 'haian'] });
});
afterAll(() => server.close());

const submitted = async (persona = 'member') => {
  const started = await server.call('POST', '/api/instances', { persona, body: { definition: 'proposal', data: { title: PROPOSAL.title } } });
  expect(started.status).toBe(201);
  const id = started.body.id as string;
  const sent = await server.call('POST', `/api/instances/${id}/commands`, { persona, body: { type: 'submit', payload: PROPOSAL, expectedVersion: 1 } });
  expect(sent.status).toBe(200);
  return id;
};

describe('the caller', () => {
  it('is the persona the demo hook maps the headers to', async () => {
    for (const persona of PERSONAS) {
      const answer = await server.call('GET', '/api/me', { persona: persona.id, committee: 'haian' });
      expect(answer.body).toEqual({ actor: persona.actor, committee: 'haian' });
    }
  });
});

describe('the demo\'s choices', () => {
  it('lists the committees served and the personas without asking who is calling', async () => {
    const answer = await server.call('GET', '/api/demo');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ committee: 'base', committees: ['base', 'haian'], personas: JSON.parse(JSON.stringify(PERSONAS)) });
    const chosen = await startServer({ committees: ['base', 'jilin'], defaultCommittee: 'jilin' });
    try {
      expect((await chosen.call('GET', '/api/demo')).body.committee).toBe('jilin');
    } finally {
      await chosen.close();
    }
  });
});

describe('definitions', () => {
  it('lists the committee\'s workflows with their versions', async () => {
    const base = (await server.call('GET', '/api/definitions', { persona: 'member' })).body.items;
    expect(base.map((item: { id: string }) => item.id)).toEqual(['consultation', 'democratic-review', 'proposal', 'public-opinion']);
    const haian = (await server.call('GET', '/api/definitions', { persona: 'member', committee: 'haian' })).body.items;
    expect(haian.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining(['hotline-ticket', 'member-duties', 'proposal']));
    expect(haian.find((item: { id: string }) => item.id === 'proposal')).toMatchObject({ version: 1, versions: [1] });
  });
  it('gives one definition, the newest or the version asked for', async () => {
    const newest = await server.call('GET', '/api/definitions/consultation', { persona: 'member', committee: 'haian' });
    expect(newest.body).toMatchObject({ id: 'consultation', version: 2 });
    expect(Object.keys(newest.body.roles)).toContain('first-convener');
    const given = await server.call('GET', '/api/definitions/consultation?version=2', { persona: 'member', committee: 'haian' });
    expect(given.body).toEqual(newest.body);
    const base = await server.call('GET', '/api/definitions/consultation?version=1', { persona: 'member' });
    expect(base.body).toMatchObject({ id: 'consultation', version: 1 });
    expect(base.body.roles).not.toHaveProperty('first-convener');
  });
  it('validates a workflow and an overlay of a served one, with pointers', async () => {
    const definition = (await server.call('GET', '/api/definitions/proposal', { persona: 'member' })).body;
    expect((await server.call('POST', '/api/definitions/validate', { persona: 'member', body: definition })).body).toEqual({ valid: true, issues: [] });
    const broken = await server.call('POST', '/api/definitions/validate', { persona: 'member', body: { ...definition, initial: 'nowhere' } });
    expect(broken.status).toBe(200);
    expect(broken.body.valid).toBe(false);
    expect(broken.body.issues).toContainEqual(expect.objectContaining({ pointer: '/initial' }));
    const overlay = { extends: 'proposal', patch: { title: { 'zh-CN': '本会提案', en: 'Our proposals' } } };
    expect((await server.call('POST', '/api/definitions/validate', { persona: 'member', body: overlay })).body).toEqual({ valid: true, issues: [] });
    const presetOverlay = { extends: '@luzhi/presets/haian/consultation', operations: [{ op: 'removeRole', role: 'nobody' }] };
    const refused = (await server.call('POST', '/api/definitions/validate', { persona: 'member', body: presetOverlay })).body;
    expect(refused.valid).toBe(false);
    expect(refused.issues[0].pointer).toMatch(/^\/operations\/0/);
    const unknown = (await server.call('POST', '/api/definitions/validate', { persona: 'member', body: { extends: '../../etc/passwd', patch: {} } })).body;
    expect(unknown).toMatchObject({ valid: false, issues: [expect.objectContaining({ code: 'overlay.referenceInvalid' })] });
  });
  it('publishes a new version for the administrator\'s committee only, and lists it', async () => {
    const definition = (await server.call('GET', '/api/definitions/public-opinion', { persona: 'admin' })).body;
    const next = { ...definition, version: 2 };
    const published = await server.call('POST', '/api/definitions', { persona: 'admin', body: next });
    expect(published.status).toBe(201);
    expect(published.body).toEqual({ id: 'public-opinion', version: 2, published: true });
    expect((await server.call('POST', '/api/definitions', { persona: 'admin', body: next })).body.published).toBe(false);
    const listed = (await server.call('GET', '/api/definitions', { persona: 'member' })).body.items.find((item: { id: string }) => item.id === 'public-opinion');
    expect(listed).toMatchObject({ version: 2, versions: [1, 2] });
    expect((await server.call('GET', '/api/definitions/public-opinion', { persona: 'member', committee: 'haian' })).body.version).toBe(1);

    const report = await server.call('POST', '/api/migrations/dry-run', { persona: 'admin', body: { id: 'public-opinion', from: 1, to: 2 } });
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ id: 'public-opinion', from: 1, to: 2, dryRun: true });
    const run = await server.call('POST', '/api/migrations', { persona: 'admin', body: { id: 'public-opinion', from: 1, to: 2 } });
    expect(run.body).toMatchObject({ dryRun: false, totals: { refused: 0 } });
  });
  it('lists a definition published under a very large version number, and the versions just below it', async () => {
    const definition = (await server.call('GET', '/api/definitions/democratic-review', { persona: 'admin', committee: 'haian' })).body;
    for (const version of [2, 2_147_483_600, 2_147_483_647]) {
      expect((await server.call('POST', '/api/definitions', { persona: 'admin', committee: 'haian', body: { ...definition, version } })).status).toBe(201);
    }
    const listed = (await server.call('GET', '/api/definitions', { persona: 'member', committee: 'haian' })).body.items.find((item: { id: string }) => item.id === 'democratic-review');
    expect(listed).toMatchObject({ version: 2_147_483_647, versions: [1, 2_147_483_600, 2_147_483_647] });
    expect((await server.call('GET', '/api/definitions/democratic-review?version=2', { persona: 'member', committee: 'haian' })).body.version).toBe(2);
    expect((await server.call('GET', '/api/definitions/democratic-review', { persona: 'member', committee: 'haian' })).body.version).toBe(2_147_483_647);
  });
  it('refuses an invalid definition with its issues', async () => {
    const answer = await server.call('POST', '/api/definitions', { persona: 'admin', body: { id: 'x' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('definition.invalid');
    expect(answer.body.error.issues.length).toBeGreaterThan(0);
  });
  it('refuses a migration plan the engine cannot apply', async () => {
    const answer = await server.call('POST', '/api/migrations/dry-run', { persona: 'admin', body: { id: 'proposal', from: 1, to: 7 } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('plan.invalid');
  });
});

describe('instances, commands and tasks', () => {
  it('starts, reads and commands an instance as the caller, with the caller\'s actions', async () => {
    const id = await submitted();
    const asOffice = await server.call('GET', `/api/instances/${id}`, { persona: 'proposal-office' });
    expect(instanceViewSchema.parse(asOffice.body).activeStates).toEqual(['review']);
    expect(asOffice.body.actions.map((action: { event: string }) => action.event)).toContain('accept');
    const asMember = await server.call('GET', `/api/instances/${id}`, { persona: 'member' });
    expect(asMember.body.actions.map((action: { event: string }) => action.event)).not.toContain('accept');
  });
  it('lists the caller\'s tasks with the engine\'s filters', async () => {
    const id = await submitted();
    const tasks = (await server.call('GET', '/api/tasks?definition=proposal&state=review&overdue=false&sort=due&limit=500', { persona: 'proposal-office' })).body;
    expect(tasks.map((task: unknown) => taskSchema.parse(task).instanceId)).toContain(id);
    expect((await server.call('GET', '/api/tasks?state=draft', { persona: 'proposal-office' })).body).toEqual([]);
  });
  it('sends a batch, each command on its own', async () => {
    const first = await submitted();
    const second = await submitted();
    const results = await server.call('POST', '/api/commands/batch', {
      persona: 'proposal-office',
      body: [
        { instanceId: first, type: 'accept' },
        { instanceId: second, type: 'evaluate' },
        { instanceId: 'missing', type: 'accept' },
      ],
    });
    expect(results.status).toBe(200);
    expect(results.body.map((result: { ok: boolean }) => result.ok)).toEqual([true, false, false]);
    expect(results.body[2].error.code).toBe('instance.notFound');
    expect((await server.call('GET', `/api/instances/${first}`, { persona: 'member' })).body.activeStates).toEqual(['assign']);
  });
  it('reads history and verifies it', async () => {
    const id = await submitted();
    const history = (await server.call('GET', `/api/instances/${id}/history`, { persona: 'member' })).body;
    expect(history.map((event: { type: string }) => event.type)).toEqual(['start', 'submit']);
    expect((await server.call('GET', `/api/instances/${id}/verification`, { persona: 'member' })).body).toMatchObject({ ok: true });
  });
});

describe('the search lists only what the caller may see', () => {
  it('shows the proposal committee every proposal, and the others only theirs', async () => {
    const search = async (persona: string, query = 'definition=proposal&limit=1000') => {
      const ids: string[] = [];
      let after: string | undefined;
      do {
        const page = await server.call('GET', `/api/instances?${query}${after === undefined ? '' : `&after=${encodeURIComponent(after)}`}`, { persona });
        expect(page.status).toBe(200);
        for (const item of page.body.items) {
          ids.push(item.id);
          // whatever the search lists, `get` shows to the same caller
          expect((await server.call('GET', `/api/instances/${item.id}`, { persona })).status).toBe(200);
        }
        after = page.body.next;
      } while (after !== undefined);
      return ids;
    };
    const mine = await submitted();
    const drafted = (await server.call('POST', '/api/instances', { persona: 'co-signer', body: { definition: 'proposal' } })).body.id as string;
    expect(await search('proposal-office')).toEqual(expect.arrayContaining([mine, drafted]));
    expect(await search('member')).toContain(mine);
    expect(await search('member')).not.toContain(drafted);
    expect(await search('co-signer')).not.toContain(mine);
    expect(await search('unit-a')).not.toContain(mine);
    expect(await search('unit-b', 'limit=1')).not.toContain(mine);
    expect(await search('member', `where=${encodeURIComponent(JSON.stringify({ '/title': PROPOSAL.title }))}&status=active&state=review&state=draft`)).toContain(mine);
  });
});

describe('the server\'s options', () => {
  it('refuses unknown committees, an empty list, a default not served, a bad body limit and a missing hook, with pointers', async () => {
    const store = createMemoryStore();
    const refused = async (options: Record<string, unknown>) => {
      const error = await createServer({ store, authenticate: demoAuthenticate, ...options } as never).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(PayloadError);
      return (error as PayloadError).issues.map((issue) => [issue.pointer, issue.code]);
    };
    expect(await refused({ committees: ['base', '__proto__', 'nowhere'] })).toEqual([
      ['/committees/1', 'options.committeeUnknown'],
      ['/committees/2', 'options.committeeUnknown'],
    ]);
    expect(await refused({ committees: [] })).toEqual([['/committees', 'options.committeesEmpty']]);
    expect(await refused({ committees: ['base'], defaultCommittee: 'haian' })).toEqual([['/defaultCommittee', 'options.committeeNotServed']]);
    expect(await refused({ committees: ['base'], bodyLimit: -1 })).toEqual([['/bodyLimit', 'options.bodyLimitInvalid']]);
    expect(await refused({ committees: ['base'], authenticate: undefined })).toEqual([['/authenticate', 'options.authenticateMissing']]);
  });
});
