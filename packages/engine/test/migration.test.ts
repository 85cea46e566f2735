import { describe, expect, it } from 'vitest';
import { createEngine, createMemoryStore, createVirtualClock, migrationReportSchema, type Engine, type Store } from '../src/index.js';
import { everyStore } from './support/every-store.js';
import { officer, reviewPlan, reviewV1, reviewV2, unitActor } from './support/versioned-review.js';

const stores = everyStore('migration');
const TENANT = 'jiangyin';

/** Instances of version 1 in each kind of place: draft, review (extended), handling (two branches), closing. */
async function seed(store: Store) {
  const clock = createVirtualClock('2026-03-02T01:00:00.000Z');
  const old = createEngine({ definitions: [reviewV1], store, clock, tenant: TENANT });
  const start = (id: string, units: string[] = []) => old.start('versioned-review', { actor: officer, id, data: { title: id, units } });
  await start('M1');
  clock.advance('PT1H');
  await start('M2');
  await old.send('M2', { type: 'submit', actor: officer });
  await old.send('M2', { type: 'extendDeadline', actor: officer, payload: { by: 'P5D', reason: '材料补充' } });
  clock.advance('PT1H');
  await start('M3', ['市财政局', '市教育局']);
  await old.send('M3', { type: 'submit', actor: officer });
  await old.send('M3', { type: 'accept', actor: officer });
  await old.send('M3', { type: 'reply', actor: unitActor('市教育局') });
  clock.advance('PT1H');
  await start('M4', ['市财政局']);
  await old.send('M4', { type: 'submit', actor: officer });
  await old.send('M4', { type: 'accept', actor: officer });
  clock.advance('P1D');
  await old.send('M4', { type: 'reply', actor: unitActor('市财政局') });
  clock.advance('P1D');
  // The newer engine is given version 2 only: version 1 comes from the store.
  const engine = createEngine({ definitions: [reviewV2], store, clock, tenant: TENANT });
  return { engine, clock, old };
}

/** Everything a migration may change about an instance, to show that a refusal or a dry run changed nothing. */
const snapshot = async (engine: Engine, id: string) => ({ view: await engine.get(id), history: await engine.history(id) });

