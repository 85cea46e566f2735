import {
  fieldPermissionsFor,
  fieldSchemaAt,
  getAtPointer,
  isFilled,
  isSchema,
  parsePointer,
  resolveScope,
  toPointer,
  pickTitle,
  setAtPointer,
  type FieldPermissions,
  type InstanceView,
  type JsonSchemaObject,
} from '@luzhi/engine';
import { actionTitle, type WorkflowIndex } from '@luzhi/engine/diagram';
import { FormSchemaError } from '../errors.js';
import type { JsonSchema, UiElement } from '../form/ui-schema.js';
import { createFormModel, type FormModel } from '../form/form-model.js';
import type { WorkflowForm } from '../form/luzhi-form.js';
import { dataOrigins, type DataOrigins, type Writer } from './data-origins.js';

/** A form of the definition, checked and ready to show data in review mode. */
export interface ContentForm {
  name: string;
  title: string;
  model: FormModel;
  /** Pointers of the fields the form's layout has a control for (a control shows what lies inside its field too). */
  controls: readonly string[];
}

/** Part of the instance's data shown through the form that wrote it, laid out by that form's `ui`. */
export interface FormSection {
  kind: 'form';
  key: string;
  form: ContentForm;
  /** The form's value, rebuilt from the data fields it wrote. */
  value: Record<string, unknown>;
  /** Fields of the form hidden from this actor. */
  hidden: FieldPermissions;
}

/** Data no form field wrote, each under the most telling label the definition gives. */
export interface DataSection {
  kind: 'data';
  key: string;
  items: DataItem[];
}

/** One data field outside any form. */
export interface DataItem {
  pointer: string;
  label: string;
  value: unknown;
}

/** One section of the panel's content: data shown through a form, or listed by name. */
export type ContentSection = FormSection | DataSection;

/** A list the data collects one entry per action in (replies, opinions, instructions). */
export interface EntryList {
  key: string;
  /** The title of the form the entries were written with. */
  title: string;
  entries: Entry[];
}

/** One entry of an {@link EntryList}: who wrote it, and what, as the form's value. */
export interface Entry {
  /** The unit or user the definition records beside the entry, if it does. */
  by: string | undefined;
  form: ContentForm;
  /** The entry as the form's value; undefined when the entry is not an object, as a payload is. */
  value: Record<string, unknown> | undefined;
  /** The entry as the data holds it. */
  raw: unknown;
  hidden: FieldPermissions;
}

/** What the panel shows of an instance: its data laid out from the definition. */
export interface PanelContent {
  sections: ContentSection[];
  replies: EntryList[];
}

/**
 * The instance's data as the panel shows it to the viewer of `view`. Each data field written
 * from a form field is shown through that form (its titles, choices and `ui` layout), grouped by
 * form in the order the workflow asks for them; lists that collect one payload (or one field of
 * it) per action become entry lists, each entry beside the unit or user recorded with it; the rest
 * is listed under its data-schema title, the role it names, or the action that writes it. A field
 * any of the viewer's actions hides (`fields`: `hidden`) is shown nowhere, wherever the data
 * copied it to. Without a definition every field is listed by name.
 */
