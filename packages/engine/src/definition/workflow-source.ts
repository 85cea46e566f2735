import { compile } from '../compile/compile.js';
import { DefinitionError, type Issue } from '../errors.js';
import { text, type LocalizedText } from '../localized-text.js';
import type { TextIssue, TextPosition } from './json-text.js';
import { resolveOverlay, type LoadedDocument, type OverlayIssue } from './overlay/index.js';
import type { WorkflowDefinition } from './workflow-definition.generated.js';

/** The package reference of a preset workflow: `@luzhi/presets/<preset>/<id>`. */
export const PRESET_REFERENCE = /^@luzhi\/presets\/([a-z][a-z0-9-]*)\/([A-Za-z][A-Za-z0-9_.-]*)$/;

/** A scheme such as `https:` or `file:` (two letters at least, so a Windows drive is a path). */
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:/;

/** A JSON document read from somewhere: its value (when it parsed) and what went wrong reading it. */
export interface ReadDocument {
  value?: unknown;
  /** `file.unreadable`, `json.syntax` and `json.duplicateKey` issues. */
  issues: Array<Issue | TextIssue>;
  /** Where each value starts in the text, by JSON pointer. */
  positions: ReadonlyMap<string, TextPosition>;
}

/** A workflow document read, overlays resolved. */
export interface LoadedWorkflow {
  /** The resolved document (valid or not), when it could be built. */
  value?: unknown;
  /** The resolved definition, when it is valid. */
  definition?: WorkflowDefinition;
  /** Every problem: reading, resolving, validating. `file` is the file given; `base` where in a base it is. */
  issues: OverlayIssue[];
  /** The files read, the one given first. */
  sources: string[];
  /** Where a pointer of the resolved definition was written, for issues found later (compile). */
  locate(pointer: string): { file: string; pointer: string; base?: { file: string; pointer: string } };
  /** Where each value starts in each file read, by file and JSON pointer. */
  positions: ReadonlyMap<string, ReadonlyMap<string, TextPosition>>;
}

/** Where the documents of {@link loadWorkflowSource} come from: files on disk, or files bundled in a page. */
export interface WorkflowSources {
  /** Reads the document named `name`; a document that cannot be read is an issue, never an exception. */
  read(name: string): ReadDocument | Promise<ReadDocument>;
  /** The document a preset reference names (`@luzhi/presets/<preset>/<id>`), or why there is none. */
  preset(preset: string, id: string, fromFile: string): { name: string } | { issue: Issue };
  /** The document a path names (relative to `fromFile`, or absolute), or why paths are not read here. */
  path(ref: string, fromFile: string): { name: string } | { issue: Issue };
}

/**
 * Reads a workflow document through `sources`: a workflow, or an overlay (a document with
 * `extends`) resolved with {@link resolveOverlay}. `extends` is a path or
 * `@luzhi/presets/<preset>/<id>`; a malformed preset reference and a URL are refused before
 * anything is read (`overlay.referenceInvalid`). The CLI reads files with it, the playground
 * reads pasted text and bundled presets. Never throws for bad input.
 */
export async function loadWorkflowSource(file: string, sources: WorkflowSources): Promise<LoadedWorkflow> {
  const positions = new Map<string, ReadonlyMap<string, TextPosition>>();
  const read = async (name: string): Promise<LoadedDocument> => {
    const document = await sources.read(name);
    positions.set(name, document.positions);
    return { file: name, issues: document.issues, ...(document.value === undefined ? {} : { value: document.value }) };
  };
  const top = await read(file);
  const readIssues = top.issues.map((found) => ({ ...found, file }));
  if (top.value === undefined) return { issues: readIssues, sources: [file], positions, locate: (pointer) => ({ file, pointer }) };
  const load = async (ref: string, fromFile: string): Promise<LoadedDocument> => {
    const refused = refusedReference(ref);
    if (refused !== undefined) return { file: ref, issues: [{ pointer: '', code: 'overlay.referenceInvalid', message: refused }] };
    const preset = PRESET_REFERENCE.exec(ref);
    const found = preset === null ? sources.path(ref, fromFile) : sources.preset(preset[1]!, preset[2]!, fromFile);
    return 'issue' in found ? { file: ref, issues: [found.issue] } : read(found.name);
  };
  const resolution = await resolveOverlay(top.value, { file, load });
  return {
    ...(resolution.document === undefined ? {} : { value: resolution.document }),
    ...(resolution.definition === undefined ? {} : { definition: resolution.definition }),
    issues: [...readIssues, ...resolution.issues],
    sources: resolution.sources,
    locate: resolution.locate,
    positions,
  };
}

