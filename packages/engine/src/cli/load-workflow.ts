import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative } from 'node:path';
import type { TextPosition } from '../definition/json-text.js';
import { resolveOverlay, type LoadedDocument, type OverlayIssue } from '../definition/overlay/index.js';
import type { WorkflowDefinition } from '../definition/workflow-definition.generated.js';
import { text } from '../localized-text.js';
import { findPresetsRoot, PRESET_REFERENCE } from './presets-root.js';
import { readDocument } from './read-document.js';

/** A workflow file read from disk, overlays resolved. */
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

/** Options of {@link loadWorkflow}. */
export interface LoadWorkflowOptions {
  /** A folder of presets to use for `@luzhi/presets/…` instead of the installed package. */
  presetsRoot?: string | undefined;
}

/**
 * Reads a workflow file for the CLI: a `.workflow.json`, or an overlay (a document with
 * `extends`), resolved with {@link resolveOverlay}. `extends` is a path relative to the file that
 * names it, an absolute path, or `@luzhi/presets/<preset>/<id>`, found as `<preset>/<id>.workflow.json` (or
 * `.overlay.json`) in the presets package, resolved from the file's folder at run time. Every
 * command that reads a workflow reads it here. Never throws for bad input.
 */
export async function loadWorkflow(file: string, options: LoadWorkflowOptions = {}): Promise<LoadedWorkflow> {
  const positions = new Map<string, ReadonlyMap<string, TextPosition>>();
  const read = async (path: string): Promise<LoadedDocument> => {
    const document = await readDocument(path);
    positions.set(path, document.positions);
    return { file: path, issues: document.issues, ...(document.value === undefined ? {} : { value: document.value }) };
  };
  const top = await read(file);
  const readIssues = top.issues.map((found) => ({ ...found, file }));
  if (top.value === undefined) return { issues: readIssues, sources: [file], positions, locate: (pointer) => ({ file, pointer }) };
  const load = async (ref: string, fromFile: string): Promise<LoadedDocument> => {
    const preset = PRESET_REFERENCE.exec(ref);
    if (ref.startsWith('@luzhi/presets/') && preset === null) {
      return invalidReference(
        ref,
        text(
          `“${ref}”不是预设流程的引用；应写成 @luzhi/presets/<预设>/<流程标识>，如 @luzhi/presets/base/proposal`,
          `"${ref}" is not a preset reference; write @luzhi/presets/<preset>/<id>, such as @luzhi/presets/base/proposal`,
        ),
      );
    }
    if (URL_SCHEME.test(ref)) {
      return invalidReference(
        ref,
        text(
          `“${ref}”是网址；extends 只读取本机文件：写相对于本文件的路径、绝对路径，或 @luzhi/presets/<预设>/<流程标识>`,
          `"${ref}" is a URL; extends reads local files only: write a path relative to this file, an absolute path, or @luzhi/presets/<preset>/<id>`,
        ),
      );
    }
    if (preset === null) return read(isAbsolute(ref) ? normalize(ref) : normalize(join(dirname(fromFile), ref)));
    const found = findPresetsRoot(dirname(fromFile), options.presetsRoot);
    if ('issue' in found) return { file: ref, issues: [found.issue] };
    const folder = join(found.root, preset[1]!);
    const overlay = join(folder, `${preset[2]!}.overlay.json`);
    const path = existsSync(overlay) ? overlay : join(folder, `${preset[2]!}.workflow.json`);
    return read(displayPath(path));
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

/** A scheme such as `https:` or `file:` (two letters at least, so a Windows drive is a path). */
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:/;

/** A reference the loader refuses before reading anything. */
function invalidReference(ref: string, message: ReturnType<typeof text>): LoadedDocument {
  return { file: ref, issues: [{ pointer: '', code: 'overlay.referenceInvalid', message }] };
}

/** A path as short as it can be shown: relative to the working folder when inside it. */
function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') || shown === '' ? path : shown;
}
