import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of this package: each preset is a folder in it (`base`, `haian`, …). */
export const PRESETS_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Folders of the package that are not presets. */
const NOT_PRESETS = new Set(['src', 'test', 'node_modules', 'dist', 'test-results', 'scripts']);

/** The two kinds of workflow file: a whole definition, or an overlay of another workflow. */
const WORKFLOW_FILE = /^(.+)\.(workflow|overlay)\.json$/;

/** A workflow file of a preset, and the scenario files that walk it. */
export interface PresetWorkflowFile {
  /** The preset folder: `base` or a committee (`haian`). */
  preset: string;
  /** The workflow name: the file name without `.workflow.json` or `.overlay.json`. */
  workflow: string;
  /** `workflow` for a whole definition, `overlay` for a file that extends another workflow. */
  kind: 'workflow' | 'overlay';
  /** Absolute path of the workflow file. */
  file: string;
  /** Absolute paths of `<preset>/scenarios/<workflow>/*.scenario.json`, sorted. */
  scenarios: string[];
}

/**
 * Lists every `<preset>/<workflow>.workflow.json` and `<preset>/<workflow>.overlay.json` under
 * `root`, with the scenarios kept beside it in `<preset>/scenarios/<workflow>/`. Sorted by preset, then workflow, so that a test built from
 * the list names its cases in a stable order.
 */
export function listPresetWorkflowFiles(root: string = PRESETS_ROOT): PresetWorkflowFile[] {
  const found: PresetWorkflowFile[] = [];
  for (const preset of readdirSync(root).sort()) {
    const folder = join(root, preset);
    if (NOT_PRESETS.has(preset) || preset.startsWith('.') || !statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      const match = WORKFLOW_FILE.exec(name);
      if (match === null) continue;
      const workflow = match[1]!;
      const kind = match[2] === 'overlay' ? 'overlay' : 'workflow';
      const scenarioFolder = join(folder, 'scenarios', workflow);
      const scenarios = existsSync(scenarioFolder)
        ? readdirSync(scenarioFolder)
            .filter((file) => file.endsWith('.scenario.json'))
            .sort()
            .map((file) => join(scenarioFolder, file))
        : [];
      found.push({ preset, workflow, kind, file: join(folder, name), scenarios });
    }
  }
  return found;
}
