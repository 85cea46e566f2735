import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BallotError,
  ForbiddenError,
  PayloadError,
  TransitionNotAllowedError,
  createEngine,
  createVirtualClock,
  validateDefinition,
  tallyOf,
  type Actor,
  type Engine,
  type Store,
} from '../src/index.js';
import { everyStore } from './support/every-store.js';
import type { Ballot } from '../src/definition/workflow-definition.generated.js';
import { refusal } from './support/refusal.js';

// The ballot fixture: the standing-committee members present (`/members`) vote anonymously on each
// handling unit's recommendation (`/units`); a quorum of half the members; more than 30% 不满意
// sends that unit back for rework; the office may close the vote early.
const definition = JSON.parse(readFileSync(new URL('./fixtures/valid/ballot-review.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The same workflow with a named ballot whose votes may be replaced. */
function namedDefinition(): Record<string, unknown> {
  const copy = structuredClone(definition) as { id: string; states: { voting: { ballot: Record<string, unknown> } } };
  copy.id = 'ballot-review-named';
  copy.states.voting.ballot.anonymous = false;
  copy.states.voting.ballot.revote = true;
  return copy;
}

const office: Actor = { id: 'office', roles: ['office'] };
const member = (id: string): Actor => ({ id, roles: [] });
const members = ['m1', 'm2', 'm3', 'm4'];
const units = ['市教育局', '市交通局'];

/** A vote: one answer per unit, in the order given. */
const vote = (education: string, transport: string, score?: number) => ({
  answers: [
    { item: '市教育局', overall: education, ...(score === undefined ? {} : { score }) },
    { item: '市交通局', overall: transport },
  ],
});

function open(store: Store | undefined): { engine: Engine; clock: ReturnType<typeof createVirtualClock> } {
  const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
  const engine = createEngine({ definitions: [definition, namedDefinition()], clock, ...(store ? { store } : {}) });
  return { engine, clock };
}

const todo = async (engine: Engine, actor: Actor) => (await engine.tasks({ actor })).map((task) => [task.state, task.actions]);

const stores = everyStore('ballot');

describe.each(stores)('ballots on the %s store', { timeout: 60_000 }, (_name, openStore) => {
  it('gives every voter a task until they vote, refuses a second vote and outsiders, and closes once everyone has voted', async () => {
    const { engine } = open(await openStore());
    const { id } = await engine.start('ballot-review', { actor: office, data: { members, units } });
    for (const voter of members) expect(await todo(engine, member(voter))).toEqual([['voting', ['castVote']]]);
    expect(await todo(engine, member('m9'))).toEqual([]);

    const first = await engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('满意', '满意', 90) });
    expect(first.ballots).toEqual({ voting: { eligible: 4, cast: 1, quorum: 2, anonymous: true, items: units, hasVoted: true } });
    expect(first.data).toEqual({ members, units });
    expect(first.actions.map((action) => action.event)).not.toContain('castVote');
    expect(await todo(engine, member('m1'))).toEqual([]);
    expect(await todo(engine, member('m2'))).toEqual([['voting', ['castVote']]]);

    const again = await refusal(engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('不满意', '不满意') }));
    expect(again).toBeInstanceOf(BallotError);
    expect(again.code).toBe('ballot.alreadyVoted');
    expect(await refusal(engine.send(id, { type: 'castVote', actor: member('m9'), payload: vote('满意', '满意') }))).toBeInstanceOf(ForbiddenError);
    expect((await engine.get(id)).version).toBe(2);

    await engine.send(id, { type: 'castVote', actor: member('m2'), payload: vote('满意', '不满意', 70) });
    await engine.send(id, { type: 'castVote', actor: member('m3'), payload: vote('基本满意', '不满意') });
    const closed = await engine.send(id, { type: 'castVote', actor: member('m4'), payload: vote('不了解', '满意', 80) });

    expect(closed.state).toBe('rework');
    expect(closed.ballots).toBeUndefined();
    expect(closed.data.tally).toEqual({
      eligible: 4,
      cast: 4,
      quorum: 2,
      quorumMet: true,
      items: [
        { item: '市教育局', results: { overall: { answered: 4, counts: { 满意: 2, 基本满意: 1, 不满意: 0, 不了解: 1 } }, score: { answered: 3, mean: 80 } }, failed: false },
        { item: '市交通局', results: { overall: { answered: 4, counts: { 满意: 2, 基本满意: 0, 不满意: 2, 不了解: 0 } }, score: { answered: 0, mean: null } }, failed: true },
      ],
      failed: ['市交通局'],
    });
    // Only the failing unit is reopened for rework.
    expect(closed.branches.rework!.map((branch) => branch.key)).toEqual(['市交通局']);
    for (const voter of members) expect(await todo(engine, member(voter))).toEqual([]);
    expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: 5 });
  });

  it('refuses a vote that does not answer each item once, with a pointer to the answer', async () => {
    const { engine } = open(await openStore());
    const { id } = await engine.start('ballot-review', { actor: office, data: { members, units } });
    const send = (payload: unknown) => refusal(engine.send(id, { type: 'castVote', actor: member('m1'), payload }));
    const missing = (await send({ answers: [{ item: '市教育局', overall: '满意' }] })) as PayloadError;
    expect(missing.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([{ code: 'payload.itemMissing', pointer: '/answers' }]);
    const repeated = (await send({ answers: [{ item: '市教育局', overall: '满意' }, { item: '市教育局', overall: '满意' }, { item: '市交通局', overall: '满意' }] })) as PayloadError;
    expect(repeated.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([{ code: 'payload.itemRepeated', pointer: '/answers/1/item' }]);
    const unknown = (await send({ answers: [{ item: '市教育局', overall: '满意' }, { item: '市交通局', overall: '满意' }, { item: '市卫健委', overall: '满意' }] })) as PayloadError;
    expect(unknown.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([{ code: 'payload.itemUnknown', pointer: '/answers/2/item' }]);
    const choice = (await send({ answers: [{ item: '市教育局', overall: '非常满意' }, { item: '市交通局', overall: '满意' }] })) as PayloadError;
    expect(choice.issues[0]!.pointer).toBe('/answers/0/overall');
    const score = (await send(vote('满意', '满意', 101))) as PayloadError;
    expect(score.issues[0]!.pointer).toBe('/answers/0/score');
    const view = await engine.get(id);
    expect(view.version).toBe(1);
    expect(view.ballots!.voting!.cast).toBe(0);
  });

  it('lets the office close only once the quorum is met; the voters who did not vote lose their task', async () => {
    const { engine } = open(await openStore());
    const { id } = await engine.start('ballot-review', { actor: office, data: { members, units } });
    await engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('满意', '满意') });
    const early = await refusal(engine.send(id, { type: 'closeBallot', actor: office }));
    expect(early.code).toBe('ballot.quorumNotMet');
    expect(early.messages['zh-CN']).toContain('不足法定票数 2');
    expect(await refusal(engine.send(id, { type: 'closeBallot', actor: member('m2') }))).toBeInstanceOf(ForbiddenError);

    await engine.send(id, { type: 'castVote', actor: member('m2'), payload: vote('满意', '基本满意') });
    const closed = await engine.send(id, { type: 'closeBallot', actor: office });
    expect(closed.state).toBe('done');
    expect(closed.data.tally).toMatchObject({ eligible: 4, cast: 2, quorum: 2, quorumMet: true, failed: [] });
    expect(await todo(engine, member('m3'))).toEqual([]);
    const history = await engine.history(id);
    expect(history.at(-1)).toMatchObject({ type: 'closeBallot', actor: office, from: 'voting', to: 'done' });
    expect(history.at(-1)!.payload).toBeUndefined();
  });

  it('closes at the deadline; below the quorum the tally says so and onDone takes the declared path; a new vote opens a new ballot', async () => {
    const { engine, clock } = open(await openStore());
    const { id } = await engine.start('ballot-review', { actor: office, data: { members, units } });
    await engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('满意', '满意') });
    clock.advance('P8D');
    await engine.runDueTimers();
    const expired = await engine.get(id);
    expect(expired.state).toBe('quorumFailed');
    expect(expired.data.tally).toMatchObject({ eligible: 4, cast: 1, quorum: 2, quorumMet: false });
    expect((await engine.history(id)).at(-1)).toMatchObject({ type: 'deadlineExpired', from: 'voting', to: 'quorumFailed' });
    expect(await todo(engine, member('m2'))).toEqual([]);

    const reopened = await engine.send(id, { type: 'reopen', actor: office });
    expect(reopened.ballots).toEqual({ voting: { eligible: 4, cast: 0, quorum: 2, anonymous: true, items: units } });
    // m1 voted in the first round and may vote in the second.
    await engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('满意', '满意') });
    expect(await todo(engine, member('m1'))).toEqual([]);
  });

  it('opens a new ballot when the state is entered again, even at the same instant: earlier votes are gone and everyone votes again', async () => {
    const store = await openStore();
    const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
    const restartable = structuredClone(definition) as { id: string; states: { voting: Record<string, unknown> } };
    restartable.id = 'ballot-restart';
    restartable.states.voting.on = { restart: { to: 'voting', roles: ['office'] } };
    const engine = createEngine({ definitions: [restartable], clock, ...(store ? { store } : {}) });
    const { id } = await engine.start('ballot-restart', { actor: office, data: { members, units } });
    await engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('不满意', '不满意') });
    const restarted = await engine.send(id, { type: 'restart', actor: office });
    expect(restarted.ballots!.voting).toMatchObject({ eligible: 4, cast: 0 });
    expect(await todo(engine, member('m1'))).toEqual([['voting', ['castVote']]]);
    await engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('满意', '满意') });
    for (const voter of ['m2', 'm3', 'm4']) await engine.send(id, { type: 'castVote', actor: member(voter), payload: vote('满意', '满意') });
    expect((await engine.get(id)).data.tally).toMatchObject({ cast: 4, failed: [] });
  });

  it('keeps each voter\'s vote in a named ballot, shows it to the office, and lets a declared revote replace it', async () => {
    const { engine } = open(await openStore());
    const { id } = await engine.start('ballot-review-named', { actor: office, data: { members: ['m1', 'm2'], units } });
    await engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('不满意', '满意') });
    const replaced = await engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('满意', '满意') });
    expect(replaced.ballots!.voting).toMatchObject({ eligible: 2, cast: 1, anonymous: false, votes: { m1: vote('满意', '满意') } });
    const history = await engine.history(id);
    expect(history.filter((event) => event.type === 'castVote').map((event) => event.payload)).toEqual([vote('不满意', '满意'), vote('满意', '满意')]);
    const closed = await engine.send(id, { type: 'castVote', actor: member('m2'), payload: vote('满意', '满意') });
    expect(closed.state).toBe('done');
    expect(closed.data.tally).toMatchObject({ cast: 2, failed: [] });
  });

  it('hands a seat on with the member role: a transferred-in member votes once for the seat, the one who left cannot, and castVote ends with the ballot', async () => {
    const { engine } = open(await openStore());
    const { id } = await engine.start('ballot-review', { actor: office, data: { members, units } });
    await engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('满意', '满意') });
    const transfer = (from: string, to: string) =>
      engine.send(id, { type: 'transferRole', actor: office, payload: { role: 'member', from, to, reason: '因公缺席，由其他常委递补' } });
    await transfer('m2', 'm5');
    await transfer('m1', 'm6');
    expect(await todo(engine, member('m5'))).toEqual([['voting', ['castVote']]]);
    expect(await todo(engine, member('m2'))).toEqual([]);
    expect(await refusal(engine.send(id, { type: 'castVote', actor: member('m2'), payload: vote('满意', '满意') }))).toBeInstanceOf(ForbiddenError);
    // m1's seat has voted: m6 takes it over as voted.
    expect((await refusal(engine.send(id, { type: 'castVote', actor: member('m6'), payload: vote('满意', '满意') }))).code).toBe('ballot.alreadyVoted');
    for (const voter of ['m5', 'm3', 'm4']) await engine.send(id, { type: 'castVote', actor: member(voter), payload: vote('满意', '满意') });
    const view = await engine.get(id);
    expect(view.state).toBe('done');
    expect(view.data.tally).toMatchObject({ eligible: 4, cast: 4 });
    expect(await refusal(engine.send(id, { type: 'castVote', actor: member('m3'), payload: vote('满意', '满意') }))).toBeInstanceOf(TransitionNotAllowedError);
  });

});

