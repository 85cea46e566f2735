import { describe, expect, it } from 'vitest';
import { createEngine, createMemoryStore, createVirtualClock, DefinitionError, type Store } from '../src/index.js';
import { everyStore } from './support/every-store.js';
import { officer, reviewV1, reviewV2, unitActor } from './support/versioned-review.js';

const stores = everyStore('older_versions');

describe.each(stores)('an engine given only the newest version, on the %s store', (_name, open) => {
  it('serves the instances of the version an earlier engine was given: commands, views, timers, history', async () => {
    const store = (await open()) ?? createMemoryStore();
    const clock = createVirtualClock('2026-03-02T01:00:00.000Z');
    try {
      const first = createEngine({ definitions: [reviewV1], store, clock, tenant: 'jiangyin' });
      await first.start('versioned-review', { actor: officer, id: 'A1', data: { title: '一', units: ['市财政局'] } });
      await first.send('A1', { type: 'submit', actor: officer });
      await first.start('versioned-review', { actor: officer, id: 'A2', data: { title: '二', units: ['市财政局'] } });
      await first.send('A2', { type: 'submit', actor: officer });

      const newer = createEngine({ definitions: [reviewV2], store, clock, tenant: 'jiangyin' });
      const view = await newer.get('A1', { actor: officer });
      expect(view).toMatchObject({ definition: { id: 'versioned-review', version: 1 }, state: 'review' });
      expect(view.actions.map((action) => action.event)).toContain('accept');

      const accepted = await newer.send('A1', { type: 'accept', actor: officer });
      expect(accepted.state).toEqual('handling');
      expect(accepted.branches.handling).toMatchObject([{ key: '市财政局', state: 'working' }]);
      const tasks = await newer.tasks({ actor: unitActor('市财政局') });
      expect(tasks).toMatchObject([{ instanceId: 'A1', state: 'working', definition: { version: 1 } }]);

      // A2's review deadline (10 days) fires under the newer engine.
      clock.advance('P11D');
      expect(await newer.runDueTimers()).toMatchObject({ fired: 1, retried: 0 });
      expect((await newer.history('A2')).map((event) => event.type)).toEqual(['start', 'submit', 'deadlineExpired']);
      expect(await newer.verifyHistory('A1')).toEqual({ ok: true, events: 3 });

      const started = await newer.start('versioned-review', { actor: officer, id: 'B1', data: { title: '三', priority: 'normal' } });
      expect(started.definition).toEqual({ id: 'versioned-review', version: 2 });
    } finally {
      await store.close();
    }
  });
});

describe('a definition given at creation, kept in the store', () => {
  it('is written once per tenant by an engine process, not once per command', async () => {
    const inner = createMemoryStore();
    const saved: string[] = [];
    const store: Store = {
      ...inner,
      saveDefinition: (row) => {
        saved.push(`${row.tenant}/${row.id}@${row.version}`);
        return inner.saveDefinition(row);
      },
    };
    const engine = createEngine({ definitions: [reviewV1], store, tenant: 'jiangyin' });
    await Promise.all(['A', 'B', 'C'].map((id) => engine.start('versioned-review', { actor: officer, id, data: { title: id } })));
    await engine.send('A', { type: 'submit', actor: officer });
    await engine.withTenant('haian').start('versioned-review', { actor: officer, id: 'A', data: { title: 'A' } });
    expect(saved).toEqual(['jiangyin/versioned-review@1', 'haian/versioned-review@1']);
  });

  it('refuses to start an instance when the store holds other content under the same id@version', async () => {
    const store = createMemoryStore();
    await createEngine({ definitions: [reviewV2], store }).publish({ ...reviewV1, title: '另一份' });
    const engine = createEngine({ definitions: [reviewV1], store });
    const error = await engine.start('versioned-review', { actor: officer, id: 'X', version: 1, data: { title: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).issues).toMatchObject([{ code: 'definition.versionReused', pointer: '/version' }]);
    expect((await store.read({ tenant: 'default', id: 'X' })).instance).toBeUndefined();
  });
});
