/**
 * The SQL schema of the PGlite and PostgreSQL stores, as versioned migrations. Each migration runs
 * once, in its own transaction, in order; `<schema>` stands for the store's schema name. A
 * released migration is never edited: a change is a new migration with the next version.
 *
 * The tenant (committee) leads every primary key and index, so that the same schema can be
 * distributed by tenant; every row is addressed by (tenant, id) columns, never by an id alone.
 */
export interface Migration {
  version: number;
  /** What the migration does, for the migration log. */
  description: string;
  sql: string;
}

/** The migrations this version of Luzhi knows, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'definitions, instances, events, idempotency keys, tasks, timers, outbox; commit_command()',
    sql: /* sql */ `
create table <schema>.definitions (
  tenant text not null,
  id text not null,
  version integer not null,
  content_hash text not null,
  definition jsonb not null,
  published_at timestamptz not null,
  primary key (tenant, id, version)
);

create table <schema>.instances (
  tenant text not null,
  id text not null,
  definition_id text not null,
  definition_version integer not null,
  status text not null,
  version integer not null,
  state jsonb not null,
  data jsonb not null,
  -- entered, deadlines, branches, assignees and lastHash: what the engine keeps beside the state
  runtime jsonb not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  primary key (tenant, id)
);

create table <schema>.events (
  tenant text not null,
  instance_id text not null,
  seq integer not null,
  at timestamptz not null,
  type text not null,
  hash text not null,
  event jsonb not null,
  primary key (tenant, instance_id, seq)
);

create table <schema>.idempotency_keys (
  tenant text not null,
  instance_id text not null,
  key text not null,
  result jsonb not null,
  created_at timestamptz not null,
  -- One key names one command across all of the tenant's instances.
  primary key (tenant, key)
);

-- An instance's place in the to-do order: taken when it gets open tasks, kept while it has some.
create sequence <schema>.task_places;

create table <schema>.tasks (
  tenant text not null,
  instance_id text not null,
  ordinal integer not null,
  place bigint not null,
  definition_id text not null,
  state text not null,
  -- Who may see the task: 'r:<role>', 'u:<unit>:<role>' for unit-scoped roles, 'a:<user>' once
  -- claimed or delegated (then only that). A query matches it with the actor's keys.
  audience text[] not null,
  created_at timestamptz not null,
  due timestamptz,
  warn_at timestamptz,
  task jsonb not null,
  primary key (tenant, instance_id, ordinal)
);
create index tasks_by_created on <schema>.tasks (tenant, created_at, place, ordinal);
create index tasks_by_due on <schema>.tasks (tenant, due, created_at, place, ordinal);
create index tasks_by_audience on <schema>.tasks using gin (audience);

create table <schema>.timers (
  tenant text not null,
  id text not null,
  instance_id text not null,
  due_at timestamptz not null,
  lease_until timestamptz,
  timer jsonb not null,
  primary key (tenant, id)
);
create index timers_by_instance on <schema>.timers (tenant, instance_id);
create index timers_by_due on <schema>.timers (tenant, due_at);

create table <schema>.outbox (
  tenant text not null,
  id text not null,
  instance_id text not null,
  position bigserial not null,
  status text not null,
  -- null: deliverable at once; else the lease of whoever is delivering it, or the retry time
  available_at timestamptz,
  attempts integer not null,
  last_error text,
  effect jsonb not null,
  primary key (tenant, id)
);
create index outbox_pending on <schema>.outbox (tenant, position) where status = 'pending';

-- Applies one command in one statement (so in one transaction, and one round trip): the instance
-- row with its version check, the idempotency key, the audit event, and the instance's tasks,
-- timers and new outbox effects; and forgets the outbox effects delivered since the last call
-- (a JSON array of {tenant, id}).
-- Returns null when it committed, or the stored version (0: none) when the version check failed,
-- having written nothing. A reused idempotency key raises LZ409, which rolls it all back.
create function <schema>.commit_command(
  t text, i text, expected integer, definition_id text, definition_version integer, status text,
  new_version integer, state jsonb, data jsonb, runtime jsonb, created_at timestamptz, updated_at timestamptz,
  idempotency_key text, idempotency_result jsonb,
  event_seq integer, event_type text, event_hash text, event jsonb,
  tasks jsonb, timers jsonb, effects jsonb, delivered jsonb
) returns integer language plpgsql as $$
declare
  stored integer;
  task_place bigint;
begin
  if expected = 0 then
    insert into <schema>.instances
      (tenant, id, definition_id, definition_version, status, version, state, data, runtime, created_at, updated_at)
    values (t, i, commit_command.definition_id, commit_command.definition_version, commit_command.status,
      new_version, commit_command.state, commit_command.data, commit_command.runtime,
      commit_command.created_at, commit_command.updated_at)
    on conflict do nothing;
  else
    update <schema>.instances s set
      definition_id = commit_command.definition_id, definition_version = commit_command.definition_version,
      status = commit_command.status, version = new_version, state = commit_command.state,
      data = commit_command.data, runtime = commit_command.runtime, updated_at = commit_command.updated_at
    where s.tenant = t and s.id = i and s.version = expected;
  end if;
  if not found then
    select s.version into stored from <schema>.instances s where s.tenant = t and s.id = i;
    return coalesce(stored, 0);
  end if;

  if idempotency_key is not null then
    insert into <schema>.idempotency_keys (tenant, instance_id, key, result, created_at)
    values (t, i, idempotency_key, idempotency_result, commit_command.updated_at)
    on conflict do nothing;
    if not found then
      raise exception using errcode = 'LZ409', message = 'idempotency key reused', detail = t || '/' || i;
    end if;
  end if;

  insert into <schema>.events (tenant, instance_id, seq, at, type, hash, event)
  values (t, i, event_seq, commit_command.updated_at, event_type, event_hash, commit_command.event);

  -- The instance keeps its place in the to-do order while it has open tasks.
  select x.place into task_place from <schema>.tasks x where x.tenant = t and x.instance_id = i limit 1;
  delete from <schema>.tasks x where x.tenant = t and x.instance_id = i;
  if jsonb_array_length(tasks) > 0 then
    if task_place is null then task_place := nextval('<schema>.task_places'); end if;
    insert into <schema>.tasks (tenant, instance_id, ordinal, place, definition_id, state, audience, created_at, due, warn_at, task)
    select t, i, r.ordinal, task_place, r.definition_id, r.state, r.audience, r.created_at, r.due, r.warn_at, r.task
    from jsonb_to_recordset(tasks) as r(ordinal integer, definition_id text, state text, audience text[],
      created_at timestamptz, due timestamptz, warn_at timestamptz, task jsonb);
  end if;

  delete from <schema>.timers x where x.tenant = t and x.instance_id = i;
  if jsonb_array_length(timers) > 0 then
    insert into <schema>.timers (id, tenant, instance_id, due_at, timer)
    select r.id, t, i, r.due_at, r.timer from jsonb_to_recordset(timers) as r(id text, due_at timestamptz, timer jsonb);
  end if;

  if jsonb_array_length(effects) > 0 then
    insert into <schema>.outbox (id, tenant, instance_id, status, available_at, attempts, effect)
    select r.id, t, i, r.status, r.available_at, r.attempts, r.effect
    from jsonb_to_recordset(effects) as r(id text, status text, available_at timestamptz, attempts integer, effect jsonb);
  end if;

  -- Delivered effects of any tenant, as (tenant, id) pairs.
  if jsonb_array_length(delivered) > 0 then
    delete from <schema>.outbox x using jsonb_to_recordset(delivered) as d(tenant text, id text)
    where x.tenant = d.tenant and x.id = d.id;
  end if;
  return null;
end $$;
`,
  },
  {
    version: 2,
    description: 'instance queries: instance_keys(), value_at(), instances.keys and the indexes of queryInstances',
    sql: /* sql */ `
-- The names an instance is found by, each with the kind before it, as instance-query.ts computes
-- them: 's:' every active state name (the keys and names of the state value, and the state of
-- every open forEach branch), 'p:' every holder of a participant role, 'u:' every bound unit and
-- the unit of every open branch. Total on any JSON: a malformed row gives fewer names, never an error.
create function <schema>.instance_keys(state jsonb, runtime jsonb) returns text[]
language sql immutable parallel safe as $$
  with recursive walk(value) as (
    select state
    union all
    select e.value from walk
    cross join lateral jsonb_each(case when jsonb_typeof(walk.value) = 'object' then walk.value else '{}'::jsonb end) e
  ),
  branches(unit, branch) as (
    select b.key, b.value
    from jsonb_each(case when jsonb_typeof(runtime -> 'branches') = 'object' then runtime -> 'branches' else '{}'::jsonb end) f
    cross join lateral jsonb_each(case when jsonb_typeof(f.value) = 'object' then f.value else '{}'::jsonb end) b
  ),
  keys(key) as (
    select 's:' || k from walk
    cross join lateral jsonb_object_keys(case when jsonb_typeof(walk.value) = 'object' then walk.value else '{}'::jsonb end) k
    union select 's:' || (value #>> '{}') from walk where jsonb_typeof(value) = 'string'
    union select 's:' || (branch ->> 'state') from branches where jsonb_typeof(branch -> 'state') = 'string'
    union select 'u:' || unit from branches
    union select 'u:' || (u.value #>> '{}')
      from jsonb_each(case when jsonb_typeof(runtime -> 'units') = 'object' then runtime -> 'units' else '{}'::jsonb end) u
      where jsonb_typeof(u.value) = 'string'
    union select 'p:' || (h #>> '{}')
      from jsonb_each(case when jsonb_typeof(runtime -> 'participants') = 'object' then runtime -> 'participants' else '{}'::jsonb end) p
      cross join lateral jsonb_array_elements(case when jsonb_typeof(p.value) = 'array' then p.value else '[]'::jsonb end) h
      where jsonb_typeof(h) = 'string'
  )
  select coalesce(array_agg(key order by key), '{}') from keys
$$;

-- The value at a JSON pointer's tokens (RFC 6901): an object is stepped into by key, an array by
-- an index written without a leading zero only; null when a step is missing.
create function <schema>.value_at(document jsonb, path text[]) returns jsonb
language plpgsql immutable parallel safe as $$
declare
  step text;
begin
  foreach step in array path loop
    if jsonb_typeof(document) = 'object' then
      document := document -> step;
    elsif jsonb_typeof(document) = 'array' and step ~ '^(0|[1-9][0-9]{0,8})$' then
      document := document -> step::integer;
    else
      return null;
    end if;
    if document is null then return null; end if;
  end loop;
  return document;
end $$;

-- Written with the row by every insert and update, whoever makes it.
alter table <schema>.instances add column keys text[] generated always as (<schema>.instance_keys(state, runtime)) stored;

-- Instance queries run in (created_at, id) order, ids by code point, from a keyset cursor.
create index instances_by_created on <schema>.instances (tenant, created_at, id collate "C");
create index instances_by_definition on <schema>.instances (tenant, definition_id, definition_version, created_at, id collate "C");
create index instances_by_status on <schema>.instances (tenant, status, created_at, id collate "C");
create index instances_by_keys on <schema>.instances using gin (keys);
-- Data equality is found by containment first, then checked exactly (value_at).
create index instances_by_data on <schema>.instances using gin (data jsonb_path_ops);
`,
  },
  {
    version: 3,
    description: 'commit_command() keeps unchanged task and timer rows; commit_commands() commits a group of commands in one transaction',
    sql: /* sql */ `
-- As version 1's, except that an instance's task and timer rows are rewritten only when the
-- command changed them: a command that leaves them as they were leaves their rows (and the
-- indexes over them) untouched. Unchanged timers lose their lease all the same, as rewritten
-- ones did.
create or replace function <schema>.commit_command(
  t text, i text, expected integer, definition_id text, definition_version integer, status text,
  new_version integer, state jsonb, data jsonb, runtime jsonb, created_at timestamptz, updated_at timestamptz,
  idempotency_key text, idempotency_result jsonb,
  event_seq integer, event_type text, event_hash text, event jsonb,
  tasks jsonb, timers jsonb, effects jsonb, delivered jsonb
) returns integer language plpgsql as $$
declare
  stored integer;
  task_place bigint;
begin
  if expected = 0 then
    insert into <schema>.instances
      (tenant, id, definition_id, definition_version, status, version, state, data, runtime, created_at, updated_at)
    values (t, i, commit_command.definition_id, commit_command.definition_version, commit_command.status,
      new_version, commit_command.state, commit_command.data, commit_command.runtime,
      commit_command.created_at, commit_command.updated_at)
    on conflict do nothing;
  else
    update <schema>.instances s set
      definition_id = commit_command.definition_id, definition_version = commit_command.definition_version,
      status = commit_command.status, version = new_version, state = commit_command.state,
      data = commit_command.data, runtime = commit_command.runtime, updated_at = commit_command.updated_at
    where s.tenant = t and s.id = i and s.version = expected;
  end if;
  if not found then
    select s.version into stored from <schema>.instances s where s.tenant = t and s.id = i;
    return coalesce(stored, 0);
  end if;

  if idempotency_key is not null then
    insert into <schema>.idempotency_keys (tenant, instance_id, key, result, created_at)
    values (t, i, idempotency_key, idempotency_result, commit_command.updated_at)
    on conflict do nothing;
    if not found then
      raise exception using errcode = 'LZ409', message = 'idempotency key reused', detail = t || '/' || i;
    end if;
  end if;

  insert into <schema>.events (tenant, instance_id, seq, at, type, hash, event)
  values (t, i, event_seq, commit_command.updated_at, event_type, event_hash, commit_command.event);

  -- The task rows are replaced as a set when any row differs, column by column, from the new set.
  if exists (
    select 1
    from jsonb_to_recordset(tasks) as n(ordinal integer, definition_id text, state text, audience text[],
      created_at timestamptz, due timestamptz, warn_at timestamptz, task jsonb)
    full join (select x.ordinal, x.definition_id, x.state, x.audience, x.created_at, x.due, x.warn_at, x.task
               from <schema>.tasks x where x.tenant = t and x.instance_id = i) o on o.ordinal = n.ordinal
    where n.ordinal is null or o.ordinal is null
      or (n.definition_id, n.state, n.audience, n.created_at, n.due, n.warn_at, n.task)
         is distinct from (o.definition_id, o.state, o.audience, o.created_at, o.due, o.warn_at, o.task)
  ) then
    -- The instance keeps its place in the to-do order while it has open tasks.
    select x.place into task_place from <schema>.tasks x where x.tenant = t and x.instance_id = i limit 1;
    delete from <schema>.tasks x where x.tenant = t and x.instance_id = i;
    if jsonb_array_length(tasks) > 0 then
      if task_place is null then task_place := nextval('<schema>.task_places'); end if;
      insert into <schema>.tasks (tenant, instance_id, ordinal, place, definition_id, state, audience, created_at, due, warn_at, task)
      select t, i, r.ordinal, task_place, r.definition_id, r.state, r.audience, r.created_at, r.due, r.warn_at, r.task
      from jsonb_to_recordset(tasks) as r(ordinal integer, definition_id text, state text, audience text[],
        created_at timestamptz, due timestamptz, warn_at timestamptz, task jsonb);
    end if;
  end if;

  if exists (
    select 1
    from jsonb_to_recordset(timers) as n(id text, due_at timestamptz, timer jsonb)
    full join (select x.id, x.due_at, x.timer from <schema>.timers x where x.tenant = t and x.instance_id = i) o on o.id = n.id
    where n.id is null or o.id is null or (n.due_at, n.timer) is distinct from (o.due_at, o.timer)
  ) then
    delete from <schema>.timers x where x.tenant = t and x.instance_id = i;
    if jsonb_array_length(timers) > 0 then
      insert into <schema>.timers (id, tenant, instance_id, due_at, timer)
      select r.id, t, i, r.due_at, r.timer from jsonb_to_recordset(timers) as r(id text, due_at timestamptz, timer jsonb);
    end if;
  else
    update <schema>.timers x set lease_until = null
    where x.tenant = t and x.instance_id = i and x.lease_until is not null;
  end if;

  if jsonb_array_length(effects) > 0 then
    insert into <schema>.outbox (id, tenant, instance_id, status, available_at, attempts, effect)
    select r.id, t, i, r.status, r.available_at, r.attempts, r.effect
    from jsonb_to_recordset(effects) as r(id text, status text, available_at timestamptz, attempts integer, effect jsonb);
  end if;

  -- Delivered effects of any tenant, as (tenant, id) pairs.
  if jsonb_array_length(delivered) > 0 then
    delete from <schema>.outbox x using jsonb_to_recordset(delivered) as d(tenant text, id text)
    where x.tenant = d.tenant and x.id = d.id;
  end if;
  return null;
end $$;

-- One command of a group, as a JSON object of commit_command()'s arguments (delivered aside):
-- null when written, else the version the instance is at.
create function <schema>.commit_command_json(c jsonb) returns integer language sql as $$
  select <schema>.commit_command(
    c ->> 't', c ->> 'i', (c ->> 'expected')::integer, c ->> 'definition_id', (c ->> 'definition_version')::integer,
    c ->> 'status', (c ->> 'version')::integer, c -> 'state', c -> 'data', c -> 'runtime',
    (c ->> 'created_at')::timestamptz, (c ->> 'updated_at')::timestamptz,
    c ->> 'key', case when c ->> 'key' is null then null else c -> 'result' end,
    (c ->> 'seq')::integer, c ->> 'type', c ->> 'hash', c -> 'event',
    c -> 'tasks', c -> 'timers', c -> 'effects', '[]'::jsonb)
$$;

-- Commits a group of commands in one transaction (one statement: one round trip, one flush of
-- the log), each command (JSON text: commit_command_json()'s object, with the instances it
-- starts in "started") in a block of its own, so that a command that fails rolls back its own
-- writes only. Forgets the delivered outbox effects as commit_command() does. Returns one outcome
-- per command, in order: null (written), {"stale": version} (the version check failed, nothing
-- written), "key" (its idempotency key was taken), "taken" (an instance it starts exists),
-- "conflict" (another unique row was taken: a racing insert of the same event), or
-- {"error": sqlstate} (anything else; rolled back).
create function <schema>.commit_commands(commands text[], delivered jsonb) returns jsonb
language plpgsql as $$
declare
  command text;
  c jsonb;
  started jsonb;
  stored integer;
  outcome jsonb;
  outcomes jsonb := '[]'::jsonb;
begin
  foreach command in array commands loop
    begin
      -- Parsed inside the block: text that is no JSON fails its own command only.
      c := command::jsonb;
      stored := <schema>.commit_command_json(c);
      if stored is null then
        outcome := 'null'::jsonb;
        for started in select value from jsonb_array_elements(coalesce(c -> 'started', '[]'::jsonb)) loop
          if <schema>.commit_command_json(started) is not null then
            raise exception using errcode = 'LZ410', message = 'started instance id taken';
          end if;
        end loop;
      else
        outcome := jsonb_build_object('stale', stored);
      end if;
    exception
      when sqlstate 'LZ409' then outcome := '"key"'::jsonb;
      when sqlstate 'LZ410' then outcome := '"taken"'::jsonb;
      when unique_violation then outcome := '"conflict"'::jsonb;
      when others then outcome := jsonb_build_object('error', sqlstate);
    end;
    outcomes := outcomes || jsonb_build_array(outcome);
  end loop;

  if jsonb_array_length(delivered) > 0 then
    delete from <schema>.outbox x using jsonb_to_recordset(delivered) as d(tenant text, id text)
    where x.tenant = d.tenant and x.id = d.id;
  end if;
  return outcomes;
end $$;
`,
  },
];

/** The newest schema version these migrations build. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
