/**
 * The UI-schema format of JSON Forms, as far as `<luzhi-form>` reads it: layouts hold elements,
 * a Control points at a field with `scope`, a Categorization shows its Categories as tabs or
 * steps, and a rule shows, hides, enables or disables an element by another field's value. The
 * engine's `checkFormLayout` refuses every other key and element.
 */

/** A JSON Schema object as the forms read it. */
export type JsonSchema = { [keyword: string]: unknown };

/** Text as the definition gives it: a string, or a text per locale (`{ "zh-CN": …, "en": … }`). */
export type UiText = string | Readonly<Record<string, string>>;

/**
 * A condition on the value at `scope` (`"#"` is the whole form): it holds when the value matches
 * `schema`, or (JSON Forms' older form) equals `expectedValue`.
 */
export interface SchemaCondition {
  type?: 'LEAF' | 'SCHEMA' | undefined;
  scope: string;
  schema?: JsonSchema | boolean | undefined;
  expectedValue?: unknown;
  /** When the value is absent the condition fails (JSON Forms' default is to pass). */
  failWhenUndefined?: boolean | undefined;
}

/** Conditions combined with OR or AND. */
export interface ComposedCondition {
  type: 'OR' | 'AND';
  conditions: Condition[];
}

export type Condition = SchemaCondition | ComposedCondition;

/** Shows, hides, enables or disables the element it sits on while its condition holds. */
export interface Rule {
  effect: 'SHOW' | 'HIDE' | 'ENABLE' | 'DISABLE';
  condition: Condition;
}

/**
 * Display options of a Control. `multi`: a textarea; `format`: `"radio"` for an enum as radio
 * buttons, `"attachments"` for a list of files; `detail`: the UI schema of each item of an array
 * of objects, or of a nested object; `readonly`: shown but not editable; `placeholder`.
 */
export interface ControlOptions {
  multi?: boolean;
  format?: 'radio' | 'attachments' | string;
  detail?: UiElement;
  readonly?: boolean;
  placeholder?: string;
  /** For attachments: the `accept` list of the file chooser, e.g. `".pdf,.docx"`. */
  accept?: string;
  [option: string]: unknown;
}

export interface ControlElement {
  type: 'Control';
  scope: string;
  label?: UiText | boolean | undefined;
  options?: ControlOptions | undefined;
  rule?: Rule | undefined;
}

export interface LayoutElement {
  type: 'VerticalLayout' | 'HorizontalLayout';
  elements: UiElement[];
  rule?: Rule | undefined;
}

export interface GroupElement {
  type: 'Group';
  label?: UiText | undefined;
  elements: UiElement[];
  rule?: Rule | undefined;
}

export interface LabelElement {
  type: 'Label';
  text: UiText;
  rule?: Rule | undefined;
}

/** One tab (or step) of a Categorization. */
export interface CategoryElement {
  type: 'Category';
  label: UiText;
  elements: UiElement[];
  rule?: Rule | undefined;
}

/**
 * Categories shown one at a time: as tabs, or with `options.variant: "stepper"` as numbered steps
 * (`options.showNavButtons`: previous and next buttons under them).
 */
export interface CategorizationElement {
  type: 'Categorization';
  label?: UiText | undefined;
  elements: CategoryElement[];
  options?: { variant?: 'tabs' | 'stepper'; showNavButtons?: boolean } | undefined;
  rule?: Rule | undefined;
}

/** Any element of a UI schema. */
export type UiElement = ControlElement | LayoutElement | GroupElement | LabelElement | CategorizationElement | CategoryElement;

/** The element types `<luzhi-form>` renders. */
export { UI_ELEMENT_TYPES } from '@luzhi/engine';
