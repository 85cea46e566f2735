/**
 * The UI-schema format of JSON Forms, as far as `<luzhi-form>` reads it: layouts hold elements,
 * a Control points at a field with `scope`, and a rule shows, hides, enables or disables an
 * element by another field's value. Other keys are kept and ignored.
 */

/** A JSON Schema object as the forms read it. */
export type JsonSchema = { [keyword: string]: unknown };

/** A condition on the value at `scope` (`"#"` is the whole form): it holds when it matches `schema`. */
export interface SchemaCondition {
  type?: 'LEAF' | undefined;
  scope: string;
  schema: JsonSchema;
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
  label?: string | boolean | undefined;
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
  label?: string | undefined;
  elements: UiElement[];
  rule?: Rule | undefined;
}

export interface LabelElement {
  type: 'Label';
  text: string;
  rule?: Rule | undefined;
}

/** Any element of a UI schema. */
export type UiElement = ControlElement | LayoutElement | GroupElement | LabelElement;

/** The element types `<luzhi-form>` renders. */
export const UI_ELEMENT_TYPES: readonly string[] = ['Control', 'VerticalLayout', 'HorizontalLayout', 'Group', 'Label'];
