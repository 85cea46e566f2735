import { describe, expect, it } from 'vitest';
import { createEngine, createMemoryStore, PayloadError, type Store } from '../src/index.js';
import { officer, reviewPlan, reviewV1, reviewV2 } from './support/versioned-review.js';
import { refusal as refusedWith } from './support/refusal.js';

/** An engine with both versions and one instance of version 1 in each of draft and review. */
async function engineWithInstances(store: Store = createMemoryStore()) {
  const engine = createEngine({ definitions: [reviewV1, reviewV2], store });
  await engine.start('versioned-review', { actor: officer, id: 'D', version: 1, data: { title: 'D' } });
  await engine.start('versioned-review', { actor: officer, id: 'R', version: 1, data: { title: 'R' } });
  await engine.send('R', { type: 'submit', actor: officer });
  return engine;
}

const refusal = (promise: Promise<unknown>) => refusedWith(promise, PayloadError);

describe('a migration plan that does not fit its versions', () => {
  it('is refused whole, with a pointer at each wrong entry, before any instance is touched', async () => {
    const engine = await engineWithInstances();
    const unknown = await refusal(engine.migrate({ ...reviewPlan, from: 7 }));
    expect(unknown).toMatchObject({ subject: 'plan', code: 'plan.invalid' });
    expect(unknown.issues).toMatchObject([{ pointer: '/from', code: 'migration.unknownVersion' }]);
    expect((await refusal(engine.migrate({ ...reviewPlan, to: 1, states: {}, data: {} }))).issues).toMatchObject([{ pointer: '/to', code: 'migration.sameVersion' }]);

    const states = await refusal(
      engine.migrate({ ...reviewPlan, states: { review: 'nowhere', nothing: 'check', handling: 'closing', draft: 'done' } }),
    );
    expect(states.issues).toEqual([
      expect.objectContaining({ pointer: '/states/review', code: 'migration.unknownTargetState' }),
      expect.objectContaining({ pointer: '/states/nothing', code: 'migration.unknownSourceState' }),
      expect.objectContaining({ pointer: '/states/handling', code: 'migration.kindMismatch' }),
      expect.objectContaining({ pointer: '/states/draft', code: 'migration.finalTarget' }),
    ]);
    for (const found of states.issues) {
      expect(found.message['zh-CN']).not.toBe('');
      expect(found.message.en).not.toBe('');
    }

    const data = await refusal(engine.migrate({ ...reviewPlan, data: { priority: "'normal'", '/a/b': 'data.(', '': "'x'" } }));
    expect(data.issues).toMatchObject([
      { pointer: '/data/priority', code: 'migration.dataPointer' },
      { pointer: '/data/~1a~1b', code: 'expression.syntax' },
      { pointer: '/data/', code: 'migration.dataPointer' },
    ]);
    expect((await engine.get('R')).definition.version).toBe(1);
    expect((await engine.history('R')).map((event) => event.type)).toEqual(['start', 'submit']);
  });

  it('is refused for its shape: unknown fields, maps that are not objects, values that are not names or expressions', async () => {
    const engine = await engineWithInstances();
    expect((await refusal(engine.migrate({ ...reviewPlan, form: 'x' } as never))).issues).toMatchObject([{ pointer: '', code: 'plan.unrecognizedKeys' }]);
    expect((await refusal(engine.migrate({ ...reviewPlan, states: ['check'] } as never))).issues).toMatchObject([{ pointer: '/states', code: 'plan.notObject' }]);
    expect((await refusal(engine.migrate({ ...reviewPlan, states: { review: 5 }, data: { '/x': 5 } } as never))).issues).toMatchObject([
      { pointer: '/states/review', code: 'plan.stateName' },
      { pointer: '/data/~1x', code: 'plan.dataValue' },
    ]);
    expect((await refusal(engine.migrate({ ...reviewPlan, id: '' }))).issues).toMatchObject([{ pointer: '/id' }]);
    expect((await refusal(engine.migrate(reviewPlan, { dryRun: 'yes' } as never))).subject).toBe('options');
    const oversized = Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [`s${index}`, 'check']));
    expect((await refusal(engine.migrate({ ...reviewPlan, states: oversized }))).subject).toBe('plan');
  });

  it('reads state names like __proto__ and constructor as names, never as members of Object.prototype', async () => {
    const engine = await engineWithInstances();
    const plan = JSON.parse('{"id":"versioned-review","from":1,"to":2,"states":{"__proto__":"check","constructor":"check","toString":"__proto__"}}');
    const error = await refusal(engine.migrate(plan));
    expect(error.issues).toMatchObject([
      { pointer: '/states/__proto__', code: 'migration.unknownSourceState' },
      { pointer: '/states/constructor', code: 'migration.unknownSourceState' },
      { pointer: '/states/toString', code: 'migration.unknownSourceState' },
      { pointer: '/states/toString', code: 'migration.unknownTargetState' },
    ]);
    expect(({} as Record<string, unknown>).check).toBeUndefined();
  });
});

