import { builtinActions } from '../builtins/actions/index.js';
import { TRANSFER_ROLE } from '../builtins/actions/transfer-role.js';
import { DefinitionError } from '../errors.js';
import { indexStates } from '../definition/state-index.js';
import { validateDefinition } from '../definition/validate.js';
import type { FieldPermissions, Transition, WorkflowDefinition } from '../definition/workflow-definition.generated.js';
import { joinPointer, parsePointer } from '../json-pointer.js';
import { DEFAULT_TYPEGEN_LIMITS, schemaForTypes, type NodeBudget, type PreparedSchema, type TypegenLimits } from './schema-for-types.js';
import { TypeNames } from './type-names.js';

/** Options of {@link generateWorkflowTypes}. */
export interface TypegenOptions {
  /** The module the output imports the engine's types from (`@luzhi/engine` by default). */
  engineModule?: string;
  /** A comment put first in the output (without one, a line saying the file is generated). */
  banner?: string;
  /** Size limits of the schemas once their references are inlined ({@link DEFAULT_TYPEGEN_LIMITS}). */
  limits?: Partial<TypegenLimits>;
  /** Names already given in other modules that are re-exported together with this one. */
  names?: TypeNames;
  /** A definition name put before every type name (a preset: `haian` → `HaianConsultationData`). */
  prefix?: string;
  /**
   * Also declare the definitions themselves, as one constant of this name mapping each id to its
   * definition typed with its types (`export const base = { proposal: … }`).
   */
  definitionsConst?: string;
  /**
   * With `definitionsConst`: the JSON module of each definition, in the order given (e.g.
   * `./json/base/proposal.json`), imported instead of written out, so the output holds each
   * definition once.
   */
  definitionModules?: readonly string[];
}

/** What the output declares for one workflow. */
export interface GeneratedWorkflowTypes {
  id: string;
  version: number;
  /** `ProposalWorkflow`: the `WorkflowTypes` (of `@luzhi/engine`) of the workflow, for `typedEngine<…>`. */
  workflowType: string;
  /** `ProposalDefinition`: the definition typed with them (`TypedDefinition` of `@luzhi/engine`). */
  definitionType: string;
  /** `ProposalData`: the instance data. */
  dataType: string;
  /** `ProposalCommands`: each action with its payload type. */
  commandsType: string;
  /** Each form name with its payload type (`ProposalSubmitPayload`). */
  payloadTypes: ReadonlyMap<string, string>;
}

/** The TypeScript source declaring the types of some workflows, and what it names. */
export interface GeneratedTypes {
  source: string;
  workflows: GeneratedWorkflowTypes[];
  /** Names of the type declarations, for a module that adds declarations of its own beside them. */
  names: TypeNames;
}

type Compile = typeof import('json-schema-to-typescript').compile;

/** A display title as one line: `提案 · Proposal`. */
export function titleLine(title: unknown): string {
  if (typeof title === 'string') return title;
  if (title === null || typeof title !== 'object') return '';
  const texts = Object.values(title).filter((part): part is string => typeof part === 'string' && part !== '');
  return [...new Set(texts)].join(' · ');
}

