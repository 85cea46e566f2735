import type { Engine, Store } from '@luzhi/engine';
import type { Authenticate } from './auth.js';
import type { EffectLog } from './effects.js';

/** What every route shares: the committees' engines, the store under them, and the effects delivered. */
export interface ServerContext {
  /** One engine per committee served, by committee id (its tenant). */
  engines: ReadonlyMap<string, Engine>;
  /** The committee the demo opens with. */
  defaultCommittee: string;
  store: Store;
  authenticate: Authenticate;
  effects: EffectLog;
  /**
   * Definition ids published through this server, by committee: the list of definitions shows
   * them beside the committee's presets (the store finds a published definition by id, not a list of ids).
   */
  publishedIds: Map<string, Set<string>>;
}
