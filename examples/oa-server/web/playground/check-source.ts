import {
  checkLoadedWorkflow,
  loadWorkflowSource,
  parseDefinitionText,
  text,
  type CheckedWorkflow,
  type Issue,
  type ReadDocument,
  type WorkflowSources,
} from '@luzhi/engine';
import { PRESET_ENTRIES, presetWorkflowFile, readPresetFile } from './bundled-presets.js';
import { PLAYGROUND_LIMITS, utf8Bytes } from './limits.js';

/** The name the pasted or uploaded text goes by in issues. */
export const PASTED = '(粘贴的文本 pasted text)';

const unreadable = (message: ReturnType<typeof text>): ReadDocument => ({ issues: [{ pointer: '', code: 'file.unreadable', message }], positions: new Map() });

/** A preset file given as text the way the presets package writes it, so its issues get lines too. */
async function readBundled(name: string): Promise<ReadDocument> {
  const value = await readPresetFile(name);
  if (value === undefined) return unreadable(text(`预设中没有 ${name}`, `the presets have no ${name}`));
  return parseDefinitionText(`${JSON.stringify(value, null, 2)}\n`);
}

/** Joins a relative path to the folder of `from` inside the presets; undefined when it leaves them. */
function joinInside(from: string, ref: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const part of ref.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

const presetNames = [...new Set(PRESET_ENTRIES.map((entry) => entry.preset))];

/** Where the playground reads documents: the text given, and the presets bundled into the page. */
function playgroundSources(source: string): WorkflowSources {
  return {
    read: (name) => (name === PASTED ? parseDefinitionText(source) : readBundled(name)),
    preset(preset, id) {
      const file = presetWorkflowFile(preset, id);
      if (file !== undefined) return { name: file };
      const ids = PRESET_ENTRIES.filter((entry) => entry.preset === preset).map((entry) => entry.workflow);
      const issue: Issue = {
        pointer: '',
        code: 'file.unreadable',
        message:
          ids.length === 0
            ? text(`没有名为“${preset}”的预设；可用的预设：${presetNames.join('、')}`, `there is no preset "${preset}"; the presets are ${presetNames.join(', ')}`)
            : text(`预设“${preset}”中没有流程“${id}”；它有：${ids.join('、')}`, `preset "${preset}" has no workflow "${id}"; it has ${ids.join(', ')}`),
      };
      return { issue };
    },
    path(ref, fromFile) {
      const inside = fromFile === PASTED ? undefined : joinInside(fromFile, ref);
      if (inside !== undefined) return { name: inside };
      const issue: Issue = {
        pointer: '',
        code: 'overlay.referenceInvalid',
        message: text(
          `试验场只能读取预设流程：extends 应写成 @luzhi/presets/<预设>/<流程标识>，而不是路径“${ref}”`,
          `the playground reads preset workflows only: write extends as @luzhi/presets/<preset>/<id>, not the path "${ref}"`,
        ),
      };
      return { issue };
    },
  };
}

/** The text is over {@link PLAYGROUND_LIMITS.maxTextBytes}: the only issue, nothing else is read. */
export function tooLargeIssue(bytes: number): Issue {
  const limit = PLAYGROUND_LIMITS.maxTextBytes;
  return {
    pointer: '',
    code: 'limit.textLength',
    message: text(
      `文本有 ${bytes.toLocaleString('zh-CN')} 字节，超过试验场的上限 ${limit.toLocaleString('zh-CN')} 字节（1 MiB）；没有检查`,
      `the text has ${bytes.toLocaleString('en')} bytes, over the playground's limit of ${limit.toLocaleString('en')} bytes (1 MiB); nothing was checked`,
    ),
  };
}

/**
 * Checks pasted text as `luzhi validate` checks a file: a workflow, or an overlay of a preset
 * resolved against the presets bundled into the page; each issue with its pointer and, in the text
 * given, its line and column. Text over the size limit is refused unread. Never throws for bad input.
 */
export async function checkSource(source: string): Promise<CheckedWorkflow> {
  const bytes = utf8Bytes(source);
  if (bytes > PLAYGROUND_LIMITS.maxTextBytes) {
    const issue = tooLargeIssue(bytes);
    return {
      found: [{ file: PASTED, pointer: '', code: issue.code, message: issue.message }],
      key: undefined,
      definition: undefined,
      loaded: { issues: [], sources: [PASTED], positions: new Map(), locate: (pointer) => ({ file: PASTED, pointer }) },
    };
  }
  return checkLoadedWorkflow(await loadWorkflowSource(PASTED, playgroundSources(source)));
}

/**
 * The workflows a preset serves beside the one checked, resolved from the bundled presets: the
 * base ones, each replaced by the preset's own of the same id. A scenario's `start` effects start them.
 */
export async function servedWorkflows(preset: string, except: string): Promise<unknown[]> {
  const served = new Map<string, string>();
  for (const entry of PRESET_ENTRIES) if (entry.preset === 'base') served.set(entry.workflow, entry.file);
  for (const entry of PRESET_ENTRIES) if (entry.preset === preset) served.set(entry.workflow, entry.file);
  served.delete(except);
  const definitions: unknown[] = [];
  for (const file of served.values()) {
    const checked = checkLoadedWorkflow(await loadWorkflowSource(file, playgroundSources('')));
    if (checked.definition !== undefined) definitions.push(checked.definition);
  }
  return definitions;
}
