import manifest from '@luzhi/presets/manifest.json' with { type: 'json' };
import type { LocalizedText } from '@luzhi/engine';
import index from './preset-index.json' with { type: 'json' };
import type { PresetIndexEntry } from './preset-index.js';

/** The presets' workflow files and their shipped scenarios, as `preset-index.json` lists them. */
export const PRESET_ENTRIES: readonly PresetIndexEntry[] = index as PresetIndexEntry[];

const FILE = /^([a-z][a-z0-9-]*)\/([A-Za-z][A-Za-z0-9_.-]*)\.(workflow|overlay)\.json$/;
const SCENARIO = /^([a-z][a-z0-9-]*)\/scenarios\/([A-Za-z][A-Za-z0-9_.-]*)\/([A-Za-z0-9][A-Za-z0-9_.-]*)\.scenario\.json$/;

const titles = new Map<string, LocalizedText>();
for (const preset of manifest.presets) for (const workflow of preset.workflows) titles.set(workflow.file, workflow.title);

/** The title of a preset workflow file (`haian/consultation.overlay.json`) as the presets' manifest gives it. */
export const presetTitle = (file: string): LocalizedText | undefined => titles.get(file);

const known = new Set(PRESET_ENTRIES.flatMap((entry) => [entry.file, ...entry.scenarios]));

/**
 * Reads a file of the presets package bundled into the page (`haian/consultation.overlay.json`,
 * `base/scenarios/proposal/single-unit.scenario.json`); undefined for a name the index does not list.
 * The files are bundled by pattern, each loaded the first time it is read.
 */
export async function readPresetFile(name: string): Promise<unknown> {
  if (!known.has(name)) return undefined;
  const file = FILE.exec(name);
  if (file !== null) {
    const module = file[3] === 'overlay'
      ? await import(`../../../../packages/presets/${file[1]!}/${file[2]!}.overlay.json`)
      : await import(`../../../../packages/presets/${file[1]!}/${file[2]!}.workflow.json`);
    return (module as { default: unknown }).default;
  }
  const scenario = SCENARIO.exec(name);
  if (scenario === null) return undefined;
  const module = await import(`../../../../packages/presets/${scenario[1]!}/scenarios/${scenario[2]!}/${scenario[3]!}.scenario.json`);
  return (module as { default: unknown }).default;
}

/** The file of a preset's workflow `id` (its overlay when it has one), as `@luzhi/presets/<preset>/<id>` names it. */
export function presetWorkflowFile(preset: string, id: string): string | undefined {
  return PRESET_ENTRIES.find((entry) => entry.preset === preset && entry.workflow === id)?.file;
}
