/**
 * The browser demo served at `/`: pick a committee and a persona, start a proposal or a
 * consultation, and act on it as each persona in turn. The to-do list, the task panel with the
 * instance's content, the diagram and the history all come from the server's REST API.
 */
import '@luzhi/forms/define/luzhi-inbox';
import '@luzhi/forms/define/luzhi-task-panel';
import '@luzhi/forms/define/luzhi-timeline';
import '@luzhi/forms/define/luzhi-diagram';
import { pickTitle, type InstanceView } from '@luzhi/engine';
import type { InboxTask } from '@luzhi/forms';
import { ApiError, createApi, fetchChoices, type DefinitionSummary, type DemoApi } from './demo/api.js';
import { committeeTitle, pageChoices, type DemoChoices } from './demo/choices.js';
import { renderInstanceList, type ListedInstance } from './demo/instance-list.js';
import { instanceTitle, shortId } from './demo/instance-title.js';
import { pageMessages } from './demo/messages.js';
import { pageSearch, readLanguage, readPageState, type PageState } from './demo/page-state.js';

const $ = <T extends Element>(selector: string): T => document.querySelector<T>(selector)!;
const committeeSelect = $<HTMLSelectElement>('#committee');
const personaSelect = $<HTMLSelectElement>('#persona');
const languageButton = $<HTMLButtonElement>('#language');
const widenButton = $<HTMLButtonElement>('#widen');
const startForm = $<HTMLFormElement>('#start-form');
const startSelect = $<HTMLSelectElement>('#start-definition');
const notice = $<HTMLElement>('#notice');
const inbox = document.querySelector('luzhi-inbox')!;
const panel = document.querySelector('luzhi-task-panel')!;
const nothingOpen = $<HTMLElement>('#nothing-open');
const main = $<HTMLElement>('main');
const visibleList = $<HTMLUListElement>('#visible');
const diagram = document.querySelector('luzhi-diagram')!;
const timeline = document.querySelector('luzhi-timeline')!;

let choices: DemoChoices = { committee: '', committees: [], personas: [] };
let state: PageState = { committee: '', persona: '', language: readLanguage(location.search), open: undefined };
let api: DemoApi = createApi(state);
let definitions: DefinitionSummary[] = [];
/** Definitions by committee, id and version: a version never changes once served. */
const definitionCache = new Map<string, Promise<unknown>>();
/** Requests under way: while any is, `<main>` is `aria-busy`. */
let pending = 0;
/** Bumped by every refresh, so that an answer arriving after a newer refresh began is dropped. */
let generation = 0;

/** Runs `work` with the page marked busy until it (and any other work under way) ends. */
async function busy(work: () => Promise<void>): Promise<void> {
  pending++;
  main.setAttribute('aria-busy', 'true');
  try {
    await work();
  } finally {
    if (--pending === 0) main.removeAttribute('aria-busy');
  }
}

/** The definition `id@version` of the current committee, asked for once. */
function definitionOf(id: string, version: number): Promise<unknown> {
  const key = `${state.committee}\u0000${id}\u0000${version}`;
  let found = definitionCache.get(key);
  if (found === undefined) {
    found = api.definition(id, version);
    found.catch(() => definitionCache.delete(key));
    definitionCache.set(key, found);
  }
  return found;
}

/** Shows `message` in the notice under the start form. */
function say(message: string, kind: 'info' | 'error' = 'info'): void {
  notice.textContent = message;
  notice.dataset.kind = kind;
}

function sayError(error: unknown): void {
  const message = error instanceof ApiError ? error.messages[state.language] : error instanceof Error ? error.message : String(error);
  say(message, 'error');
}

/** Writes the page's state into the address. */
function remember(): void {
  history.replaceState(null, '', pageSearch(state));
}

/** Writes the page's own words, and the choices' labels, in the chosen language. */
function renderText(): void {
  const messages = pageMessages(state.language);
  document.documentElement.lang = state.language;
  document.title = messages.title;
  $('#page-title').textContent = messages.title;
  $('#committee-label').textContent = messages.committee;
  $('#persona-label').textContent = messages.persona;
  languageButton.textContent = messages.otherLanguage;
  languageButton.lang = state.language === 'en' ? 'zh-CN' : 'en';
  $('#auth-note').textContent = messages.authNote;
  startSelect.setAttribute('aria-label', messages.startWorkflow);
  $('#start').textContent = messages.start;
  $('#todo-title').textContent = messages.todo;
  $('#visible-title').textContent = messages.visible;
  $('#task-title').textContent = messages.task;
  $('#diagram-title').textContent = messages.diagram;
  widenButton.textContent = main.classList.contains('wide') ? messages.narrow : messages.widen;
  $('#history-title').textContent = messages.history;
  nothingOpen.textContent = messages.nothingOpen;
  $('#user-ids-title').textContent = messages.userIds;
  const ids = choices.personas.map((persona) => {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = persona.actor.id;
    item.append(code, ` ${persona.title[state.language]}`);
    return item;
  });
  const units = document.createElement('li');
  units.textContent = `${messages.units}: ${messages.unitsList}`;
  $('#user-ids').replaceChildren(...ids, units);
  committeeSelect.replaceChildren(...choices.committees.map((id) => new Option(committeeTitle(id, state.language), id, false, id === state.committee)));
  personaSelect.replaceChildren(...choices.personas.map((persona) => new Option(persona.title[state.language], persona.id, false, persona.id === state.persona)));
  renderStartChoices();
  for (const element of [inbox, panel, diagram, timeline]) element.locale = state.language;
}

