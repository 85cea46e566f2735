import type { AuditEvent, InstanceView } from '@luzhi/engine';
import type { InboxTask, PanelCommand } from '@luzhi/forms';
import { actorLabel, actors, type Demo } from '@luzhi/example-forms-shared';
import { useCallback, useEffect, useState } from 'react';

/**
 * The page: the actor's to-do list beside the opened proposal. React 19 sets the elements' object
 * properties as properties, and `onluzhi-open` listens for the `luzhi-open` event.
 */
export function App({ demo }: { demo: Demo }) {
  const [actorIndex, setActorIndex] = useState(0);
  const [openId, setOpenId] = useState<string>();
  const [tasks, setTasks] = useState<InboxTask[]>([]);
  const [view, setView] = useState<InstanceView>();
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const actor = actors[actorIndex]!;

  const refresh = useCallback(async () => {
    setTasks(await demo.tasks(actor));
    setView(openId === undefined ? undefined : await demo.view(openId, actor));
    setEvents(openId === undefined ? [] : await demo.engine.history(openId));
  }, [demo, actor, openId]);
  useEffect(() => void refresh(), [refresh]);

  // The panel's `send`: the host adds the signed-in actor and asks the engine.
  const send = useCallback((command: PanelCommand) => demo.send(command, actor), [demo, actor]);

  return (
    <>
      <header>
        <h1>提案办理</h1>
        <label>
          当前用户{' '}
          <select
            id="actor"
            value={actorIndex}
            onChange={(event) => {
              setActorIndex(Number(event.target.value));
              setOpenId(undefined);
            }}
          >
            {actors.map((each, index) => (
              <option key={each.id} value={index}>
                {actorLabel(each)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main>
        <section aria-labelledby="todo">
          <h2 id="todo">待办</h2>
          <luzhi-inbox tasks={tasks} onluzhi-open={(event) => setOpenId(event.detail.task.instanceId)} />
        </section>
        {view && (
          <section aria-labelledby="detail">
            <h2 id="detail">办理</h2>
            <luzhi-task-panel view={view} definition={demo.definition} send={send} onluzhi-sent={() => void refresh()} />
            <h2>流程图</h2>
            <luzhi-diagram view={view} definition={demo.definition} />
            <h2>办理记录</h2>
            <luzhi-timeline events={events} definition={demo.definition} newestFirst />
          </section>
        )}
      </main>
    </>
  );
}
