import { relative } from 'node:path';
import { listPresetWorkflowFiles, PRESETS_ROOT } from '../../../../packages/presets/src/preset-files.js';

/** A preset's workflow file and the scenarios shipped beside it, by their paths in the presets package. */
export interface PresetIndexEntry {
  preset: string;
  workflow: string;
  kind: 'workflow' | 'overlay';
  /** `<preset>/<workflow>.workflow.json` or `.overlay.json`. */
  file: string;
  /** `<preset>/scenarios/<workflow>/<name>.scenario.json`, sorted. */
  scenarios: string[];
}

/** The file the playground's menu is read from (written by {@link writablePresetIndex}). */
export const PRESET_INDEX_FILE = new URL('./preset-index.json', import.meta.url);

/**
 * The presets' workflow files and scenarios as the playground lists them (Node only: it reads the
 * presets folder). `npx tsx web/playground/preset-index.ts` writes it to `preset-index.json`; a
 * test fails when that file differs from the folder.
 */
export function writablePresetIndex(): string {
  const name = (path: string) => relative(PRESETS_ROOT, path).split('\\').join('/');
  const entries: PresetIndexEntry[] = listPresetWorkflowFiles().map((entry) => ({
    preset: entry.preset,
    workflow: entry.workflow,
    kind: entry.kind,
    file: name(entry.file),
    scenarios: entry.scenarios.map(name),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

if (process.argv[1] !== undefined && new URL(import.meta.url).pathname === process.argv[1]) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(PRESET_INDEX_FILE, writablePresetIndex());
}
