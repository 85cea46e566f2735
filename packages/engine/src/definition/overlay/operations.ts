import { joinPointer, parsePointer } from '../../json-pointer.js';
import { didYouMean, listNames } from '../checks/check.js';
import { overlayIssue, type LocatedIssue } from './overlay-issues.js';
import { copyWithOrigin, defineOwn, isJsonObject, type Origin, type Provenance } from './provenance.js';
import { findNameReferences, type NameReference } from './references.js';

/** The operations of an overlay, by `op`. */
export const OPERATION_NAMES: readonly string[] = ['renameState', 'insertState', 'removeState', 'renameRole', 'setValue', 'insertValue'];

/** What an operation works on: the document (changed in place), where the overlay is, provenance. */
interface OperationContext {
  document: Record<string, unknown>;
  file: string;
  /** Pointer of the operation in the overlay, e.g. `/operations/2`. */
  pointer: string;
  provenance: Provenance;
}

type Operation = Record<string, unknown>;

/**
 * Runs one operation (already checked against `schema/overlay.schema.json`) on the document in
 * place. Returns the issues that refuse it; then the document is unchanged.
 */
export function applyOperation(operation: Operation, context: OperationContext): LocatedIssue[] {
  switch (operation.op) {
    case 'renameState':
      return renameState(operation as { state: string; to: string }, context);
    case 'insertState':
      return insertState(operation as { name: string; state: Record<string, unknown>; before: string; parent?: string }, context);
    case 'removeState':
      return removeState(operation as { state: string; retarget?: string }, context);
    case 'renameRole':
      return renameRole(operation as { role: string; to: string }, context);
    case 'setValue':
      return setValue(operation as { path: string; value: unknown }, context);
    case 'insertValue':
      return insertValue(operation as { path: string; value: unknown }, context);
    default:
      return [];
  }
}

function references(context: OperationContext): NameReference[] {
  return findNameReferences(context.document, context.provenance, { file: context.file, pointer: context.pointer });
}

const declared = (refs: readonly NameReference[], kind: 'state' | 'role'): NameReference[] =>
  refs.filter((ref) => ref.kind === kind && ref.form === 'keys');

function unknownState(context: OperationContext, key: string, name: string, states: readonly NameReference[]): LocatedIssue {
  const names = [...new Set(states.map((ref) => ref.name))];
  const expected = listNames(names);
  const hint = didYouMean(name, names);
  return overlayIssue(
    context.file,
    'overlay.stateUnknown',
    joinPointer(context.pointer, key),
    `状态“${name}”不存在；现有状态：${expected.zh}${hint.zh}`,
    `There is no state "${name}"; the states are ${expected.en}${hint.en}`,
  );
}

function stateExists(context: OperationContext, key: string, name: string): LocatedIssue {
  return overlayIssue(
    context.file,
    'overlay.stateExists',
    joinPointer(context.pointer, key),
    `状态“${name}”已经存在；状态名在整个流程中必须唯一，请换一个名称`,
    `A state "${name}" already exists; state names are unique in a workflow, so choose another name`,
  );
}

function renameState({ state, to }: { state: string; to: string }, context: OperationContext): LocatedIssue[] {
  const refs = references(context);
  const states = declared(refs, 'state');
  if (!states.some((ref) => ref.name === state)) return [unknownState(context, 'state', state, states)];
  if (states.some((ref) => ref.name === to)) return [stateExists(context, 'to', to)];
  for (const ref of refs) if (ref.kind === 'state' && ref.name === state) ref.write(to);
  return [];
}

/** The parent state of a declared state, from the pointer of its key (`…/states/<parent>/states/<name>`). */
function parentOf(ref: NameReference): string | undefined {
  const tokens = parsePointer(ref.pointer) ?? [];
  return tokens.length >= 4 ? tokens[tokens.length - 3] : undefined;
}

