import {
  choicesOf,
  defaultLayout,
  escapeToken,
  fieldKind,
  getAtPointer,
  isSchema,
  pickTitle,
  resolveScope,
  type Choice,
  type FieldKind,
  type FieldPermissions,
  type ScopeTarget,
} from '@luzhi/engine';
import { offeredNow, requiredNow, ruleOutcome } from './conditions.js';
import type { FormModel } from './form-model.js';
import type { CategorizationElement, ControlOptions, JsonSchema, UiElement, UiText } from './ui-schema.js';

/** A layout of the resolved form: vertical or horizontal. */
export interface LayoutView {
  type: 'layout';
  direction: 'vertical' | 'horizontal';
  children: View[];
}

/** A labelled group of elements. */
export interface GroupView {
  type: 'group';
  label: string | undefined;
  children: View[];
}

/** A line of text from the UI schema. */
export interface LabelView {
  type: 'label';
  text: string;
}

/** One row of a repeatable group: an item of an array of objects. */
export interface RowView {
  pointer: string;
  index: number;
  content: View;
}

/** A field, resolved against the current value: what to render and how. */
export interface FieldView {
  type: 'field';
  kind: FieldKind;
  /** JSON pointer of the field in the form's value (and in the payload). */
  pointer: string;
  /** A DOM id derived from the pointer, unique in the form (a scope used twice gets a suffix). */
  id: string;
  label: string;
  showLabel: boolean;
  description: string | undefined;
  schema: JsonSchema;
  options: ControlOptions;
  required: boolean;
  /**
   * Shown as text, not editable: review mode, a `readonly` permission or option, the schema's
   * `readOnly`, or any of these on an enclosing field.
   */
  readonly: boolean;
  /** Disabled by a rule or by the element. */
  disabled: boolean;
  value: unknown;
  choices: Choice[] | undefined;
  /** A nested object's content. */
  content?: View;
  /** An array of objects' rows. */
  rows?: RowView[];
  /** An array of values' items (each a field of the item schema). */
  items?: FieldView[];
}

/** One tab (or step) of a Categorization, while its rule shows it. */
export interface CategoryView {
  /** Its position among the Categorization's elements (hidden ones included). */
  index: number;
  label: string;
  children: View[];
  /** The pointers of the fields inside, for the error marker on its tab. */
  pointers: string[];
}

/** Categories shown one at a time, as tabs or as steps. */
export interface CategorizationView {
  type: 'categorization';
  /** A DOM id prefix, unique in the form; also the key of the category shown. */
  id: string;
  label: string | undefined;
  variant: 'tabs' | 'stepper';
  navButtons: boolean;
  categories: CategoryView[];
}

export type View = LayoutView | GroupView | LabelView | FieldView | CategorizationView;

/** Everything resolving reads besides the UI element at hand. */
export interface ResolveOptions {
  model: FormModel;
  value: unknown;
  fields: FieldPermissions;
  /** Review mode: every field shown as text. */
  readonly: boolean;
  disabled: boolean;
  /** The locale labels given per locale are picked in. */
  locale?: string | undefined;
}

/** The form resolved for the current value, and the pointers that must not reach the payload. */
export interface ResolvedForm {
  view: View;
  /** Pointers of fields hidden (by permission, rule or condition) or read-only by permission. */
  omitted: Set<string>;
  /**
   * Pointers of fields nobody sees (hidden by a permission, a condition, or a rule on the Control or
   * on any enclosing layout, group or category) and shown nowhere else: neither submitted nor
   * validated.
   */
  hidden: Set<string>;
  /** Every rendered field by pointer, in document order (the first, for a scope used twice). */
  fields: Map<string, FieldView>;
}

interface Base {
  schema: JsonSchema;
  value: unknown;
  /** Pointer of the base value in the form's value. */
  pointer: string;
}

/** What enclosing elements pass down. */
interface Inherited {
  enabled: boolean;
  readonly: boolean;
  visible: boolean;
  /** Collects the pointers of the fields inside the nearest Category. */
  pointers: string[] | undefined;
}

/**
 * Resolves the UI schema against the form's current value: which fields show, which are required
 * now (the schema's `required`, conditions that apply, `dependentRequired`, `required`
 * permissions), which are read-only, and the rows of repeatable groups. Pure: no DOM.
 */
