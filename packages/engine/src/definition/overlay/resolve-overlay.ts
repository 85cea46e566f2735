import type { Issue } from '../../errors.js';
import { DEFAULT_DEFINITION_LIMITS, definitionLimitIssues } from '../limits.js';
import { validateDefinition } from '../validate.js';
import type { WorkflowDefinition } from '../workflow-definition.generated.js';
import { joinPointer } from '../../json-pointer.js';
import { applyMergePatch } from './merge-patch.js';
import { applyOperation } from './operations.js';
import { MAX_OVERLAY_CHAIN, overlayIssue, type LocatedIssue, type OverlayIssue } from './overlay-issues.js';
import { overlayStructureIssues } from './overlay-structure.js';
import { copyWithOrigin, isJsonObject, Provenance, type Origin } from './provenance.js';

/** A document read for an overlay's `extends`. */
export interface LoadedDocument {
  /** The file it was read from (a path or any stable name): named in issues, used to find cycles. */
  file: string;
  /** The parsed JSON, absent when it could not be read or parsed. */
  value?: unknown;
  /**
   * What went wrong reading it: `file.unreadable`, `json.syntax`, `json.duplicateKey`, or the
   * loader's own (`overlay.referenceInvalid`, `overlay.presetsMissing`).
   */
  issues: readonly Issue[];
}

/** Reads what `ref` (an overlay's `extends`) names, relative to the file that names it. */
export type OverlayLoader = (ref: string, fromFile: string) => LoadedDocument | Promise<LoadedDocument>;

/** What {@link resolveOverlay} returns. */
export interface OverlayResolution {
  /** The resolved workflow, when it is valid. */
  definition?: WorkflowDefinition;
  /** The resolved document (valid or not), when the chain could be built. */
  document?: unknown;
  /** Every problem, located in the overlay (and in its base when the problem comes from there). */
  issues: OverlayIssue[];
  /** The files of the chain, the overlay first and the base workflow last. */
  sources: string[];
  /** Where a pointer of the resolved document was written: for issues found later (compile, run). */
  locate(pointer: string): { file: string; pointer: string; base?: Origin };
}

/** True when a parsed document is an overlay: an object with its own `extends`. */
export function isOverlayDocument(value: unknown): boolean {
  return isJsonObject(value) && Object.hasOwn(value, 'extends');
}

/**
 * Resolves an overlay: reads the workflow it `extends` through `load` (an overlay may extend an
 * overlay, at most {@link MAX_OVERLAY_CHAIN} deep; cycles are refused), runs its `operations` in
 * order, applies its `patch` as a JSON Merge Patch (RFC 7396), and validates the result with
 * {@link validateDefinition}. Each issue names the overlay file and a pointer into it, and, for a
 * problem in content that came from the base, the base's file and pointer. The engine core reads
 * no files: `load` does. A document without `extends` is validated as a workflow.
 */
export async function resolveOverlay(document: unknown, options: { file: string; load: OverlayLoader }): Promise<OverlayResolution> {
  const provenance = new Provenance();
  const sources: string[] = [];
  const built = await build(document, options.file, options.load, provenance, sources);
  const top = options.file;
  const root: Origin = { file: top, pointer: '' };
  const place = (origin: Origin): { file: string; pointer: string; base?: Origin } =>
    origin.file === top ? { file: top, pointer: origin.pointer } : { file: top, pointer: '/extends', base: origin };
  const locate = (pointer: string) => place(built.document === undefined ? root : provenance.locate(built.document, pointer, root));
  const issues: OverlayIssue[] = built.issues.map(({ file, ...found }) =>
    found.base !== undefined && file === top ? { ...found, file } : { ...found, ...place({ file, pointer: found.pointer }) },
  );
  if (built.document === undefined || issues.length > 0) return { issues, sources, locate, ...(built.document === undefined ? {} : { document: built.document }) };
  const validation = validateDefinition(built.document);
  for (const found of validation.issues) {
    issues.push({ ...found, ...locate(found.pointer), definitionPointer: found.pointer });
  }
  return {
    issues,
    sources,
    locate,
    document: built.document,
    ...(validation.definition === undefined ? {} : { definition: validation.definition }),
  };
}

