import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative } from 'node:path';
import { loadWorkflowSource, type LoadedWorkflow } from '../definition/workflow-source.js';
import { findPresetsRoot } from './presets-root.js';
import { readDocument } from './read-document.js';

export type { LoadedWorkflow } from '../definition/workflow-source.js';

/** Options of {@link loadWorkflow}. */
export interface LoadWorkflowOptions {
  /** A folder of presets to use for `@luzhi/presets/…` instead of the installed package. */
  presetsRoot?: string | undefined;
}

/**
 * Reads a workflow file for the CLI: a `.workflow.json`, or an overlay (a document with
 * `extends`), resolved with {@link loadWorkflowSource}. `extends` is a path relative to the file that
 * names it, an absolute path, or `@luzhi/presets/<preset>/<id>`, found as `<preset>/<id>.workflow.json` (or
 * `.overlay.json`) in the presets package, resolved from the file's folder at run time. Every
 * command that reads a workflow reads it here. Never throws for bad input.
 */
export function loadWorkflow(file: string, options: LoadWorkflowOptions = {}): Promise<LoadedWorkflow> {
  return loadWorkflowSource(file, {
    read: readDocument,
    path: (ref, fromFile) => ({ name: isAbsolute(ref) ? normalize(ref) : normalize(join(dirname(fromFile), ref)) }),
    preset: (preset, id, fromFile) => {
      const found = findPresetsRoot(dirname(fromFile), options.presetsRoot);
      if ('issue' in found) return found;
      const folder = join(found.root, preset);
      const overlay = join(folder, `${id}.overlay.json`);
      return { name: displayPath(existsSync(overlay) ? overlay : join(folder, `${id}.workflow.json`)) };
    },
  });
}

/** A path as short as it can be shown: relative to the working folder when inside it. */
function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') || shown === '' ? path : shown;
}
