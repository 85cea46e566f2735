import { assertValidDefinition } from '../definition/validate.js';
import { createAjv } from '../definition/ajv.js';
import { indexStates } from '../definition/state-index.js';
import { definitionLimitIssues } from '../definition/limits.js';
import { DefinitionError, LuzhiError } from '../errors.js';
import { text } from '../localized-text.js';
import { canonicalJson } from '../canonical-json.js';
import { sha256Hex } from '../hash.js';
import { buildMachine } from './machine-config.js';
import { compileExpression } from '../definition/expressions/index.js';
import type { ColourRule } from '../runtime/deadlines.js';

/** The built-in action that extends a deadline (延期): payload `{ by, reason }`. */
export const EXTEND_DEADLINE = 'extendDeadline';
import type { ValidateFunction } from '../definition/ajv.js';
import type { Title, Transition, WorkflowDefinition } from '../definition/workflow-definition.generated.js';
import type { ActionSpec, BuiltinAction, CompiledWorkflow, ParticipantRole } from './compiled-workflow.js';
import { parsePointer } from '../json-pointer.js';

const cache = new Map<string, CompiledWorkflow>();

/**
 * Validates a workflow definition and compiles it into an XState v5 machine plus the indexes and
 * validators the runtime needs. The result is cached per (id, version, content): compiling the
 * same definition again is a map lookup.
 *
 * @throws DefinitionError listing every issue when the definition is invalid, or when it uses a
 * feature this engine cannot execute.
 */
export function compile(input: unknown): CompiledWorkflow {
  // The limits first: hashing walks the whole input.
  const limited = definitionLimitIssues(input);
  if (limited.length > 0) throw new DefinitionError(limited);
  // Only content that compiled before is in the cache, so a hit needs no validation.
  const contentHash = sha256Hex(canonicalJson(input));
  const candidate = input as { id?: unknown; version?: unknown } | null;
  const key = `${String(candidate?.id)}@${String(candidate?.version)}`;
  const cached = cache.get(key);
  if (cached && cached.contentHash === contentHash) return cached;
  const definition = assertValidDefinition(input);
  const compiled = compileOrRefuse(definition, key, contentHash);
  cache.set(key, compiled);
  return compiled;
}

/**
 * Validation refuses every shape the compiler cannot build; should one still fail, the caller gets
 * a DefinitionError about the definition (`compile.failed`), never the compiler's own error.
 */
