/**
 * A JSON Schema (draft 2020-12) as it appears inside a workflow definition: the instance data
 * schema and each form's schema. Kept open on purpose; ajv checks it when the definition is validated.
 */
export type JsonSchemaObject = { [keyword: string]: unknown };
