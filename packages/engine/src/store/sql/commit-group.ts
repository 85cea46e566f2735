/** The most commands a store writes in one group by default. */
export const COMMIT_GROUP_DEFAULT = 32;
/**
 * The most a store may be set to: each command of a group is a subtransaction, and PostgreSQL
 * keeps the ids of 64 subtransactions per transaction in shared memory; beyond that, every other
 * session's snapshots become slower while the group is open.
 */
export const COMMIT_GROUP_MAX = 64;

/** One write's outcome in its group: undefined when it committed, else the error its caller gets. */
export type GroupOutcome = { error: unknown } | undefined;

/** A queue that hands writes to `flush` in groups. */
export interface CommitGroups<W> {
  /** Resolves when `write` committed; rejects with its own error, or with the group's when the group as a whole failed. */
  submit(write: W): Promise<void>;
}

interface Waiting<W> {
  write: W;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Groups writes: a write that arrives while no group is being written is flushed at once, alone;
 * writes that arrive meanwhile wait and go together in the next group, at most `limit` of them,
 * in the order they came. `flush` returns one outcome per write, in order; when it throws, every
 * write of the group is rejected with that error (the group is one transaction: nothing of it
 * was written).
 */
export function commitGroups<W>(limit: number, flush: (writes: W[]) => Promise<GroupOutcome[]>): CommitGroups<W> {
  const waiting: Array<Waiting<W>> = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (waiting.length > 0) {
      const group = waiting.splice(0, limit);
      try {
        const outcomes = await flush(group.map((each) => each.write));
        group.forEach((each, index) => {
          const outcome = outcomes[index];
          if (outcome === undefined) each.resolve();
          else each.reject(outcome.error);
        });
      } catch (error) {
        for (const each of group) each.reject(error);
      }
    }
    writing = false;
  }

  return {
    submit(write) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ write, resolve, reject });
        if (!writing) void drain();
      });
    },
  };
}
