import { pickTitle, type Colour } from '@luzhi/engine';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { issueLanguage, localeOf } from '../locale/registry.js';
import { checkTasks, type InboxTask } from '../shared/check-rows.js';
import { componentMessagesFor, type ComponentMessages } from '../shared/component-messages.js';
import { componentStyles } from '../shared/component-styles.js';
import { formatDateTime } from '../shared/format-time.js';
import { checkInput, renderInputError, type Checked } from '../shared/input-guard.js';
import { baseStyles } from '../theme/base-styles.js';
import { moveSelection, selectTasks, taskKey, taskTitle, type ColourFilter, type InboxSort } from './inbox-model.js';
import { inboxStyles } from './inbox-styles.js';

/** The detail of `luzhi-open`: the task the user opened. */
export interface LuzhiOpenDetail {
  task: InboxTask;
}

const colours: readonly Colour[] = ['red', 'yellow', 'green'];

/**
 * `<luzhi-inbox>`: the to-do list (待办) — each task's title, step, unit, due date and colour
 * (三色: the colour also in words), filtered by colour and text and sorted by due date, arrival or
 * urgency. The list is a listbox: Tab reaches the selected row, the arrow keys, Home and End move
 * the selection, and Enter (or a click) opens the task.
 *
 * - Properties: `tasks` (rows of `engine.tasks(...)`, each optionally with the instance's
 *   `title`), `colour` (`all`, `red`, `yellow`, `green`), `sort` (`due`, `created`, `colour`),
 *   `search`, `selected` (the selected row's key), `locale`.
 * - Events: `luzhi-open` with `{ task }`; `luzhi-error` with an `ElementInputError` when `tasks`
 *   cannot be read.
 * - Parts: `toolbar`, `search`, `colour-filter`, `sort`, `count`, `list`, `task` (also
 *   `selected`), `title`, `step`, `unit`, `due`, `badge`, `empty`, `error`.
 *
 * This module declares the class only; `@luzhi/forms/define/luzhi-inbox` registers the tag.
 *
 * @fires luzhi-open - A task was opened (Enter or a click); `detail` is `{ task }`.
 * @fires luzhi-error - `tasks` cannot be read; `detail` is the `ElementInputError`.
 * @cssprop --luzhi-inbox-selected - Background of the selected row.
 * @cssprop --luzhi-color-green - Badge of a task on time.
 * @cssprop --luzhi-color-yellow - Badge of a task due soon.
 * @cssprop --luzhi-color-red - Badge of an overdue task.
 */
export class LuzhiInbox extends LitElement {
  /** The shared base styles, then this element's own (themed through CSS custom properties). */
  static override styles = [baseStyles, componentStyles, inboxStyles];
  static override properties = {
    tasks: { attribute: false },
    colour: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    search: { type: String },
    selected: { type: String },
    locale: { type: String },
    checked: { state: true },
  };

  /** The to-do rows to list. */
  declare tasks: readonly InboxTask[];
  /** Only tasks of this colour, or `all`. */
  declare colour: ColourFilter;
  declare sort: InboxSort;
  /** Text a listed task must contain. */
  declare search: string;
  /** The key of the selected row (see `taskKey`). */
  declare selected: string | undefined;
  /** The locale of titles and of the element's own strings; defaults to the nearest `lang`. */
  declare locale: string | undefined;
  declare protected checked: Checked<InboxTask[]>;

  constructor() {
    super();
    this.tasks = [];
    this.colour = 'all';
    this.sort = 'due';
    this.search = '';
  }

  /** The rows listed now, in their order. */
  get visibleTasks(): InboxTask[] {
    return this.checked?.ok ? selectTasks(this.checked.value, this.#query(), localeOf(this, this.locale)) : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tasks') || !this.checked) this.checked = checkInput(this, () => checkTasks('luzhi-inbox', this.tasks));
  }

  override render() {
    const locale = localeOf(this, this.locale);
    if (!this.checked.ok) return renderInputError(this.checked.error, issueLanguage(locale));
    const messages = componentMessagesFor(locale);
    const rows = this.visibleTasks;
    const selected = rows.find((task) => taskKey(task) === this.selected) ?? rows[0];
    return html`<div class="toolbar" part="toolbar">
        <label
          >${messages.search}<input part="search" type="search" .value=${this.search} @input=${(event: Event) => (this.search = (event.target as HTMLInputElement).value)}
        /></label>
        <label
          >${messages.filterColour}<select part="colour-filter" @change=${(event: Event) => (this.colour = (event.target as HTMLSelectElement).value as ColourFilter)}>
            <option value="all" ?selected=${this.colour === 'all'}>${messages.allColours}</option>
            ${colours.map((colour) => html`<option value=${colour} ?selected=${this.colour === colour}>${messages.colour(colour)}</option>`)}
          </select></label
        >
        <label
          >${messages.sortBy}<select part="sort" @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as InboxSort)}>
            <option value="due" ?selected=${this.sort === 'due'}>${messages.sortDue}</option>
            <option value="created" ?selected=${this.sort === 'created'}>${messages.sortCreated}</option>
            <option value="colour" ?selected=${this.sort === 'colour'}>${messages.sortColour}</option>
          </select></label
        >
        <span class="muted" part="count" role="status">${messages.taskCount(rows.length)}</span>
      </div>
      ${rows.length === 0
        ? html`<p class="empty muted" part="empty">${messages.noTasks}</p>`
        : html`<ul part="list" role="listbox" aria-label=${messages.inbox} @keydown=${this.#onKeydown}>
            ${rows.map((task) => this.#row(task, task === selected, messages, locale))}
          </ul>`}`;
  }

  #row(task: InboxTask, isSelected: boolean, messages: ComponentMessages, locale: string) {
    const key = taskKey(task);
    return html`<li
      role="option"
      part=${isSelected ? 'task selected' : 'task'}
      data-key=${key}
      aria-selected=${isSelected ? 'true' : 'false'}
      tabindex=${isSelected ? 0 : -1}
      @click=${() => this.#open(task)}
      @focus=${() => (this.selected = key)}
    >
      <span class="title" part="title">${taskTitle(task, locale)}</span>
      <span class="badge ${task.colour}" part="badge">${messages.colour(task.colour)}</span>
      <span class="meta muted">
        <span part="step">${pickTitle(task.stateTitle, locale) ?? task.state}</span>
        ${task.unit ? html`<span part="unit">${messages.branch(task.unit)}</span>` : nothing}
        <span part="due">${task.due ? messages.dueOn(formatDateTime(task.due, locale, false)) : messages.noDue}</span>
      </span>
    </li>`;
  }

  #query() {
    return { colour: this.colour, sort: this.sort, search: this.search };
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const rows = this.visibleTasks;
    const current = Math.max(0, rows.findIndex((task) => taskKey(task) === this.selected));
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const task = rows[current];
      if (task) this.#open(task);
      return;
    }
    const next = moveSelection(event.key, current, rows.length);
    if (next === undefined) return;
    event.preventDefault();
    this.selected = taskKey(rows[next]!);
    void this.updateComplete.then(() => this.#focusSelected());
  };

  #focusSelected(): void {
    const key = this.selected;
    const row = [...this.renderRoot.querySelectorAll<HTMLElement>('li[role=option]')].find((element) => element.dataset.key === key);
    row?.focus();
  }

  #open(task: InboxTask): void {
    this.selected = taskKey(task);
    this.dispatchEvent(new CustomEvent<LuzhiOpenDetail>('luzhi-open', { detail: { task }, bubbles: true, composed: true }));
  }
}