describe('hostile names and data in a migration', () => {
  it('carries branches of units named like Object.prototype members and writes such data keys as data', async () => {
    const engine = createEngine({ definitions: [reviewV1, reviewV2] });
    await engine.start('versioned-review', { actor: officer, id: 'H', version: 1, data: { title: 'H', units: ['__proto__', 'constructor'] } });
    await engine.send('H', { type: 'submit', actor: officer });
    await engine.send('H', { type: 'accept', actor: officer });
    const plan = JSON.parse(
      '{"id":"versioned-review","from":1,"to":2,"states":{"review":"check","working":"doing"},"data":{"/priority":"\'urgent\'","/__proto__/polluted":"\'yes\'"}}',
    );
    const report = await engine.migrate(plan);
    expect(report.totals).toEqual({ instances: 1, migrated: 1, refused: 0 });
    const view = await engine.get('H');
    expect(view.branches.handling!.map((branch) => [branch.key, branch.state]).sort()).toEqual([
      ['__proto__', 'doing'],
      ['constructor', 'doing'],
    ]);
    expect(Object.hasOwn(view.data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await engine.send('H', { type: 'reply', actor: { id: 'u', roles: ['unit'], unit: '__proto__' } })).branches.handling).toHaveLength(2);
  });

  it('refuses data nested deeper than a stored row may be', async () => {
    const engine = await engineWithInstances();
    const deep = `/priority${'/x'.repeat(300)}`;
    const report = await engine.migrate({ ...reviewPlan, data: { '/priority': "'normal'", [deep]: "'y'" } });
    expect(report.results[0]).toMatchObject({ ok: false, issues: [{ code: 'migration.dataTooDeep' }] });
    expect((await engine.get('D')).definition.version).toBe(1);
  });

  it('is refused when this engine has no handler for an effect of the new version', async () => {
    const notifying = { ...reviewV2, version: 3, states: { ...reviewV2.states, check: { ...reviewV2.states.check, on: { accept: { to: 'handling', roles: ['office'], effects: [{ notify: { roles: ['office'], message: '已受理' } }] } } } } };
    const store = createMemoryStore();
    const withHandler = createEngine({ definitions: [reviewV1, notifying], store, notify: () => undefined });
    await withHandler.start('versioned-review', { actor: officer, id: 'N', version: 1, data: { title: 'N' } });
    const without = createEngine({ definitions: [reviewV1], store });
    await withHandler.publish(notifying);
    const error = await without.migrate({ ...reviewPlan, to: 3 }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'definition.invalid', issues: [{ code: 'effect.unregistered' }] });
    expect((await without.get('N')).definition.version).toBe(1);
  });
});

describe('an instance changed while it was being migrated', () => {
  it('is not overwritten: it is reported as a version conflict, keeps the command, and moves on the next run', async () => {
    const inner = createMemoryStore();
    const engine = await engineWithInstances(inner);
    let raced = false;
    const store: Store = {
      ...inner,
      async queryInstances(tenant, query) {
        const page = await inner.queryInstances(tenant, query);
        // Between the read and the commit, a command moves D on.
        if (!raced) {
          raced = true;
          await engine.send('D', { type: 'submit', actor: officer });
        }
        return page;
      },
    };
    const migrating = createEngine({ definitions: [reviewV2], store });
    const first = await migrating.migrate(reviewPlan);
    expect(first.results).toEqual([
      { id: 'D', ok: false, issues: [expect.objectContaining({ pointer: '/version', code: 'instance.versionConflict' })] },
      { id: 'R', ok: true, from: 'review', to: 'check' },
    ]);
    expect(await engine.get('D')).toMatchObject({ state: 'review', definition: { version: 1 }, version: 2 });
    expect(await migrating.migrate(reviewPlan)).toMatchObject({
      results: [{ id: 'D', ok: true, from: 'review', to: 'check' }],
      totals: { instances: 1, migrated: 1, refused: 0 },
    });
    expect(await migrating.verifyHistory('D')).toEqual({ ok: true, events: 3 });
  });
});

