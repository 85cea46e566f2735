import { describe, expect, it } from 'vitest';
import { PayloadError, StoreDataError, createMemoryStore, type Engine, type InstanceQuery, type Store, type StoredInstanceQuery } from '../src/index.js';
import { DEFAULT_COUNT_LIMIT } from '../src/runtime/instance-query.js';
import { everyStore } from './support/every-store.js';
import { assigner, member, office, proposalDefinition, proposalEngine, submitPayload } from './support/proposal.js';

/**
 * Four proposals a minute apart: P-1 a draft, P-2 in review, P-3 handled by two units (a forEach
 * state), P-4 not filed (done).
 */
async function fourProposals(engine: Engine, advance: () => void): Promise<void> {
  const start = async (id: string, title: string) => {
    advance();
    await engine.start('proposal', { actor: member, id, data: { title } });
  };
  await start('P-1', '草稿提案一');
  await start('P-2', '在审提案二');
  await engine.send('P-2', { type: 'submit', actor: member, payload: { ...submitPayload, title: '在审提案二' } });
  await start('P-3', '办理提案三');
  await engine.send('P-3', { type: 'submit', actor: member, payload: { ...submitPayload, title: '办理提案三', category: '城乡建设' } });
  await engine.send('P-3', { type: 'accept', actor: office });
  await engine.send('P-3', { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } });
  await start('P-4', '不予立案提案');
  await engine.send('P-4', { type: 'submit', actor: member, payload: { ...submitPayload, title: '不予立案提案' } });
  await engine.send('P-4', { type: 'reject', actor: office, payload: { ground: '其他', reason: '内容与职能无关，不予立案' } });
}

const ids = (page: { items: ReadonlyArray<{ id: string }> }): string[] => page.items.map((item) => item.id);

describe.each(everyStore('instance_queries'))('engine.instances on the %s store', (_name, open) => {
  const setUp = async () => {
    const store = (await open()) as Store | undefined;
    const { engine, clock } = proposalEngine(store === undefined ? {} : { store });
    await fourProposals(engine, () => clock.advance('PT1M'));
    return { engine, store };
  };

  it('lists instances oldest first as views, a page at a time, with the total and a cursor for the next page', async () => {
    const { engine, store } = await setUp();
    const first = await engine.instances({ limit: 3 });
    expect(ids(first)).toEqual(['P-1', 'P-2', 'P-3']);
    expect(first.total).toBe(4);
    expect(first.items[2]).toMatchObject({ activeStates: ['handling'], actions: [], participants: {}, units: {} });
    expect(first.items[2]!.branches.handling!.map((branch) => branch.key)).toEqual(['市教育局', '市财政局']);
    const second = await engine.instances({ limit: 3, after: first.next });
    expect(ids(second)).toEqual(['P-4']);
    expect(second).toMatchObject({ total: 4 });
    expect(second.next).toBeUndefined();
    expect(await engine.instances()).toMatchObject({ total: 4, items: { length: 4 } });
    await store?.close();
  });

  it('filters by definition, version, state (compound and branch states), status, unit, data and creation time', async () => {
    const { engine, store } = await setUp();
    const cases: Array<[InstanceQuery, string[]]> = [
      [{ definition: 'proposal', version: proposalDefinition.version }, ['P-1', 'P-2', 'P-3', 'P-4']],
      [{ definition: 'motion' }, []],
      [{ state: 'handling' }, ['P-3']],
      [{ state: 'consulting' }, ['P-3']],
      [{ state: ['draft', 'review'] }, ['P-1', 'P-2']],
      [{ status: 'done' }, ['P-4']],
      [{ status: 'active', state: 'notFiled' }, []],
      [{ unit: '市财政局' }, ['P-3']],
      [{ where: { '/title': '在审提案二' } }, ['P-2']],
      [{ where: { '/category': '城乡建设', '/title': '办理提案三' } }, ['P-3']],
      [{ where: { '/units': ['市教育局', '市财政局'] } }, ['P-3']],
      [{ where: { '/units/1': '市财政局' } }, ['P-3']],
      [{ where: { '/constructor': '办理提案三' } }, []],
      [{ createdFrom: '2026-02-10T09:02:00+08:00', createdTo: '2026-02-10T01:04:00Z' }, ['P-2', 'P-3']],
      // The example workflow's lead proposer is whoever started the instance: here, every one.
      [{ participant: member.id }, ['P-1', 'P-2', 'P-3', 'P-4']],
      [{ participant: 'li.hua' }, []],
    ];
    for (const [query, expected] of cases) {
      const page = await engine.instances(query);
      expect(ids(page), JSON.stringify(query)).toEqual(expected);
      expect(page.total, JSON.stringify(query)).toBe(expected.length);
    }
    await store?.close();
  });

  it('counts matches up to countLimit and says when more match; total keeps its meaning below it', async () => {
    const { engine, store } = await setUp();
    const capped = await engine.instances({ countLimit: 2 });
    expect(capped).toMatchObject({ total: 2, totalCapped: true });
    expect(ids(capped)).toEqual(['P-1', 'P-2', 'P-3', 'P-4']);
    const exact = await engine.instances({ countLimit: 4 });
    expect(exact.total).toBe(4);
    expect(exact).not.toHaveProperty('totalCapped');
    const first = await engine.instances({ limit: 1, countLimit: 3, state: ['draft', 'review', 'handling'] });
    expect(first).toMatchObject({ total: 3, items: [{ id: 'P-1' }], next: expect.any(String) });
    expect(first).not.toHaveProperty('totalCapped');
    const later = await engine.instances({ limit: 1, countLimit: 1, after: first.next });
    expect(later).toMatchObject({ total: 1, totalCapped: true, items: [{ id: 'P-2' }] });
    expect(await engine.instances({ status: 'done', countLimit: 1 })).toEqual(expect.objectContaining({ total: 1 }));
    expect(await engine.instances({ status: 'done', countLimit: 1 })).not.toHaveProperty('totalCapped');
    await store?.close();
  });

  it('answers for the engine’s tenant only', async () => {
    const { engine, store } = await setUp();
    const other = engine.withTenant('haian');
    expect(await other.instances()).toEqual({ items: [], total: 0 });
    await other.start('proposal', { actor: member, id: 'P-1', data: { title: '海安提案一' } });
    expect(ids(await other.instances())).toEqual(['P-1']);
    expect((await engine.instances({ where: { '/title': '海安提案一' } })).total).toBe(0);
    await store?.close();
  });
});