export function resolveForm(options: ResolveOptions): ResolvedForm {
  const hidden = new Set<string>();
  const shown = new Set<string>();
  const readonlyByPermission = new Set<string>();
  const fields = new Map<string, FieldView>();
  const ids = new Map<string, number>();
  const root: Base = { schema: options.model.layoutSchema, value: options.value ?? {}, pointer: '' };
  const pick = (label: UiText | undefined): string | undefined => pickTitle(label, options.locale);
  // The fields of one object (a row of a repeatable group) share what is required in it.
  const required = new Map<JsonSchema, { value: unknown; names: Set<string> }>();
  const requiredIn = (schema: JsonSchema, value: unknown): Set<string> => {
    const known = required.get(schema);
    if (known && known.value === value) return known.names;
    const names = requiredNow(schema, value);
    required.set(schema, { value, names });
    return names;
  };
  const uniqueId = (id: string): string => {
    const count = (ids.get(id) ?? 0) + 1;
    ids.set(id, count);
    return count === 1 ? id : `${id}.${count}`;
  };

  const element = (ui: UiElement, base: Base, inherited: Inherited): View | undefined => {
    const outcome = ruleOutcome(ui.rule, base.schema, base.value);
    const here: Inherited = {
      ...inherited,
      visible: inherited.visible && outcome.visible,
      enabled: inherited.enabled && outcome.enabled,
    };
    if (ui.type === 'Control') {
      const target = scopeTarget(base.schema, ui.scope);
      const pointer = base.pointer + target.path;
      const permission = Object.hasOwn(options.fields, pointer) ? options.fields[pointer] : undefined;
      const parentValue = getAtPointer(base.value, target.parentTokens);
      const name = target.tokens.at(-1);
      const offered = !target.parent || name === undefined || offeredNow(target.parent, parentValue, name);
      if (!here.visible || permission === 'hidden' || !offered) {
        hidden.add(pointer);
        return undefined;
      }
      shown.add(pointer);
      here.pointers?.push(pointer);
      if (permission === 'readonly') readonlyByPermission.add(pointer);
      const required =
        permission === 'required' || (target.parent !== undefined && name !== undefined && requiredIn(target.parent, parentValue).has(name));
      const label = typeof ui.label === 'boolean' ? undefined : pick(ui.label);
      return field(target.schema, ui.options ?? {}, pointer, here, {
        label: label ?? titleOf(target.schema, name),
        showLabel: ui.label !== false,
        required,
        readonly: here.readonly || permission === 'readonly' || ui.options?.readonly === true || target.schema.readOnly === true,
        disabled: options.disabled || !here.enabled,
        value: getAtPointer(base.value, target.tokens),
      });
    }
    if (ui.type === 'Label') return here.visible ? { type: 'label', text: pick(ui.text) ?? '' } : undefined;
    if (ui.type === 'Categorization') return categorization(ui, base, here);
    const children = ui.elements.map((child) => element(child, base, here)).filter((child): child is View => child !== undefined);
    if (!here.visible) return undefined;
    if (ui.type === 'Group') return { type: 'group', label: pick(ui.label), children };
    return { type: 'layout', direction: ui.type === 'HorizontalLayout' ? 'horizontal' : 'vertical', children };
  };

  const categorization = (ui: CategorizationElement, base: Base, here: Inherited): CategorizationView | undefined => {
    const categories: CategoryView[] = [];
    ui.elements.forEach((category, index) => {
      const outcome = ruleOutcome(category.rule, base.schema, base.value);
      const inner: Inherited = { ...here, visible: here.visible && outcome.visible, enabled: here.enabled && outcome.enabled, pointers: [] };
      const children = category.elements.map((child) => element(child, base, inner)).filter((child): child is View => child !== undefined);
      here.pointers?.push(...inner.pointers!);
      if (inner.visible) categories.push({ index, label: pick(category.label) ?? '', children, pointers: inner.pointers! });
    });
    if (!here.visible) return undefined;
    return {
      type: 'categorization',
      id: uniqueId(domId(base.pointer).replace(/^f/, 'c')),
      label: pick(ui.label),
      variant: ui.options?.variant === 'stepper' ? 'stepper' : 'tabs',
      navButtons: ui.options?.showNavButtons ?? ui.options?.variant === 'stepper',
      categories,
    };
  };

  const field = (
    schema: JsonSchema,
    controlOptions: ControlOptions,
    pointer: string,
    inherited: Inherited,
    state: Pick<FieldView, 'label' | 'showLabel' | 'required' | 'readonly' | 'disabled' | 'value'>,
  ): FieldView => {
    const kind = fieldKind(schema, controlOptions);
    const view: FieldView = {
      type: 'field',
      kind,
      pointer,
      id: uniqueId(domId(pointer)),
      description: typeof schema.description === 'string' ? schema.description : undefined,
      schema,
      options: controlOptions,
      choices: choicesFor(kind === 'multiselect' ? (isSchema(schema.items) ? schema.items : {}) : schema),
      ...state,
    };
    if (!fields.has(pointer)) fields.set(pointer, view);
    const inner: Inherited = { ...inherited, enabled: !state.disabled, readonly: state.readonly };
    const itemSchema = isSchema(schema.items) ? schema.items : {};
    const list = Array.isArray(state.value) ? state.value : [];
    if (kind === 'object') {
      const detail = controlOptions.detail ?? (defaultLayout(schema) as UiElement);
      const content = element(detail, { schema, value: state.value ?? {}, pointer }, inner);
      if (content) view.content = content;
    } else if (kind === 'group-list') {
      const detail = controlOptions.detail ?? (defaultLayout(itemSchema) as UiElement);
      view.rows = list.map((item, index) => {
        const rowPointer = `${pointer}/${index}`;
        const content = element(detail, { schema: itemSchema, value: item ?? {}, pointer: rowPointer }, inner);
        return { pointer: rowPointer, index, content: content ?? { type: 'layout', direction: 'vertical', children: [] } };
      });
    } else if (kind === 'value-list') {
      view.items = list.map((item, index) =>
        field(itemSchema, {}, `${pointer}/${index}`, inner, {
          label: `${state.label} ${index + 1}`,
          showLabel: false,
          required: false,
          readonly: state.readonly,
          disabled: state.disabled,
          value: item,
        }),
      );
    }
    return view;
  };

  const view = element(options.model.ui, root, { enabled: !options.disabled, readonly: options.readonly, visible: true, pointers: undefined }) ?? {
    type: 'layout',
    direction: 'vertical',
    children: [],
  };
  for (const pointer of shown) hidden.delete(pointer);
  return { view, omitted: new Set([...hidden, ...readonlyByPermission]), hidden, fields };
}

