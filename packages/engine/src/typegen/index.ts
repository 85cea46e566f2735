/**
 * @luzhi/engine/typegen — TypeScript types from workflow definitions (`luzhi typegen`, the
 * presets build). Kept apart from the main entry: it loads json-schema-to-typescript.
 *
 * @module @luzhi/engine/typegen
 */
export { generateWorkflowTypes, docComment, titleLine, valueLiteral, type GeneratedTypes, type GeneratedWorkflowTypes, type TypegenOptions } from './workflow-types.js';
export { DEFAULT_TYPEGEN_LIMITS, literalType, type TypegenLimits } from './schema-for-types.js';
export { TypeNames, pascalCase } from './type-names.js';
