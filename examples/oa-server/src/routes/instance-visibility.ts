import type { Actor, Engine, InstanceView } from '@luzhi/engine';
import { NotFoundError } from '@luzhi/engine';

/**
 * The instance as `actor` may see it, or undefined when `engine.get` hides it from them: the one
 * rule for every route that shows an instance (search, history, verification).
 */
export async function visibleView(engine: Engine, id: string, actor: Actor): Promise<InstanceView | undefined> {
  try {
    return await engine.get(id, { actor });
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** As {@link visibleView}, throwing the engine's NotFoundError for an instance hidden from `actor`. */
export async function viewOrNotFound(engine: Engine, id: string, actor: Actor): Promise<InstanceView> {
  const view = await visibleView(engine, id, actor);
  if (view === undefined) throw new NotFoundError('instance', id);
  return view;
}

/**
 * Runs `work` on an instance (a command); when it fails and the instance is hidden from `actor`,
 * answers NotFoundError instead, so that a refusal never tells a caller about an instance it may
 * not see (that it exists, its workflow, its state). A success is returned as it is: an
 * idempotent replay, or a command the caller could take.
 */
export async function hiddenAsNotFound<T>(engine: Engine, id: string, actor: Actor, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof NotFoundError) && (await visibleView(engine, id, actor)) === undefined) throw new NotFoundError('instance', id);
    throw error;
  }
}