describe('engine.instances refuses a malformed query', () => {
  const refusal = async (engine: Engine, query: unknown): Promise<PayloadError> => {
    const error = await engine.instances(query as InstanceQuery).then(() => undefined, (caught: unknown) => caught);
    expect(error, JSON.stringify(query)).toBeInstanceOf(PayloadError);
    return error as PayloadError;
  };
  const base64 = (value: string): string => Buffer.from(value).toString('base64url');

  it('with an issue at the field, in both languages', async () => {
    const { engine } = proposalEngine();
    const cases: Array<[unknown, string]> = [
      [{ limit: 0 }, '/limit'],
      [{ limit: 1001 }, '/limit'],
      [{ version: 0 }, '/version'],
      [{ state: [] }, '/state'],
      [{ state: Array.from({ length: 17 }, (_, index) => `s${index}`) }, '/state'],
      [{ status: 'open' }, '/status'],
      [{ createdFrom: '2026-02-10' }, '/createdFrom'],
      [{ createdTo: 'yesterday' }, '/createdTo'],
      [{ where: ['/title'] }, '/where'],
      [{ where: { title: 'x' } }, '/where/title'],
      [{ where: { '/a~2b': 'x' } }, '/where/~1a~02b'],
      [{ where: Object.fromEntries(Array.from({ length: 17 }, (_, index) => [`/f${index}`, 1])) }, '/where'],
      [{ participant: '' }, '/participant'],
      [{ countLimit: 0 }, '/countLimit'],
      [{ countLimit: -1 }, '/countLimit'],
      [{ countLimit: 1.5 }, '/countLimit'],
      [{ countLimit: '10' }, '/countLimit'],
      [{ countLimit: null }, '/countLimit'],
      [{ countLimit: 1_000_001 }, '/countLimit'],
      [{ countLimit: 1e300 }, '/countLimit'],
      [{ sort: 'due' }, ''],
      ['P-1', ''],
    ];
    for (const [query, pointer] of cases) {
      const error = await refusal(engine, query);
      expect(error.issues.map((issue) => issue.pointer), JSON.stringify(query)).toContain(pointer);
      for (const issue of error.issues) expect(issue.message['zh-CN']).not.toBe(issue.message.en);
    }
  });

  it('with query.cursorInvalid at /after for any cursor it did not write', async () => {
    const { engine } = proposalEngine();
    await engine.start('proposal', { actor: member, id: 'P-1' });
    await engine.start('proposal', { actor: member, id: 'P-2' });
    const { next } = await engine.instances({ limit: 1 });
    expect(next).toEqual(expect.any(String));
    const cursors = [
      'not a cursor!',
      '',
      base64('{"createdAt":"2026-02-10T01:00:00.000Z","id":"P-1"}'),
      base64('["infinity","P-1"]'),
      base64('["2026-02-30T01:00:00.000Z","P-1"]'),
      base64('["2026-02-10T01:00:00.000Z",""]'),
      base64('["2026-02-10T01:00:00.000Z","P-1","extra"]'),
      base64('["2026-02-10T01:00:00.000Z","a\\u0000b"]'),
      base64('["2026-02-10T01:00:00.000Z",1]'),
      Buffer.from([0xff, 0xfe, 0x22]).toString('base64url'),
      `${next!}!`,
    ];
    for (const after of cursors) {
      const error = await refusal(engine, { after });
      expect(error.issues, after).toEqual([expect.objectContaining({ pointer: '/after', code: 'query.cursorInvalid' })]);
    }
    expect((await refusal(engine, { after: 'A'.repeat(1001) })).issues[0]).toMatchObject({ pointer: '/after' });
    expect(ids(await engine.instances({ after: next }))).toEqual(['P-2']);
  });

  it('before the store is asked', async () => {
    const { engine, store } = proposalEngine();
    let asked = 0;
    const counting = proposalEngine({ store: { ...store, queryInstances: async (...args) => (asked++, store.queryInstances(...args)) } }).engine;
    await refusal(counting, { where: { nope: 1 } });
    await refusal(counting, { after: 'x' });
    expect(asked).toBe(0);
    await engine.start('proposal', { actor: member, id: 'P-1' });
    expect((await counting.instances()).total).toBe(1);
    expect(asked).toBe(1);
  });
});

