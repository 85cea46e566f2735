import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorJsonSchema } from '@luzhi/engine';
import { PROPOSAL, startServer, type Answer, type Running } from './api-harness.js';

let server: Running;
beforeAll(async () => {
  server = await startServer({ committees: ['base', 'haian'], bodyLimit: 65_536 });
});
afterAll(() => server.close());

/** The answer is `status` with the one error body every status shares, bilingual, with `code`. */
function expectError(answer: Answer, status: number, code: string): NonNullable<Answer['body']>['error'] {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(Object.keys(answer.body)).toEqual(['error']);
  const error = errorJsonSchema.parse(answer.body.error);
  expect(error.code).toBe(code);
  expect(error.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  expect(error.messages.en).toMatch(/[A-Za-z]/);
  return answer.body.error;
}

const draft = async (persona = 'member') => {
  const answer = await server.call('POST', '/api/instances', { persona, body: { definition: 'proposal' } });
  expect(answer.status).toBe(201);
  return answer.body as { id: string; version: number };
};

describe('400: a malformed request', () => {
  it('points at an unknown field of a start body', async () => {
    const error = expectError(await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal', actor: { id: 'x', roles: [] } } }), 400, 'body.invalid');
    expect(error.issues).toContainEqual(expect.objectContaining({ pointer: '', code: 'body.unrecognizedKeys' }));
  });
  it('refuses an actor in any body: the caller comes from the hook alone', async () => {
    const { id } = await draft();
    const actor = { id: 'someone.else', roles: ['proposal-office'] };
    expectError(await server.call('POST', `/api/instances/${id}/commands`, { persona: 'member', body: { type: 'submit', actor } }), 400, 'body.invalid');
    expectError(await server.call('POST', '/api/commands/batch', { persona: 'member', body: [{ instanceId: id, type: 'submit', actor }] }), 400, 'body.invalid');
    expectError(await server.call('GET', `/api/tasks?actor=${encodeURIComponent(JSON.stringify(actor))}`, { persona: 'member' }), 400, 'query.invalid');
  });
  it('points at a wrong type in a command body', async () => {
    const { id } = await draft();
    const error = expectError(await server.call('POST', `/api/instances/${id}/commands`, { persona: 'member', body: { type: 'submit', expectedVersion: 'one' } }), 400, 'body.invalid');
    expect(error.issues).toContainEqual(expect.objectContaining({ pointer: '/expectedVersion' }));
  });
  it('points into a payload the form refuses, and the instance is unchanged', async () => {
    const { id, version } = await draft();
    const error = expectError(await server.call('POST', `/api/instances/${id}/commands`, { persona: 'member', body: { type: 'submit', payload: { ...PROPOSAL, title: 7 } } }), 400, 'payload.invalid');
    expect(error.issues).toContainEqual(expect.objectContaining({ pointer: '/title' }));
    expect((await server.call('GET', `/api/instances/${id}`, { persona: 'member' })).body.version).toBe(version);
  });
  it('points at a query parameter of the wrong type', async () => {
    const error = expectError(await server.call('GET', '/api/tasks?limit=many&overdue=maybe', { persona: 'member' }), 400, 'query.invalid');
    expect(error.issues.map((issue: { pointer: string }) => issue.pointer).sort()).toEqual(['/limit', '/overdue']);
  });
  it('answers a body that is not JSON with the pointer ""', async () => {
    const error = expectError(await server.call('POST', '/api/instances', { persona: 'member', raw: '{"definition": "proposal"', headers: { 'content-type': 'application/json' } }), 400, 'request.notJson');
    expect(error.issues).toEqual([expect.objectContaining({ pointer: '' })]);
  });
  it('answers a batch with a malformed item with its pointer', async () => {
    const error = expectError(await server.call('POST', '/api/commands/batch', { persona: 'member', body: [{ instanceId: 'a', type: 'submit' }, { type: 'submit' }] }), 400, 'body.invalid');
    expect(error.issues).toContainEqual(expect.objectContaining({ pointer: '/1/instanceId' }));
  });
  it('lists at most 100 issues, the last saying how many more there were', async () => {
    const body = Array.from({ length: 300 }, () => ({ type: 'submit' }));
    const error = expectError(await server.call('POST', '/api/commands/batch', { persona: 'member', body }), 400, 'body.invalid');
    expect(error.issues).toHaveLength(100);
    expect(error.issues[99]).toMatchObject({ code: 'issues.truncated', pointer: '' });
    expect(error.messages.en).toMatch(/has 300 issue/);
  });
  it('answers a search with a where that is not a JSON object', async () => {
    const error = expectError(await server.call('GET', `/api/instances?where=${encodeURIComponent('[1]')}`, { persona: 'member' }), 400, 'query.invalid');
    expect(error.issues).toEqual([expect.objectContaining({ pointer: '/where' })]);
  });
});

describe('401: no caller', () => {
  it('refuses a request without the caller headers', async () => {
    expectError(await server.call('GET', '/api/me'), 401, 'auth.required');
    expectError(await server.call('POST', '/api/instances', { body: { definition: 'proposal' } }), 401, 'auth.required');
  });
  it('refuses an unknown persona or a committee the server does not serve', async () => {
    expectError(await server.call('GET', '/api/me', { persona: 'nobody' }), 401, 'auth.required');
    expectError(await server.call('GET', '/api/me', { persona: 'member', committee: 'jilin' }), 401, 'auth.required');
  });
});

describe('403: not allowed', () => {
  it('refuses an action the caller has no role for', async () => {
    const { id, version } = await draft();
    expectError(await server.call('POST', `/api/instances/${id}/commands`, { persona: 'proposal-office', body: { type: 'submit', payload: PROPOSAL } }), 403, 'actor.forbidden');
    expect((await server.call('GET', `/api/instances/${id}`, { persona: 'member' })).body.version).toBe(version);
  });
  it('keeps publishing and migrations to administrators', async () => {
    const definition = (await server.call('GET', '/api/definitions/proposal', { persona: 'member' })).body;
    expectError(await server.call('POST', '/api/definitions', { persona: 'member', body: definition }), 403, 'auth.adminRequired');
    expectError(await server.call('POST', '/api/migrations/dry-run', { persona: 'proposal-office', body: { id: 'proposal', from: 1, to: 1 } }), 403, 'auth.adminRequired');
    expectError(await server.call('POST', '/api/migrations', { persona: 'leader', body: { id: 'proposal', from: 1, to: 1 } }), 403, 'auth.adminRequired');
  });
});

describe('404: nothing there, or nothing the caller may see', () => {
  it('answers a missing instance on every instance route', async () => {
    expectError(await server.call('GET', '/api/instances/missing', { persona: 'member' }), 404, 'instance.notFound');
    expectError(await server.call('POST', '/api/instances/missing/commands', { persona: 'member', body: { type: 'submit' } }), 404, 'instance.notFound');
    expectError(await server.call('GET', '/api/instances/missing/history', { persona: 'member' }), 404, 'instance.notFound');
    expectError(await server.call('GET', '/api/instances/missing/verification', { persona: 'member' }), 404, 'instance.notFound');
  });
  it('answers a missing definition and an unknown route', async () => {
    expectError(await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'no-such-workflow' } }), 404, 'definition.notFound');
    expectError(await server.call('GET', '/api/definitions/no-such-workflow', { persona: 'member' }), 404, 'definition.notFound');
    expectError(await server.call('GET', '/api/definitions/proposal?version=99', { persona: 'member' }), 404, 'definition.notFound');
    expectError(await server.call('GET', '/api/nothing-here', { persona: 'member' }), 404, 'route.notFound');
    expectError(await server.call('DELETE', '/api/instances/x', { persona: 'member' }), 404, 'route.notFound');
  });
  it('hides an instance from a caller who may not see it, history and verification included', async () => {
    const { id } = await draft();
    expectError(await server.call('GET', `/api/instances/${id}`, { persona: 'co-signer' }), 404, 'instance.notFound');
    expectError(await server.call('GET', `/api/instances/${id}/history`, { persona: 'unit-a' }), 404, 'instance.notFound');
    expectError(await server.call('GET', `/api/instances/${id}/verification`, { persona: 'unit-b' }), 404, 'instance.notFound');
  });
  it('answers a command refused on an instance the caller may not see as a missing instance', async () => {
    const { id, version } = await draft();
    for (const body of [{ type: 'submit', payload: PROPOSAL }, { type: 'submit', payload: { title: 7 } }, { type: 'evaluate' }, { type: 'noSuchAction' }, { type: 'submit', expectedVersion: 9 }]) {
      expectError(await server.call('POST', `/api/instances/${id}/commands`, { persona: 'unit-a', body }), 404, 'instance.notFound');
    }
    const batch = await server.call('POST', '/api/commands/batch', {
      persona: 'co-signer',
      body: [{ instanceId: id, type: 'submit', payload: PROPOSAL }, { instanceId: id, type: 'evaluate' }],
    });
    expect(batch.body.map((result: { error: { code: string } }) => result.error.code)).toEqual(['instance.notFound', 'instance.notFound']);
    expect((await server.call('GET', `/api/instances/${id}`, { persona: 'member' })).body.version).toBe(version);
  });
  it('answers an over-long or malformed path in the same error body', async () => {
    expectError(await server.call('GET', `/api/instances/${'x'.repeat(201)}`, { persona: 'member' }), 400, 'params.invalid');
    expectError(await server.call('GET', `/api/instances/${'长'.repeat(200)}`, { persona: 'member' }), 404, 'instance.notFound');
    expectError(await server.call('GET', `/api/instances/${'x'.repeat(2_001)}`, { persona: 'member' }), 414, 'request.invalid');
    expectError(await server.call('GET', '/api/instances/%E0%A4%A', { persona: 'member' }), 400, 'request.invalid');
  });
  it('says only that an id is taken when a start names the id of an instance the caller may not see', async () => {
    const mine = await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal', id: 'chosen-1' } });
    expect(mine.status).toBe(201);
    for (const definition of ['proposal', 'consultation']) {
      const error = expectError(await server.call('POST', '/api/instances', { persona: 'co-signer', body: { definition, id: 'chosen-1' } }), 409, 'instance.idTaken');
      expect(JSON.stringify(error)).not.toMatch(/version|版本/);
    }
    expectError(await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal', id: 'chosen-1' } }), 409, 'instance.versionConflict');
  });
  it('keeps one committee from another committee\'s instances', async () => {
    const { id } = await draft();
    expectError(await server.call('GET', `/api/instances/${id}`, { persona: 'member', committee: 'haian' }), 404, 'instance.notFound');
  });
});

