import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROPOSAL, startServer, type Running } from './api-harness.js';

let server: Running;
beforeAll(async () => {
  server = await startServer({ committees: ['base'] });
});
afterAll(() => server.close());

const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Object.prototype untouched: nothing the requests sent reached it. */
function expectPrototypeClean(): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(typeof Object.prototype.toString).toBe('function');
}

describe('prototype keys in requests are refused or harmless', () => {
  it('refuses JSON bodies with __proto__ or constructor.prototype', async () => {
    for (const raw of ['{"definition":"proposal","__proto__":{"polluted":1}}', '{"definition":"proposal","data":{"constructor":{"prototype":{"polluted":1}}}}']) {
      const answer = await server.call('POST', '/api/instances', { persona: 'member', raw, headers: { 'content-type': 'application/json' } });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('request.notJson');
    }
    expectPrototypeClean();
  });

  it('treats other prototype names in bodies as unknown fields or plain data', async () => {
    for (const key of KEYS.filter((name) => name !== '__proto__')) {
      const start = await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal', [key]: 1 } });
      expect(start.status).toBe(400);
      expect(start.body.error.issues).toContainEqual(expect.objectContaining({ code: 'body.unrecognizedKeys' }));
      const started = await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal' } });
      const sent = await server.call('POST', `/api/instances/${started.body.id}/commands`, { persona: 'member', body: { type: 'submit', payload: { ...PROPOSAL, [key]: 'x' } } });
      expect([200, 400]).toContain(sent.status);
      if (sent.status === 400) expect(sent.body.error.code).toBe('payload.invalid');
    }
    expectPrototypeClean();
  });

  it('treats prototype names as ids, types and definition ids like any unknown name', async () => {
    const started = await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal' } });
    for (const key of KEYS) {
      expect((await server.call('GET', `/api/instances/${key}`, { persona: 'member' })).status).toBe(404);
      expect((await server.call('GET', `/api/definitions/${key}`, { persona: 'member' })).status).toBe(404);
      expect((await server.call('POST', '/api/instances', { persona: 'member', body: { definition: key } })).status).toBe(404);
      const command = await server.call('POST', `/api/instances/${started.body.id}/commands`, { persona: 'member', body: { type: key } });
      expect([400, 409]).toContain(command.status);
    }
    expectPrototypeClean();
  });

  it('refuses prototype names as query parameters, and as where pointers', async () => {
    for (const key of KEYS) {
      const answer = await server.call('GET', `/api/tasks?${encodeURIComponent(key)}=1`, { persona: 'member' });
      expect(answer.status).toBe(400);
      expect(answer.body.error.issues).toContainEqual(expect.objectContaining({ code: 'query.unrecognizedKeys' }));
      const where = await server.call('GET', `/api/instances?where=${encodeURIComponent(`{"${key}":1}`)}`, { persona: 'member' });
      expect(where.status).toBe(400);
      expect(where.body.error.issues).toContainEqual(expect.objectContaining({ pointer: `/where/${key}` }));
    }
    expectPrototypeClean();
  });

  it('knows no persona or committee by a prototype name', async () => {
    for (const key of KEYS) {
      expect((await server.call('GET', '/api/me', { persona: key })).status).toBe(401);
      expect((await server.call('GET', '/api/me', { persona: 'member', committee: key })).status).toBe(401);
    }
  });
});
