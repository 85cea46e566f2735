import { relative } from 'node:path';
import { LuzhiError, text, type WorkflowDefinition } from '@luzhi/engine';
import { loadWorkflow } from '@luzhi/engine/node';
import { PRESETS_ROOT, type PresetWorkflowFile } from './preset-files.js';

/**
 * A preset that cannot be read or built: `presets.unreadable` (a file that is not JSON),
 * `presets.invalid` (it does not resolve to a valid definition: the message names the file and
 * pointer of the first problem, in the overlay or in the base it comes from), `presets.idMismatch`
 * (its id is not its file's name), `presets.folderName` (a folder that cannot be an export).
 */
export class PresetError extends LuzhiError {
  override name = 'PresetError';
  constructor(code: 'presets.unreadable' | 'presets.invalid' | 'presets.idMismatch' | 'presets.folderName', zh: string, en: string) {
    super(code, text(zh, en));
  }
}

/**
 * Reads a preset's workflow file as the engine's CLI does — an overlay resolved against what it
 * extends, `@luzhi/presets/…` references found in `root` — and returns its definition.
 * @throws PresetError when it cannot be read or does not resolve to a valid definition whose id
 * is the file's name.
 */
export async function loadPresetDefinition(entry: PresetWorkflowFile, root: string = PRESETS_ROOT): Promise<WorkflowDefinition> {
  const name = relative(root, entry.file);
  const loaded = await loadWorkflow(entry.file, { presetsRoot: root });
  if (!loaded.definition) {
    const first = loaded.issues[0];
    const at = first?.base ?? { file: first?.file ?? entry.file, pointer: first?.pointer ?? '' };
    const where = `${relative(root, at.file)}#${at.pointer}`;
    const unreadable = loaded.value === undefined && loaded.sources.length === 1;
    throw new PresetError(
      unreadable ? 'presets.unreadable' : 'presets.invalid',
      `${where}：${first?.message['zh-CN'] ?? '无法读取'}`,
      `${where}: ${first?.message.en ?? 'cannot be read'}`,
    );
  }
  if (loaded.definition.id !== entry.workflow) {
    throw new PresetError('presets.idMismatch', `${name} 的 id 应为文件名“${entry.workflow}”`, `the id of ${name} must be its file name "${entry.workflow}"`);
  }
  return loaded.definition;
}

/**
 * The workflows a preset serves, by id: the base workflows, each replaced by the preset's own of
 * the same id, and the preset's other workflows. A preset's scenarios run with these, so that a
 * `start` effect finds the workflow it starts.
 */
export function servedWorkflowFiles(entries: readonly PresetWorkflowFile[], preset: string): Map<string, PresetWorkflowFile> {
  const served = new Map<string, PresetWorkflowFile>();
  for (const entry of entries) if (entry.preset === 'base') served.set(entry.workflow, entry);
  for (const entry of entries) if (entry.preset === preset) served.set(entry.workflow, entry);
  return served;
}