describe('409: conflicts', () => {
  it('refuses a stale expectedVersion and writes nothing', async () => {
    const { id, version } = await draft();
    expectError(
      await server.call('POST', `/api/instances/${id}/commands`, { persona: 'member', body: { type: 'submit', payload: PROPOSAL, expectedVersion: version + 1 } }),
      409,
      'instance.versionConflict',
    );
    expect((await server.call('GET', `/api/instances/${id}`, { persona: 'member' })).body.activeStates).toEqual(['draft']);
  });
  it('refuses an idempotency key reused with different content, and replays the same content', async () => {
    const first = await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal', idempotencyKey: 'start-1' } });
    expect(first.status).toBe(201);
    const again = await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal', idempotencyKey: 'start-1' } });
    expect(again.body.id).toBe(first.body.id);
    expectError(await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal', idempotencyKey: 'start-1', data: { title: 'x' } } }), 409, 'idempotency.conflict');

    const id = first.body.id as string;
    const sent = await server.call('POST', `/api/instances/${id}/commands`, { persona: 'member', body: { type: 'submit', payload: PROPOSAL, idempotencyKey: 'submit-1' } });
    expect(sent.status).toBe(200);
    expectError(
      await server.call('POST', `/api/instances/${id}/commands`, { persona: 'member', body: { type: 'submit', payload: { ...PROPOSAL, title: '另一份' }, idempotencyKey: 'submit-1' } }),
      409,
      'idempotency.conflict',
    );
  });
  it('refuses an action not allowed in the current state', async () => {
    const { id } = await draft();
    const answer = await server.call('POST', `/api/instances/${id}/commands`, { persona: 'member', body: { type: 'evaluate', payload: { satisfaction: '满意' } } });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toMatch(/^transition\./);
  });
  it('refuses publishing other content under a published id@version', async () => {
    const definition = (await server.call('GET', '/api/definitions/proposal', { persona: 'admin' })).body;
    const changed = { ...definition, title: { 'zh-CN': '改过的提案', en: 'Changed proposal' } };
    expectError(await server.call('POST', '/api/definitions', { persona: 'admin', body: changed }), 409, 'definition.invalid');
  });
});

describe('413 and 415: size and media type', () => {
  it('refuses a body over the body limit', async () => {
    const answer = await server.call('POST', '/api/definitions/validate', { persona: 'member', body: { padding: 'x'.repeat(70_000) } });
    expectError(answer, 413, 'request.tooLarge');
  });
  it("refuses a command over the engine's size limits, the instance unchanged", async () => {
    const roomy = await startServer({ committees: ['base'] });
    try {
      const { id, version } = (await roomy.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal' } })).body;
      const error = expectError(
        await roomy.call('POST', `/api/instances/${id}/commands`, { persona: 'member', body: { type: 'submit', payload: { ...PROPOSAL, situation: 'x'.repeat(100_001) } } }),
        413,
        'command.invalid',
      );
      expect(error.issues).toContainEqual(expect.objectContaining({ code: 'command.stringTooLong', pointer: '/payload/situation' }));
      expect((await roomy.call('GET', `/api/instances/${id}`, { persona: 'member' })).body.version).toBe(version);
    } finally {
      await roomy.close();
    }
  });
  it('refuses a body that is not JSON by its media type', async () => {
    expectError(await server.call('POST', '/api/instances', { persona: 'member', raw: 'definition=proposal', headers: { 'content-type': 'text/plain' } }), 415, 'request.unsupportedMediaType');
    expectError(await server.call('POST', '/api/instances', { persona: 'member', raw: 'definition=proposal', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'request.unsupportedMediaType');
  });
});

describe('500: an internal error', () => {
  it('says nothing of its cause, and tells the host', async () => {
    const seen: unknown[] = [];
    const failing = await startServer({
      committees: ['base'],
      authenticate: () => {
        throw new Error('secret database password in a stack trace');
      },
      onInternalError: (error) => seen.push(error),
    });
    try {
      const answer = await failing.call('GET', '/api/me', { persona: 'member' });
      expectError(answer, 500, 'server.internal');
      expect(JSON.stringify(answer.body)).not.toMatch(/secret|password|stack/);
      expect(seen).toHaveLength(1);
    } finally {
      await failing.close();
    }
  });
});