describe('engine.instances counts', () => {
  it('up to 10,000 matches when the query does not say, and up to 1,000,000 when it asks', async () => {
    const { store } = proposalEngine();
    const asked: StoredInstanceQuery[] = [];
    const { engine } = proposalEngine({ store: { ...store, queryInstances: async (tenant, query) => (asked.push(query), store.queryInstances(tenant, query)) } });
    await engine.start('proposal', { actor: member, id: 'P-1' });
    expect(await engine.instances()).toMatchObject({ total: 1 });
    await engine.instances({ countLimit: 1_000_000 });
    expect(asked.map((query) => query.countLimit)).toEqual([DEFAULT_COUNT_LIMIT, 1_000_000]);
    expect(DEFAULT_COUNT_LIMIT).toBe(10_000);
  });
});

describe('engine.instances on a restored memory store', () => {
  it('answers as the store it was dumped from', async () => {
    const { engine, store, clock } = proposalEngine();
    await fourProposals(engine, () => clock.advance('PT1M'));
    const restored = proposalEngine({ store: createMemoryStore(store.dump()) }).engine;
    for (const query of [{}, { state: 'consulting' }, { status: 'done' as const }, { limit: 2 }]) {
      expect(await restored.instances(query)).toEqual(await engine.instances(query));
    }
  });
});

describe('engine.instances with unreadable rows', () => {
  it('reports a row it cannot read and leaves it out of the page; the total still counts it', async () => {
    const reported: StoreDataError[] = [];
    const base = proposalEngine();
    await base.engine.start('proposal', { actor: member, id: 'P-1' });
    await base.engine.start('proposal', { actor: member, id: 'P-2' });
    const store: Store = {
      ...base.store,
      queryInstances: async (tenant, query) => {
        const page = await base.store.queryInstances(tenant, query);
        return { ...page, rows: page.rows.map((row) => ((row as { id: string }).id === 'P-1' ? { ...(row as object), state: 'nowhere' } : row)) };
      },
    };
    const { engine } = proposalEngine({ store, onStoreDataError: (error) => reported.push(error) });
    const page = await engine.instances({ limit: 1 });
    expect(page).toMatchObject({ items: [], total: 2, next: expect.any(String) });
    expect(reported.map((error) => error.row)).toEqual([{ kind: 'instance', tenant: 'jiangyin', id: 'P-1' }]);
    expect(ids(await engine.instances({ after: page.next }))).toEqual(['P-2']);
  });

  it('reports an instance of a definition the store does not hold', async () => {
    const reported: StoreDataError[] = [];
    const base = proposalEngine();
    await base.engine.start('proposal', { actor: member, id: 'P-1' });
    // The definition an instance was started on is kept in the store; a store that lost it (a
    // restored dump without its definitions) holds the instance and not its definition.
    const store = createMemoryStore({ ...base.store.dump(), definitions: [] });
    const other = { ...proposalDefinition, id: 'motion' };
    const { engine } = proposalEngine({ store, definitions: [other], onStoreDataError: (error) => reported.push(error) });
    expect(await engine.instances()).toEqual({ items: [], total: 1 });
    expect(reported[0]?.issues[0]).toMatchObject({ pointer: '/definitionVersion', code: 'row.definitionUnknown' });
  });
});
