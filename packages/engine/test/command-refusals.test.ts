import { describe, expect, it } from 'vitest';
import {
  ConcurrencyError,
  ForbiddenError,
  NotFoundError,
  PayloadError,
  TransitionNotAllowedError,
  type Engine,
} from '../src/index.js';
import { proposalEngine, member, office, assigner, unit, submitPayload } from './support/proposal.js';

/** Starts a proposal and brings it to the assignment step. */
async function atAssign(engine: Engine): Promise<string> {
  const { id } = await engine.start('proposal', { actor: member });
  await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
  await engine.send(id, { type: 'accept', actor: office });
  return id;
}

/** Asserts that a refused command left the instance and its history exactly as they were. */
async function expectUnchanged(engine: Engine, id: string, attempt: () => Promise<unknown>, error: unknown) {
  const before = await engine.get(id);
  const historyBefore = await engine.history(id);
  await expect(attempt()).rejects.toBeInstanceOf(error as never);
  expect(await engine.get(id)).toEqual(before);
  expect(await engine.history(id)).toEqual(historyBefore);
  expect(await engine.verifyHistory(id)).toMatchObject({ ok: true });
}

describe('refused commands change nothing', () => {
  it('refuses a wrong role with ForbiddenError naming the roles needed', async () => {
    const { engine } = proposalEngine();
    const id = await atAssign(engine);
    await expectUnchanged(engine, id, () => engine.send(id, { type: 'assign', actor: unit, payload: { leadUnit: '市教育局' } }), ForbiddenError);
    const error = await engine.send(id, { type: 'assign', actor: member, payload: { leadUnit: 'x' } }).catch((e) => e);
    expect(error).toMatchObject({ code: 'actor.forbidden', requiredRoles: ['assigning-office'] });
    expect(error.messages['zh-CN']).toContain('assigning-office');
  });

  it('refuses an invalid payload with a pointer and a bilingual message per field', async () => {
    const { engine } = proposalEngine();
    const id = await atAssign(engine);
    await expectUnchanged(engine, id, () => engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: 'x', extra: 1 } }), PayloadError);
    const error = (await engine
      .send(id, { type: 'assign', actor: assigner, payload: { coUnits: ['a', 'a'] } })
      .catch((e) => e)) as PayloadError;
    expect(error.code).toBe('payload.invalid');
    expect(error.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/leadUnit', 'payload.required'],
      ['/coUnits', 'payload.uniqueItems'],
    ]);
    for (const issue of error.issues) {
      expect(issue.message['zh-CN']).toMatch(/[\u4e00-\u9fa5]/);
      expect(issue.message.en).toMatch(/[a-z]/);
    }
  });

  it('refuses an action the state does not offer, and an unknown action', async () => {
    const { engine } = proposalEngine();
    const id = await atAssign(engine);
    await expectUnchanged(engine, id, () => engine.send(id, { type: 'reply', actor: unit, payload: {} }), TransitionNotAllowedError);
    await expect(engine.send(id, { type: 'fly', actor: unit })).rejects.toMatchObject({ code: 'transition.notEnabled', eventType: 'fly' });
  });

  it('refuses a payload on an action that takes none', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    await expectUnchanged(engine, id, () => engine.send(id, { type: 'accept', actor: office, payload: { note: 'x' } }), PayloadError);
  });

  it('raises ConcurrencyError for a stale expectedVersion, and accepts the current one', async () => {
    const { engine } = proposalEngine();
    const id = await atAssign(engine);
    const current = await engine.get(id);
    const error = await engine
      .send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' }, expectedVersion: current.version - 1 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ expectedVersion: current.version - 1, actualVersion: current.version });
    expect(await engine.get(id)).toEqual(current);
    const next = await engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' }, expectedVersion: current.version });
    expect(next.version).toBe(current.version + 1);
  });

  it('lets exactly one of two racing commands win', async () => {
    const { engine } = proposalEngine();
    const id = await atAssign(engine);
    const results = await Promise.allSettled([
      engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '甲局' } }),
      engine.send(id, { type: 'assign', actor: assigner, payload: { leadUnit: '乙局' } }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(ConcurrencyError);
    expect((await engine.history(id)).filter((event) => event.type === 'assign')).toHaveLength(1);
  });

  it('refuses a malformed command envelope with pointers into the command', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    const error = (await engine
      .send(id, { type: 'submit', actor: { id: '', roles: 'member' }, expectVersion: 1 } as never)
      .catch((e) => e)) as PayloadError;
    expect(error.code).toBe('command.invalid');
    expect(error.issues.map((issue) => issue.pointer).sort()).toEqual(['', '/actor/id', '/actor/roles']);
  });

  it('reports unknown instances and definitions with NotFoundError', async () => {
    const { engine } = proposalEngine();
    await expect(engine.get('nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(engine.send('nope', { type: 'submit', actor: member })).rejects.toMatchObject({ code: 'instance.notFound' });
    await expect(engine.start('motion', { actor: member })).rejects.toMatchObject({ code: 'definition.notFound' });
    await expect(engine.start('proposal', { actor: member, version: 9 })).rejects.toMatchObject({ code: 'definition.notFound' });
  });

  it('keeps tenants apart', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member, id: 'SHARED-ID' });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    const other = engine.withTenant('haian');
    await expect(other.get(id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await other.tasks({ actor: office })).toEqual([]);
    const theirs = await other.start('proposal', { actor: member, id: 'SHARED-ID' });
    expect(theirs).toMatchObject({ tenant: 'haian', state: 'draft', version: 1 });
    expect((await engine.get(id)).state).toBe('review');
  });
});