function insertState(
  { name, state, before, parent }: { name: string; state: Record<string, unknown>; before: string; parent?: string },
  context: OperationContext,
): LocatedIssue[] {
  const refs = references(context);
  const states = declared(refs, 'state');
  const target = states.find((ref) => ref.name === before);
  if (target === undefined) return [unknownState(context, 'before', before, states)];
  if (states.some((ref) => ref.name === name)) return [stateExists(context, 'name', name)];
  if (parent !== undefined && parentOf(target) !== parent) {
    const actual = parentOf(target);
    return [
      overlayIssue(
        context.file,
        'overlay.notAChild',
        joinPointer(context.pointer, 'parent'),
        `状态“${before}”不是“${parent}”的子状态（${actual === undefined ? '它是顶层状态' : `它属于“${actual}”`}）`,
        `State "${before}" is not a child of "${parent}" (${actual === undefined ? 'it is a top-level state' : `it belongs to "${actual}"`})`,
      ),
    ];
  }
  for (const ref of refs) if (ref.kind === 'state' && ref.form === 'entry' && ref.name === before) ref.write(name);
  const holder = target.holder!;
  const entries = Object.keys(holder).map((key) => [key, holder[key]] as const);
  for (const key of Object.keys(holder)) delete holder[key];
  const origin: Origin = { file: context.file, pointer: joinPointer(context.pointer, 'state') };
  for (const [key, value] of entries) {
    if (key === before) {
      defineOwn(holder, name, copyWithOrigin(state, origin, context.provenance));
      context.provenance.member(holder, name, origin);
    }
    defineOwn(holder, key, value);
  }
  return [];
}

function removeState({ state, retarget }: { state: string; retarget?: string }, context: OperationContext): LocatedIssue[] {
  const refs = references(context);
  const states = declared(refs, 'state');
  const target = states.find((ref) => ref.name === state);
  if (target === undefined) return [unknownState(context, 'state', state, states)];
  const inside = (pointer: string): boolean => pointer === target.pointer || pointer.startsWith(`${target.pointer}/`);
  const removed = new Set(states.filter((ref) => inside(ref.pointer)).map((ref) => ref.name));
  const remaining = refs.filter((ref) => ref.kind === 'state' && ref.form !== 'keys' && removed.has(ref.name) && !inside(ref.pointer));
  if (retarget === undefined) {
    if (remaining.length === 0) return deleteKey(target);
    const shown = remaining.slice(0, 5).map((ref) => ref.pointer);
    return [
      overlayIssue(
        context.file,
        'overlay.stateReferenced',
        joinPointer(context.pointer, 'state'),
        `状态“${state}”（或其子状态）仍被 ${remaining.length} 处引用：${shown.join('、')}；请用 retarget 指定这些引用改指向的状态`,
        `State "${state}" (or a child of it) is still referred to in ${remaining.length} place(s): ${shown.join(', ')}; name the state they should point to instead with "retarget"`,
      ),
    ];
  }
  if (!states.some((ref) => ref.name === retarget)) return [unknownState(context, 'retarget', retarget, states)];
  if (removed.has(retarget)) {
    return [
      overlayIssue(
        context.file,
        'overlay.retargetRemoved',
        joinPointer(context.pointer, 'retarget'),
        `retarget 的状态“${retarget}”随“${state}”一起被删除；请指定一个保留的状态`,
        `The retarget state "${retarget}" is removed together with "${state}"; name a state that stays`,
      ),
    ];
  }
  for (const ref of remaining) ref.write(retarget);
  return deleteKey(target);
}

/** Removes a declared state (its key, with everything inside it). */
function deleteKey(target: NameReference): LocatedIssue[] {
  delete target.holder![target.name];
  return [];
}

function renameRole({ role, to }: { role: string; to: string }, context: OperationContext): LocatedIssue[] {
  const refs = references(context);
  const roles = declared(refs, 'role');
  if (!roles.some((ref) => ref.name === role)) {
    const names = roles.map((ref) => ref.name);
    const expected = listNames(names);
    const hint = didYouMean(role, names);
    return [
      overlayIssue(
        context.file,
        'overlay.roleUnknown',
        joinPointer(context.pointer, 'role'),
        `角色“${role}”不存在；现有角色：${expected.zh}${hint.zh}`,
        `There is no role "${role}"; the roles are ${expected.en}${hint.en}`,
      ),
    ];
  }
  if (roles.some((ref) => ref.name === to)) {
    return [
      overlayIssue(
        context.file,
        'overlay.roleExists',
        joinPointer(context.pointer, 'to'),
        `角色“${to}”已经存在；改名不能与现有角色重名（要合并两个角色，请用 patch 修改各处的 roles）`,
        `A role "${to}" already exists; a rename cannot land on an existing role (to merge two roles, change the roles lists with "patch")`,
      ),
    ];
  }
  for (const ref of refs) if (ref.kind === 'role' && ref.name === role) ref.write(to);
  return [];
}