/** A JSDoc comment of one or more lines; `*\/` inside cannot end it early. */
export function docComment(lines: readonly string[], indent = ''): string {
  const body = lines.flatMap((line) => line.split(/\r\n|[\n\r\u2028\u2029]/)).map((line) => line.replaceAll('*/', '*\\/'));
  return [`${indent}/**`, ...body.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`].join('\n');
}

/**
 * Generates TypeScript declarations for valid workflow definitions: per workflow, the instance
 * data type, one payload type per form (from the form's JSON Schema, by json-schema-to-typescript),
 * the command map — every action a state offers, built-in actions included, with the payload it
 * takes (`undefined` when none) — and the workflow's `WorkflowTypes` and `TypedDefinition` (both
 * of `@luzhi/engine`). Names come from the definition's ids and form names, made unique in the
 * module; the output depends on nothing but the definitions and options, so regenerating gives
 * the same text.
 * @throws DefinitionError for an invalid definition (the issues `luzhi validate` reports);
 * LimitError (`typegen.tooLarge`) for schemas beyond the {@link TypegenLimits}.
 */
export async function generateWorkflowTypes(definitions: readonly unknown[], options: TypegenOptions = {}): Promise<GeneratedTypes> {
  const limits = { ...DEFAULT_TYPEGEN_LIMITS, ...options.limits };
  const valid = definitions.map((input) => {
    const result = validateDefinition(input);
    if (!result.definition) throw new DefinitionError(result.issues);
    return result.definition;
  });
  // Loaded on first use: importing the engine never loads the generator and its formatter.
  const { compile } = await import('json-schema-to-typescript');
  const names = options.names ?? new TypeNames();
  for (const imported of IMPORTED) names.reserve(imported);
  const parts: string[] = [];
  const workflows: GeneratedWorkflowTypes[] = [];
  for (const definition of valid) {
    const generated = await workflowTypes(definition, options.prefix === undefined ? [definition.id] : [options.prefix, definition.id], names, limits, compile);
    workflows.push(generated.workflow);
    parts.push(generated.source);
  }
  const banner = options.banner ?? '/* Generated by luzhi typegen. Do not edit by hand. */';
  const engine = quoted(options.engineModule ?? '@luzhi/engine');
  const embedded = options.definitionsConst !== undefined && options.definitionModules === undefined;
  const imports = embedded ? IMPORTED : IMPORTED.slice(0, 2);
  const header = `${banner}\nimport type { ${imports.join(', ')} } from ${engine};\n`;
  const modules = options.definitionModules;
  const jsonImports = options.definitionsConst !== undefined && modules !== undefined ? valid.map((_, index) => `import definition${index} from ${quoted(modules[index]!)} with { type: 'json' };\n`).join('') : '';
  if (options.definitionsConst !== undefined) parts.push(definitionsConstant(options.definitionsConst, valid, workflows, modules !== undefined));
  return { source: [header + jsonImports, ...parts].join('\n'), workflows, names };
}

const IMPORTED = ['BuiltinPayloads', 'TypedDefinition', 'WorkflowDefinition'];

/**
 * `export const base = { proposal: (… satisfies WorkflowDefinition) as BaseProposalDefinition }`,
 * or with `imported`, each definition the JSON module imported as `definition<index>`.
 */
function definitionsConstant(name: string, definitions: readonly WorkflowDefinition[], workflows: readonly GeneratedWorkflowTypes[], imported: boolean): string {
  const entries = definitions.map((definition, index) => {
    // A JSON module's type widens its strings, so it is typed by the cast; the build validated it.
    if (imported) return `  ${objectKey(definition.id)}: definition${index} as unknown as ${workflows[index]!.definitionType},`;
    // `$schema` is a path relative to the definition's own file: meaningless here.
    const { $schema: _schema, ...rest } = definition;
    return `  ${objectKey(definition.id)}: (${valueLiteral(rest, '  ')} satisfies WorkflowDefinition) as ${workflows[index]!.definitionType},`;
  });
  return `${docComment([`The definitions, by id, each typed with its types.`])}\nexport const ${name} = {\n${entries.join('\n')}\n} as const;\n`;
}

/** A property name in an object literal: `__proto__` computed, so that it stays an own property. */
function objectKey(name: string): string {
  if (name === '__proto__') return `['__proto__']`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quoted(name);
}

/** A JSON value as a TypeScript expression, indented two spaces a level. */
export function valueLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${valueLiteral(item, inner)},`).join('\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([key, item]) => `${inner}${objectKey(key)}: ${valueLiteral(item, inner)},`).join('\n')}\n${indent}}`;
  }
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'Infinity';
  return JSON.stringify(value) ?? 'null';
}

