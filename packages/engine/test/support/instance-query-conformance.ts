import { describe, expect, it } from 'vitest';
import { PayloadError, type Store, type StoredInstance, type StoredInstanceQuery } from '../../src/index.js';
import { prototypeNames } from './arbitraries.js';
import { randomSource } from './schema-sample.js';

/** A deterministic draw, so that a failing case can be replayed. */
function drawFrom(seed: number) {
  const { next, pick } = randomSource(seed);
  const some = <T>(values: readonly T[]): T[] => values.filter(() => next() < 0.4);
  return { next, pick, some };
}

/*
 * The instance queries every store must answer alike: order, keyset pages, the count, each filter
 * alone and together, hostile names and values, and tenants kept apart. Expected answers come
 * from a plain scan written here, not from any store's code.
 */

const T0 = Date.parse('2026-03-02T01:00:00.000Z');
const minutes = (count: number): string => new Date(T0 + count * 60_000).toISOString();

/** A complete instance row of `tenant`, created `created` minutes after T0, with `fields` over the defaults. */
function row(tenant: string, id: string, created: number, fields: Partial<StoredInstance> = {}): StoredInstance {
  return {
    tenant,
    id,
    definitionId: 'proposal',
    definitionVersion: 1,
    state: 'draft',
    data: {},
    status: 'active',
    version: 1,
    createdAt: minutes(created),
    updatedAt: minutes(created),
    lastHash: 'hash-0',
    entered: {},
    deadlines: {},
    branches: {},
    assignees: {},
    ...fields,
  };
}

/** Commits `instance` as a new row (version 1). */
async function put(store: Store, instance: StoredInstance): Promise<void> {
  await store.commit({
    instance,
    expectedVersion: instance.version - 1,
    event: {
      seq: instance.version,
      at: instance.updatedAt,
      actor: { id: 'tian', roles: ['proposal-office'] },
      type: instance.version === 1 ? 'start' : 'step',
      from: null,
      to: instance.state,
      prevHash: `hash-${instance.version - 1}`,
      instanceHash: `row-${instance.version}`,
      hash: `hash-${instance.version}`,
    },
    tasks: [],
    timers: [],
    effects: [],
  });
}

const ids = (page: { rows: unknown[] }): string[] => page.rows.map((found) => (found as StoredInstance).id);

/** Code point order, as the stores promise it (not UTF-16 code unit order). */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (char) => char.codePointAt(0)!);
  const y = Array.from(b, (char) => char.codePointAt(0)!);
  for (let index = 0; index < Math.min(x.length, y.length); index++) if (x[index] !== y[index]) return x[index]! - y[index]!;
  return x.length - y.length;
}

/** Every state name of a state value and of its open branches. */
function statesOf(instance: StoredInstance): string[] {
  const names: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') names.push(value);
    else for (const [name, child] of Object.entries(value as object)) names.push(name), walk(child);
  };
  walk(instance.state);
  for (const branches of Object.values(instance.branches)) for (const branch of Object.values(branches)) names.push(branch.state);
  return names;
}

