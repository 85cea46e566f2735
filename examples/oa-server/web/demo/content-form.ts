/**
 * The instance's data as a review-mode form: the fields that hold a value, in the order of the
 * data schema, each labelled as the workflow's own forms label it (the form that writes it).
 */

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: Json, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);
const escapePointer = (name: string): string => name.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** A review form for `data`: a JSON Schema and a UI schema, both built only from own properties. */
export interface ContentForm {
  schema: Json;
  uiSchema: { type: 'VerticalLayout'; elements: Json[] };
}

/** The label each form's UI schema gives a top-level data field (`#/properties/<name>`), first form first. */
function formLabels(definition: Json): Map<string, unknown> {
  const labels = new Map<string, unknown>();
  const forms = own(definition, 'forms');
  if (!isRecord(forms)) return labels;
  const visit = (element: unknown): void => {
    if (!isRecord(element)) return;
    const scope = own(element, 'scope');
    const label = own(element, 'label');
    const match = typeof scope === 'string' ? /^#\/properties\/([^/]+)$/.exec(scope) : null;
    const name = match ? unescapePointer(match[1]!) : undefined;
    if (name !== undefined && label !== undefined && !labels.has(name)) labels.set(name, label);
    const elements = own(element, 'elements');
    if (Array.isArray(elements)) elements.forEach(visit);
  };
  for (const name of Object.keys(forms)) {
    const form = own(forms, name);
    if (isRecord(form)) visit(own(form, 'ui'));
  }
  return labels;
}

const hasValue = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0) && !(isRecord(value) && Object.keys(value).length === 0);

/** The review form of `data` under `definition`, or undefined when nothing holds a value. */
export function contentForm(definition: unknown, data: Json): ContentForm | undefined {
  if (!isRecord(definition)) return undefined;
  const dataSchema = own(definition, 'data');
  const properties = isRecord(dataSchema) ? own(dataSchema, 'properties') : undefined;
  if (!isRecord(properties)) return undefined;
  const labels = formLabels(definition);
  const shown: Json = Object.create(null);
  const elements: Json[] = [];
  for (const name of Object.keys(properties)) {
    if (!hasValue(own(data, name))) continue;
    shown[name] = own(properties, name);
    const label = labels.get(name);
    elements.push({ type: 'Control', scope: `#/properties/${escapePointer(name)}`, ...(label === undefined ? {} : { label }) });
  }
  if (elements.length === 0) return undefined;
  return { schema: { type: 'object', properties: { ...shown } }, uiSchema: { type: 'VerticalLayout', elements } };
}
