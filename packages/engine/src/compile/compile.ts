import { assertValidDefinition } from '../definition/validate.js';
import { schemaValidator } from '../definition/schema-validators.js';
import { indexStates } from '../definition/state-index.js';
import { definitionLimitIssues } from '../definition/limits.js';
import { DefinitionError, LuzhiError } from '../errors.js';
import { text } from '../localized-text.js';
import { canonicalJson } from '../canonical-json.js';
import { sha256Hex } from '../hash.js';
import { buildMachine } from './machine-config.js';
import { compileExpression } from '../definition/expressions/index.js';
import type { ColourRule } from '../runtime/deadlines.js';
import { builtinActions } from '../builtins/actions/index.js';
import { effectKindOf } from '../builtins/effects/index.js';

import type { ValidateFunction } from '../definition/ajv.js';
import type { Effect, Transition, WorkflowDefinition } from '../definition/workflow-definition.generated.js';
import type { ActionSpec, CompiledWorkflow, ParticipantRole } from './compiled-workflow.js';
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
  // Validation compiled these schemas already; here they are looked up by content.
  const formValidators = new Map<string, ValidateFunction>();
  for (const [name, form] of Object.entries(definition.forms ?? {})) {
    formValidators.set(name, schemaValidator(form.schema));
  }
  const dataValidator = definition.data ? schemaValidator(definition.data) : undefined;

  // The actions each state declares itself, computed once.
  const declared = new Map<string, ActionSpec[]>();
  for (const transition of index.transitions) {
    if (transition.source !== 'on' || transition.event === undefined) continue;
    const list = declared.get(transition.state) ?? [];
    const refusal = (transition.transition as Transition).refusal;
    // Alternatives of one event share roles and form; the first describes them all.
    const known = list.findIndex((spec) => spec.event === transition.event);
    if (known >= 0) {
      const spec = list[known]!;
      if (refusal !== undefined) list[known] = { ...spec, refusals: [...(spec.refusals ?? []), refusal] };
      continue;
    }
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
      ...(refusal === undefined ? {} : { refusals: [refusal] }),
      pointer: transition.alternative === undefined ? transition.pointer : transition.pointer.replace(/\/\d+$/, ''),
    });
    declared.set(transition.state, list);
  }

  // The built-in actions, offered where a state enables them (延期、认领、委托、退回、加签、减签).
  for (const builtin of builtinActions()) {
    for (const state of index.states.values()) {
      const offered = builtin.offer(state);
      if (!offered) continue;
      const parent = state.parent;
      const forEach = builtin.perBranch && parent !== undefined && index.states.get(parent)?.node.forEach ? parent : undefined;
      const list = declared.get(state.name) ?? [];
      list.push({
        event: builtin.form.name,
        state: state.name,
        roles: offered.roles,
        form: undefined,
        title: { ...builtin.form.title },
        pointer: offered.pointer,
        builtin: builtin.form.name,
        ...(forEach ? { forEach } : {}),
      });
      declared.set(state.name, list);
    }
  }

  const colourRules: ColourRule[] = (definition.colours ?? []).map((rule) => {
    const result = compileExpression(rule.when);
    if (!result.ok) throw new Error(`colour rule did not compile after validation: ${rule.when}`);
    return { colour: rule.colour, when: result.expression };
  });

  let usesNotify = false;
  const calledEffects = new Set<string>();
  const linkedWorkflows = new Set<string>();
  for (const transition of index.transitions) {
    for (const effect of (transition.transition as { effects?: Effect[] }).effects ?? []) {
      const handler = effectKindOf(effect).handler(effect);
      if (handler.kind === 'notify') usesNotify = true;
      else if (handler.kind === 'call') calledEffects.add(handler.name);
      else linkedWorkflows.add(handler.workflow);
    }
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
    linkedWorkflows,
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
