import { compileExpression, parsePointer, toPointer, type CompiledExpression } from '@luzhi/engine';
import type { WorkflowIndex } from '@luzhi/engine/diagram';

/** A data field copied from one field of a form: `set: { "/title": "payload.title" }`. */
export interface FieldOrigin {
  form: string;
  /** The field's pointer in the form's payload. */
  pointer: string;
}

/** A list the data grows by one entry per action: a whole payload, or one of its fields. */
export interface ListOrigin {
  form: string;
  /** The field each entry copies (`"/opinion"`), or `""` when each entry is the whole payload. */
  pointer: string;
  /** A list appended to by the same action, one item per entry: who wrote each entry. */
  by: string | undefined;
}

/** An action that writes a data field, as the definition names it. */
export interface Writer {
  state: string;
  event: string;
  /** The value is the acting user's id or the branch's unit, not something typed in. */
  who: boolean;
  /** The action adds to a list rather than replacing the value. */
  appends: boolean;
}

/** One `set` entry of an action that has a form: what it writes, and which payload fields it reads. */
export interface FormWrite {
  /** The data pointer written (for an append, the list's). */
  target: string;
  form: string;
  appends: boolean;
  /** The payload field whose value is written (`""`: the whole payload); undefined for a computed value. */
  copies: string | undefined;
  /** Pointers of every payload field the expression reads (`""`: the whole payload). */
  reads: readonly string[];
}

/**
 * Where each field of an instance's data comes from, read from the `set` of every action: which
 * form field it copies, which form's whole payload it holds, which lists collect one entry per
 * action (replies, opinions) and who wrote each, and which actions write the rest. Keys are data
 * pointers; every map is a `Map`, so no name from a definition touches an object prototype.
 */
export interface DataOrigins {
  /** Data pointer → the form fields it copies, in definition order. */
  fields: ReadonlyMap<string, readonly FieldOrigin[]>;
  /** Data pointer → the form whose whole payload it holds. */
  records: ReadonlyMap<string, string>;
  /** Data pointer of a list → what each entry is. */
  lists: ReadonlyMap<string, ListOrigin>;
  /** Data pointer → the actions that write it. */
  writers: ReadonlyMap<string, readonly Writer[]>;
  /** Form names in the order the workflow first asks for them. */
  formOrder: readonly string[];
  /** Every `set` entry of an action with a form, for following a hidden form field into the data. */
  formWrites: readonly FormWrite[];
}

const origins = new WeakMap<object, DataOrigins>();

/**
 * The {@link DataOrigins} of an indexed definition, computed once per definition object. Each
 * `set` expression is evaluated once on marked stand-in values (a payload whose fields are
 * markers, the target list holding one marker), so what it writes is read from its result, not
 * guessed from its text: `payload.title`, `coalesce(payload.title, '')`,
 * `concat(coalesce(data.replies, []), [payload])` and a `/replies/-` target are all recognised.
 * Parts of the definition that cannot be read are skipped: their data is shown by name.
 */
export function dataOrigins(index: WorkflowIndex): DataOrigins {
  const known = origins.get(index.definition);
  if (known) return known;
  const fields = new Map<string, FieldOrigin[]>();
  const records = new Map<string, string>();
  const lists = new Map<string, ListOrigin>();
  const writers = new Map<string, Writer[]>();
  const formOrder: string[] = [];
  const formWrites: FormWrite[] = [];
  for (const info of index.states.values()) {
    const on = (info.node as { on?: unknown }).on;
    if (!isRecord(on)) continue;
    for (const [event, value] of Object.entries(on)) {
      for (const transition of Array.isArray(value) ? value : [value]) {
        if (!isRecord(transition)) continue;
        const form = typeof transition.form === 'string' ? transition.form : undefined;
        if (form !== undefined && !formOrder.includes(form)) formOrder.push(form);
        if (!isRecord(transition.set)) continue;
        const appended: Array<{ target: string; payload: boolean }> = [];
        for (const [target, source] of Object.entries(transition.set)) {
          const write = probe(target, source);
          if (!write) continue;
          const list = writers.get(write.target) ?? [];
          if (!list.some((writer) => writer.state === info.name && writer.event === event)) {
            list.push({ state: info.name, event, who: write.kind === 'who', appends: write.appends });
          }
          writers.set(write.target, list);
          if (write.appends) appended.push({ target: write.target, payload: write.kind === 'payload' && form !== undefined });
          if (form === undefined) continue;
          formWrites.push({ target: write.target, form, appends: write.appends, copies: write.kind === 'payload' ? write.pointer : undefined, reads: write.reads });
          if (write.kind !== 'payload') continue;
          if (write.appends) {
            if (!lists.has(write.target)) lists.set(write.target, { form, pointer: write.pointer, by: undefined });
          } else if (write.pointer === '') {
            if (!records.has(write.target)) records.set(write.target, form);
          } else {
            const list = fields.get(write.target) ?? [];
            list.push({ form, pointer: write.pointer });
            fields.set(write.target, list);
          }
        }
        // One list of entries and another list grown by the same action: the second says who wrote each entry.
        const entries = appended.filter((write) => write.payload);
        const others = appended.filter((write) => !write.payload);
        const [entry] = entries;
        const [author] = others;
        if (entries.length === 1 && entry && author) {
          const list = lists.get(entry.target);
          if (list && list.by === undefined) list.by = author.target;
        }
      }
    }
  }
  const result: DataOrigins = { fields, records, lists, writers, formOrder, formWrites };
  origins.set(index.definition, result);
  return result;
}