export function panelContent(view: InstanceView, index: WorkflowIndex | undefined, locale: string): PanelContent {
  const data = isRecord(view.data) ? view.data : {};
  if (!index) return { sections: dataSection(data, new Set(), () => false, undefined, undefined, locale), replies: [] };
  const origins = dataOrigins(index);
  const forms = new Map<string, ContentForm | undefined>();
  const formNamed = (name: string) => {
    if (!forms.has(name)) forms.set(name, contentForm(index, name, locale));
    return forms.get(name);
  };
  const hiddenByForm = hiddenFields(view, index);
  const { hiddenData, hiddenLists } = hiddenInData(origins, hiddenByForm);
  const isHidden = (pointer: string) => [...hiddenData].some((hidden) => within(pointer, hidden));
  const valueAt = (pointer: string): unknown => {
    const tokens = parsePointer(pointer);
    return tokens === undefined ? undefined : withoutHidden(getAtPointer(data, tokens), pointer, hiddenData);
  };
  const shown = (pointer: string) => !isHidden(pointer) && isFilled(valueAt(pointer));
  const permissions = (form: string): FieldPermissions => {
    const hidden: FieldPermissions = Object.create(null) as FieldPermissions;
    for (const pointer of hiddenByForm.get(form) ?? []) hidden[pointer] = 'hidden';
    return hidden;
  };

  const covered = new Set<string>();
  const values = new Map<string, Record<string, unknown>>();
  const addTo = (key: string, formPointer: string, value: unknown) => {
    const tokens = parsePointer(formPointer);
    if (!tokens) return;
    values.set(key, setAtPointer(values.get(key) ?? {}, tokens, value));
  };
  // A data field several forms copy is shown in the form that wrote the most of what is there.
  const score = new Map<string, number>();
  for (const [pointer, list] of origins.fields) {
    if (!shown(pointer)) continue;
    for (const form of new Set(list.map((origin) => origin.form))) score.set(form, (score.get(form) ?? 0) + 1);
  }
  for (const [pointer, list] of origins.fields) {
    if (!shown(pointer)) continue;
    let best: { form: string; pointer: string } | undefined;
    for (const origin of list) {
      // A form whose layout leaves the field out cannot show it: the data is shown elsewhere.
      const form = formNamed(origin.form);
      if (!form || !form.controls.some((control) => within(origin.pointer, control))) continue;
      if (!best || (score.get(origin.form) ?? 0) > (score.get(best.form) ?? 0)) best = origin;
    }
    if (!best) continue;
    covered.add(pointer);
    addTo(best.form, best.pointer, valueAt(pointer));
  }
  const sections: ContentSection[] = [];
  for (const name of origins.formOrder) {
    const form = formNamed(name);
    const value = values.get(name);
    if (form && value) sections.push({ kind: 'form', key: `form:${name}`, form, value, hidden: permissions(name) });
  }
  for (const [pointer, name] of origins.records) {
    const form = formNamed(name);
    const value = valueAt(pointer);
    if (!form || isHidden(pointer) || !isRecord(value) || !isFilled(value)) continue;
    covered.add(pointer);
    sections.push({ kind: 'form', key: `record:${pointer}`, form, value, hidden: permissions(name) });
  }

  const replies: EntryList[] = [];
  for (const [pointer, list] of origins.lists) {
    const form = formNamed(list.form);
    const items = valueAt(pointer);
    if (!form || isHidden(pointer) || !Array.isArray(items) || items.length === 0) continue;
    const tokens = parsePointer(list.pointer) ?? [];
    const by = list.by === undefined ? undefined : valueAt(list.by);
    covered.add(pointer);
    if (list.by !== undefined) covered.add(list.by);
    replies.push({
      key: `list:${pointer}`,
      title: form.title,
      entries: items.map((item, at) => ({
        by: Array.isArray(by) && typeof by[at] === 'string' ? by[at] : undefined,
        form,
        value: tokens.length > 0 ? setAtPointer({}, tokens, item) : isRecord(item) ? item : undefined,
        raw: item,
        hidden: permissions(list.form),
      })),
    });
  }
  // A list holding a hidden field in each entry is shown only through its form, which leaves the field out.
  const unlisted = (pointer: string) => isHidden(pointer) || [...hiddenLists].some((list) => within(pointer, list) || within(list, pointer));
  sections.push(...dataSection(data, covered, unlisted, index, origins, locale, hiddenData));
  return { sections, replies };
}

/** The data fields no section shows, top level, in the data schema's order. */
function dataSection(
  data: Record<string, unknown>,
  covered: ReadonlySet<string>,
  isHidden: (pointer: string) => boolean,
  index: WorkflowIndex | undefined,
  origins: DataOrigins | undefined,
  locale: string,
  hiddenData: ReadonlySet<string> = new Set(),
): DataSection[] {
  const schema = isRecord(index?.definition.data) ? (index.definition.data as JsonSchemaObject) : undefined;
  const declared = isRecord(schema?.properties) ? Object.keys(schema.properties) : [];
  const names = [...new Set([...declared.filter((name) => Object.hasOwn(data, name)), ...Object.keys(data)])];
  const items: DataItem[] = [];
  for (const name of names) {
    const pointer = toPointer([name]);
    if ([...covered].some((place) => within(place, pointer) || within(pointer, place)) || isHidden(pointer)) continue;
    const value = withoutHidden(data[name], pointer, hiddenData);
    if (!isFilled(value)) continue;
    items.push({ pointer, label: dataLabel(pointer, name, schema, index, origins, locale), value });
  }
  return items.length === 0 ? [] : [{ kind: 'data', key: 'data', items }];
}

