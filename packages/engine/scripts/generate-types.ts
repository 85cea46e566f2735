/**
 * Generates the TypeScript types of the workflow language from `schema/workflow.schema.json`.
 * Run `npm run gen:types -w @luzhi/engine` after changing the schema; a test fails while the
 * committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const schemaPath = fileURLToPath(new URL('../schema/workflow.schema.json', import.meta.url));
/** Where the generated types are committed. */
export const generatedTypesPath = fileURLToPath(
  new URL('../src/definition/workflow-definition.generated.ts', import.meta.url),
);

/** Returns the generated source text for the current schema. */
export async function generateDefinitionTypes(): Promise<string> {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as JSONSchema;
  return compile(schema, 'WorkflowDefinition', {
    bannerComment:
      '/* Generated from schema/workflow.schema.json by scripts/generate-types.ts. Do not edit by hand. */\n' +
      "import type { JsonSchemaObject } from './json-schema.js';",
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 100 },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(generatedTypesPath, await generateDefinitionTypes());
  console.log(`wrote ${generatedTypesPath}`);
}