describe('where a ballot may be declared', () => {
  it('refuses a ballot on a branch state of a forEach state: a ballot belongs to the whole instance', () => {
    const copy = structuredClone(definition) as { states: Record<string, { states?: Record<string, Record<string, unknown>> }> };
    const voting = copy.states.voting as unknown as { ballot: unknown; onDone: unknown };
    copy.states.rework!.states!.fixing = { ...copy.states.rework!.states!.fixing, ballot: voting.ballot, onDone: { to: 'fixed' } };
    const issues = validateDefinition(copy).issues.map(({ code, pointer }) => ({ code, pointer }));
    expect(issues).toContainEqual({ code: 'ballot.stateInvalid', pointer: '/states/rework/states/fixing/ballot' });
  });

  it('refuses a question with more than 20 choices', () => {
    const copy = structuredClone(definition) as { states: { voting: { ballot: { questions: Record<string, unknown> } } } };
    copy.states.voting.ballot.questions.overall = { title: '评价', choices: ['不满意', ...Array.from({ length: 20 }, (_, index) => `选项${index}`)] };
    const issues = validateDefinition(copy).issues.map(({ code, pointer }) => ({ code, pointer }));
    expect(issues).toEqual([{ code: 'ballot.questionInvalid', pointer: '/states/voting/ballot/questions/overall' }]);
  });

  it('counts questions, choices, items and voters named like JavaScript\'s own members as any others', async () => {
    const named = structuredClone(definition) as { id: string; states: { voting: { ballot: Record<string, unknown> } } };
    named.id = 'ballot-proto';
    named.states.voting.ballot = {
      role: 'member',
      questions: { constructor: { title: '评价', choices: ['__proto__', 'toString', 'hasOwnProperty'] }, toString: { title: '评分', score: { minimum: 0, maximum: 10 } } },
      items: '/units',
      anonymous: false,
      fail: { question: 'constructor', choices: ['__proto__'], above: 0.5 },
      result: '/tally',
    };
    const engine = createEngine({ definitions: [named] });
    const voters = ['__proto__', 'constructor'];
    const { id } = await engine.start('ballot-proto', { actor: office, data: { members: voters, units: ['__proto__', 'valueOf'] } });
    const answer = (choice: string) => ({ answers: [{ item: '__proto__', constructor: choice, toString: 4 }, { item: 'valueOf', constructor: 'toString', toString: 8 }] });
    const first = await engine.send(id, { type: 'castVote', actor: member('__proto__'), payload: answer('__proto__') });
    expect(Object.keys(first.ballots!.voting!.votes!)).toEqual(['__proto__']);
    const closed = await engine.send(id, { type: 'castVote', actor: member('constructor'), payload: answer('__proto__') });
    const tally = closed.data.tally as { items: Array<{ item: string; results: Record<string, unknown> }>; failed: string[] };
    expect(tally.items.map((entry) => entry.item)).toEqual(['__proto__', 'valueOf']);
    expect(JSON.stringify(Object.getOwnPropertyDescriptor(tally.items[0]!.results, 'constructor')!.value)).toBe(
      '{"answered":2,"counts":{"__proto__":2,"toString":0,"hasOwnProperty":0}}',
    );
    expect(JSON.stringify(tally.items[0]!.results)).toContain('"toString":{"answered":2,"mean":4}');
    expect(tally.failed).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).answered).toBeUndefined();
  });

  it('tallies a ballot without items per question: counts with zeros, the mean of the scores given, and whether it failed', () => {
    const ballot: Ballot = {
      role: 'member',
      questions: {
        overall: { title: '评价', choices: ['满意', '不满意', '不了解'] },
        score: { title: '评分', score: { minimum: 0, maximum: 100 }, optional: true },
      },
      fail: { question: 'overall', choices: ['不满意'], above: 0.5 },
      quorum: { count: 3 },
      result: '/tally',
    };
    const stored = {
      opened: '2026-03-02T01:00:00.000Z',
      salt: '00112233445566778899aabbccddeeff',
      eligible: ['a', 'b', 'c', 'd'],
      voted: ['a', 'b', 'c'],
      sealed: [{ overall: '不满意', score: 50 }, { overall: '不满意' }, { overall: '不了解', score: 71 }],
    };
    expect(tallyOf(ballot, stored)).toEqual({
      eligible: 4,
      cast: 3,
      quorum: 3,
      quorumMet: true,
      results: { overall: { answered: 3, counts: { 满意: 0, 不满意: 2, 不了解: 1 } }, score: { answered: 2, mean: 60.5 } },
      failed: true,
    });
    expect(tallyOf({ ...ballot, quorum: { share: 0.9 } }, { ...stored, sealed: [], voted: [] })).toEqual({
      eligible: 4,
      cast: 0,
      quorum: 4,
      quorumMet: false,
      results: { overall: { answered: 0, counts: { 满意: 0, 不满意: 0, 不了解: 0 } }, score: { answered: 0, mean: null } },
      failed: false,
    });
  });
});

