import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  MAX_LINKS_PER_INSTANCE,
  chinaMainlandCalendar,
  ConcurrencyError,
  createEngine,
  createMemoryStore,
  createVirtualClock,
  DefinitionError,
  instanceViewSchema,
  LinkError,
  NotFoundError,
  PayloadError,
  runScenario,
  validateDefinition,
  type Actor,
  type Engine,
  type Store,
} from '../src/index.js';
import { runCli } from '../src/cli/run-cli.js';
import { compile } from '../src/compile/compile.js';
import { applyStart } from '../src/runtime/apply-command.js';
import { everyStore } from './support/every-store.js';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/links/${name}.workflow.json`, import.meta.url), 'utf8')) as Record<string, any>;
const proposal = read('proposal');
const publicOpinion = read('public-opinion');

const member: Actor = { id: 'wang', roles: [] };
const office: Actor = { id: 'tian', roles: ['office'] };
const editor: Actor = { id: 'li', roles: ['editor'] };
const submitPayload = { title: '关于加强社区养老服务的建议', content: '社区养老服务设施不足', consent: true };
const DECLINE = '/states/review/on/decline/0/effects/0';

function linkEngine(store?: Store, definitions: unknown[] = [proposal, publicOpinion]) {
  const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
  const notified: unknown[] = [];
  const engine = createEngine({
    definitions,
    clock,
    ...(store ? { store } : {}),
    notify: (request, context) => {
      notified.push({ request, context });
    },
  });
  return { engine, clock, notified };
}

async function submitted(engine: Engine, id = 'P-1', payload: Record<string, unknown> = submitPayload): Promise<string> {
  await engine.start('proposal', { actor: member, id });
  await engine.send(id, { type: 'submit', actor: member, payload });
  return id;
}

/** Every instance of the tenant, by workflow: what a refused command must leave as it was. */
async function snapshot(engine: Engine) {
  const page = await engine.instances({ limit: 100 });
  return page.items.map((view) => ({ id: view.id, workflow: view.definition.id, version: view.version, state: view.state }));
}

describe.each(everyStore('links'))('a start effect on the %s store', (_name, open) => {
  it('starts the linked instance in the same commit, with mapped data, linked both ways in views and history', async () => {
    const { engine } = linkEngine(await open());
    const id = await submitted(engine);
    const view = await engine.send(id, { type: 'decline', actor: office, payload: { reason: '属于社情民意范围' } });

    expect(view.state).toBe('converted');
    expect(view.links).toEqual([{ id: 'P-1~3.0', workflow: 'public-opinion', version: 1, seq: 3, step: 'decline' }]);
    expect(instanceViewSchema.parse(view)).toEqual(view);

    const started = await engine.get('P-1~3.0');
    expect(started.state).toBe('reviewing');
    expect(started.version).toBe(1);
    expect(started.data).toEqual({ title: submitPayload.title, content: submitPayload.content, proposer: 'wang', note: '属于社情民意范围' });
    expect(started.origin).toEqual({ instance: 'P-1', workflow: 'proposal', version: 1, seq: 3, step: 'decline' });
    // The starter expression names the proposer, who holds the report's starter role.
    expect(started.participants).toEqual({ reporter: ['wang'] });
    expect(instanceViewSchema.parse(started)).toEqual(started);

    const sourceHistory = await engine.history('P-1');
    expect(sourceHistory.at(-1)).toMatchObject({ seq: 3, type: 'decline', started: [{ id: 'P-1~3.0', workflow: 'public-opinion', version: 1 }] });
    const startedHistory = await engine.history('P-1~3.0');
    expect(startedHistory).toHaveLength(1);
    expect(startedHistory[0]).toMatchObject({ seq: 1, type: 'start', actor: office, origin: { instance: 'P-1', workflow: 'proposal', seq: 3, step: 'decline' } });
    expect((await engine.verifyHistory('P-1')).ok).toBe(true);
    expect((await engine.verifyHistory('P-1~3.0')).ok).toBe(true);

    // The started instance runs on its own.
    const adopted = await engine.send('P-1~3.0', { type: 'adopt', actor: editor });
    expect(adopted.state).toBe('adopted');
    expect(adopted.origin?.instance).toBe('P-1');
  });

  it('leaves both instances untouched when the started id is taken: the source command rolls back too', async () => {
    const store = (await open()) ?? createMemoryStore();
    const { engine } = linkEngine(store);
    const id = await submitted(engine);
    // engine.start refuses such an id, so the row is put there through the store, as another process could have.
    const taken = applyStart(
      compile(publicOpinion),
      { tenant: 'default', id: 'P-1~3.0', actor: member, data: { title: '已有', content: '已有', proposer: 'wang' }, at: new Date('2026-03-02T01:00:00.000Z') },
      { calendar: chinaMainlandCalendar() },
    );
    await store.commit(taken.write);
    const before = await snapshot(engine);
    await expect(engine.send(id, { type: 'decline', actor: office, payload: { reason: '转社情民意' } })).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await snapshot(engine)).toEqual(before);
    expect(await engine.history('P-1')).toHaveLength(2);
    expect(await engine.history('P-1~3.0')).toHaveLength(1);
  });

  it('refuses data the started workflow does not accept, pointing at the mapping entry, and writes nothing', async () => {
    const { engine } = linkEngine(await open());
    const id = await submitted(engine, 'P-2', { ...submitPayload, title: '' });
    const before = await snapshot(engine);
    const refusal = await engine.send(id, { type: 'decline', actor: office, payload: { reason: '转社情民意' } }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(LinkError);
    const error = refusal as LinkError;
    expect(error.code).toBe('link.refused');
    expect(error.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([{ code: 'link.dataInvalid', pointer: `${DECLINE}/start/data/~1title` }]);
    expect(error.issues[0]!.message.en).toContain('/data/properties/title/minLength');
    expect(error.issues[0]!.message['zh-CN']).toContain('/data/properties/title/minLength');
    expect(await snapshot(engine)).toEqual(before);
  });
});

describe('a start effect', () => {
  it('starts one instance however often a command with an idempotency key is retried', async () => {
    const { engine, notified } = linkEngine();
    const id = await submitted(engine);
    const command = { type: 'decline', actor: office, payload: { reason: '转社情民意' }, idempotencyKey: 'decline-P-1' };
    const first = await engine.send(id, command);
    const again = await engine.send(id, command);
    expect(again).toEqual(first);
    const reports = await engine.instances({ definition: 'public-opinion', limit: 10 });
    expect(reports.total).toBe(1);
    expect(notified).toHaveLength(1);
  });

  it('names a required field no entry writes at the mapping itself', async () => {
    const definition = structuredClone(proposal);
    delete definition.states.review.on.decline[0].effects[0].start.data['/content'];
    const { engine } = linkEngine(undefined, [definition, publicOpinion]);
    const id = await submitted(engine);
    const error = (await engine.send(id, { type: 'decline', actor: office, payload: { reason: 'x' } }).catch((e: unknown) => e)) as LinkError;
    expect(error).toBeInstanceOf(LinkError);
    expect(error.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([{ code: 'link.dataInvalid', pointer: `${DECLINE}/start/data` }]);
    expect(error.issues[0]!.message.en).toContain('/data/required');
    expect((await engine.get(id)).state).toBe('review');
  });

  it('refuses a starter that is no user id', async () => {
    const definition = structuredClone(proposal);
    definition.states.review.on.decline[0].effects[0].start.starter = 'data.consent';
    const { engine } = linkEngine(undefined, [definition, publicOpinion]);
    const id = await submitted(engine);
    const error = (await engine.send(id, { type: 'decline', actor: office, payload: { reason: 'x' } }).catch((e: unknown) => e)) as LinkError;
    expect(error).toBeInstanceOf(LinkError);
    expect(error.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([{ code: 'link.starterInvalid', pointer: `${DECLINE}/start/starter` }]);
    expect((await engine.instances({ definition: 'public-opinion', limit: 10 })).total).toBe(0);
  });

  it('makes the command actor the starter when the effect names none', async () => {
    const definition = structuredClone(proposal);
    delete definition.states.review.on.decline[0].effects[0].start.starter;
    const { engine } = linkEngine(undefined, [definition, publicOpinion]);
    const id = await submitted(engine);
    await engine.send(id, { type: 'decline', actor: office, payload: { reason: 'x' } });
    expect((await engine.get('P-1~3.0')).participants).toEqual({ reporter: ['tian'] });
  });

  it('runs on a deadline expiry, with the starter the effect names', async () => {
    const { engine, clock } = linkEngine();
    const id = await submitted(engine);
    clock.advance('P11D');
    expect((await engine.runDueTimers()).fired).toBe(1);
    const source = await engine.get(id);
    expect(source.state).toBe('converted');
    expect(source.links).toEqual([{ id: 'P-1~3.0', workflow: 'public-opinion', version: 1, seq: 3, step: 'deadlineExpired' }]);
    const started = await engine.get('P-1~3.0');
    expect(started.participants).toEqual({ reporter: ['wang'] });
    expect(started.origin).toMatchObject({ instance: 'P-1', step: 'deadlineExpired' });
  });

  it('grants no sight of the started instance for seeing its source, and lists no data of it', async () => {
    const { engine } = linkEngine();
    const id = await submitted(engine);
    const view = await engine.send(id, { type: 'decline', actor: office, payload: { reason: '转社情民意' } });
    expect(Object.keys(view.links![0]!).sort()).toEqual(['id', 'seq', 'step', 'version', 'workflow']);
    // The office sees the proposal; the report is its reporter's and its editors' only.
    await expect(engine.get('P-1~3.0', { actor: office })).rejects.toBeInstanceOf(NotFoundError);
    expect((await engine.get('P-1~3.0', { actor: member })).id).toBe('P-1~3.0');
  });

  it('keeps the ids of started instances to itself: engine.start refuses an id of that form', async () => {
    const { engine } = linkEngine();
    for (const id of ['P-1~3.0', 'x~0.12', '~h0123456789abcdef0123456789abcdef~2.0']) {
      const refusal = await engine
        .start('public-opinion', { actor: member, id, data: { title: 't', content: 'c', proposer: 'wang' } })
        .catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(PayloadError);
      expect((refusal as PayloadError).issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([{ code: 'command.idReserved', pointer: '/id' }]);
    }
    expect((await engine.instances({ limit: 10 })).total).toBe(0);
    // Ids that only look alike are ordinary ids.
    for (const id of ['P-1~3', 'P-1~3.0a', 'P-1~03.0']) {
      expect((await engine.start('public-opinion', { actor: member, id, data: { title: 't', content: 'c', proposer: 'wang' } })).id).toBe(id);
    }
  });

  it('gives a started instance an id within the id limit whatever the length of its source id', async () => {
    const { engine } = linkEngine();
    const id = await submitted(engine, 'P'.repeat(200));
    const view = await engine.send(id, { type: 'decline', actor: office, payload: { reason: '转社情民意' } });
    const started = view.links![0]!.id;
    expect(started).toMatch(/^~h[0-9a-f]{32}~3\.0$/);
    expect((await engine.get(started)).origin?.instance).toBe(id);
  });

  it('reports start expressions that read what is not there, at their pointer', () => {
    const definition = structuredClone(proposal);
    definition.states.review.deadline.onExpire.effects[0].start.data['/note'] = 'actor.id';
    const result = validateDefinition(definition);
    expect(result.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([
      { code: 'expression.unknownRoot', pointer: '/states/review/deadline/onExpire/effects/0/start/data/~1note' },
    ]);
  });

  it('is refused at engine creation when the linked workflow is not given', () => {
    let refusal: unknown;
    try {
      linkEngine(undefined, [proposal]);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DefinitionError);
    expect((refusal as DefinitionError).issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([
      { code: 'link.unknownWorkflow', pointer: '/workflows/public-opinion' },
    ]);
  });

  it('lets a started instance start another on entry, in the same commit', async () => {
    // A relay: its first state is done at once, and its completion starts the report.
    const relay = {
      id: 'relay',
      version: 1,
      title: 'relay',
      roles: { office: { title: 'office' } },
      data: { type: 'object', properties: { title: { type: 'string' }, content: { type: 'string' }, proposer: { type: 'string' } } },
      initial: 'spawning',
      states: {
        spawning: {
          title: 'spawning',
          initial: 'finished',
          states: { finished: { title: 'finished', type: 'final' } },
          onDone: {
            to: 'closed',
            effects: [{ start: { workflow: 'public-opinion', data: { '/title': 'data.title', '/content': 'data.content', '/proposer': 'data.proposer' }, starter: 'data.proposer' } }],
          },
        },
        closed: { title: 'closed', type: 'final' },
      },
    };
    const definition = structuredClone(proposal);
    definition.states.review.on.decline[0].effects[0].start.workflow = 'relay';
    delete definition.states.review.on.decline[0].effects[0].start.data['/note'];
    const { engine } = linkEngine(undefined, [definition, relay, publicOpinion]);
    const id = await submitted(engine);
    await engine.send(id, { type: 'decline', actor: office, payload: { reason: 'x' } });
    const relayed = await engine.get('P-1~3.0');
    expect(relayed).toMatchObject({ status: 'done', origin: { instance: 'P-1', workflow: 'proposal' } });
    expect(relayed.links).toEqual([{ id: 'P-1~3.0~1.0', workflow: 'public-opinion', version: 1, seq: 1, step: 'start' }]);
    const report = await engine.get('P-1~3.0~1.0');
    expect(report).toMatchObject({ state: 'reviewing', origin: { instance: 'P-1~3.0', workflow: 'relay', seq: 1, step: 'start' } });
    expect(report.participants).toEqual({ reporter: ['wang'] });
  });

  it(`refuses a command that would take an instance past ${MAX_LINKS_PER_INSTANCE} started instances, writing nothing`, async () => {
    const perCommand = 40;
    const leaf = { id: 'leaf', version: 1, title: 'leaf', roles: { office: { title: 'office' } }, initial: 'done', states: { done: { title: 'done', type: 'final' } } };
    const spawner = {
      id: 'spawner',
      version: 1,
      title: 'spawner',
      roles: { office: { title: 'office' } },
      initial: 'open',
      states: {
        open: {
          title: 'open',
          on: {
            spawn: { roles: ['office'], effects: Array.from({ length: perCommand }, () => ({ start: { workflow: 'leaf' } })) },
            close: { to: 'closed', roles: ['office'] },
          },
        },
        closed: { title: 'closed', type: 'final' },
      },
    };
    const { engine } = linkEngine(undefined, [spawner, leaf]);
    const { id } = await engine.start('spawner', { actor: office, id: 'S' });
    for (let sent = 0; sent < MAX_LINKS_PER_INSTANCE / perCommand; sent++) await engine.send(id, { type: 'spawn', actor: office });
    const full = await engine.get(id);
    expect(full.links).toHaveLength(MAX_LINKS_PER_INSTANCE);
    const error = (await engine.send(id, { type: 'spawn', actor: office }).catch((e: unknown) => e)) as LinkError;
    expect(error).toBeInstanceOf(LinkError);
    expect(error.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([{ code: 'link.tooMany', pointer: '/states/open/on/spawn/effects/0/start' }]);
    expect(await engine.get(id)).toEqual(full);
    expect((await engine.instances({ definition: 'leaf', limit: 1 })).total).toBe(MAX_LINKS_PER_INSTANCE);
  });

  it('refuses started instances that start others without end, writing nothing', async () => {
    // A workflow whose first state is done at once, and whose completion starts the same workflow again;
    // started from an action of another workflow, or directly.
    const loop = {
      id: 'loop',
      version: 1,
      title: 'loop',
      roles: { office: { title: 'office' } },
      data: { type: 'object' },
      initial: 'spawning',
      states: {
        spawning: {
          title: 'spawning',
          initial: 'finished',
          states: { finished: { title: 'finished', type: 'final' } },
          onDone: { to: 'closed', effects: [{ start: { workflow: 'loop', starter: "'tian'" } }] },
        },
        closed: { title: 'closed', type: 'final' },
      },
    };
    const { engine } = linkEngine(undefined, [loop]);
    const error = (await engine.start('loop', { actor: office, id: 'L' }).catch((e: unknown) => e)) as LinkError;
    expect(error).toBeInstanceOf(LinkError);
    expect(error.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([{ code: 'link.tooDeep', pointer: '/states/spawning/onDone/effects/0' }]);
    expect((await engine.instances({ limit: 10 })).total).toBe(0);
  });
});

describe('a scenario across workflows', () => {
  const file = (name: string) => fileURLToPath(new URL(`./fixtures/links/${name}`, import.meta.url));
  const scenario = JSON.parse(readFileSync(file('decline.scenario.json'), 'utf8')) as Record<string, any>;

  it('runs the workflows the definition starts given beside it, checks what it started and acts on it', async () => {
    const lines: string[] = [];
    const report = await runScenario(proposal, scenario, { workflows: [publicOpinion], out: (line) => lines.push(line), lang: 'en' });
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.steps[2]!.started).toEqual([{ id: '2026-0100~3.0', workflow: 'public-opinion' }]);
    expect(report.steps[4]).toMatchObject({ instance: '2026-0100~3.0', state: 'adopted' });
    expect(lines).toContain('       ↳ start → public-opinion 2026-0100~3.0');
  });

  it('reports a started instance that differs from the expectation', async () => {
    const changed = structuredClone(scenario);
    changed.steps[1].expect.started[0].data['/proposer'] = 'zhao';
    const report = await runScenario(proposal, changed, { workflows: [publicOpinion] });
    expect(report.ok).toBe(false);
    expect(report.failedStep).toBe(2);
    expect(report.steps[2]!.failures.map(({ key, pointer }) => ({ key, pointer }))).toEqual([{ key: 'started', pointer: '/proposer' }]);
  });

  it('reports, without running, a definition whose linked workflow is not given', async () => {
    const report = await runScenario(proposal, scenario);
    expect(report.ok).toBe(false);
    expect(report.steps).toEqual([]);
    expect(report.issues.map(({ code, document }) => ({ code, document }))).toEqual([{ code: 'link.unknownWorkflow', document: 'definition' }]);
  });

  it('is run by luzhi simulate with --with', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const streams = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
    const status = await runCli(
      ['simulate', file('proposal.workflow.json'), file('decline.scenario.json'), '--with', file('public-opinion.workflow.json'), '--lang', 'en'],
      streams,
    );
    expect(err).toEqual([]);
    expect(status).toBe(0);
    expect(out).toContain('       ↳ start → public-opinion 2026-0100~3.0');
    expect(await runCli(['simulate', file('proposal.workflow.json'), file('decline.scenario.json')], streams)).toBe(1);
  });
});

describe('looking up the workflows a start effect may start', () => {
  it('reads no definition for commands that start nothing, and the newest served one for a command that does', async () => {
    const store = createMemoryStore();
    const reads: string[] = [];
    const loadDefinition = store.loadDefinition.bind(store);
    store.loadDefinition = (tenant, id, version) => {
      reads.push(id);
      return loadDefinition(tenant, id, version);
    };
    const { engine } = linkEngine(store);
    const id = await submitted(engine);
    expect(reads).not.toContain('public-opinion');
    const view = await engine.send(id, { type: 'decline', actor: office, payload: { reason: '属于社情民意范围' } });
    expect(reads).toContain('public-opinion');
    expect(view.links).toEqual([expect.objectContaining({ workflow: 'public-opinion', version: 1 })]);
  });
});