interface Built {
  document?: Record<string, unknown>;
  issues: LocatedIssue[];
}

async function build(document: unknown, file: string, load: OverlayLoader, provenance: Provenance, chain: string[]): Promise<Built> {
  chain.push(file);
  const located = (issues: readonly Issue[], at = file): LocatedIssue[] => issues.map((found) => ({ ...found, file: at }));
  const limited = definitionLimitIssues(document, DEFAULT_DEFINITION_LIMITS);
  if (limited.length > 0) return { issues: located(limited) };
  if (!isOverlayDocument(document)) {
    return { document: copyWithOrigin(document, { file, pointer: '' }, provenance) as Record<string, unknown>, issues: [] };
  }
  const structural = overlayStructureIssues(document);
  if (structural.length > 0) return { issues: located(structural) };
  const overlay = document as { extends: string; operations?: Array<Record<string, unknown>>; patch?: Record<string, unknown> };
  const at = (code: string, zh: string, en: string): Built => ({ issues: [overlayIssue(file, code, '/extends', zh, en)] });
  if (chain.length > MAX_OVERLAY_CHAIN) {
    return at(
      'overlay.chainTooLong',
      `覆盖文件层层扩展超过 ${MAX_OVERLAY_CHAIN} 层：${chain.join(' → ')}`,
      `More than ${MAX_OVERLAY_CHAIN} overlays extend one another: ${chain.join(' → ')}`,
    );
  }
  const loaded = await readBase(load, overlay.extends, file);
  if (chain.includes(loaded.file)) {
    return at(
      'overlay.cycle',
      `覆盖文件循环扩展：${[...chain, loaded.file].join(' → ')}`,
      `Overlays extend one another in a cycle: ${[...chain, loaded.file].join(' → ')}`,
    );
  }
  const readIssue = loaded.issues[0];
  if (readIssue !== undefined || loaded.value === undefined) {
    const code = readIssue?.code ?? 'file.unreadable';
    const reason = readIssue?.message ?? { 'zh-CN': '没有内容', en: 'no content' };
    const base = { file: loaded.file, pointer: readIssue?.pointer ?? '' };
    const [overlayCode, zh, en] = code.startsWith('overlay.')
      ? [code, reason['zh-CN'], reason.en]
      : code === 'file.unreadable'
        ? ['overlay.extendsUnreadable', `无法读取 extends 所指的“${overlay.extends}”（${loaded.file}）：${reason['zh-CN']}`, `Cannot read "${overlay.extends}" named by "extends" (${loaded.file}): ${reason.en}`]
        : ['overlay.baseNotJson', `extends 所指的 ${loaded.file} 不是有效的 JSON：${reason['zh-CN']}`, `${loaded.file}, named by "extends", is not valid JSON: ${reason.en}`];
    // Only a base that was read but is not JSON is a problem in the base; a reference that
    // reads nothing (a missing file, a malformed reference, no presets package) is the overlay's.
    return { issues: [{ ...overlayIssue(file, overlayCode, '/extends', zh, en), ...(overlayCode === 'overlay.baseNotJson' ? { base } : {}) }] };
  }
  const base = await build(loaded.value, loaded.file, load, provenance, chain);
  if (base.document === undefined || base.issues.length > 0) return base;
  const result = base.document;
  // Not an object: nothing to change; validation says what the base is.
  if (!isJsonObject(result)) return base;
  for (const [index, operation] of (overlay.operations ?? []).entries()) {
    const refused = applyOperation(operation, { document: result, file, pointer: joinPointer('/operations', index), provenance });
    if (refused.length > 0) return { issues: refused };
  }
  if (overlay.patch !== undefined) applyMergePatch(result, overlay.patch, { file, pointer: '/patch' }, provenance);
  return { document: result, issues: [] };
}

/** Calls the caller's loader; a loader that throws is reported as an unreadable base, not thrown on. */
async function readBase(load: OverlayLoader, ref: string, fromFile: string): Promise<LoadedDocument> {
  try {
    return await load(ref, fromFile);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file: ref, issues: [{ pointer: '', code: 'file.unreadable', message: { 'zh-CN': reason, en: reason } }] };
  }
}
