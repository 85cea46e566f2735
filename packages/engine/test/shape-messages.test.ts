import { describe, expect, it } from 'vitest';
import { PayloadError, type Issue } from '../src/index.js';
import { member, proposalEngine } from './support/proposal.js';

/** The issues of what `run` throws: a PayloadError, or the test fails. */
async function issuesOf(run: () => Promise<unknown>): Promise<Issue[]> {
  const error = await run().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PayloadError);
  return [...(error as PayloadError).issues];
}

/** Whether a Chinese message still holds English words (quoted values and type names aside). */
const hasLatin = (message: string): boolean =>
  /[A-Za-z]{4,}/.test(message.replace(/"[^"]*"/g, '').replace(/\b(number|string|boolean|object|array|integer|undefined|null)\b/g, ''));

describe('messages of a malformed command, query or plan', () => {
  it('say in Chinese what was expected and what came, as the English does', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    const command = await issuesOf(() => engine.send(id, { type: 'submit', actor: member, expectedVersion: 'one' } as never));
    expect(command).toEqual([
      {
        pointer: '/expectedVersion',
        code: 'command.invalid_type',
        message: { 'zh-CN': '无效输入：期望 数字，实际接收 string', en: 'Invalid input: expected number, received string' },
      },
    ]);
    const query = await issuesOf(() => engine.instances({ limit: 5000, status: 'open' as never }));
    expect(query.map((issue) => issue.pointer).sort()).toEqual(['/limit', '/status']);
    for (const issue of [...command, ...query]) expect(hasLatin(issue.message['zh-CN']), issue.message['zh-CN']).toBe(false);
    const plan = await issuesOf(() => engine.migrate({ id: 'proposal', from: 'one', to: 2 } as never, { dryRun: true }));
    expect(plan[0]).toMatchObject({ pointer: '/from', message: { 'zh-CN': '无效输入：期望 数字，实际接收 string' } });
  });
});