/** The value at a pointer, stepping into arrays by canonical index only. */
function valueAt(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let current = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object') return undefined;
    if (Array.isArray(current) && !/^(0|[1-9]\d*)$/.test(token)) return undefined;
    if (!Object.hasOwn(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/** JSON equality, key order aside. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson((a as never)[key], (b as never)[key]));
}

/** What a store must answer: a full scan of `rows`. */
function scan(rows: readonly StoredInstance[], tenant: string, query: StoredInstanceQuery): { ids: string[]; total: number } {
  const matching = rows
    .filter((instance) => instance.tenant === tenant)
    .filter((instance) => query.definitionId === undefined || instance.definitionId === query.definitionId)
    .filter((instance) => query.definitionVersion === undefined || instance.definitionVersion === query.definitionVersion)
    .filter((instance) => query.status === undefined || instance.status === query.status)
    .filter((instance) => query.states === undefined || statesOf(instance).some((name) => query.states!.includes(name)))
    .filter((instance) => query.participant === undefined || Object.values(instance.participants ?? {}).flat().includes(query.participant))
    .filter(
      (instance) =>
        query.unit === undefined ||
        Object.values(instance.units ?? {}).includes(query.unit) ||
        Object.values(instance.branches).some((branches) => Object.hasOwn(branches, query.unit!)),
    )
    .filter((instance) => (query.where ?? []).every(({ pointer, value }) => {
      const found = valueAt(instance.data, pointer);
      return found !== undefined && sameJson(found, value);
    }))
    .filter((instance) => query.createdFrom === undefined || Date.parse(instance.createdAt) >= Date.parse(query.createdFrom))
    .filter((instance) => query.createdTo === undefined || Date.parse(instance.createdAt) < Date.parse(query.createdTo))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || byCodePoint(a.id, b.id));
  const after = query.after;
  const page = matching.filter(
    (instance) =>
      after === undefined ||
      Date.parse(instance.createdAt) > Date.parse(after.createdAt) ||
      (Date.parse(instance.createdAt) === Date.parse(after.createdAt) && byCodePoint(instance.id, after.id) > 0),
  );
  return { ids: page.slice(0, query.limit).map((instance) => instance.id), total: matching.length };
}

/** Walks every page of `query` by its cursor: the ids in order, and each page's total and whether it was capped. */
async function allPages(store: Store, tenant: string, query: StoredInstanceQuery): Promise<{ ids: string[]; totals: number[]; capped: boolean[] }> {
  const seen: string[] = [];
  const totals: number[] = [];
  const capped: boolean[] = [];
  let after: StoredInstanceQuery['after'];
  for (let pages = 0; pages < 1000; pages++) {
    const page = await store.queryInstances(tenant, { ...query, ...(after === undefined ? {} : { after }) });
    totals.push(page.total);
    capped.push(page.capped);
    if (page.rows.length === 0) break;
    seen.push(...ids(page));
    const last = page.rows[page.rows.length - 1] as StoredInstance;
    after = { createdAt: last.createdAt, id: last.id };
  }
  return { ids: seen, totals, capped };
}

/** Ids that sort differently by code unit and by code point, and names of Object.prototype members. */
const HOSTILE_IDS = ['😀', '！', 'ｚ', 'a', 'B', '中文-1', 'a/b', 'é', 'e\u0301', 'Z', ...prototypeNames];

/** A fixed set of rows with every kind of filterable field, in two tenants. */
function fixture(): StoredInstance[] {
  return [
    row('jiangyin', 'P-1', 0, { data: { title: '案由一', category: '教育', meta: { key: true }, tags: ['a', 'b'] }, participants: { proposer: ['zhang'], coSigners: ['li', 'wang'] } }),
    row('jiangyin', 'P-2', 1, {
      state: { handling: { units: {}, oversight: 'watching' } },
      data: { title: '案由二', category: '交通', tags: ['b', 'a'] },
      // A unit named __proto__, an own key as JSON.parse makes it.
      branches: JSON.parse(
        `{"units":{"市教育局":{"state":"reply","entered":"${minutes(1)}","item":"市教育局"},"__proto__":{"state":"working","entered":"${minutes(1)}","item":"x"}}}`,
      ),
      participants: { proposer: ['li'] },
    }),
    row('jiangyin', 'P-3', 1, { status: 'done', state: 'closed', data: { title: '案由三', category: '教育', n: 1 }, units: { handler: '市财政局' }, participants: { proposer: ['zhang'] } }),
    row('jiangyin', 'P-4', 2, { definitionVersion: 2, state: 'review', data: { title: null, category: '教育', n: 1.5, nested: { a: [1, { b: 'x' }] } } }),
    row('jiangyin', 'P-5', 3, { definitionId: 'motion', state: 'review', data: JSON.parse('{"constructor":"c","__proto__":"p","a/b":1,"m~n":2,"":"empty key"}') }),
    row('jiangyin', 'P-6', 3, { state: { constructor: { toString: {} } }, data: { title: '案由六', tags: [] }, units: { hasOwnProperty: '__proto__' } }),
    row('haian', 'P-1', 0, { data: { title: '案由一', category: '教育' }, participants: { proposer: ['zhang'] }, units: { handler: '市财政局' } }),
  ];
}

/**
 * Registers the instance-query cases on the store `current()` gives (an empty store, opened
 * before each test by the caller).
 */
export function describeInstanceQueries(current: () => Store): void {
  describe('instance queries', () => {
    const loaded = async (): Promise<StoredInstance[]> => {
      const rows = fixture();
      for (const instance of rows) await put(current(), instance);
      return rows;
    };

    it('returns rows oldest first, ids by code point, each exactly once across cursor pages, with the total on every page', async () => {
      const store = current();
      // The first six share an instant: their order is the ids' alone.
      const rows = HOSTILE_IDS.map((id, index) => row('jiangyin', id, Math.floor(index / 6)));
      for (const instance of [...rows].reverse()) await put(store, instance);
      const expected = scan(rows, 'jiangyin', { countLimit: 1000, limit: 1000 });
      for (const limit of [1, 2, 5, 1000]) {
        const { ids: seen, totals } = await allPages(store, 'jiangyin', { countLimit: 1000, limit });
        expect(seen).toEqual(expected.ids);
        expect(new Set(totals)).toEqual(new Set([rows.length]));
      }
      expect(expected.ids.indexOf('ｚ')).toBeLessThan(expected.ids.indexOf('😀'));
    });

    it('reads back the rows it matched as they were written, participants and units included', async () => {
      const rows = await loaded();
      const page = await current().queryInstances('jiangyin', { countLimit: 1000, limit: 10 });
      expect(page.rows).toEqual(rows.filter((instance) => instance.tenant === 'jiangyin').map((instance) => expect.objectContaining(instance)));
      expect(page.total).toBe(6);
    });

    it('applies each filter alone and together, as a full scan would', async () => {
      const rows = await loaded();
      const cases: Array<[StoredInstanceQuery, string[]]> = [
        [{ countLimit: 1000, limit: 10, definitionId: 'proposal' }, ['P-1', 'P-2', 'P-3', 'P-4', 'P-6']],
        [{ countLimit: 1000, limit: 10, definitionId: 'proposal', definitionVersion: 2 }, ['P-4']],
        [{ countLimit: 1000, limit: 10, status: 'done' }, ['P-3']],
        [{ countLimit: 1000, limit: 10, states: ['handling'] }, ['P-2']],
        [{ countLimit: 1000, limit: 10, states: ['units'] }, ['P-2']],
        [{ countLimit: 1000, limit: 10, states: ['reply', 'closed'] }, ['P-2', 'P-3']],
        [{ countLimit: 1000, limit: 10, states: ['toString'] }, ['P-6']],
        [{ countLimit: 1000, limit: 10, states: ['constructor', 'review'] }, ['P-4', 'P-5', 'P-6']],
        [{ countLimit: 1000, limit: 10, participant: 'zhang' }, ['P-1', 'P-3']],
        [{ countLimit: 1000, limit: 10, participant: 'wang' }, ['P-1']],
        [{ countLimit: 1000, limit: 10, participant: 'proposer' }, []],
        [{ countLimit: 1000, limit: 10, unit: '市教育局' }, ['P-2']],
        [{ countLimit: 1000, limit: 10, unit: '__proto__' }, ['P-2', 'P-6']],
        [{ countLimit: 1000, limit: 10, unit: '市财政局' }, ['P-3']],
        [{ countLimit: 1000, limit: 10, unit: 'handler' }, []],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/category', value: '教育' }] }, ['P-1', 'P-3', 'P-4']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/category', value: '教育' }, { pointer: '/n', value: 1 }] }, ['P-3']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/n', value: 1.5 }] }, ['P-4']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/title', value: null }] }, ['P-4']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/tags', value: ['a', 'b'] }] }, ['P-1']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/tags', value: ['a'] }] }, []],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/tags', value: [] }] }, ['P-6']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/tags/0', value: 'b' }] }, ['P-2']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/tags/01', value: 'b' }] }, []],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/tags/-1', value: 'a' }] }, []],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/tags/length', value: 2 }] }, []],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/nested/a/1/b', value: 'x' }] }, ['P-4']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/nested', value: { a: [1, { b: 'x' }] } }] }, ['P-4']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/meta', value: { key: true } }] }, ['P-1']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/meta', value: {} }] }, []],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/__proto__', value: 'p' }] }, ['P-5']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/constructor', value: 'c' }] }, ['P-5']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/toString', value: null }] }, []],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/a~1b', value: 1 }, { pointer: '/m~0n', value: 2 }] }, ['P-5']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/', value: 'empty key' }] }, ['P-5']],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/title/0', value: '案' }] }, []],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '', value: { title: '案由六', tags: [] } }] }, ['P-6']],
        [{ countLimit: 1000, limit: 10, createdFrom: minutes(1), createdTo: minutes(3) }, ['P-2', 'P-3', 'P-4']],
        [{ countLimit: 1000, limit: 10, status: 'active', participant: 'li', states: ['reply'], unit: '市教育局', where: [{ pointer: '/category', value: '交通' }] }, ['P-2']],
        [{ countLimit: 1000, limit: 10, status: 'done', participant: 'li' }, []],
        [{ countLimit: 1000, limit: 2, definitionId: 'proposal', after: { createdAt: minutes(1), id: 'P-2' } }, ['P-3', 'P-4']],
      ];
      for (const [query, expected] of cases) {
        const page = await current().queryInstances('jiangyin', query);
        const label = JSON.stringify(query);
        expect(ids(page), label).toEqual(expected);
        expect(ids(page), label).toEqual(scan(rows, 'jiangyin', query).ids);
        expect(page.total, label).toBe(scan(rows, 'jiangyin', query).total);
      }
    });

    it('counts matches up to countLimit, whatever the page, and says when more match', async () => {
      const rows = await loaded();
      const cases: StoredInstanceQuery[] = [
        { limit: 2, countLimit: 3 },
        { limit: 2, countLimit: 5 },
        { limit: 2, countLimit: 6 },
        { limit: 2, countLimit: 7 },
        { limit: 10, countLimit: 1 },
        { limit: 5, countLimit: 1, definitionId: 'proposal' },
        { limit: 10, countLimit: 4, definitionId: 'proposal' },
        { limit: 10, countLimit: 5, definitionId: 'proposal' },
        { limit: 1, countLimit: 2, where: [{ pointer: '/category', value: '教育' }] },
        { limit: 1, countLimit: 3, where: [{ pointer: '/category', value: '教育' }] },
        // The count is of every match, before the cursor too: a late page is capped as the first is.
        { limit: 2, countLimit: 2, after: { createdAt: minutes(1), id: 'P-2' } },
        { limit: 10, countLimit: 1, after: { createdAt: minutes(3), id: 'P-6' } },
        { limit: 10, countLimit: 1, status: 'done', participant: 'li' },
      ];
      for (const query of cases) {
        const label = JSON.stringify(query);
        const expected = scan(rows, 'jiangyin', query);
        const page = await current().queryInstances('jiangyin', query);
        expect(ids(page), label).toEqual(expected.ids);
        expect(page.total, label).toBe(Math.min(expected.total, query.countLimit));
        expect(page.capped, label).toBe(expected.total > query.countLimit);
      }
      expect(await current().queryInstances('jiangyin', { limit: 2, countLimit: 3 })).toMatchObject({ total: 3, capped: true, rows: { length: 2 } });
      expect(await current().queryInstances('jiangyin', { limit: 2, countLimit: 6 })).toMatchObject({ total: 6, capped: false });
      expect(await current().queryInstances('jiangyin', { limit: 2, countLimit: 1_000_000 })).toMatchObject({ total: 6, capped: false });
    });

    it('finds a row whose parts have the wrong shape by its well-formed parts only, the same on every store', async () => {
      const odd = row('jiangyin', 'ODD-1', 0, {
        state: { a: null, b: ['c'], d: { e: 5 } } as never,
        participants: { proposer: 'zhang', coSigners: ['li', 7, null] } as never,
        units: { handler: 5, other: '市财政局' } as never,
        branches: { units: { 市教育局: 'not a branch', 市卫健委: { state: 7 } } } as never,
      });
      await put(current(), odd);
      const found = async (query: Omit<StoredInstanceQuery, 'limit' | 'countLimit'>) => (await current().queryInstances('jiangyin', { countLimit: 1000, limit: 10, ...query })).total;
      expect(await found({ states: ['a', 'b', 'd', 'e'] })).toBe(1);
      expect(await found({ states: ['c'] })).toBe(0);
      expect(await found({ participant: 'zhang' })).toBe(0);
      expect(await found({ participant: 'li' })).toBe(1);
      expect(await found({ unit: '市财政局' })).toBe(1);
      expect(await found({ unit: '市教育局' })).toBe(1);
      expect(await found({ unit: '市卫健委' })).toBe(1);
    });

    it('never returns another tenant’s rows, whatever the filters', async () => {
      await loaded();
      const page = await current().queryInstances('haian', { countLimit: 1000, limit: 10 });
      expect(page).toMatchObject({ total: 1, rows: [{ tenant: 'haian', id: 'P-1' }] });
      expect(await current().queryInstances('haian', { countLimit: 1000, limit: 10, participant: 'li' })).toEqual({ rows: [], total: 0, capped: false });
      expect(await current().queryInstances('nantong', { countLimit: 1000, limit: 10 })).toEqual({ rows: [], total: 0, capped: false });
    });

    it('keeps answering as a full scan would while rows change: random rows, random queries', async () => {
      const store = current();
      const rng = drawFrom(20261206);
      const rows = new Map<string, StoredInstance>();
      for (let n = 0; n < 60; n++) {
        const tenant = rng.next() < 0.8 ? 'jiangyin' : 'haian';
        const id = rng.pick([`R-${n}`, `${rng.pick(HOSTILE_IDS)}-${n}`]);
        const instance = row(tenant, id, Math.floor(rng.next() * 5), {
          definitionId: rng.pick(['proposal', 'motion']),
          definitionVersion: rng.pick([1, 2]),
          status: rng.pick(['active', 'done'] as const),
          state: rng.pick(['draft', 'review', { handling: { units: {}, oversight: 'watching' } }]),
          data: { category: rng.pick(['教育', '交通', 1, null, ['教育']]), ...(rng.next() < 0.5 ? { level: rng.pick([1, 2]) } : {}) },
          participants: { proposer: [rng.pick(['zhang', 'li', 'wang'])], coSigners: rng.some(['zhang', 'li', 'wang']) },
          ...(rng.next() < 0.4 ? { units: { handler: rng.pick(['市教育局', '市财政局']) } } : {}),
          ...(rng.next() < 0.3 ? { branches: { units: { [rng.pick(['市教育局', '市财政局'])]: { state: 'reply', entered: minutes(0), item: 'x' } } } } : {}),
        });
        await put(store, instance);
        rows.set(`${tenant}\u0000${id}`, instance);
        // Some rows move on: a second version, in another state and status.
        if (rng.next() < 0.3) {
          const moved = { ...instance, version: 2, state: 'closed', status: 'done' as const, participants: {}, updatedAt: minutes(9) };
          await put(store, moved);
          rows.set(`${tenant}\u0000${id}`, moved);
        }
      }
      const all = [...rows.values()];
      for (let n = 0; n < 120; n++) {
        const query: StoredInstanceQuery = { countLimit: 1000, limit: 1 + Math.floor(rng.next() * 8) };
        if (rng.next() < 0.3) query.definitionId = rng.pick(['proposal', 'motion']);
        if (rng.next() < 0.2) query.definitionVersion = rng.pick([1, 2]);
        if (rng.next() < 0.3) query.status = rng.pick(['active', 'done'] as const);
        if (rng.next() < 0.3) query.states = rng.some(['draft', 'review', 'handling', 'reply', 'closed', 'watching']).concat('none');
        if (rng.next() < 0.3) query.participant = rng.pick(['zhang', 'li', 'wang']);
        if (rng.next() < 0.2) query.unit = rng.pick(['市教育局', '市财政局']);
        if (rng.next() < 0.3) query.where = [{ pointer: '/category', value: rng.pick(['教育', '交通', 1, null, ['教育']]) }];
        if (rng.next() < 0.2) query.createdFrom = minutes(Math.floor(rng.next() * 5));
        if (rng.next() < 0.2) query.createdTo = minutes(Math.floor(rng.next() * 5));
        const tenant = rng.pick(['jiangyin', 'haian']);
        if (rng.next() < 0.5) query.countLimit = 1 + Math.floor(rng.next() * 12);
        const expected = scan(all, tenant, { ...query, limit: 1000 });
        const walked = await allPages(store, tenant, query);
        const label = JSON.stringify({ tenant, query });
        expect(walked.ids, label).toEqual(expected.ids);
        expect(new Set(walked.totals), label).toEqual(new Set([Math.min(expected.total, query.countLimit)]));
        expect(new Set(walked.capped), label).toEqual(new Set([expected.total > query.countLimit]));
      }
    });

    it('refuses a malformed query with a PayloadError pointing into it, before reading anything', async () => {
      const cases: Array<[unknown, string]> = [
        [{ countLimit: 1000, limit: 0 }, '/limit'],
        [{ countLimit: 1000, limit: 1002 }, '/limit'],
        [{ countLimit: 1000, limit: 1.5 }, '/limit'],
        [{}, '/limit'],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: 'title', value: 1 }] }, '/where/0/pointer'],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/a~2', value: 1 }] }, '/where/0/pointer'],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/a', value: 'x\u0000' }] }, '/where/0/value'],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/a', value: { '\ud800': 1 } }] }, '/where/0/value'],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/a', value: Number.NaN }] }, '/where/0/value'],
        [{ countLimit: 1000, limit: 10, where: [{ pointer: '/a' }] }, '/where/0/value'],
        [{ countLimit: 1000, limit: 10, where: Array.from({ length: 17 }, () => ({ pointer: '/a', value: 1 })) }, '/where'],
        [{ countLimit: 1000, limit: 10, states: [] }, '/states'],
        [{ countLimit: 1000, limit: 10, participant: 'x\u0000' }, '/participant'],
        [{ countLimit: 1000, limit: 10, createdFrom: '2026-03-02' }, '/createdFrom'],
        [{ countLimit: 1000, limit: 10, after: { createdAt: 'infinity', id: 'P-1' } }, '/after/createdAt'],
        [{ countLimit: 1000, limit: 10, after: { createdAt: minutes(0), id: '' } }, '/after/id'],
        [{ countLimit: 1000, limit: 10, status: 'open' }, '/status'],
        [{ countLimit: 1000, limit: 10, extra: true }, ''],
        [{ limit: 10 }, '/countLimit'],
        [{ limit: 10, countLimit: 0 }, '/countLimit'],
        [{ limit: 10, countLimit: -1 }, '/countLimit'],
        [{ limit: 10, countLimit: 1.5 }, '/countLimit'],
        [{ limit: 10, countLimit: '10' }, '/countLimit'],
        [{ limit: 10, countLimit: 1_000_001 }, '/countLimit'],
        [{ limit: 10, countLimit: Number.POSITIVE_INFINITY }, '/countLimit'],
      ];
      for (const [query, pointer] of cases) {
        const error = await current().queryInstances('jiangyin', query as StoredInstanceQuery).then(() => undefined, (caught: unknown) => caught);
        expect(error, JSON.stringify(query)).toBeInstanceOf(PayloadError);
        expect((error as PayloadError).issues.map((issue) => issue.pointer), JSON.stringify(query)).toContain(pointer);
      }
      const error = await current().queryInstances('a/b', { countLimit: 1000, limit: 1 }).then(() => undefined, (caught: unknown) => caught);
      expect((error as PayloadError).issues[0]).toMatchObject({ code: 'tenant.invalid' });
    });
  });
}
