/**
 * The SQL schema of the PGlite and PostgreSQL stores, as versioned migrations. Each migration runs
 * once, in its own transaction, in order; `<schema>` stands for the store's schema name. A
 * released migration is never edited: a change is a new migration with the next version.
 *
 * The tenant (committee) leads every primary key and index, so that the same schema can be
 * distributed by tenant. Timer and outbox rows are addressed by their own ids, which contain the
 * tenant.
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
create index instances_by_definition on <schema>.instances (tenant, definition_id, definition_version, status);

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
  primary key (tenant, instance_id, key)
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
  id text primary key,
  tenant text not null,
  instance_id text not null,
  due_at timestamptz not null,
  lease_until timestamptz,
  timer jsonb not null
);
create index timers_by_instance on <schema>.timers (tenant, instance_id);
create index timers_by_due on <schema>.timers (due_at);

create table <schema>.outbox (
  id text primary key,
  tenant text not null,
  instance_id text not null,
  position bigserial not null,
  status text not null,
  -- null: deliverable at once; else the lease of whoever is delivering it, or the retry time
  available_at timestamptz,
  attempts integer not null,
  last_error text,
  effect jsonb not null
);
create index outbox_pending on <schema>.outbox (position) where status = 'pending';

-- Applies one command in one statement (so in one transaction, and one round trip): the instance
-- row with its version check, the idempotency key, the audit event, and the instance's tasks,
-- timers and new outbox effects. Returns null when it committed, or the stored version (0: none)
-- when the version check failed, having written nothing. A reused idempotency key raises LZ409,
-- which rolls the whole statement back.
create function <schema>.commit_command(w jsonb) returns integer language plpgsql as $$
declare
  inst jsonb := w->'instance';
  t text := inst->>'tenant';
  i text := inst->>'id';
  expected integer := (w->>'expectedVersion')::integer;
  inst_runtime jsonb := jsonb_build_object(
    'entered', inst->'entered', 'deadlines', inst->'deadlines', 'branches', inst->'branches',
    'assignees', inst->'assignees', 'lastHash', inst->'lastHash');
  stored integer;
  task_place bigint;
begin
  if expected = 0 then
    insert into <schema>.instances
      (tenant, id, definition_id, definition_version, status, version, state, data, runtime, created_at, updated_at)
    values (t, i, inst->>'definitionId', (inst->>'definitionVersion')::integer, inst->>'status',
      (inst->>'version')::integer, inst->'state', inst->'data', inst_runtime,
      (inst->>'createdAt')::timestamptz, (inst->>'updatedAt')::timestamptz)
    on conflict do nothing;
  else
    update <schema>.instances set
      definition_id = inst->>'definitionId', definition_version = (inst->>'definitionVersion')::integer,
      status = inst->>'status', version = (inst->>'version')::integer, state = inst->'state',
      data = inst->'data', runtime = inst_runtime, updated_at = (inst->>'updatedAt')::timestamptz
    where tenant = t and id = i and version = expected;
  end if;
  if not found then
    select version into stored from <schema>.instances where tenant = t and id = i;
    return coalesce(stored, 0);
  end if;

  if w->'idempotency' is not null and jsonb_typeof(w->'idempotency') = 'object' then
    insert into <schema>.idempotency_keys (tenant, instance_id, key, result, created_at)
    values (t, i, w->'idempotency'->>'key', w->'idempotency'->'result', (inst->>'updatedAt')::timestamptz)
    on conflict do nothing;
    if not found then
      raise exception using errcode = 'LZ409', message = 'idempotency key reused', detail = t || '/' || i;
    end if;
  end if;

  insert into <schema>.events (tenant, instance_id, seq, at, type, hash, event)
  values (t, i, (w->'event'->>'seq')::integer, (w->'event'->>'at')::timestamptz, w->'event'->>'type',
    w->'event'->>'hash', w->'event');

  select min(place) into task_place from <schema>.tasks where tenant = t and instance_id = i;
  delete from <schema>.tasks where tenant = t and instance_id = i;
  if jsonb_array_length(w->'tasks') > 0 then
    if task_place is null then task_place := nextval('<schema>.task_places'); end if;
    insert into <schema>.tasks (tenant, instance_id, ordinal, place, definition_id, state, audience, created_at, due, warn_at, task)
    select t, i, x.ordinal::integer, task_place, x.task->>'definitionId', x.task->>'state',
      array(select jsonb_array_elements_text(w->'audiences'->(x.ordinal::integer - 1))),
      (x.task->>'createdAt')::timestamptz, (x.task->>'due')::timestamptz, (x.task->>'warnAt')::timestamptz, x.task
    from jsonb_array_elements(w->'tasks') with ordinality as x(task, ordinal);
  end if;

  delete from <schema>.timers where tenant = t and instance_id = i;
  insert into <schema>.timers (id, tenant, instance_id, due_at, timer)
  select x.timer->>'id', t, i, (x.timer->>'dueAt')::timestamptz, x.timer
  from jsonb_array_elements(w->'timers') as x(timer);

  insert into <schema>.outbox (id, tenant, instance_id, status, available_at, attempts, effect)
  select x.effect->>'id', t, i, x.effect->>'status', (x.effect->>'availableAt')::timestamptz,
    (x.effect->>'attempts')::integer, x.effect
  from jsonb_array_elements(w->'effects') as x(effect);
  return null;
end $$;
`,
  },
];

/** The newest schema version these migrations build. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