/**
 * The label of a data field outside any form: its data-schema title, else the title of the role
 * whose holders it names, of the form field it copies, of the role acting when it records who
 * acted, of the one action that writes (or, for a list, adds to) it, of the role a `forEach` opens
 * one branch for per item of it — else its name, spaced out.
 */
function dataLabel(
  pointer: string,
  name: string,
  schema: JsonSchemaObject | undefined,
  index: WorkflowIndex | undefined,
  origins: DataOrigins | undefined,
  locale: string,
): string {
  const title = schema ? fieldSchemaAt(schema, pointer)?.schema.title : undefined;
  if (typeof title === 'string' && title !== '') return title;
  const roles = isRecord(index?.definition.roles) ? Object.entries(index.definition.roles) : [];
  for (const [, role] of roles) {
    if (isRecord(role) && role.holders === pointer) return pickTitle(role.title as string | Record<string, string>, locale) ?? name;
  }
  const field = origins?.fields.get(pointer)?.[0];
  if (field && index) {
    const form = formOf(index, field.form);
    const fieldTitle = form && isRecord(form.schema) ? fieldSchemaAt(form.schema as JsonSchemaObject, field.pointer)?.schema.title : undefined;
    if (typeof fieldTitle === 'string' && fieldTitle !== '') return fieldTitle;
  }
  const all = origins?.writers.get(pointer) ?? [];
  // A list is named after the action that adds to it, not after those that reset it.
  const writers = all.some((writer) => writer.appends) ? all.filter((writer) => writer.appends) : all;
  const events = new Set(writers.map((writer) => writer.event));
  const [writer] = writers;
  if (writer && events.size === 1 && index) {
    if (writer.who && !writer.appends) {
      const role = actingRole(index, writer, locale);
      if (role) return role;
    }
    const action = actionTitle(index, writer.event, locale, writer.state);
    if (action) return action;
  }
  if (index) {
    const role = branchRole(index, pointer, locale);
    if (role) return role;
  }
  return spacedName(name);
}

/** The title of the role of a `forEach` state that opens one branch per item of the list at `pointer`. */
function branchRole(index: WorkflowIndex, pointer: string, locale: string): string | undefined {
  for (const info of index.states.values()) {
    const forEach: unknown = (info.node as { forEach?: unknown }).forEach;
    if (!isRecord(forEach) || forEach.in !== pointer || typeof forEach.role !== 'string') continue;
    const roles: unknown = index.definition.roles;
    const role = isRecord(roles) && Object.hasOwn(roles, forEach.role) ? roles[forEach.role] : undefined;
    if (isRecord(role)) return pickTitle(role.title as string | Record<string, string>, locale);
  }
  return undefined;
}

/** The title of the one role that may take the writer's action, if it names exactly one. */
function actingRole(index: WorkflowIndex, writer: Writer, locale: string): string | undefined {
  const on = (index.states.get(writer.state)?.node as { on?: unknown } | undefined)?.on;
  const transition = isRecord(on) && Object.hasOwn(on, writer.event) ? on[writer.event] : undefined;
  const first: unknown = Array.isArray(transition) ? transition[0] : transition;
  const roles = isRecord(first) && Array.isArray(first.roles) ? first.roles : [];
  const [name] = roles;
  if (roles.length !== 1 || typeof name !== 'string') return undefined;
  const declared = isRecord(index.definition.roles) && Object.hasOwn(index.definition.roles, name) ? index.definition.roles[name] : undefined;
  return isRecord(declared) ? pickTitle(declared.title as string | Record<string, string>, locale) : undefined;
}

