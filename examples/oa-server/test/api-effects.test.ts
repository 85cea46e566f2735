import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookSink, type DeliveredEffect } from '../src/effects.js';
import { PROPOSAL, startServer } from './api-harness.js';

/** A stand-in OA that records what the webhook posts and answers with `status`. */
let received: Array<{ headers: IncomingMessage['headers']; body: DeliveredEffect }> = [];
let status = 204;
const oa = createHttpServer((request, response) => {
  let text = '';
  request.on('data', (chunk) => (text += chunk));
  request.on('end', () => {
    received.push({ headers: request.headers, body: JSON.parse(text) });
    response.statusCode = status;
    response.end();
  });
});
let hookUrl: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => oa.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(oa.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => oa.close(() => resolve())));

describe('the effects the workflows request', () => {
  it('are kept in the log and posted to the webhook with their idempotency key and recipients', async () => {
    received = [];
    status = 204;
    const server = await startServer({ committees: ['base'], effectSink: webhookSink(hookUrl) });
    try {
      const started = await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal' } });
      await server.call('POST', `/api/instances/${started.body.id}/commands`, { persona: 'member', body: { type: 'submit', payload: PROPOSAL } });
      const logged = server.app.luzhi.effects.entries();
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ kind: 'notify', tenant: 'base', instanceId: started.body.id, recipients: { roles: ['proposal-office'] } });
      expect(received).toHaveLength(1);
      expect(received[0]!.body).toEqual(logged[0]);
      expect(received[0]!.headers['idempotency-key']).toBe(logged[0]!.idempotencyKey);
    } finally {
      await server.close();
    }
  });

  it('are retried later when the webhook fails, the command itself accepted', async () => {
    received = [];
    status = 503;
    const server = await startServer({ committees: ['base'], effectSink: webhookSink(hookUrl) });
    try {
      const started = await server.call('POST', '/api/instances', { persona: 'member', body: { definition: 'proposal' } });
      const sent = await server.call('POST', `/api/instances/${started.body.id}/commands`, { persona: 'member', body: { type: 'submit', payload: PROPOSAL } });
      expect(sent.status).toBe(200);
      expect(sent.body.activeStates).toEqual(['review']);
      expect(received).toHaveLength(1);
      status = 204;
      server.clock.advance('PT1M');
      const engine = server.app.luzhi.engines.get('base')!;
      expect(await engine.deliverEffects()).toMatchObject({ delivered: 1 });
      expect(received).toHaveLength(2);
      expect(received[1]!.headers['idempotency-key']).toBe(received[0]!.headers['idempotency-key']);
    } finally {
      await server.close();
    }
  });
});
