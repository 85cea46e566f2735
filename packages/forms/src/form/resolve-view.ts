import { escapeToken, getAtPointer, type FieldPermissions } from '@luzhi/engine';
import { offeredNow, requiredNow, ruleOutcome } from './conditions.js';
import { choicesOf, fieldKind, type Choice, type FieldKind } from './field-kind.js';
import { defaultLayout, type FormModel } from './form-model.js';
import { isSchema, resolveScope, type ScopeTarget } from './schema-scope.js';
import type { ControlOptions, JsonSchema, UiElement } from './ui-schema.js';

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
  /** A DOM id derived from the pointer, unique in the form. */
  id: string;
  label: string;
  showLabel: boolean;
  description: string | undefined;
  schema: JsonSchema;
  options: ControlOptions;
  required: boolean;
  /** Shown as text, not editable: review mode, a `readonly` permission or option. */
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

export type View = LayoutView | GroupView | LabelView | FieldView;

/** Everything resolving reads besides the UI element at hand. */
export interface ResolveOptions {
  model: FormModel;
  value: unknown;
  fields: FieldPermissions;
  /** Review mode: every field shown as text. */
  readonly: boolean;
  disabled: boolean;
}

/** The form resolved for the current value, and the pointers that must not reach the payload. */
export interface ResolvedForm {
  view: View;
  /** Pointers of fields hidden (by permission, rule or condition) or read-only by permission. */
  omitted: Set<string>;
  /** Every rendered field by pointer, in document order. */
  fields: Map<string, FieldView>;
}

interface Base {
  schema: JsonSchema;
  value: unknown;
  /** Pointer of the base value in the form's value. */
  pointer: string;
}

/**
 * Resolves the UI schema against the form's current value: which fields show, which are required
 * now (the schema's `required`, conditions that apply, `dependentRequired`, `required`
 * permissions), which are read-only, and the rows of repeatable groups. Pure: no DOM.
 */
export function resolveForm(options: ResolveOptions): ResolvedForm {
  const omitted = new Set<string>();
  const fields = new Map<string, FieldView>();
  const root: Base = { schema: options.model.schema, value: options.value ?? {}, pointer: '' };
  // The fields of one object (a row of a repeatable group) share what is required in it.
  const required = new Map<JsonSchema, { value: unknown; names: Set<string> }>();
  const requiredIn = (schema: JsonSchema, value: unknown): Set<string> => {
    const known = required.get(schema);
    if (known && known.value === value) return known.names;
    const names = requiredNow(schema, value);
    required.set(schema, { value, names });
    return names;
  };

  const element = (ui: UiElement, base: Base, enabled: boolean): View | undefined => {
    const outcome = ruleOutcome(ui.rule, base.schema, base.value);
    if (ui.type === 'Control') {
      const target = scopeTarget(base.schema, ui.scope);
      const pointer = base.pointer + target.path;
      const permission = options.fields[pointer];
      const parentValue = getAtPointer(base.value, target.parentTokens);
      const name = target.tokens.at(-1);
      const offered = !target.parent || name === undefined || offeredNow(target.parent, parentValue, name);
      if (!outcome.visible || permission === 'hidden' || !offered) {
        omitted.add(pointer);
        return undefined;
      }
      if (permission === 'readonly') omitted.add(pointer);
      const required =
        permission === 'required' || (target.parent !== undefined && name !== undefined && requiredIn(target.parent, parentValue).has(name));
      return field(target.schema, ui.options ?? {}, pointer, {
        label: typeof ui.label === 'string' ? ui.label : titleOf(target.schema, name),
        showLabel: ui.label !== false,
        required,
        readonly: options.readonly || permission === 'readonly' || ui.options?.readonly === true,
        disabled: options.disabled || !enabled || !outcome.enabled,
        value: getAtPointer(base.value, target.tokens),
      });
    }
    if (!outcome.visible) return undefined;
    if (ui.type === 'Label') return { type: 'label', text: ui.text };
    const children = ui.elements.map((child) => element(child, base, enabled && outcome.enabled)).filter((child): child is View => child !== undefined);
    if (ui.type === 'Group') return { type: 'group', label: ui.label, children };
    return { type: 'layout', direction: ui.type === 'HorizontalLayout' ? 'horizontal' : 'vertical', children };
  };

  const field = (
    schema: JsonSchema,
    controlOptions: ControlOptions,
    pointer: string,
    state: Pick<FieldView, 'label' | 'showLabel' | 'required' | 'readonly' | 'disabled' | 'value'>,
  ): FieldView => {
    const kind = fieldKind(schema, controlOptions);
    const view: FieldView = {
      type: 'field',
      kind,
      pointer,
      id: domId(pointer),
      description: typeof schema.description === 'string' ? schema.description : undefined,
      schema,
      options: controlOptions,
      choices: choicesFor(kind === 'multiselect' ? (isSchema(schema.items) ? schema.items : {}) : schema),
      ...state,
    };
    fields.set(pointer, view);
    const itemSchema = isSchema(schema.items) ? schema.items : {};
    const list = Array.isArray(state.value) ? state.value : [];
    if (kind === 'object') {
      const detail = controlOptions.detail ?? defaultLayout(schema);
      const content = element(detail, { schema, value: state.value ?? {}, pointer }, !state.disabled);
      if (content) view.content = content;
    } else if (kind === 'group-list') {
      const detail = controlOptions.detail ?? defaultLayout(itemSchema);
      view.rows = list.map((item, index) => {
        const rowPointer = `${pointer}/${index}`;
        const content = element(detail, { schema: itemSchema, value: item ?? {}, pointer: rowPointer }, !state.disabled);
        return { pointer: rowPointer, index, content: content ?? { type: 'layout', direction: 'vertical', children: [] } };
      });
    } else if (kind === 'value-list') {
      view.items = list.map((item, index) =>
        field(itemSchema, {}, `${pointer}/${index}`, {
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

  const view = element(options.model.ui, root, !options.disabled) ?? { type: 'layout', direction: 'vertical', children: [] };
  return { view, omitted, fields };
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