interface Write {
  /** The data pointer written (for an append, the list's). */
  target: string;
  appends: boolean;
  /** `payload`: a form field (or the whole payload, pointer `""`); `who`: the actor or the branch; `other`: anything computed. */
  kind: 'payload' | 'who' | 'other';
  pointer: string;
  reads: string[];
}

/** What one `set` entry writes, found by evaluating it on marked stand-ins; undefined when it cannot be read. */
function probe(target: string, source: unknown): Write | undefined {
  if (typeof source !== 'string') return undefined;
  const tokens = parsePointer(target);
  if (!tokens || tokens.length === 0) return undefined;
  const compiled = compileExpression(source);
  if (!compiled.ok) return undefined;
  const appendsByTarget = tokens.at(-1) === '-';
  const base = appendsByTarget ? tokens.slice(0, -1) : tokens;
  if (base.length === 0) return undefined;
  const marks = new Map<object, string[]>();
  const old = marker();
  const who = marker();
  const scope = {
    payload: payloadStandIn(compiled.expression, marks),
    data: nest(base, [old]),
    actor: { id: who },
    branch: { key: who },
    instance: {},
    branches: [],
    now: '2000-01-01T00:00:00Z',
  };
  let result: unknown;
  try {
    result = compiled.expression.evaluate(scope);
  } catch {
    return undefined;
  }
  let written = result;
  let appends = appendsByTarget;
  if (!appends && Array.isArray(result) && result.length === 2 && result[0] === old) {
    appends = true;
    written = result[1];
  }
  const pointer = typeof written === 'object' && written !== null ? marks.get(written) : undefined;
  const kind = pointer !== undefined ? 'payload' : written === who ? 'who' : 'other';
  const reads = compiled.expression.references.filter((reference) => reference.root === 'payload').map((reference) => toPointer(reference.path));
  return { target: toPointer(base), appends, kind, pointer: pointer === undefined ? '' : toPointer(pointer), reads };
}

/** A payload whose every field the expression reads is a distinct object, remembered in `marks` with its path. */
function payloadStandIn(expression: CompiledExpression, marks: Map<object, string[]>): object {
  const root = marker();
  marks.set(root, []);
  for (const reference of expression.references) {
    if (reference.root !== 'payload') continue;
    let node = root as Record<string, unknown>;
    reference.path.forEach((name, at) => {
      const next = Object.hasOwn(node, name) ? node[name] : undefined;
      if (isRecord(next)) {
        node = next;
        return;
      }
      const created = marker() as Record<string, unknown>;
      marks.set(created, reference.path.slice(0, at + 1));
      Object.defineProperty(node, name, { value: created, enumerable: true, writable: true, configurable: true });
      node = created;
    });
  }
  return root;
}

function marker(): object {
  return {};
}

/** `{ a: { b: value } }` for tokens `a`, `b`, built without touching prototypes. */
function nest(tokens: readonly string[], value: unknown): unknown {
  return tokens.reduceRight<unknown>((inner, token) => Object.defineProperty({}, token, { value: inner, enumerable: true }), value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
