import '@luzhi/forms/define/luzhi-inbox';
import '@luzhi/forms/define/luzhi-task-panel';
import '@luzhi/forms/define/luzhi-timeline';
import '@luzhi/forms/define/luzhi-diagram';
import { actorLabel, actors, createDemo } from '@luzhi/example-forms-shared';
import '@luzhi/example-forms-shared/page.css';

const demo = await createDemo();
const choose = document.querySelector<HTMLSelectElement>('#actor')!;
const opened = document.querySelector<HTMLElement>('#opened')!;
const inbox = document.querySelector('luzhi-inbox')!;
const panel = document.querySelector('luzhi-task-panel')!;
const diagram = document.querySelector('luzhi-diagram')!;
const timeline = document.querySelector('luzhi-timeline')!;

let actor = actors[0]!;
let openId: string | undefined;

// Elements take their data as properties; the panel sends through the host's callback.
panel.definition = diagram.definition = timeline.definition = demo.definition;
panel.send = (command) => demo.send(command, actor);

async function refresh(): Promise<void> {
  inbox.tasks = await demo.tasks(actor);
  opened.hidden = openId === undefined;
  if (openId === undefined) return;
  const view = await demo.view(openId, actor);
  panel.view = diagram.view = view;
  timeline.events = await demo.engine.history(openId);
}

choose.append(...actors.map((each, index) => new Option(actorLabel(each), String(index))));
choose.addEventListener('change', () => {
  actor = actors[Number(choose.value)]!;
  openId = undefined;
  void refresh();
});
inbox.addEventListener('luzhi-open', (event) => {
  openId = event.detail.task.instanceId;
  void refresh();
});
panel.addEventListener('luzhi-sent', () => void refresh());

await refresh();