/** `rehandleCount` → `Rehandle count`: a readable label for a field nothing in the definition names. */
export function spacedName(name: string): string {
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return spaced === '' ? name : spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * Where the hidden form fields went in the data: every data field whose value is a hidden field,
 * lies inside one, or is computed from one is hidden whole (`hiddenData`), and a hidden field
 * inside a value copied whole is hidden at its place in that value. Lists that collect a hidden
 * field inside each entry are returned as `hiddenLists`: only their form may show them.
 */
function hiddenInData(origins: DataOrigins, hiddenByForm: ReadonlyMap<string, ReadonlySet<string>>): { hiddenData: Set<string>; hiddenLists: Set<string> } {
  const hiddenData = new Set<string>();
  const hiddenLists = new Set<string>();
  for (const write of origins.formWrites) {
    for (const hidden of hiddenByForm.get(write.form) ?? []) {
      if (write.copies !== undefined && within(hidden, write.copies) && hidden !== write.copies) {
        // The value holds the hidden field somewhere inside.
        if (write.appends) hiddenLists.add(write.target);
        else hiddenData.add(write.target + hidden.slice(write.copies.length));
      } else if (write.reads.some((read) => within(read, hidden) || within(hidden, read))) {
        hiddenData.add(write.target);
        const by = origins.lists.get(write.target)?.by;
        if (write.appends && by !== undefined) hiddenData.add(by);
      }
    }
  }
  return { hiddenData, hiddenLists };
}

/** Form pointers each form hides from the viewer, from the field permissions of every action offered. */
function hiddenFields(view: InstanceView, index: WorkflowIndex): Map<string, Set<string>> {
  const hidden = new Map<string, Set<string>>();
  for (const action of view.actions) {
    if (action.form === undefined) continue;
    const fields = action.fields ?? fieldPermissionsFor(index.definition, action.state, action.event);
    for (const [pointer, permission] of Object.entries(fields)) {
      if (permission !== 'hidden') continue;
      const set = hidden.get(action.form) ?? new Set<string>();
      set.add(pointer);
      hidden.set(action.form, set);
    }
  }
  return hidden;
}

/** A form of the definition checked for review; undefined when it is missing or cannot be laid out. */
function contentForm(index: WorkflowIndex, name: string, locale: string): ContentForm | undefined {
  const form = formOf(index, name);
  if (!form) return undefined;
  try {
    const model = createFormModel({ schema: form.schema, ui: form.ui }, { compile: 'later' });
    return { name, title: pickTitle(form.title, locale) ?? name, model, controls: controlPointers(model.layoutSchema, model.ui) };
  } catch (error) {
    if (error instanceof FormSchemaError) return undefined;
    throw error;
  }
}

/** The pointers of the fields a UI schema places a control for, nested layouts (`options.detail`) included. */
function controlPointers(schema: JsonSchema, ui: UiElement, base = ''): string[] {
  if (ui.type === 'Control') {
    const target = resolveScope(schema, ui.scope);
    if (!target) return [];
    const pointer = base + toPointer(target.tokens);
    // An object laid out by its own detail shows only the fields that detail places; a list shows all of it.
    const detail = ui.options?.detail;
    return detail && !isSchema(target.schema.items) ? controlPointers(target.schema, detail, pointer) : [pointer];
  }
  if (ui.type === 'Label') return [];
  return ui.elements.flatMap((element) => controlPointers(schema, element, base));
}

function formOf(index: WorkflowIndex, name: string): WorkflowForm | undefined {
  const forms: unknown = index.definition.forms;
  const form = isRecord(forms) && Object.hasOwn(forms, name) ? forms[name] : undefined;
  return isRecord(form) ? (form as unknown as WorkflowForm) : undefined;
}

/** Whether `pointer` is `outer` or lies inside it. */
function within(pointer: string, outer: string): boolean {
  return pointer === outer || pointer.startsWith(`${outer}/`);
}

/** `value` without what lies at `pointers` (pointers into the value itself). */
export function withoutPointers(value: unknown, pointers: Iterable<string>): unknown {
  let result = value;
  for (const pointer of pointers) {
    const tokens = parsePointer(pointer);
    if (tokens && tokens.length > 0) result = removeAt(result, tokens);
  }
  return result;
}

/** `value` (found at `pointer`) without the parts at hidden pointers below it. */
function withoutHidden(value: unknown, pointer: string, hidden: ReadonlySet<string>): unknown {
  let result = value;
  for (const place of hidden) {
    if (!place.startsWith(`${pointer}/`)) continue;
    const tokens = parsePointer(place.slice(pointer.length));
    if (tokens) result = removeAt(result, tokens);
  }
  return result;
}

function removeAt(value: unknown, tokens: readonly string[]): unknown {
  const [head, ...rest] = tokens;
  if (head === undefined || !isRecord(value) || !Object.hasOwn(value, head)) return value;
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (key === head && rest.length === 0) continue;
    Object.defineProperty(copy, key, { value: key === head ? removeAt(value[key], rest) : value[key], enumerable: true, writable: true });
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
