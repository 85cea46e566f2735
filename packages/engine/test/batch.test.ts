import { describe, expect, it } from 'vitest';
import { PayloadError, createMemoryStore, type BatchCommand, type BatchResult, type Engine, type Store } from '../src/index.js';
import { proposalEngine, member, office, assigner, submitPayload } from './support/proposal.js';

/** Starts `count` proposals and brings each to the assignment step (交). */
async function waitingForAssignment(engine: Engine, count: number, prefix = 'JY-2026-'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await engine.start('proposal', { actor: member, id: `${prefix}${String(i).padStart(3, '0')}` });
    await engine.send(id, { type: 'submit', actor: member, payload: submitPayload });
    await engine.send(id, { type: 'accept', actor: office });
    ids.push(id);
  }
  return ids;
}

const UNITS = ['市教育局', '市财政局', '市人社局', '市住建局', '市卫健委'];
const assignment = (instanceId: string, index: number): BatchCommand => ({
  instanceId,
  type: 'assign',
  actor: assigner,
  payload: { leadUnit: UNITS[index % UNITS.length]! },
});

describe('engine.sendMany — the assignment meeting (交办会)', () => {
  it('assigns 400 proposals at once; exactly the bad commands fail, with their own errors, and change nothing', async () => {
    const { engine } = proposalEngine();
    const ids = await waitingForAssignment(engine, 400);
    // One proposal was assigned before the meeting: assigning it again is not allowed in its state.
    const { instanceId: _, ...early } = assignment(ids[7]!, 7);
    await engine.send(ids[7]!, early);
    const batch = ids.map(assignment);
    batch[3] = { ...batch[3]!, actor: member };                                        // wrong role
    batch[150] = { ...batch[150]!, payload: { leadUnit: '市' } };                      // too short
    batch[151] = { ...batch[151]!, payload: { coUnits: ['市财政局'] } };                // lead unit missing
    batch[222] = { ...batch[222]!, instanceId: 'JY-2026-999' };                        // unknown instance
    batch[300] = { ...batch[300]!, expectVersion: 3 } as unknown as BatchCommand;       // misspelt field
    const failing = new Map<number, string>([
      [3, 'actor.forbidden'],
      [7, 'transition.notEnabled'],
      [150, 'payload.invalid'],
      [151, 'payload.invalid'],
      [222, 'instance.notFound'],
      [300, 'command.invalid'],
    ]);
    const before = new Map(await Promise.all([...failing.keys()].filter((i) => i !== 222).map(async (i) => [i, await engine.get(ids[i]!)] as const)));

    const results = await engine.sendMany(batch);

    expect(results).toHaveLength(400);
    results.forEach((result, index) => {
      expect(result.instanceId).toBe(batch[index]!.instanceId);
      const code = failing.get(index);
      if (code === undefined) {
        expect(result.ok, `#${index}`).toBe(true);
        if (result.ok) expect(result.view).toMatchObject({ id: ids[index], activeStates: expect.arrayContaining(['handling']), version: 4 });
      } else {
        expect(result.ok, `#${index}`).toBe(false);
        if (!result.ok) expect(result.error.code, `#${index}`).toBe(code);
      }
    });
    const errorOf = (index: number) => (results[index] as Extract<BatchResult, { ok: false }>).error;
    expect(errorOf(3)).toMatchObject({ name: 'ForbiddenError', messages: { 'zh-CN': expect.any(String), en: expect.any(String) } });
    expect(errorOf(150).issues).toEqual([expect.objectContaining({ pointer: '/leadUnit' })]);
    expect(errorOf(151).issues).toEqual([expect.objectContaining({ pointer: '/leadUnit' })]);
    expect(errorOf(300)).toMatchObject({ name: 'PayloadError', issues: [expect.objectContaining({ code: 'command.unrecognizedKeys' })] });
    // The error is plain JSON.
    expect(JSON.parse(JSON.stringify(errorOf(150)))).toEqual(errorOf(150));

    for (const [index, view] of before) expect(await engine.get(ids[index]!), `#${index}`).toEqual(view);
    // Every history verifies; the instances whose command failed have no new event. (The 223rd
    // proposal's item named an unknown instance, so it was not assigned either.)
    const unassigned = [3, 150, 151, 222, 300];
    for (const [index, id] of ids.entries()) {
      expect(await engine.verifyHistory(id), id).toEqual({ ok: true, events: unassigned.includes(index) ? 3 : 4 });
    }
    // What is left on the assigning office's to-do list: exactly those, oldest first.
    expect((await engine.tasks({ actor: assigner })).map((task) => task.instanceId)).toEqual(unassigned.map((index) => ids[index]));
  });

  it('applies commands for the same instance in batch order, each seeing the one before', async () => {
    const { engine } = proposalEngine();
    const [a, b] = await Promise.all([
      engine.start('proposal', { actor: member, id: 'A' }),
      engine.start('proposal', { actor: member, id: 'B' }),
    ]);
    await engine.send(a.id, { type: 'submit', actor: member, payload: submitPayload });
    await engine.send(b.id, { type: 'submit', actor: member, payload: submitPayload });
    const results = await engine.sendMany(
      [
        { instanceId: 'A', type: 'accept', actor: office },
        { instanceId: 'B', type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } }, // too early for B
        { instanceId: 'A', type: 'assign', actor: assigner, payload: { leadUnit: '市教育局' } },
        { instanceId: 'B', type: 'accept', actor: office },
        { instanceId: 'A', type: 'accept', actor: office }, // A is being handled by now
      ],
      { concurrency: 1 },
    );
    expect(results.map((result) => (result.ok ? result.view.version : result.error.code))).toEqual([
      3,
      'transition.notEnabled',
      4,
      3,
      'transition.notEnabled',
    ]);
    expect((await engine.history('A')).map((event) => event.type)).toEqual(['start', 'submit', 'accept', 'assign']);
  });

  it('keeps per-instance order while running other instances side by side, at most `concurrency` at a time', async () => {
    const inner = createMemoryStore();
    let running = 0;
    let most = 0;
    const slow: Store = {
      ...inner,
      async read(ref, key) {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running--;
        return inner.read(ref, key);
      },
    };
    const { engine } = proposalEngine({ store: slow });
    const ids = await waitingForAssignment(engine, 20);
    most = 0;
    // Each proposal: assign, then a second assign that must see the first and be refused.
    const batch = ids.flatMap((id, index) => [assignment(id, index), { ...assignment(id, index + 1), idempotencyKey: `again-${id}` }]);
    const results = await engine.sendMany(batch, { concurrency: 4 });
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(4);
    results.forEach((result, index) => {
      if (index % 2 === 0) expect(result.ok).toBe(true);
      else expect(result.ok === false && result.error.code).toBe('transition.notEnabled');
    });
    // The default is eight at a time.
    most = 0;
    await engine.sendMany(ids.map((id) => ({ instanceId: id, type: 'accept', actor: office })));
    expect(most).toBe(8);
  });

  it('makes a retried batch a no-op that returns the first results', async () => {
    const { engine, clock, delivered } = proposalEngine();
    const ids = await waitingForAssignment(engine, 30);
    const batch = ids.map((id, index) => ({ ...assignment(id, index), idempotencyKey: `meeting-2026-03/${id}` }));
    batch[5] = { ...batch[5]!, actor: member }; // refused: not recorded, refused again on retry
    const first = await engine.sendMany(batch);
    const effects = delivered.length;
    clock.advance('PT2H');
    const retry = await engine.sendMany(batch);
    expect(retry).toEqual(first);
    expect(delivered).toHaveLength(effects);
    for (const id of ids) expect(await engine.history(id)).toHaveLength(id === ids[5] ? 3 : 4);
    // The same key twice in one batch: the second is the first's replay.
    const [late] = await waitingForAssignment(engine, 1, 'JY-2026-late-');
    const command = { ...assignment(late!, 0), idempotencyKey: 'meeting-2026-03/late' };
    const [once, twice] = await engine.sendMany([command, command]);
    expect(once!.ok).toBe(true);
    expect(twice).toEqual(once);
    expect(await engine.history(late!)).toHaveLength(4);
  });

  it('validates the envelope: not an array is refused whole; a malformed item fails alone, with pointers into it', async () => {
    const { engine } = proposalEngine();
    const [id] = await waitingForAssignment(engine, 1);
    const error = await engine.sendMany({ instanceId: id } as never).catch((e) => e);
    expect(error).toBeInstanceOf(PayloadError);
    expect(error).toMatchObject({ code: 'command.invalid', issues: [expect.objectContaining({ pointer: '' })] });
    await expect(engine.sendMany([], { concurrency: 0 })).rejects.toMatchObject({ code: 'options.invalid' });
    await expect(engine.sendMany([], { parallel: 2 } as never)).rejects.toMatchObject({ code: 'options.invalid' });
    expect(await engine.sendMany([])).toEqual([]);

    const cyclic: Record<string, unknown> = { instanceId: id, type: 'assign', actor: assigner };
    cyclic.payload = cyclic;
    const results = await engine.sendMany([
      { instanceId: id!, type: 'assign', actor: { id: 'gov' } } as never,
      null as never,
      { type: 'assign', actor: assigner } as never,
      { instanceId: 42, type: 'assign', actor: assigner } as never,
      cyclic as never,
      assignment(id!, 0),
    ]);
    const issues = results.map((result) => (result.ok ? 'ok' : result.error.issues?.map((issue) => issue.pointer)));
    expect(issues).toEqual([['/actor/roles'], [''], ['/instanceId'], ['/instanceId'], [''], 'ok']);
    expect(results.map((result) => result.instanceId)).toEqual([id, '', '', '', id, id]);
    expect(results.slice(0, 5).every((result) => !result.ok && result.error.code === 'command.invalid')).toBe(true);
    expect(results[5]!.ok).toBe(true);
  });

  it('reports an unexpected failure of one command in its result, and runs the others', async () => {
    const inner = createMemoryStore();
    const flaky: Store = {
      ...inner,
      async commit(write) {
        if (write.instance.id === 'JY-2026-001' && write.event.type === 'assign') throw new Error('connection reset');
        return inner.commit(write);
      },
    };
    const { engine } = proposalEngine({ store: flaky });
    const ids = await waitingForAssignment(engine, 3);
    const results = await engine.sendMany(ids.map(assignment));
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({
      ok: false,
      error: { code: 'engine.unexpected', messages: { en: expect.stringContaining('connection reset'), 'zh-CN': expect.stringContaining('connection reset') } },
    });
    expect((await engine.get(ids[1]!)).activeStates).toContain('assign');
  });
});
