import type { InstanceView } from '@luzhi/engine';
import type { PageMessages } from './messages.js';

/** One row of the list of instances the caller may see. */
export interface ListedInstance {
  view: InstanceView;
  title: string;
}

/**
 * Renders the instances the caller may see, newest first, as buttons that open them: each with
 * its title, whether it is closed, and how many actions the caller may take on it now (a leader
 * may act on a proposal that is on nobody's to-do list as theirs, such as an instruction).
 */
export function renderInstanceList(list: HTMLElement, rows: readonly ListedInstance[], open: string | undefined, messages: PageMessages, onOpen: (id: string) => void): void {
  if (rows.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = messages.noneVisible;
    list.replaceChildren(empty);
    return;
  }
  list.replaceChildren(
    ...rows.map(({ view, title }) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.instance = view.id;
      if (view.id === open) button.setAttribute('aria-current', 'true');
      const name = document.createElement('span');
      name.className = 'title';
      name.textContent = title;
      const status = document.createElement('span');
      status.className = 'status';
      status.textContent = view.status === 'done' ? messages.closed : view.actions.length > 0 ? messages.canAct(view.actions.length) : messages.inProgress;
      button.append(name, status);
      button.addEventListener('click', () => onOpen(view.id));
      item.append(button);
      return item;
    }),
  );
}
