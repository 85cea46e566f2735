import type { Issue } from '../../errors.js';
import { joinPointer } from '../../json-pointer.js';
import { compileExpression, type CompileResult } from '../expressions/index.js';
import { ancestorsOf, indexStates, type IndexedState, type StateIndex } from '../state-index.js';
import type { Form, WorkflowDefinition } from '../workflow-definition.generated.js';
import { createSchemaCompiler, type SchemaSubject } from './schema-compile.js';
import type { SchemaNode } from './schema-walk.js';
import { collectTransitionSites, type EffectSite, type ExpressionSite, type SetSite } from './sites.js';

/** A JSON Schema of the definition (the data schema or a form's), compiled once for every check. */
export interface SchemaSite {
  /** Pointer of the schema object. */
  pointer: string;
  schema: SchemaNode;
  /** Why ajv (strict) cannot compile it; empty when it compiles. */
  compileIssues: readonly Issue[];
  /** Whether other checks may look inside it (it compiles, and for a form, describes an object). */
  usable: boolean;
}

/** A declared form and its schema. */
export interface FormSite extends SchemaSite {
  name: string;
  form: Form;
}

/** An expression and what {@link compileExpression} made of it. */
export interface CompiledExpressionSite extends ExpressionSite {
  result: CompileResult;
}

/** What every check reads: the definition and everything found in it, walked and compiled once. */
export interface CheckContext {
  readonly definition: WorkflowDefinition;
  readonly index: StateIndex;
  /** The instance data schema, when the definition declares one. */
  readonly data: SchemaSite | undefined;
  readonly forms: ReadonlyMap<string, FormSite>;
  readonly effects: readonly EffectSite[];
  readonly sets: readonly SetSite[];
  /** Every expression, compiled, keyed by the pointer of its source string (in document order). */
  readonly expressions: ReadonlyMap<string, CompiledExpressionSite>;
  /** The ancestors of a state, nearest first. */
  ancestors(state: string): readonly IndexedState[];
  /**
   * The state with `forEach` that a state belongs to: itself or its nearest ancestor with one
   * (`includeSelf: false` looks at ancestors only).
   */
  enclosingForEach(state: string, includeSelf: boolean): IndexedState | undefined;
}

/**
 * Builds the context of the meaning checks for a definition that has passed the JSON Schema:
 * indexes states and transitions, compiles the data and form schemas and every expression.
 */
export function createCheckContext(definition: WorkflowDefinition): CheckContext {
  const index = indexStates(definition);
  const sites = collectTransitionSites(index);

  const compiler = createSchemaCompiler();
  const schemaSite = (pointer: string, schema: SchemaNode, code: string, subject: SchemaSubject): SchemaSite => {
    const compileIssues = compiler.issues(schema, pointer, code, subject);
    return { pointer, schema, compileIssues, usable: compileIssues.length === 0 };
  };
  const forms = new Map<string, FormSite>();
  let data: SchemaSite | undefined;
  try {
    // All schemas of a definition share one ajv instance when it runs, so a repeated $id is an error here too.
    if (definition.data) {
      data = schemaSite('/data', definition.data, 'data.schemaInvalid', { zh: '实例数据（data）的', en: 'the instance data (data)' });
    }
    for (const [name, form] of Object.entries(definition.forms ?? {})) {
      const pointer = joinPointer('/forms', name, 'schema');
      const site = schemaSite(pointer, form.schema, 'form.schemaInvalid', { zh: `表单“${name}”的`, en: `form "${name}"` });
      forms.set(name, { ...site, name, form, usable: site.usable && form.schema.type === 'object' });
    }
  } finally {
    compiler.dispose();
  }

  const expressions = new Map<string, CompiledExpressionSite>();
  for (const site of sites.expressions) {
    expressions.set(site.pointer, { ...site, result: safeCompile(site.source) });
  }

  const ancestorCache = new Map<string, IndexedState[]>();
  const ancestors = (state: string): IndexedState[] => {
    let found = ancestorCache.get(state);
    if (!found) {
      found = ancestorsOf(index, state);
      ancestorCache.set(state, found);
    }
    return found;
  };

  return {
    definition,
    index,
    data,
    forms,
    effects: sites.effects,
    sets: sites.sets,
    expressions,
    ancestors,
    enclosingForEach(state, includeSelf) {
      const self = index.states.get(state);
      const chain = includeSelf && self ? [self, ...ancestors(state)] : ancestors(state);
      return chain.find((candidate) => candidate.node.forEach !== undefined);
    },
  };
}

function safeCompile(source: string): CompileResult {
  try {
    return compileExpression(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: 'expression.syntax',
      message: { 'zh-CN': `无法解析：${detail}`, en: `cannot be parsed: ${detail}` },
    };
  }
}
