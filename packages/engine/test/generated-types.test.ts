import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDefinitionTypes, generatedTypesPath } from '../scripts/generate-types.js';

describe('generated definition types', () => {
  it('src/definition/workflow-definition.generated.ts matches schema/workflow.schema.json (run `npm run gen:types` after changing the schema)', async () => {
    const committed = readFileSync(generatedTypesPath, 'utf8');
    expect(await generateDefinitionTypes()).toBe(committed);
  }, 30_000);
});