/** Two regions side by side in version 1; one step after another in version 2. */
const sideBySide = {
  id: 'side-by-side',
  version: 1,
  title: '并行',
  roles: { office: { title: '办公室' } },
  initial: 'work',
  states: {
    work: {
      type: 'parallel',
      states: {
        left: { initial: 'a1', states: { a1: { on: { doneA: { to: 'a2', roles: ['office'] } } }, a2: { type: 'final' } } },
        right: { initial: 'b1', states: { b1: { on: { doneB: { to: 'b2', roles: ['office'] } } }, b2: { type: 'final' } } },
      },
      onDone: { to: 'end' },
    },
    end: { type: 'final' },
  },
};
const oneAfterAnother = {
  id: 'side-by-side',
  version: 2,
  title: '串行',
  roles: { office: { title: '办公室' } },
  initial: 'a1',
  states: {
    a1: { on: { next: { to: 'b1', roles: ['office'] } } },
    b1: { on: { finish: { to: 'end', roles: ['office'] } } },
    end: { type: 'final' },
  },
};

describe('a migration whose states make no configuration of the new version', () => {
  it('refuses two active states where one is allowed, and a parallel region left without one', async () => {
    const engine = createEngine({ definitions: [sideBySide, oneAfterAnother, { ...sideBySide, version: 3 }] });
    await engine.start('side-by-side', { actor: officer, id: 'P', version: 1 });
    const merged = await engine.migrate({ id: 'side-by-side', from: 1, to: 2 });
    expect(merged.results).toEqual([
      { id: 'P', ok: false, issues: [expect.objectContaining({ pointer: '/state', code: 'migration.invalidConfiguration' })] },
    ]);
    await engine.start('side-by-side', { actor: officer, id: 'S', version: 2 });
    const split = await engine.migrate({ id: 'side-by-side', from: 2, to: 3 });
    expect(split.results).toEqual([
      { id: 'S', ok: false, issues: [expect.objectContaining({ pointer: '/state', code: 'migration.invalidConfiguration' })] },
    ]);
    expect(split.results[0]!.ok === false && split.results[0]!.issues[0]!.message.en).toContain('right');
    // Both regions named: the parallel state is rebuilt around them.
    const whole = await engine.migrate({ id: 'side-by-side', from: 1, to: 3 });
    expect(whole.results).toEqual([{ id: 'P', ok: true, from: { work: { left: 'a1', right: 'b1' } }, to: { work: { left: 'a1', right: 'b1' } } }]);
    expect(await engine.verifyHistory('P')).toEqual({ ok: true, events: 2 });
    expect((await engine.send('P', { type: 'doneA', actor: officer })).state).toEqual({ work: { left: 'a2', right: 'b1' } });
  });
});

/** Two forEach states side by side in version 1; one in version 2. */
const branchRegion = (name: string, child: string, done: string) => ({
  initial: `${name}Wait`,
  states: {
    [`${name}Wait`]: { on: { [`open${name}`]: { to: name, roles: ['office'] } } },
    [name]: {
      forEach: { in: '/units', role: 'unit' },
      initial: child,
      states: { [child]: { on: { [`reply${child}`]: { to: `${child}Done`, roles: ['unit'] } } }, [`${child}Done`]: { type: 'final' } },
      onDone: { to: done },
    },
    [done]: { type: 'final' },
  },
});
const twoForEach = {
  id: 'two-foreach',
  version: 1,
  title: '两组分办',
  roles: { office: { title: '办公室' }, unit: { title: '单位', scope: 'unit' } },
  data: { type: 'object', properties: { units: { type: 'array', items: { type: 'string' } } } },
  initial: 'work',
  states: {
    work: { type: 'parallel', states: { left: branchRegion('fl', 'x1', 'leftDone'), right: branchRegion('fr', 'y1', 'rightDone') }, onDone: { to: 'end' } },
    end: { type: 'final' },
  },
};
const oneForEach = {
  ...twoForEach,
  version: 2,
  initial: 'f',
  states: {
    f: {
      forEach: { in: '/units', role: 'unit' },
      initial: 'x1',
      states: { x1: { on: { replyx1: { to: 'x1Done', roles: ['unit'] } } }, x1Done: { type: 'final' } },
      onDone: { to: 'end' },
    },
    end: { type: 'final' },
  },
};

describe('two forEach states mapped to one', () => {
  it('is refused: their branches are not merged', async () => {
    const engine = createEngine({ definitions: [twoForEach, oneForEach] });
    await engine.start('two-foreach', { actor: officer, id: 'T', version: 1, data: { units: ['市财政局'] } });
    await engine.send('T', { type: 'openfl', actor: officer });
    expect((await engine.send('T', { type: 'openfr', actor: officer })).state).toEqual({ work: { left: 'fl', right: 'fr' } });
    const report = await engine.migrate({ id: 'two-foreach', from: 1, to: 2, states: { fl: 'f', fr: 'f', y1: 'x1', y1Done: 'x1Done' } });
    expect(report.results).toEqual([
      { id: 'T', ok: false, issues: [expect.objectContaining({ pointer: '/branches/fr', code: 'migration.branchState' })] },
    ]);
    expect((await engine.get('T')).definition.version).toBe(1);
  });
});