/** Why `extends` cannot name `ref` at all: a malformed preset reference, or a URL. */
function refusedReference(ref: string): LocalizedText | undefined {
  if (ref.startsWith('@luzhi/presets/') && !PRESET_REFERENCE.test(ref)) {
    return text(
      `“${ref}”不是预设流程的引用；应写成 @luzhi/presets/<预设>/<流程标识>，如 @luzhi/presets/base/proposal`,
      `"${ref}" is not a preset reference; write @luzhi/presets/<preset>/<id>, such as @luzhi/presets/base/proposal`,
    );
  }
  if (URL_SCHEME.test(ref)) {
    return text(
      `“${ref}”是网址；extends 只读取本机文件：写相对于本文件的路径、绝对路径，或 @luzhi/presets/<预设>/<流程标识>`,
      `"${ref}" is a URL; extends reads local files only: write a path relative to this file, an absolute path, or @luzhi/presets/<preset>/<id>`,
    );
  }
  return undefined;
}

/** One issue of a workflow document, as `luzhi validate` (and the playground) reports it. */
export interface ValidateJsonIssue {
  /** The file the pointer points into: the file given, or the base it extends for a problem there. */
  file: string;
  pointer: string;
  code: string;
  message: LocalizedText;
  /** Where the value (or the text error) is in the file, when known. */
  line?: number;
  column?: number;
  /** For a problem in a base: the file given (an overlay) and its pointer, `/extends`. */
  overlay?: { file: string; pointer: string };
}

/** A workflow document read (overlays resolved) and checked: its issues, or its definition. */
export interface CheckedWorkflow {
  /** Every issue found, located in the file given or in the base it comes from. */
  found: ValidateJsonIssue[];
  /** `id@version` of the resolved definition, when it could be read as one. */
  key: string | undefined;
  /** The resolved definition, when no issue was found. */
  definition: WorkflowDefinition | undefined;
  /** What was read, for callers that report issues their own way. */
  loaded: LoadedWorkflow;
}

/**
 * What a valid definition still needs before this engine can run it (a feature it validates but
 * cannot execute yet): the compiler's issues, so `validate` says what `createEngine` would.
 */
function runnableIssues(definition: unknown): Issue[] {
  try {
    compile(definition);
    return [];
  } catch (error) {
    if (error instanceof DefinitionError) return [...error.issues];
    throw error;
  }
}

/**
 * Checks a workflow document read with {@link loadWorkflowSource} as `validate` does — reading,
 * resolving, validating and what the compiler still needs — locating each issue in the document
 * given, or in the base it comes from, with line and column when known.
 */
export function checkLoadedWorkflow(loaded: LoadedWorkflow): CheckedWorkflow {
  const issues = [...loaded.issues];
  let key: string | undefined;
  if (loaded.definition) {
    key = `${loaded.definition.id}@${loaded.definition.version}`;
    for (const issue of runnableIssues(loaded.definition)) issues.push({ ...issue, ...loaded.locate(issue.pointer) });
  }
  const found = issues.map((issue): ValidateJsonIssue => {
    const at = issue.base ?? { file: issue.file, pointer: issue.pointer };
    const position =
      'position' in issue ? (issue.position as { line: number; column: number }) : loaded.positions.get(at.file)?.get(at.pointer);
    return {
      file: at.file,
      pointer: at.pointer,
      code: issue.code,
      message: issue.message,
      ...(position === undefined ? {} : { line: position.line, column: position.column }),
      ...(issue.base === undefined ? {} : { overlay: { file: issue.file, pointer: issue.pointer } }),
    };
  });
  return { found, key, definition: found.length === 0 ? loaded.definition : undefined, loaded };
}
