import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createEngine,
  createMemoryStore,
  createVirtualClock,
  ForbiddenError,
  NotFoundError,
  PayloadError,
  type Actor,
  type EffectContext,
  type EffectRequest,
  type Store,
} from '../src/index.js';
import { everyStore } from './support/every-store.js';
import { member as proposalMember, office as proposalOffice, proposalEngine, submitPayload } from './support/proposal.js';

const motion = JSON.parse(readFileSync(new URL('./fixtures/valid/motion-participants.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const alice: Actor = { id: 'alice', roles: ['member'] };
const bob: Actor = { id: 'bob', roles: ['member'] };
const carol: Actor = { id: 'carol', roles: ['member'] };
const dave: Actor = { id: 'dave', roles: ['member'] };
const office: Actor = { id: 'tian', roles: ['office'] };
const finance: Actor = { id: 'qian', roles: ['handler'], unit: 'finance' };
const labour: Actor = { id: 'sun', roles: ['handler'], unit: 'labour' };
const unitless: Actor = { id: 'zhou', roles: ['handler'] };
/** Someone who lists every role of the workflow but holds none of its people's places. */
const impostor: Actor = { id: 'mallory', roles: ['member', 'proposer', 'co-signer'] };

function motionEngine(store?: Store) {
  const notified: Array<{ request: EffectRequest; context: EffectContext }> = [];
  const called: Array<{ args: Record<string, unknown>; context: EffectContext }> = [];
  const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
  const engine = createEngine({
    definitions: [motion],
    clock,
    ...(store ? { store } : {}),
    notify: (request, context) => {
      notified.push({ request, context });
    },
    effects: {
      pushToOA: (args, context) => {
        called.push({ args, context });
      },
    },
  });
  return { engine, clock, notified, called };
}

/** A motion by alice, saved with bob and carol invited as co-signers. */
async function drafted(engine: ReturnType<typeof motionEngine>['engine']) {
  const { id } = await engine.start('motion', { actor: alice });
  await engine.send(id, { type: 'save', actor: alice, payload: { title: '关于加强社区养老服务的建议', coSigners: ['bob', 'carol'] } });
  return id;
}

/** Expects a refusal of the given class and code that names none of `names`, the instance left as it was. */
async function expectRefused(
  engine: ReturnType<typeof motionEngine>['engine'],
  id: string,
  attempt: () => Promise<unknown>,
  kind: new (...args: never[]) => Error,
  code: string,
  names: readonly string[],
) {
  const before = await engine.get(id);
  const error = (await attempt().catch((caught: unknown) => caught)) as Error & { code: string; toJSON(): unknown };
  expect(error).toBeInstanceOf(kind);
  expect(error.code).toBe(code);
  const json = JSON.stringify(error.toJSON());
  for (const name of names) expect(json, `the refusal names ${name}`).not.toContain(name);
  expect(await engine.get(id)).toEqual(before);
  return error;
}

// The first case on a SQL store also migrates its schema: allow for a busy machine.
describe.each(everyStore('participants'))('participants on the %s store', { timeout: 90_000 }, (_name, open) => {
  it('a member can neither act on nor see another member’s proposal; each co-signer sees only their own confirmation', async () => {
    const { engine } = motionEngine(await open());
    const id = await drafted(engine);

    // Another member, even one listing the roles, neither acts on nor sees alice's draft.
    for (const other of [dave, impostor]) {
      await expectRefused(engine, id, () => engine.send(id, { type: 'save', actor: other, payload: { title: '改' } }), ForbiddenError, 'actor.forbidden', ['alice']);
      await expectRefused(engine, id, () => engine.send(id, { type: 'invite', actor: other }), ForbiddenError, 'actor.forbidden', ['alice']);
      await expect(engine.get(id, { actor: other })).rejects.toMatchObject({ code: 'instance.notFound' });
      expect(await engine.tasks({ actor: other })).toEqual([]);
    }
    expect((await engine.tasks({ actor: alice })).map((task) => [task.instanceId, task.state])).toEqual([[id, 'draft']]);
    expect((await engine.get(id, { actor: alice })).actions.map((action) => action.event)).toEqual(['save', 'invite']);
    // The host, reading without an actor, sees every instance.
    expect((await engine.get(id)).state).toBe('draft');
    // Invited co-signers see the draft (they hold a place in it), but cannot act on it.
    expect((await engine.get(id, { actor: bob })).actions).toEqual([]);

    await engine.send(id, { type: 'invite', actor: alice });
    // One branch per co-signer: on their own to-do list only.
    for (const signer of [bob, carol]) {
      expect((await engine.tasks({ actor: signer })).map((task) => [task.state, task.unit])).toEqual([['invited', signer.id]]);
      expect((await engine.get(id, { actor: signer })).actions.map((action) => [action.event, action.branch])).toEqual([
        ['confirm', signer.id],
        ['decline', signer.id],
      ]);
    }
    expect(await engine.tasks({ actor: alice })).toEqual([]);
    expect(await engine.tasks({ actor: impostor })).toEqual([]);
    // bob cannot confirm for carol; an outsider confirms for no one; neither refusal names a co-signer.
    await expectRefused(engine, id, () => engine.send(id, { type: 'confirm', actor: bob, branch: 'carol' }), ForbiddenError, 'actor.forbidden', ['carol']);
    for (const other of [dave, impostor]) {
      await expectRefused(engine, id, () => engine.send(id, { type: 'confirm', actor: other }), ForbiddenError, 'actor.forbidden', ['bob', 'carol', 'alice']);
    }
    await engine.send(id, { type: 'confirm', actor: bob });
    const declined = await engine.send(id, { type: 'decline', actor: carol });
    expect(declined.state).toBe('review');
    expect((await engine.history(id)).filter((event) => event.branch !== undefined).map((event) => [event.type, event.actor.id, event.branch])).toEqual([
      ['confirm', 'bob', 'bob'],
      ['decline', 'carol', 'carol'],
    ]);

    // The proposer alone may withdraw; it is an option, not a to-do item.
    await expectRefused(engine, id, () => engine.send(id, { type: 'withdraw', actor: dave }), ForbiddenError, 'actor.forbidden', ['alice']);
    await engine.send(id, { type: 'accept', actor: office, payload: { unit: 'finance' } });

    // The single handling unit the data names acts; any other unit, or none, is refused without naming it.
    for (const other of [labour, unitless]) {
      await expectRefused(engine, id, () => engine.send(id, { type: 'reply', actor: other, payload: { answer: '已办' } }), ForbiddenError, 'actor.forbidden', ['finance']);
      expect(await engine.tasks({ actor: other })).toEqual([]);
      await expect(engine.get(id, { actor: other })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await engine.tasks({ actor: finance })).map((task) => [task.state, task.unit])).toEqual([['handling', 'finance']]);
    await engine.send(id, { type: 'reply', actor: finance, payload: { answer: '已纳入年度计划' } });

    await expectRefused(engine, id, () => engine.send(id, { type: 'evaluate', actor: impostor }), ForbiddenError, 'actor.forbidden', ['alice']);
    const done = await engine.send(id, { type: 'evaluate', actor: alice });
    expect(done.status).toBe('done');
    // Once done, its people still see it; others do not; the host does.
    expect((await engine.get(id, { actor: alice })).status).toBe('done');
    expect((await engine.get(id, { actor: carol })).status).toBe('done');
    await expect(engine.get(id, { actor: finance })).rejects.toBeInstanceOf(NotFoundError);
    expect((await engine.get(id)).status).toBe('done');
  });

  it('keeps the holders and bound units on the instance row at every commit', async () => {
    const store = (await open()) ?? createMemoryStore();
    const { engine } = motionEngine(store);
    const id = await drafted(engine);
    const row = async () => (await store.read({ tenant: 'default', id })).instance as Record<string, unknown>;
    expect(await row()).toMatchObject({ participants: { proposer: ['alice'], 'co-signer': ['bob', 'carol'] }, units: {} });
    await engine.send(id, { type: 'invite', actor: alice });
    await engine.send(id, { type: 'confirm', actor: bob });
    await engine.send(id, { type: 'confirm', actor: carol });
    await engine.send(id, { type: 'accept', actor: office, payload: { unit: 'finance' } });
    expect(await row()).toMatchObject({ units: { handler: 'finance' } });
    expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: 6 });
  });

  it('audits a transfer (转交) and refuses a wrong one at its field, changing nothing', async () => {
    const { engine } = motionEngine(await open());
    const id = await drafted(engine);
    await engine.send(id, { type: 'invite', actor: alice });
    const transfer = (actor: Actor, payload: unknown) => engine.send(id, { type: 'transferRole', actor, payload });
    const reason = '本人出差，改由他人联名';

    await expectRefused(engine, id, () => transfer(dave, { role: 'co-signer', from: 'bob', to: 'erin', reason }), ForbiddenError, 'actor.forbidden', ['bob', 'carol']);
    // A co-signer hands over only a place in the role they hold: carol is not bob.
    const cases: Array<[unknown, string, string]> = [
      [{ role: 'co-signer', from: 'zed', to: 'erin', reason }, '/from', 'transfer.notHolder'],
      [{ role: 'co-signer', from: 'bob', to: 'carol', reason }, '/to', 'transfer.alreadyHolder'],
      [{ role: 'co-signer', from: 'bob', to: '', reason }, '/to', 'payload.minLength'],
      [{ role: 'office', from: 'tian', to: 'erin', reason }, '/role', 'transfer.roleInvalid'],
      [{ role: 'constructor', from: 'bob', to: 'erin', reason }, '/role', 'transfer.roleInvalid'],
      [{ role: 'co-signer', from: 'bob', to: 'erin' }, '/reason', 'payload.required'],
    ];
    for (const [payload, pointer, code] of cases) {
      // Only the people the request itself names may appear in its refusal.
      const others = ['bob', 'carol'].filter((name) => !JSON.stringify(payload).includes(name));
      const error = (await expectRefused(engine, id, () => transfer(office, payload), PayloadError, 'payload.invalid', others)) as PayloadError;
      expect(error.issues.map((issue) => [issue.pointer, issue.code])).toContainEqual([pointer, code]);
    }

    const view = await transfer(office, { role: 'co-signer', from: 'bob', to: 'erin', reason });
    expect(view.data.coSigners).toEqual(['erin', 'carol']);
    expect(view.branches.cosigning?.map((branch) => branch.key)).toEqual(['erin', 'carol']);
    const event = (await engine.history(id)).at(-1)!;
    expect(event).toMatchObject({ type: 'transferRole', actor: { id: 'tian' }, payload: { role: 'co-signer', from: 'bob', to: 'erin', reason } });
    expect(await engine.tasks({ actor: bob })).toEqual([]);
    expect((await engine.tasks({ actor: { id: 'erin', roles: [] } })).map((task) => task.unit)).toEqual(['erin']);
    await expect(engine.get(id, { actor: bob })).rejects.toBeInstanceOf(NotFoundError);
    // A holder of a role its `transfer` lists hands over their own place.
    await transfer(carol, { role: 'co-signer', from: 'carol', to: 'fang', reason });
    await expectRefused(engine, id, () => transfer(carol, { role: 'co-signer', from: 'fang', to: 'carol', reason }), ForbiddenError, 'actor.forbidden', ['fang', 'erin']);
    // The proposer's place, held from the start, is transferred by the office only.
    await expectRefused(engine, id, () => transfer(alice, { role: 'proposer', from: 'alice', to: 'dave', reason }), ForbiddenError, 'actor.forbidden', []);
    await transfer(office, { role: 'proposer', from: 'alice', to: 'dave', reason });
    await engine.send(id, { type: 'confirm', actor: { id: 'erin', roles: [] } });
    await engine.send(id, { type: 'confirm', actor: { id: 'fang', roles: [] } });
    await expectRefused(engine, id, () => engine.send(id, { type: 'withdraw', actor: alice }), ForbiddenError, 'actor.forbidden', ['dave']);
    expect((await engine.send(id, { type: 'withdraw', actor: dave })).state).toBe('withdrawn');
    expect(await engine.verifyHistory(id)).toMatchObject({ ok: true });
  });

  it('notifications and calls carry resolved recipients, kept in the outbox row', async () => {
    const store = (await open()) ?? createMemoryStore();
    const { engine, clock, notified, called } = motionEngine(store);
    const id = await drafted(engine);
    await engine.send(id, { type: 'invite', actor: alice });
    await engine.send(id, { type: 'confirm', actor: bob });
    await engine.send(id, { type: 'confirm', actor: carol });
    expect(notified.map(({ request }) => request.recipients)).toEqual([
      { users: ['bob', 'carol'], units: [], roles: [] },
      // On bob's own branch, the co-signer role is bob only.
      { users: ['alice', 'bob'], units: [], roles: [] },
      { users: ['alice', 'carol'], units: [], roles: [] },
    ]);
    await engine.send(id, { type: 'accept', actor: office, payload: { unit: 'finance' } });
    expect(notified.at(-1)!.request.recipients).toEqual({ users: ['alice'], units: ['finance'], roles: ['office'] });
    expect(notified.at(-1)!.context.recipients).toEqual({ users: ['alice'], units: ['finance'], roles: ['office'] });
    expect(called.map(({ args, context }) => [args, context.recipients])).toEqual([
      [{ title: '关于加强社区养老服务的建议' }, { users: [], units: ['finance'], roles: [] }],
    ]);
  });

  it('delivers recipients read back from the outbox after a failed attempt', async () => {
    const store = (await open()) ?? createMemoryStore();
    let fail = true;
    const seen: unknown[] = [];
    const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
    const engine = createEngine({
      definitions: [motion],
      store,
      clock,
      notify: (request, context) => {
        if (fail) throw new Error('OA offline');
        seen.push([request.recipients, context.recipients]);
      },
      effects: { pushToOA: () => undefined },
    });
    const id = await drafted(engine);
    await engine.send(id, { type: 'invite', actor: alice });
    const [row] = (await store.listEffects({ tenant: 'default' })) as Array<{ request: EffectRequest }>;
    expect(row!.request.recipients).toEqual({ users: ['bob', 'carol'], units: [], roles: [] });
    fail = false;
    clock.advance('PT1H');
    expect(await engine.deliverEffects()).toMatchObject({ delivered: 1 });
    const recipients = { users: ['bob', 'carol'], units: [], roles: [] };
    expect(seen).toEqual([[recipients, recipients]]);
  });
});

describe('holders bound from the data', () => {
  it('binds once the data names someone, then refuses any change but a transfer, whatever makes it', async () => {
    const { engine } = motionEngine();
    const { id } = await engine.start('motion', { actor: alice });
    // Unbound while the data names no one: an empty list binds nothing.
    await engine.send(id, { type: 'save', actor: alice, payload: { title: '题目', coSigners: [] } });
    await engine.send(id, { type: 'save', actor: alice, payload: { title: '题目', coSigners: ['bob'] } });
    // The same holders again are no change.
    await engine.send(id, { type: 'save', actor: alice, payload: { title: '新题目', coSigners: ['bob'] } });
    for (const coSigners of [['bob', 'carol'], ['carol'], [], ['carol', 'bob']]) {
      const error = (await expectRefused(engine, id, () => engine.send(id, { type: 'save', actor: alice, payload: { title: '题目', coSigners } }),
        PayloadError,
        'data.invalid',
        [],
      )) as PayloadError;
      expect(error.issues).toEqual([expect.objectContaining({ pointer: '/coSigners', code: 'participants.bound' })]);
    }
    // Leaving the field out of the payload clears it through `set`: refused the same way.
    await expect(engine.send(id, { type: 'save', actor: alice, payload: { title: '题目' } })).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'participants.bound' })],
    });
  });

  it('refuses a user named twice or an empty user id, at its place', async () => {
    const { engine } = motionEngine();
    const { id } = await engine.start('motion', { actor: alice });
    const twice = (await expectRefused(engine, id, () => engine.send(id, { type: 'save', actor: alice, payload: { title: '题目', coSigners: ['bob', 'bob'] } }),
      PayloadError,
      'data.invalid',
      [],
    )) as PayloadError;
    expect(twice.issues).toEqual([expect.objectContaining({ pointer: '/coSigners/1', code: 'participants.invalid' })]);
    await expect(engine.start('motion', { actor: alice, data: { coSigners: [''] } })).rejects.toMatchObject({
      issues: [expect.objectContaining({ pointer: '/coSigners/0', code: 'participants.invalid' })],
    });
  });

  it('takes holders from the start data, and the starter from the start command', async () => {
    const { engine } = motionEngine();
    const { id } = await engine.start('motion', { actor: bob, data: { coSigners: ['carol'] } });
    await expect(engine.send(id, { type: 'save', actor: alice, payload: { title: 'x', coSigners: ['carol'] } })).rejects.toBeInstanceOf(ForbiddenError);
    await engine.send(id, { type: 'save', actor: bob, payload: { title: 'x', coSigners: ['carol'] } });
    expect((await engine.get(id, { actor: carol })).id).toBe(id);
  });
});

