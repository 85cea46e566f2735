import { describe, expect, it } from 'vitest';
import { createEngine, PayloadError } from '../src/index.js';
import { proposalDefinition, proposalEngine, member } from './support/proposal.js';

/** Asserts a PayloadError about the host's arguments, with an issue at `pointer`. */
function expectArgumentError(error: unknown, pointer: string, subject: 'options' | 'command' = 'options'): void {
  expect(error).toBeInstanceOf(PayloadError);
  const payloadError = error as PayloadError;
  expect(payloadError.code).toBe(`${subject}.invalid`);
  expect(payloadError.issues.map((issue) => issue.pointer)).toContain(pointer);
  expect(payloadError.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
}

const catchSync = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
};

const BAD_TENANTS = ['', 'a/b', 'a b', 't\u0000a', '-leading', 'x'.repeat(65), '委员会', 42, null];

describe('the engine checks what the host hands it', () => {
  it.each(BAD_TENANTS)('createEngine and withTenant refuse the tenant %j', (tenant) => {
    expectArgumentError(catchSync(() => createEngine({ definitions: [proposalDefinition], tenant } as never)), '/tenant');
    const { engine } = proposalEngine();
    expectArgumentError(catchSync(() => engine.withTenant(tenant as never)), '/tenant');
  });

  it('accepts tenant ids of the documented form', () => {
    const { engine } = proposalEngine();
    for (const tenant of ['jiangyin', 'JY-2026', 'a', 'x.y_z-1', 'x'.repeat(64)]) expect(engine.withTenant(tenant).tenant).toBe(tenant);
  });

  it.each([new Date('not a date'), '2026-03-01', 1_700_000_000_000, {}])('runDueTimers refuses %j as the time', async (now) => {
    const { engine } = proposalEngine();
    expectArgumentError(await engine.runDueTimers(now as never).catch((e: unknown) => e), '/now');
  });

  it.each([0, -1, 1.5, '10', Number.NaN, Number.POSITIVE_INFINITY, 10_001])('deliverEffects refuses the limit %j', async (limit) => {
    const { engine } = proposalEngine();
    expectArgumentError(await engine.deliverEffects(limit as never).catch((e: unknown) => e), '/limit');
  });

  it.each([
    [{ intervalMs: 0 }, '/intervalMs'],
    [{ intervalMs: 2 ** 31 }, '/intervalMs'],
    [{ intervalMs: 1.5 }, '/intervalMs'],
    [{ intervalMs: '1000' }, '/intervalMs'],
    [{ onError: 'log' }, '/onError'],
    [{ interval: 1000 }, ''],
  ])('startTimerLoop refuses %j and starts nothing', (options, pointer) => {
    const { engine } = proposalEngine();
    expectArgumentError(catchSync(() => engine.startTimerLoop(options as never)), pointer);
  });

  it('get refuses malformed options and ids; history and verifyHistory refuse malformed ids', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    expectArgumentError(await engine.get(id, { actor: { id: 7 } } as never).catch((e: unknown) => e), '/actor/id');
    expectArgumentError(await engine.get(id, { viewer: member } as never).catch((e: unknown) => e), '');
    for (const bad of [42, '', 'x'.repeat(201), null]) {
      expectArgumentError(await engine.get(bad as never).catch((e: unknown) => e), '/instanceId', 'command');
      expectArgumentError(await engine.history(bad as never).catch((e: unknown) => e), '/instanceId', 'command');
      expectArgumentError(await engine.verifyHistory(bad as never).catch((e: unknown) => e), '/instanceId', 'command');
      expectArgumentError(await engine.send(bad as never, { type: 'submit', actor: member }).catch((e: unknown) => e), '/instanceId', 'command');
      expectArgumentError(await engine.start(bad as never, { actor: member }).catch((e: unknown) => e), '/definitionId', 'command');
    }
  });

  it('tasks refuses a malformed query with pointers', async () => {
    const { engine } = proposalEngine();
    expectArgumentError(await engine.tasks({ actor: member, limit: 0 }).catch((e: unknown) => e), '/limit', 'command');
    expectArgumentError(await engine.tasks({ actor: { ...member, roles: 'member' } } as never).catch((e: unknown) => e), '/actor/roles', 'command');
  });
});
