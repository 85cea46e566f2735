import { describe, expect, it } from 'vitest';
import { ForbiddenError, PayloadError, TransitionNotAllowedError, type Actor, type Engine } from '../src/index.js';
import { assigner, member, office, proposalEngine, replyPayload, submitPayload, unit } from './support/proposal.js';
import { everyStore } from './support/every-store.js';
import { refusal } from './support/refusal.js';

// The example proposal workflow's people: `member` (wang.li) starts every proposal, so he is its
// lead proposer; the co-signers and the leading official are named in the data.
const li: Actor = { id: 'li.hua', roles: ['member'] };
const zhao: Actor = { id: 'zhao.min', roles: ['member'] };
const chen: Actor = { id: 'chen.jie', roles: ['member'] };
const outsider: Actor = { id: 'sun.yu', roles: ['member'] };
const official: Actor = { id: 'zhou.vice', roles: [] };

const stores = everyStore('cosigning');

/** Starts a proposal as the lead proposer and sends it for co-signing to `coSigners`. */
async function invite(engine: Engine, coSigners: string[]): Promise<string> {
  const { id } = await engine.start('proposal', { actor: member });
  await engine.send(id, { type: 'submit', actor: member, payload: { ...submitPayload, coSigners } });
  return id;
}

/** The ids of the instances on an actor's to-do list, with the task's state. */
async function todo(engine: Engine, actor: Actor): Promise<Array<[string, string]>> {
  return (await engine.tasks({ actor })).map((task) => [task.instanceId, task.state]);
}