async function workflowTypes(
  definition: WorkflowDefinition,
  base: readonly string[],
  names: TypeNames,
  limits: TypegenLimits,
  compile: Compile,
): Promise<{ source: string; workflow: GeneratedWorkflowTypes }> {
  const budget: NodeBudget = { used: 0 };
  const workflowTitle = titleLine(definition.title);
  const dataType = names.take(...base, 'Data');
  const out: string[] = [];
  const typeOf = async (pointer: string, name: string, comment: string): Promise<string> => {
    const schema: PreparedSchema = schemaForTypes(definition, pointer, limits, budget);
    const description = [comment, typeof schema.description === 'string' ? schema.description : ''].filter((line) => line !== '').join('\n\n');
    Object.defineProperty(schema, 'description', { value: description, enumerable: true, writable: true, configurable: true });
    return compile(schema, name, {
      bannerComment: '',
      declareExternallyReferenced: true,
      ignoreMinAndMaxItems: true,
      unknownAny: true,
      strictIndexSignatures: false,
      format: true,
      style: { singleQuote: true, printWidth: 100 },
      // Schemas reach the generator with their references inlined; nothing is ever read from elsewhere.
      $refOptions: { resolve: { external: false } },
    });
  };

  if (definition.data === undefined) {
    out.push(`${docComment([`${workflowTitle}: the instance data (no data schema declared).`])}\nexport type ${dataType} = { [k: string]: unknown };\n`);
  } else {
    const compiled = await typeOf('/data', dataType, `${workflowTitle}: the instance data (实例数据).`);
    out.push(compiled);
  }

  const payloadTypes = new Map<string, string>();
  const forms = Object.entries(definition.forms ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [form, declared] of forms) {
    const typeName = names.take(...base, form, 'Payload');
    const compiled = await typeOf(joinPointer('/forms', form, 'schema'), typeName, `Form "${form}" (表单): ${titleLine(declared.title)}.`);
    payloadTypes.set(form, typeName);
    out.push(compiled);
  }

  const commandsType = names.take(...base, 'Commands');
  const commands = commandMap(definition, payloadTypes);
  const members = [...commands].map(([action, types]) => `  ${propertyKey(action)}: ${[...types].join(' | ')};`);
  out.push(
    `${docComment([`${workflowTitle}: each action (动作) with the payload its form takes; undefined for an action without a form.`])}\n` +
      `export interface ${commandsType} {\n${members.join('\n')}${members.length > 0 ? '\n' : ''}}\n`,
  );

  const workflowType = names.take(...base, 'Workflow');
  const definitionType = names.take(...base, 'Definition');
  out.push(
    `${docComment([`${workflowTitle} (${definition.id}, version ${definition.version}): its types, for typedEngine.`])}\n` +
      `export interface ${workflowType} {\n  id: ${quoted(definition.id)};\n  data: ${dataType};\n  commands: ${commandsType};\n}\n\n` +
      `${docComment([`The definition of ${definition.id}, carrying its types.`])}\nexport type ${definitionType} = TypedDefinition<${workflowType}>;\n`,
  );
  return {
    source: out.join('\n'),
    workflow: { id: definition.id, version: definition.version, workflowType, definitionType, dataType, commandsType, payloadTypes },
  };
}

/**
 * Every action of the definition, in state order, with the payload types it may take: the form
 * of each of its transitions (`undefined` for one without a form), and for each built-in action
 * a state enables, its registered payload.
 */
function commandMap(definition: WorkflowDefinition, payloadTypes: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const commands = new Map<string, Set<string>>();
  const add = (action: string, type: string): void => {
    const types = commands.get(action) ?? new Set<string>();
    types.add(type);
    commands.set(action, types);
  };
  const index = indexStates(definition);
  for (const transition of index.transitions) {
    // Alternatives of an action share the first one's form and field permissions, as the engine reads them.
    if (transition.source !== 'on' || transition.event === undefined || (transition.alternative ?? 0) > 0) continue;
    const declared = transition.transition as Transition;
    const form = declared.form === undefined ? undefined : payloadTypes.get(declared.form);
    add(transition.event, form === undefined ? 'undefined' : withFieldPermissions(form, declared.fields ?? {}));
  }
  for (const state of index.states.values()) {
    for (const rule of builtinActions()) {
      if (rule.offer(state) !== undefined) add(rule.form.name, `BuiltinPayloads[${quoted(rule.form.name)}]`);
    }
  }
  // 转交 is taken on the instance as a whole, not offered by a state: enabled by any role's `transfer`.
  if (Object.values(definition.roles).some((role) => role.transfer !== undefined)) add(TRANSFER_ROLE, `BuiltinPayloads[${quoted(TRANSFER_ROLE)}]`);
  return commands;
}

/**
 * The payload type of one step: the form's, with the step's field permissions on top-level fields
 * (`hidden` and `readonly` ones may not be sent, `required` ones must be); permissions on nested
 * fields, and what counts as filled in, are checked at run time.
 */
function withFieldPermissions(form: string, fields: FieldPermissions): string {
  const members: string[] = [];
  for (const [pointer, permission] of Object.entries(fields)) {
    const tokens = parsePointer(pointer);
    if (tokens?.length !== 1) continue;
    const field = tokens[0]!;
    members.push(permission === 'required' ? `${propertyKey(field)}: NonNullable<${form}[${quoted(field)}]>` : `${propertyKey(field)}?: never`);
  }
  return members.length === 0 ? form : `(${form} & { ${members.join('; ')} })`;
}

/** A string literal in single quotes, as the rest of the output writes them. */
export function quoted(value: string): string {
  return `'${JSON.stringify(value).slice(1, -1).replaceAll("\\\"", '"').replaceAll("'", "\\'")}'`;
}

/** A property name as written in a type: bare when it is an identifier, else quoted. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quoted(name);
}