describe.each(stores)('migrating running instances, on the %s store', (_name, open) => {
  it('reports in a dry run what a real run then does, audited, with branches and deadlines carried', async () => {
    const store = (await open()) ?? createMemoryStore();
    try {
      const { engine } = await seed(store);
      const before = await Promise.all(['M1', 'M2', 'M3', 'M4'].map((id) => snapshot(engine, id)));

      const dry = await engine.migrate(reviewPlan, { dryRun: true });
      expect(dry).toEqual({
        id: 'versioned-review',
        from: 1,
        to: 2,
        dryRun: true,
        results: [
          { id: 'M1', ok: true, from: 'draft', to: 'draft' },
          { id: 'M2', ok: true, from: 'review', to: 'check' },
          { id: 'M3', ok: true, from: 'handling', to: 'handling' },
          { id: 'M4', ok: true, from: 'closing', to: 'closing' },
        ],
        totals: { instances: 4, migrated: 4, refused: 0 },
      });
      expect(await Promise.all(['M1', 'M2', 'M3', 'M4'].map((id) => snapshot(engine, id)))).toEqual(before);

      const seen: string[] = [];
      const real = await engine.migrate(reviewPlan, { onResult: (result) => seen.push(result.id) });
      expect(real).toEqual({ ...dry, dryRun: false });
      // The report's published shape (the OA server's response schema) is the one the engine returns.
      expect(migrationReportSchema.parse(real)).toEqual(real);
      expect(seen).toEqual(['M1', 'M2', 'M3', 'M4']);

      for (const [index, id] of ['M1', 'M2', 'M3', 'M4'].entries()) {
        const view = await engine.get(id);
        expect(view.definition).toEqual({ id: 'versioned-review', version: 2 });
        expect(view.data).toMatchObject({ title: id, priority: 'normal' });
        expect(view.version).toBe(before[index]!.view.version + 1);
        const history = await engine.history(id);
        expect(history.at(-1)).toMatchObject({
          type: 'migrated',
          actor: { id: 'luzhi:system' },
          payload: { definition: 'versioned-review', from: 1, to: 2 },
          from: before[index]!.view.state,
          to: view.state,
        });
        expect(await engine.verifyHistory(id)).toEqual({ ok: true, events: history.length });
      }

      // An unchanged rule keeps its due time and its extension; a changed one is recounted from entry.
      const m2 = await engine.get('M2');
      expect(m2.deadlines.check).toMatchObject({ due: before[1]!.view.deadlines.review!.due, extensions: 1 });
      const m4Before = before[3]!.view;
      const m4 = await engine.get('M4');
      const closingEntered = (await engine.history('M4')).find((event) => event.type === 'reply')!.at;
      expect(m4Before.deadlines.closing!.due).toBe(new Date(Date.parse(closingEntered) + 5 * 86_400_000).toISOString());
      expect(m4.deadlines.closing!.due).toBe(new Date(Date.parse(closingEntered) + 15 * 86_400_000).toISOString());

      // The branches keep their units, entry times and deadlines, in their new child states.
      const m3 = await engine.get('M3');
      const branchesBefore = before[2]!.view.branches.handling!;
      const renamed: Record<string, string> = { working: 'doing', replied: 'replied' };
      // By unit: PostgreSQL's jsonb does not keep the order branches were opened in.
      const byUnit = (branches: ReadonlyArray<{ key: string }>) => [...branches].sort((a, b) => (a.key < b.key ? -1 : 1));
      expect(byUnit(m3.branches.handling!)).toEqual(byUnit(branchesBefore.map((branch) => ({ ...branch, state: renamed[branch.state]! }))));
      const tasks = await engine.tasks({ actor: unitActor('市财政局') });
      expect(tasks).toMatchObject([{ instanceId: 'M3', state: 'doing', definition: { version: 2 } }]);

      // The migrated instances run on version 2, and a second run finds nothing left to move.
      expect((await engine.send('M3', { type: 'reply', actor: unitActor('市财政局') })).state).toBe('closing');
      // M2 has no units: its handling step opens no branch and is done at once.
      expect((await engine.send('M2', { type: 'accept', actor: officer })).state).toBe('closing');
      expect((await engine.migrate(reviewPlan)).totals).toEqual({ instances: 0, migrated: 0, refused: 0 });
    } finally {
      await store.close();
    }
  });

  it('refuses an instance whose state has no counterpart, or whose new data does not fit, and leaves it as it was', async () => {
    const store = (await open()) ?? createMemoryStore();
    try {
      const { engine } = await seed(store);
      const before = await Promise.all(['M1', 'M2', 'M3', 'M4'].map((id) => snapshot(engine, id)));

      const unmapped = await engine.migrate({ ...reviewPlan, states: { working: 'doing' } });
      expect(unmapped.totals).toEqual({ instances: 4, migrated: 3, refused: 1 });
      expect(unmapped.results[1]).toEqual({
        id: 'M2',
        ok: false,
        issues: [{ pointer: '/state', code: 'migration.unmappedState', message: { 'zh-CN': expect.stringContaining('review'), en: expect.stringContaining('"review"') } }],
      });
      expect(await snapshot(engine, 'M2')).toEqual(before[1]);

      const unfit = await engine.migrate({ ...reviewPlan, data: { '/priority': "'lowest'" } });
      expect(unfit.totals).toEqual({ instances: 1, migrated: 0, refused: 1 });
      expect(unfit.results[0]).toMatchObject({ id: 'M2', ok: false, issues: [{ pointer: '/data/priority', code: 'data.enum' }] });
      const missing = await engine.migrate({ ...reviewPlan, data: {} });
      expect(missing.results[0]).toMatchObject({ id: 'M2', ok: false, issues: [{ pointer: '/data/priority', code: 'data.required' }] });
      expect(await snapshot(engine, 'M2')).toEqual(before[1]);
    } finally {
      await store.close();
    }
  });
});