describe.each(stores)('co-signing in the example proposal workflow, on the %s store', { timeout: 60_000 }, (_name, openStore) => {
  const open = async () => {
    const store = await openStore();
    return proposalEngine(store ? { store } : {});
  };

  it('sends the draft to the invited co-signers, each of whom confirms or declines on their own branch; both are audited with the co-signer', async () => {
    const { engine } = await open();
    const id = await invite(engine, [li.id, zhao.id]);
    expect((await engine.get(id)).activeStates).toContain('cosigning');
    expect(await todo(engine, li)).toEqual([[id, 'invited']]);
    expect(await todo(engine, zhao)).toEqual([[id, 'invited']]);
    expect(await todo(engine, member)).toEqual([]);

    await engine.send(id, { type: 'confirm', actor: li });
    expect(await todo(engine, li)).toEqual([]);
    expect(await todo(engine, zhao)).toEqual([[id, 'invited']]);
    const view = await engine.send(id, { type: 'decline', actor: zhao, payload: { reason: '不了解该领域' } });

    expect(view.state).toBe('review');
    expect(view.data.coSigners).toEqual([li.id, zhao.id]);
    expect(view.data.confirmedCoSigners).toEqual([li.id]);
    const answers = (await engine.history(id)).filter((event) => event.type === 'confirm' || event.type === 'decline');
    expect(answers.map((event) => [event.type, event.actor.id, event.branch, event.payload])).toEqual([
      ['confirm', li.id, li.id, undefined],
      ['decline', zhao.id, zhao.id, { reason: '不了解该领域' }],
    ]);
  });

  it('moves on at the deadline with the co-signers who confirmed: one who did not answer counts as declining', async () => {
    const { engine, clock } = await open();
    const id = await invite(engine, [li.id, chen.id]);
    await engine.send(id, { type: 'confirm', actor: li });
    clock.advance('P2D');
    await engine.runDueTimers();
    expect((await engine.get(id)).activeStates).toContain('cosigning');

    clock.advance('P1M');
    await engine.runDueTimers();
    const view = await engine.get(id);
    expect(view.state).toBe('review');
    expect(view.data.confirmedCoSigners).toEqual([li.id]);
    const expired = (await engine.history(id)).filter((event) => event.type === 'deadlineExpired');
    expect(expired.map((event) => event.branch)).toEqual([chen.id]);
    expect(await todo(engine, chen)).toEqual([]);

    const late = await refusal(engine.send(id, { type: 'confirm', actor: chen }));
    expect(late).toBeInstanceOf(TransitionNotAllowedError);
    expect((await engine.get(id)).version).toBe(view.version);
  });

  it('refuses anyone but the invited co-signer on a branch, and changes nothing', async () => {
    const { engine } = await open();
    const id = await invite(engine, [li.id, zhao.id]);
    const before = await engine.get(id);
    const events = (await engine.history(id)).length;
    // An outsider, the lead proposer, and another co-signer with a branch of her own.
    for (const actor of [outsider, member, zhao]) {
      const error = await refusal(engine.send(id, { type: 'confirm', actor, branch: li.id }));
      expect(error).toBeInstanceOf(ForbiddenError);
    }
    // Without a branch, an outsider is refused too, and the refusal names none of the invited.
    const guess = await refusal(engine.send(id, { type: 'decline', actor: outsider, payload: {} }));
    expect(JSON.stringify(guess.toJSON())).not.toMatch(/li\.hua|zhao\.min/);
    expect(await engine.get(id)).toEqual(before);
    expect(await engine.history(id)).toHaveLength(events);
  });

  it('shows another member nothing: no task, and the instance cannot be read', async () => {
    const { engine } = await open();
    const id = await invite(engine, [li.id]);
    expect(await todo(engine, outsider)).toEqual([]);
    await refusal(engine.get(id, { actor: outsider }));
    await engine.send(id, { type: 'confirm', actor: li });
    expect(await todo(engine, outsider)).toEqual([]);
    const error = await refusal(engine.get(id, { actor: outsider }));
    expect(JSON.stringify(error.toJSON())).not.toMatch(/wang\.li|li\.hua/);
    // The people of the proposal still see it.
    for (const actor of [member, li]) expect((await engine.get(id, { actor })).id).toBe(id);
  });

  it('refuses a proposer who lists themself as a co-signer, and skips co-signing when nobody is listed', async () => {
    const { engine } = await open();
    const { id } = await engine.start('proposal', { actor: member });
    const self = await refusal(engine.send(id, { type: 'submit', actor: member, payload: { ...submitPayload, coSigners: [li.id, member.id] } }));
    expect(self).toBeInstanceOf(TransitionNotAllowedError);
    expect(self.code).toBe('transition.guard');
    expect((await engine.get(id)).version).toBe(1);

    const alone = await engine.send(id, { type: 'submit', actor: member, payload: { ...submitPayload, coSigners: [] } });
    expect(alone.state).toBe('review');
    expect(alone.data.confirmedCoSigners).toEqual([]);
  });

  it('refuses an invitation list that is too long, repeats someone or names no one, at its pointer, and writes nothing', async () => {
    const { engine } = await open();
    const { id } = await engine.start('proposal', { actor: member });
    const lists: Array<[string[], string, string]> = [
      [Array.from({ length: 31 }, (_, n) => `m${n}`), '/coSigners', 'payload.maxItems'],
      [[li.id, li.id], '/coSigners', 'payload.uniqueItems'],
      [[li.id, ''], '/coSigners/1', 'payload.minLength'],
    ];
    for (const [coSigners, pointer, code] of lists) {
      const error = await refusal(engine.send(id, { type: 'submit', actor: member, payload: { ...submitPayload, coSigners } }));
      expect(error).toBeInstanceOf(PayloadError);
      expect((error as PayloadError).issues).toContainEqual(expect.objectContaining({ pointer, code }));
    }
    expect((await engine.get(id)).version).toBe(1);
    expect(await engine.history(id)).toHaveLength(1);
  });

  it('gives co-signers whose ids are names JavaScript objects already have a branch of their own', async () => {
    const { engine } = await open();
    const odd = ['constructor', '__proto__', 'toString'];
    const id = await invite(engine, odd);
    for (const name of odd) expect(await todo(engine, { id: name, roles: [] })).toEqual([[id, 'invited']]);
    for (const name of odd) await engine.send(id, { type: 'confirm', actor: { id: name, roles: [] } });
    const view = await engine.get(id);
    expect(view.state).toBe('review');
    expect(view.data.confirmedCoSigners).toEqual(odd);
    expect(Object.prototype.toString.call({})).toBe('[object Object]');
  });

  it('lets only the lead proposer submit, withdraw and evaluate', async () => {
    const { engine } = await open();
    const { id } = await engine.start('proposal', { actor: member });
    expect(await refusal(engine.send(id, { type: 'submit', actor: outsider, payload: submitPayload }))).toBeInstanceOf(ForbiddenError);
    await engine.send(id, { type: 'submit', actor: member, payload: { ...submitPayload, coSigners: [li.id] } });
    for (const actor of [li, outsider]) {
      expect(await refusal(engine.send(id, { type: 'withdraw', actor }))).toBeInstanceOf(ForbiddenError);
    }
    await engine.send(id, { type: 'confirm', actor: li });
    await engine.send(id, { type: 'accept', actor: office });
    await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } });
    await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload });
    await engine.send(id, { type: 'approveReply', actor: office });
    for (const actor of [li, outsider]) {
      expect(await refusal(engine.send(id, { type: 'evaluate', actor, payload: { satisfaction: '满意' } }))).toBeInstanceOf(ForbiddenError);
    }
    expect(await todo(engine, member)).toEqual([[id, 'evaluating']]);
    expect((await engine.send(id, { type: 'evaluate', actor: member, payload: { satisfaction: '满意' } })).status).toBe('done');
  });

  it("has a key proposal's reply signed off by its leading official, and by nobody else", async () => {
    const { engine } = await open();
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    await engine.send(id, { type: 'accept', actor: office });
    await engine.send(id, { type: 'markKey', actor: office, payload: { leadOfficial: official.id } });
    const again = await refusal(engine.send(id, { type: 'markKey', actor: office, payload: { leadOfficial: 'qian.vice' } }));
    expect(again.code).toBe('transition.guard');
    await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } });
    await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload });
    const review = await engine.send(id, { type: 'approveReply', actor: office });
    expect(review.state).toBe('officialReview');
    expect(await todo(engine, official)).toEqual([[id, 'officialReview']]);
    expect(await todo(engine, office)).toEqual([]);

    for (const actor of [office, member, outsider, { ...official, id: 'qian.vice' }]) {
      expect(await refusal(engine.send(id, { type: 'endorse', actor }))).toBeInstanceOf(ForbiddenError);
    }
    const endorsed = await engine.send(id, { type: 'endorse', actor: official });
    expect(endorsed.state).toBe('evaluating');
    const signOff = (await engine.history(id)).find((event) => event.type === 'endorse');
    expect(signOff?.actor.id).toBe(official.id);
  });

  it('hands a key proposal to another leading official only by an audited transfer from the committee', async () => {
    const { engine } = await open();
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    await engine.send(id, { type: 'accept', actor: office });
    await engine.send(id, { type: 'markKey', actor: office, payload: { leadOfficial: official.id } });
    const successor: Actor = { id: 'qian.vice', roles: [] };
    const handOver = { role: 'lead-official', from: official.id, to: successor.id, reason: '分工调整' };
    for (const actor of [member, official, successor]) {
      await refusal(engine.send(id, { type: 'transferRole', actor, payload: handOver }));
    }
    await engine.send(id, { type: 'transferRole', actor: office, payload: handOver });
    expect((await engine.get(id)).data.leadOfficial).toBe(successor.id);
    await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } });
    await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload });
    await engine.send(id, { type: 'approveReply', actor: office });
    expect(await todo(engine, official)).toEqual([]);
    expect(await refusal(engine.send(id, { type: 'endorse', actor: official }))).toBeInstanceOf(ForbiddenError);
    expect((await engine.send(id, { type: 'endorse', actor: successor })).state).toBe('evaluating');
    const transfer = (await engine.history(id)).find((event) => event.type === 'transferRole');
    expect(transfer).toMatchObject({ actor: { id: office.id }, payload: handOver });
  });

  it('sends an ordinary proposal from the committee straight to evaluation, with no leading official', async () => {
    const { engine } = await open();
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    await engine.send(id, { type: 'accept', actor: office });
    await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } });
    await engine.send(id, { type: 'reply', actor: unit, payload: replyPayload });
    expect((await engine.send(id, { type: 'approveReply', actor: office })).state).toBe('evaluating');
  });
});