interface CachedScope extends ScopeTarget {
  /** The pointer from the base to the field: the tokens, escaped. */
  path: string;
  parentTokens: string[];
}

// A schema is read, never changed, so what a scope or an enum resolves to is kept per schema
// object: the rows of a repeatable group share one item schema and resolve it once.
const scopes = new WeakMap<JsonSchema, Map<string, CachedScope>>();
const choiceLists = new WeakMap<JsonSchema, Choice[] | undefined>();

/** {@link resolveScope}, cached; the UI schema was checked against the schema by `createFormModel`. */
function scopeTarget(base: JsonSchema, scope: string): CachedScope {
  let byScope = scopes.get(base);
  if (!byScope) scopes.set(base, (byScope = new Map()));
  let target = byScope.get(scope);
  if (!target) {
    const found = resolveScope(base, scope)!;
    target = { ...found, path: found.tokens.map((token) => '/' + escapeToken(token)).join(''), parentTokens: found.tokens.slice(0, -1) };
    byScope.set(scope, target);
  }
  return target;
}

function choicesFor(schema: JsonSchema): Choice[] | undefined {
  if (!choiceLists.has(schema)) choiceLists.set(schema, choicesOf(schema));
  return choiceLists.get(schema);
}

function titleOf(schema: JsonSchema, name: string | undefined): string {
  return typeof schema.title === 'string' ? schema.title : (name ?? '');
}

/** An id for the element of a field: `f` and the pointer with every other character escaped. */
export function domId(pointer: string): string {
  return 'f' + pointer.replace(/[^A-Za-z0-9]/g, (character) => `_${character.codePointAt(0)!.toString(16)}_`);
}