function compileOrRefuse(definition: WorkflowDefinition, key: string, contentHash: string): CompiledWorkflow {
  try {
    return compileValid(definition, key, contentHash);
  } catch (error) {
    if (error instanceof LuzhiError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DefinitionError([
      {
        pointer: '',
        code: 'compile.failed',
        message: text(`引擎无法编译此流程定义：${reason}`, `The engine cannot compile this definition: ${reason}`),
      },
    ]);
  }
}

function compileValid(definition: WorkflowDefinition, key: string, contentHash: string): CompiledWorkflow {
  const index = indexStates(definition);
  const machine = buildMachine(definition);
  const ajv = createAjv();
  const formValidators = new Map<string, ValidateFunction>();
  for (const [name, form] of Object.entries(definition.forms ?? {})) {
    formValidators.set(name, ajv.compile(form.schema));
  }
  const dataValidator = definition.data ? ajv.compile(definition.data) : undefined;

  // The actions each state declares itself, computed once.
  const declared = new Map<string, ActionSpec[]>();
  for (const transition of index.transitions) {
    if (transition.source !== 'on' || transition.event === undefined) continue;
    const list = declared.get(transition.state) ?? [];
    // Alternatives of one event share roles and form; the first describes them all.
    if (list.some((spec) => spec.event === transition.event)) continue;
    const first = transition.transition as Transition;
    const parent = index.states.get(transition.state)?.parent;
    const forEach = parent !== undefined && index.states.get(parent)?.node.forEach ? parent : undefined;
    list.push({
      ...(forEach === undefined ? {} : { forEach }),
      event: transition.event,
      state: transition.state,
      roles: first.roles,
      form: first.form,
      title: first.title,
      ...(first.optional ? { optional: true } : {}),
      ...(first.fields === undefined ? {} : { fields: first.fields }),
      pointer: transition.alternative === undefined ? transition.pointer : transition.pointer.replace(/\/\d+$/, ''),
    });
    declared.set(transition.state, list);
  }

  // The built-in extension action, offered where a deadline declares who may extend it.
  for (const state of index.states.values()) {
    const extend = state.node.deadline?.extend;
    if (!extend) continue;
    const list = declared.get(state.name) ?? [];
    list.push({
      event: EXTEND_DEADLINE,
      state: state.name,
      roles: extend.roles,
      form: undefined,
      title: { 'zh-CN': '申请延期', en: 'Extend the deadline' },
      pointer: `${state.pointer}/deadline/extend`,
      builtin: 'extendDeadline',
    });
    declared.set(state.name, list);
  }

  // The built-in assignment actions (认领、释放、委托), where a state declares who may use them.
  for (const state of index.states.values()) {
    const assignment = state.node.assignment;
    if (!assignment) continue;
    const parent = state.parent;
    const forEach = parent !== undefined && index.states.get(parent)?.node.forEach ? parent : undefined;
    const offer = (event: BuiltinAction, roles: readonly string[], title: Title) => {
      const list = declared.get(state.name) ?? [];
      list.push({ event, state: state.name, roles, form: undefined, title, pointer: `${state.pointer}/assignment`, builtin: event, ...(forEach ? { forEach } : {}) });
      declared.set(state.name, list);
    };
    const holders = [...new Set([...(assignment.claim ?? []), ...(assignment.delegate ?? [])])];
    if (assignment.claim) offer('claimTask', assignment.claim, { 'zh-CN': '认领', en: 'Claim the task' });
    if (assignment.delegate) offer('delegateTask', assignment.delegate, { 'zh-CN': '委托他人办理', en: 'Delegate the task' });
    offer('releaseTask', holders, { 'zh-CN': '退回任务池', en: 'Release the task' });
  }

  // Adding and removing units while a forEach state runs (加签、减签).
  for (const state of index.states.values()) {
    const manage = state.node.forEach?.manage;
    if (!manage) continue;
    const list = declared.get(state.name) ?? [];
    const base = { state: state.name, roles: manage, form: undefined, pointer: `${state.pointer}/forEach/manage` };
    list.push({ ...base, event: 'addBranch', title: { 'zh-CN': '加签（增加承办单位）', en: 'Add a unit' }, builtin: 'addBranch' });
    list.push({ ...base, event: 'removeBranch', title: { 'zh-CN': '减签（撤销承办单位）', en: 'Remove a unit' }, builtin: 'removeBranch' });
    declared.set(state.name, list);
  }

  // Which roles share each state's task, recorded on every action the state offers.
  for (const state of index.states.values()) {
    const assignment = state.node.assignment;
    if (!assignment) continue;
    const sharedBy = [...new Set([...(assignment.claim ?? []), ...(assignment.delegate ?? [])])];
    declared.set(state.name, (declared.get(state.name) ?? []).map((spec) => ({ ...spec, sharedBy })));
  }

  const colourRules: ColourRule[] = (definition.colours ?? []).map((rule) => {
    const result = compileExpression(rule.when);
    if (!result.ok) throw new Error(`colour rule did not compile after validation: ${rule.when}`);
    return { colour: rule.colour, when: result.expression };
  });

  let usesNotify = false;
  const calledEffects = new Set<string>();
  const collectEffects = (effects: ReadonlyArray<{ notify?: unknown; call?: { name: string } }> | undefined) => {
    for (const effect of effects ?? []) {
      if (effect.notify) usesNotify = true;
      if (effect.call) calledEffects.add(effect.call.name);
    }
  };
  for (const transition of index.transitions) {
    collectEffects((transition.transition as { effects?: Array<{ notify?: unknown; call?: { name: string } }> }).effects);
  }

  return {
    definition,
    key,
    contentHash,
    index,
    machine,
    formValidators,
    dataValidator,
    usesNotify,
    calledEffects,
    colourRules,
    unitRoles: new Set(Object.entries(definition.roles).filter(([, role]) => role.scope === 'unit').map(([name]) => name)),
    ...roleBindings(definition),
    actionsDeclaredOn: (state) => declared.get(state) ?? [],
    actionsIn(activeStates) {
      // Innermost first: a child's action overrides an ancestor's action of the same name.
      const specs: ActionSpec[] = [];
      const seen = new Set<string>();
      for (let i = activeStates.length - 1; i >= 0; i--) {
        for (const spec of declared.get(activeStates[i]!) ?? []) {
          if (seen.has(spec.event)) continue;
          seen.add(spec.event);
          specs.push(spec);
        }
      }
      return specs;
    },
  };
}

/** The participant roles and the data-bound unit roles of a definition, keyed by role name. */
function roleBindings(definition: WorkflowDefinition): Pick<CompiledWorkflow, 'participantRoles' | 'boundUnitRoles'> {
  const participantRoles = new Map<string, ParticipantRole>();
  const boundUnitRoles = new Map<string, readonly string[]>();
  for (const [name, role] of Object.entries(definition.roles)) {
    if (role.holders !== undefined) {
      const source: ParticipantRole['source'] =
        role.holders === 'starter' ? { kind: 'starter' } : { kind: 'data', pointer: role.holders, tokens: parsePointer(role.holders) ?? [] };
      participantRoles.set(name, { source, transfer: role.transfer ?? [] });
    }
    if (role.scope === 'unit' && role.unit !== undefined) boundUnitRoles.set(name, parsePointer(role.unit) ?? []);
  }
  return { participantRoles, boundUnitRoles };
}