/** Lists the workflows the committee serves in the start form, keeping the chosen one. */
function renderStartChoices(): void {
  const chosen = startSelect.value || 'proposal';
  startSelect.replaceChildren(
    ...definitions.map((definition) => new Option(pickTitle(definition.title, state.language) ?? definition.id, definition.id, false, definition.id === chosen)),
  );
}

/** What the page calls the instance of `view`. */
function titleOf(view: InstanceView): string {
  const workflow = definitions.find((definition) => definition.id === view.definition.id);
  return instanceTitle(view, workflow?.title, state.language);
}

/** The caller's to-do rows, each with its instance's title, and the instances the caller may see, newest first. */
async function loadLists(): Promise<{ tasks: InboxTask[]; visible: ListedInstance[]; complete: boolean }> {
  const [tasks, { items, complete }] = await Promise.all([api.tasks(), api.visible()]);
  const visible = items.map((view) => ({ view, title: titleOf(view) })).reverse();
  const titles = new Map<string, Promise<string | undefined>>(visible.map(({ view, title }) => [view.id, Promise.resolve(title)]));
  for (const task of tasks) {
    if (!titles.has(task.instanceId)) titles.set(task.instanceId, api.instance(task.instanceId).then(titleOf, () => undefined));
  }
  return { tasks: await Promise.all(tasks.map(async (task) => ({ ...task, title: await titles.get(task.instanceId)! }))), visible, complete };
}

/** Opens instance `id` in the task panel. */
function openInstance(id: string): void {
  state.open = id;
  say('');
  remember();
  void refresh();
}

/** The open instance as the caller sees it, or undefined when the caller may not see it. */
async function openedView(id: string): Promise<InstanceView | undefined> {
  try {
    return await api.instance(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** Shows the open instance in the panel, the diagram and the timeline, or that none is open. */
function showOpened(view: InstanceView | undefined, definition: unknown, events: unknown[]): void {
  nothingOpen.hidden = view !== undefined;
  panel.hidden = view === undefined;
  panel.definition = diagram.definition = timeline.definition = definition;
  panel.view = diagram.view = view;
  timeline.events = view === undefined ? [] : (events as never);
}

/** Reloads the to-do list and the open instance as the current caller, the page busy meanwhile. */
function refresh(): Promise<void> {
  return busy(() => reload());
}

/** Loads the to-do list, the instances the caller may see and the open instance, and shows them. */
async function reload(): Promise<void> {
  const mine = ++generation;
  const open = state.open;
  try {
    const { tasks, visible, complete } = await loadLists();
    // The search holds the view when the caller may see it; asked for alone only when the search was cut short.
    const found = open === undefined ? undefined : visible.find((row) => row.view.id === open);
    const view = open === undefined ? undefined : (found?.view ?? (complete ? undefined : await openedView(open)));
    const [definition, events] = view === undefined ? [undefined, []] : await Promise.all([definitionOf(view.definition.id, view.definition.version), api.history(view.id)]);
    // A newer reload (another persona, another instance) began meanwhile: its answer is the one to show.
    if (mine !== generation) return;
    if (open !== undefined && view === undefined) {
      say(pageMessages(state.language).noLongerVisible(shortId(open)));
      state.open = undefined;
      remember();
    }
    inbox.tasks = tasks;
    inbox.selected = undefined;
    renderInstanceList(visibleList, visible, state.open, pageMessages(state.language), openInstance);
    showOpened(view, definition, events);
  } catch (error) {
    if (mine === generation) sayError(error);
  }
}

/** Reloads what the committee serves (the workflows one may start), then the rest. */
function switchCaller(): Promise<void> {
  api = createApi(state);
  remember();
  return busy(async () => {
    try {
      definitions = await api.definitions();
      renderStartChoices();
    } catch (error) {
      sayError(error);
    }
    await reload();
  });
}

committeeSelect.addEventListener('change', () => {
  state.committee = committeeSelect.value;
  state.open = undefined;
  say('');
  void switchCaller();
});
personaSelect.addEventListener('change', () => {
  state.persona = personaSelect.value;
  say('');
  void switchCaller();
});
widenButton.addEventListener('click', () => {
  const wide = main.classList.toggle('wide');
  widenButton.setAttribute('aria-pressed', String(wide));
  widenButton.textContent = wide ? pageMessages(state.language).narrow : pageMessages(state.language).widen;
});
languageButton.addEventListener('click', () => {
  state.language = state.language === 'en' ? 'zh-CN' : 'en';
  remember();
  renderText();
  void refresh();
});
startForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(async () => {
    try {
      const view = await api.start(startSelect.value);
      state.open = view.id;
      remember();
      say(pageMessages(state.language).started(shortId(view.id)));
      await reload();
    } catch (error) {
      sayError(error);
    }
  });
});
inbox.addEventListener('luzhi-open', (event) => openInstance(event.detail.task.instanceId));
panel.send = (command) => api.send(command);
panel.addEventListener('luzhi-sent', () => void refresh());

renderText();
await busy(async () => {
  try {
    choices = pageChoices(await fetchChoices());
    state = readPageState(location.search, choices);
    renderText();
    await switchCaller();
  } catch (error) {
    sayError(error);
  }
});
