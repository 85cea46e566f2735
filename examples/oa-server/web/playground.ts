/**
 * The playground for committee staff: paste or upload a workflow (or an overlay of a preset), see
 * its problems in Chinese (or English) with the offending JSON highlighted, its diagram, and a
 * scenario run — all in the browser, with the engine's own functions.
 */
import '@luzhi/forms/define/luzhi-diagram';
import { type CheckedWorkflow, type MessageLanguage, type WorkflowDefinition } from '@luzhi/engine';
import { PRESET_ENTRIES, presetTitle, readPresetFile } from './playground/bundled-presets.js';
import { checkSource, servedWorkflows } from './playground/check-source.js';
import { PLAYGROUND_LIMITS } from './playground/limits.js';
import { UI, say } from './playground/messages.js';
import { el, placeInText, renderIssue, renderScenario } from './playground/render-results.js';
import { runScenarioText } from './playground/scenario-run.js';
import { SourceEditor } from './playground/source-editor.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const editor = new SourceEditor($<HTMLTextAreaElement>('#source'), $('#backdrop'));
const exampleMenu = $<HTMLSelectElement>('#example');
const fileInput = $<HTMLInputElement>('#file');
const notice = $('#notice');
const summary = $('#summary');
const issueList = $('#issues');
const diagram = $<HTMLElement & { definition: unknown; locale: string | undefined }>('luzhi-diagram');
const noDiagram = $('#no-diagram');
const scenarioMenu = $<HTMLSelectElement>('#scenario-pick');
const scenarioText = $<HTMLTextAreaElement>('#scenario-source');
const runButton = $<HTMLButtonElement>('#run');
const scenarioResult = $('#scenario-result');
const languageButton = $<HTMLButtonElement>('#language');

let lang: MessageLanguage = 'zh-CN';
/** The preset of the example picked, while its text (changed or not) is in the editor. */
let examplePreset: string | undefined;
let checked: CheckedWorkflow | undefined;
let lastNotice: ReturnType<typeof UI.fileUnreadable> | undefined;
let generation = 0;

function showNotice(message: typeof lastNotice): void {
  lastNotice = message;
  notice.textContent = message === undefined ? '' : say(message, lang);
  notice.hidden = message === undefined;
}

/** Checks the text and shows its problems, or its diagram; a newer check overtakes an older one. */
async function check(): Promise<void> {
  const mine = ++generation;
  const source = editor.value;
  if (source.trim() === '') {
    checked = undefined;
    render();
    return;
  }
  summary.textContent = say(UI.checking, lang);
  let result: CheckedWorkflow;
  try {
    result = await checkSource(source);
  } catch (error) {
    // The engine answers bad input with issues; anything thrown here is a fault to report, not a blank page.
    console.error(error);
    if (mine === generation) showNotice(UI.internal);
    return;
  }
  if (mine !== generation) return;
  checked = result;
  render();
}

function render(): void {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-ui]')) {
    const key = node.dataset['ui'] as keyof typeof UI;
    const message = UI[key];
    if (typeof message === 'object') node.textContent = say(message, lang);
  }
  languageButton.textContent = say(UI.language, lang);
  exampleMenu.options[0]!.textContent = say(UI.pickExample, lang);
  for (const option of [...exampleMenu.options].slice(1)) {
    const title = presetTitle(option.value);
    option.textContent = title === undefined ? option.value : `${option.value} — ${say(title, lang)}`;
  }
  scenarioMenu.options[0]!.textContent = say(UI.pickScenario, lang);
  if (lastNotice !== undefined) notice.textContent = say(lastNotice, lang);
  diagram.locale = lang;
  if (checked === undefined) {
    summary.textContent = say(UI.empty, lang);
    issueList.replaceChildren();
    editor.highlight([]);
    showDiagram(undefined);
    return;
  }
  const positions = checked.loaded.positions.get(checked.loaded.sources[0] ?? '');
  const places = checked.found.map((issue) => placeInText(issue, positions));
  summary.textContent = checked.definition ? say(UI.valid(checked.key ?? ''), lang) : say(UI.invalid(checked.found.length), lang);
  summary.dataset['valid'] = String(checked.definition !== undefined);
  issueList.replaceChildren(
    ...checked.found.map((issue, index) =>
      renderIssue(issue, places[index], lang, (line, column) => {
        editor.moveTo(line, column);
      }),
    ),
  );
  editor.highlight(places.flatMap((place) => (place === undefined ? [] : [place.line])));
  showDiagram(checked.definition);
}