describe('the path a ballot command takes, as its audit event records it', () => {
  const transitionsOf = async (engine: Engine, id: string) => (await engine.history(id)).at(-1)?.transitions;

  it('names the vote, and the onDone alternative taken when the last vote closes the ballot', async () => {
    const { engine } = open(undefined);
    const { id } = await engine.start('ballot-review', { actor: office, data: { members, units } });
    await engine.send(id, { type: 'castVote', actor: member('m1'), payload: vote('满意', '满意') });
    expect(await transitionsOf(engine, id)).toEqual(['/states/voting/ballot/role']);
    for (const voter of ['m2', 'm3', 'm4']) await engine.send(id, { type: 'castVote', actor: member(voter), payload: vote('满意', '满意') });
    expect(await transitionsOf(engine, id)).toEqual(['/states/voting/ballot/role', '/states/voting/onDone/2']);
  });

  it('names the close action and the alternative it led to', async () => {
    const { engine } = open(undefined);
    const { id } = await engine.start('ballot-review', { actor: office, data: { members, units } });
    for (const voter of ['m1', 'm2']) await engine.send(id, { type: 'castVote', actor: member(voter), payload: vote('不满意', '满意') });
    await engine.send(id, { type: 'closeBallot', actor: office });
    expect(await transitionsOf(engine, id)).toEqual(['/states/voting/ballot/close', '/states/voting/onDone/1']);
  });

  it('names the alternative a deadline expiry led to', async () => {
    const { engine, clock } = open(undefined);
    const { id } = await engine.start('ballot-review', { actor: office, data: { members, units } });
    clock.advance('P8D');
    await engine.runDueTimers();
    expect(await transitionsOf(engine, id)).toContain('/states/voting/onDone/0');
  });
});
