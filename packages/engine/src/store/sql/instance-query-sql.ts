import { emptyRecord, setOwn } from '../../own-keys.js';
import { whereTerms, type WhereTerm } from '../instance-query.js';
import type { StoredInstanceQuery } from '../store.js';

/** A token that may step into an array (see `value_at`): where it stands, containment proves nothing. */
const MAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * The JSON document `data @>` finds a `where` term's candidates by (jsonb_path_ops GIN), or
 * undefined when containment cannot narrow it: `{"a":{"b":V}}` holds wherever `/a/b` is V, but
 * containment reads every step as an object key, so a step that may index an array has none.
 */
function containment(term: WhereTerm): unknown {
  if (term.tokens.some((token) => MAY_INDEX.test(token))) return undefined;
  let document: unknown = term.value;
  for (let index = term.tokens.length - 1; index >= 0; index--) {
    const step = emptyRecord<unknown>();
    setOwn(step, term.tokens[index]!, document);
    document = step;
  }
  return document;
}

/**
 * The SQL of an instance query (a checked one) over the store's schema `s`: one statement that
 * counts matches up to one past `countLimit` and selects the page after the cursor, so one round
 * trip. Every value is a parameter. Returns at least one row (the count); page columns are null
 * when the page is empty.
 */
export function instanceQuery(s: string, columns: string, tenant: string, query: StoredInstanceQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [tenant];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const filters = ['i.tenant = $1'];
  if (query.definitionId !== undefined) filters.push(`i.definition_id = ${param(query.definitionId)}`);
  if (query.definitionVersion !== undefined) filters.push(`i.definition_version = ${param(query.definitionVersion)}::integer`);
  if (query.status !== undefined) filters.push(`i.status = ${param(query.status)}`);
  if (query.states !== undefined) filters.push(`i.keys && ${param(query.states.map((state) => `s:${state}`))}::text[]`);
  const required = [
    ...(query.participant === undefined ? [] : [`p:${query.participant}`]),
    ...(query.unit === undefined ? [] : [`u:${query.unit}`]),
  ];
  if (required.length > 0) filters.push(`i.keys @> ${param(required)}::text[]`);
  for (const term of whereTerms(query)) {
    const document = containment(term);
    if (document !== undefined) filters.push(`i.data @> ${param(JSON.stringify(document))}::jsonb`);
    // Below the top level, containment of a scalar is equality (`{"a":["x"]}` does not contain
    // `{"a":"x"}`); an array or object value contains more than itself, so it is checked exactly.
    if (document !== undefined && term.tokens.length > 0 && (term.value === null || typeof term.value !== 'object')) continue;
    // `->` with a text key steps into objects only, like a pointer without array steps; value_at
    // steps into arrays by index as well.
    const value = document === undefined
      ? `${s}.value_at(i.data, ${param(term.tokens)}::text[])`
      : term.tokens.reduce((path, token) => `${path} -> ${param(token)}::text`, 'i.data');
    filters.push(`${value} = ${param(JSON.stringify(term.value))}::jsonb`);
  }
  if (query.createdFrom !== undefined) filters.push(`i.created_at >= ${param(query.createdFrom)}::timestamptz`);
  if (query.createdTo !== undefined) filters.push(`i.created_at < ${param(query.createdTo)}::timestamptz`);
  const all = filters.join(' and ');
  const page =
    query.after === undefined
      ? all
      : `${all} and (i.created_at, i.id collate "C") > (${param(query.after.createdAt)}::timestamptz, ${param(query.after.id)}::text collate "C")`;
  // The count stops one row past the limit: enough to tell that more match, bounded whatever the
  // table holds. In the page's order, so that a broad filter may be counted along an ordered index,
  // which can stop early (a bitmap scan of a GIN index reads every match before the limit applies).
  const sql = `select counted.total, page.* from
    (select count(*) as total from (
      select 1 from ${s}.instances i where ${all}
      order by i.created_at, i.id collate "C" limit ${param(query.countLimit + 1)}::integer
    ) matches) counted
    left join lateral (
      select true as found, ${columns}
      from ${s}.instances i where ${page}
      order by i.created_at, i.id collate "C" limit ${param(query.limit)}::integer
    ) page on true
    order by page.created_at, page.id collate "C"`;
  return { sql, params };
}