function setValue({ path, value }: { path: string; value: unknown }, context: OperationContext): LocatedIssue[] {
  const { parent, key } = pathEnd(context.document, path);
  const index = Array.isArray(parent) ? (key === '-' ? parent.length : arrayIndex(key, parent.length)) : undefined;
  if (!isJsonObject(parent) && index === undefined) {
    return [
      overlayIssue(
        context.file,
        'overlay.pathUnknown',
        joinPointer(context.pointer, 'path'),
        `“${path}”的上一级不存在，或不是对象或数组；setValue 只能写入已有对象的属性、已有数组的元素（序号从 0 起），或用 - 追加到数组末尾`,
        `The parent of "${path}" does not exist or is neither an object nor an array; setValue writes a property of an existing object, an existing element of an array (counted from 0), or appends to an array with -`,
      ),
    ];
  }
  const origin: Origin = { file: context.file, pointer: joinPointer(context.pointer, 'value') };
  const copy = copyWithOrigin(value, origin, context.provenance);
  if (Array.isArray(parent)) {
    parent[index!] = copy;
    context.provenance.member(parent, String(index), origin);
  } else {
    defineOwn(parent as Record<string, unknown>, key, copy);
    context.provenance.member(parent as object, key, origin);
  }
  return [];
}

/**
 * Inserts `value` into an existing array before the element at the path's last token (an index
 * from 0 up to the array's length), or at its end for `-`; the elements from there on move up one.
 */
function insertValue({ path, value }: { path: string; value: unknown }, context: OperationContext): LocatedIssue[] {
  const { parent, key } = pathEnd(context.document, path);
  const index = Array.isArray(parent) ? (key === '-' ? parent.length : arrayIndex(key, parent.length + 1)) : undefined;
  if (!Array.isArray(parent) || index === undefined) {
    return [
      overlayIssue(
        context.file,
        'overlay.pathUnknown',
        joinPointer(context.pointer, 'path'),
        `“${path}”的上一级不存在或不是数组，或序号超出（最大为数组的长度）；insertValue 在已有数组的某个元素之前插入（序号从 0 起），或用 - 追加到末尾`,
        `The parent of "${path}" does not exist or is not an array, or the index is past its length; insertValue inserts into an existing array before the element at an index (from 0), or appends with -`,
      ),
    ];
  }
  const origin: Origin = { file: context.file, pointer: joinPointer(context.pointer, 'value') };
  parent.splice(index, 0, copyWithOrigin(value, origin, context.provenance));
  context.provenance.shiftMembers(parent, index);
  context.provenance.member(parent, String(index), origin);
  return [];
}

/** The container a pointer's last token names a place in (undefined when the way there is missing), and that token. */
function pathEnd(document: unknown, path: string): { parent: unknown; key: string } {
  const tokens = parsePointer(path) ?? [];
  let parent = document;
  for (const token of tokens.slice(0, -1)) parent = childAt(parent, token);
  return { parent, key: tokens[tokens.length - 1]! };
}

/** The member `token` of an object, or the element of an array at an existing index; else undefined. */
function childAt(container: unknown, token: string): unknown {
  if (Array.isArray(container)) {
    const index = arrayIndex(token, container.length);
    return index === undefined ? undefined : container[index];
  }
  return isJsonObject(container) && Object.hasOwn(container, token) ? container[token] : undefined;
}

/** A pointer token as an index of an existing element: digits without a leading zero, below `length`. */
function arrayIndex(token: string, length: number): number | undefined {
  if (!/^(0|[1-9][0-9]{0,8})$/.test(token)) return undefined;
  const index = Number(token);
  return index < length ? index : undefined;
}