function showDiagram(definition: WorkflowDefinition | undefined): void {
  diagram.hidden = definition === undefined;
  noDiagram.hidden = definition !== undefined;
  diagram.definition = definition;
  runButton.disabled = definition === undefined;
}

let timer: ReturnType<typeof setTimeout> | undefined;
editor.textarea.addEventListener('input', () => {
  showNotice(undefined);
  summary.textContent = say(UI.checking, lang);
  clearTimeout(timer);
  timer = setTimeout(() => void check(), 250);
});

/** Puts text in the editor and checks it at once. */
function load(source: string): Promise<void> {
  clearTimeout(timer);
  showNotice(undefined);
  editor.value = source;
  return check();
}

/** Reads a file chosen or dropped; one over the size limit is refused before it is read. */
async function loadFile(file: File): Promise<void> {
  if (file.size > PLAYGROUND_LIMITS.maxTextBytes) {
    showNotice(UI.fileTooLarge(file.name, file.size, PLAYGROUND_LIMITS.maxTextBytes));
    return;
  }
  let source: string;
  try {
    source = await file.text();
  } catch {
    showNotice(UI.fileUnreadable(file.name));
    return;
  }
  examplePreset = undefined;
  await load(source);
  showNotice(undefined);
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file !== undefined) void loadFile(file);
  fileInput.value = '';
});
const dropZone = $('#editor');
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) void loadFile(file);
});

// The menu of starting points: every preset workflow and overlay, grouped by preset.
for (const name of [...new Set(PRESET_ENTRIES.map((entry) => entry.preset))]) {
  const group = document.createElement('optgroup');
  group.label = name;
  for (const entry of PRESET_ENTRIES.filter((each) => each.preset === name)) {
    group.append(new Option(entry.file, entry.file));
  }
  exampleMenu.append(group);
}

exampleMenu.addEventListener('change', async () => {
  const entry = PRESET_ENTRIES.find((each) => each.file === exampleMenu.value);
  if (entry === undefined) return;
  examplePreset = entry.preset;
  const value = await readPresetFile(entry.file);
  // Overlays name their base by a path inside the presets; shown here as the package reference, which the page resolves.
  const shown =
    entry.kind === 'overlay' && typeof value === 'object' && value !== null && Object.hasOwn(value, 'extends')
      ? { ...value, extends: baseReference(entry.file, String((value as { extends: unknown }).extends)) }
      : value;
  scenarioMenu.replaceChildren(scenarioMenu.options[0]!, ...entry.scenarios.map((file) => new Option(file.split('/').pop()!, file)));
  scenarioText.value = '';
  scenarioResult.replaceChildren();
  await load(`${JSON.stringify(shown, null, 2)}\n`);
});

/** `../base/consultation.workflow.json` from `haian/…` as `@luzhi/presets/base/consultation`. */
function baseReference(from: string, ref: string): string {
  const match = /^\.\.\/([a-z][a-z0-9-]*)\/([A-Za-z][A-Za-z0-9_.-]*)\.(?:workflow|overlay)\.json$/.exec(ref);
  if (match !== null) return `@luzhi/presets/${match[1]!}/${match[2]!}`;
  const local = /^(?:\.\/)?([A-Za-z][A-Za-z0-9_.-]*)\.(?:workflow|overlay)\.json$/.exec(ref);
  return local === null ? ref : `@luzhi/presets/${from.split('/')[0]!}/${local[1]!}`;
}

scenarioMenu.addEventListener('change', async () => {
  if (scenarioMenu.value === '') return;
  scenarioText.value = `${JSON.stringify(await readPresetFile(scenarioMenu.value), null, 2)}\n`;
});

runButton.addEventListener('click', async () => {
  const definition = checked?.definition;
  if (definition === undefined) {
    scenarioResult.replaceChildren(el('p', 'summary', say(UI.needValid, lang)));
    return;
  }
  runButton.disabled = true;
  try {
    // The preset whose workflows `start` effects find: the example's, else the one `extends` names (its first file read), else base.
    const preset = examplePreset ?? checked?.loaded.sources[1]?.split('/')[0] ?? 'base';
    const workflows = await servedWorkflows(preset, definition.id);
    const outcome = await runScenarioText(definition, scenarioText.value, workflows, lang);
    scenarioResult.replaceChildren(renderScenario(outcome, lang));
  } catch (error) {
    console.error(error);
    scenarioResult.replaceChildren(el('p', 'summary', say(UI.internal, lang)));
  } finally {
    runButton.disabled = checked?.definition === undefined;
  }
});

languageButton.addEventListener('click', () => {
  lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  render();
  scenarioResult.replaceChildren();
});

render();