describe('refusals around a claimed task', () => {
  it('do not say who holds the task', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: proposalMember });
    await engine.send(id, { type: 'submit', actor: proposalMember, payload: submitPayload });
    await engine.send(id, { type: 'claimTask', actor: proposalOffice });
    const colleague: Actor = { id: 'li.colleague', roles: ['proposal-office'] };
    const attempts = [
      { type: 'claimTask', actor: colleague },
      { type: 'accept', actor: colleague },
      { type: 'delegateTask', actor: colleague, payload: { to: 'zhao', reason: '请代办' } },
    ];
    for (const command of attempts) {
      const error = await engine.send(id, command).catch((caught: unknown) => caught);
      expect(error, command.type).toBeInstanceOf(ForbiddenError);
      expect(JSON.stringify((error as ForbiddenError).toJSON()), command.type).not.toContain(proposalOffice.id);
    }
  });
});

describe('who sees an instance with participant roles', () => {
  it('shows it to whoever a task of it was delegated to, and to no other outsider', async () => {
    const definition = structuredClone(motion) as { states: Record<string, Record<string, unknown>> };
    definition.states.review!.assignment = { claim: ['office'], delegate: ['office'] };
    const engine = createEngine({ definitions: [definition], notify: () => undefined, effects: { pushToOA: () => undefined } });
    const { id } = await engine.start('motion', { actor: alice });
    await engine.send(id, { type: 'save', actor: alice, payload: { title: '题目', coSigners: [] } });
    // No co-signers: the co-signing step has no branch and is done at once.
    expect((await engine.send(id, { type: 'invite', actor: alice })).state).toBe('review');
    const wu: Actor = { id: 'wu', roles: [] };
    await expect(engine.get(id, { actor: wu })).rejects.toBeInstanceOf(NotFoundError);
    await engine.send(id, { type: 'delegateTask', actor: office, payload: { to: 'wu', reason: '请协助审查' } });
    expect((await engine.get(id, { actor: wu })).id).toBe(id);
    await expect(engine.get(id, { actor: dave })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('a role that oversees every instance', () => {
  it('sees another member’s proposal and gains no action by it; a role without oversight does not', async () => {
    const definition = structuredClone(motion) as { roles: Record<string, Record<string, unknown>> };
    definition.roles['supervisor'] = { title: '提案委员会（监督）', oversight: true };
    const engine = createEngine({ definitions: [definition], notify: () => undefined, effects: { pushToOA: () => undefined } });
    const { id } = await engine.start('motion', { actor: alice });
    const supervisor: Actor = { id: 'sun', roles: ['supervisor'] };
    const view = await engine.get(id, { actor: supervisor });
    expect(view.state).toBe('draft');
    expect(view.actions).toEqual([]);
    await expect(engine.send(id, { type: 'save', actor: supervisor, payload: { title: '改' } })).rejects.toBeInstanceOf(ForbiddenError);
    // Role names from Object.prototype oversee nothing: they are not declared.
    for (const outsider of [dave, { id: 'eve', roles: ['constructor', 'toString', '__proto__'] }]) {
      await expect(engine.get(id, { actor: outsider })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
