import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore, type Command, type Engine } from '../../src/index.js';
import { createPgliteStore } from '../../src/pglite.js';
import type { SqlStore } from '../../src/store/sql/sql-store.js';
import { hostileString } from '../support/arbitraries.js';
import { outcomeOf, prepare, proposalEngineOn, stagedCommands, type Outcome } from '../support/proposal-commands.js';
import { propertyParameters, propertyTimeout } from '../support/property-runs.js';

let pglite: SqlStore;
beforeAll(async () => {
  pglite = await createPgliteStore();
}, 120_000);
afterAll(() => pglite.close());

/** A command for a failure message; a command JSON cannot show (a cycle) by its type. */
function printed(command: unknown): string {
  try {
    return String(JSON.stringify(command)).slice(0, 200);
  } catch {
    return `a ${typeof command} that is not JSON`;
  }
}

/** What a command's outcome shows a client: the view, or the error's code. */
const shown = (outcome: Outcome) => (outcome.ok ? { ok: true, view: outcome.view } : { ok: false, code: outcome.code });

/** Runs `work` on both engines and expects the same outcome from each. */
async function expectSame(engines: readonly [Engine, Engine], what: string, work: (engine: Engine) => Promise<unknown>): Promise<void> {
  const [memory, durable] = await Promise.all(engines.map((engine) => outcomeOf(async () => (await work(engine)) as never)));
  expect(shown(durable!), `${what}: PGlite answers as the memory store does`).toEqual(shown(memory!));
}

describe('the memory store and PGlite', () => {
  const runs = 50;
  let cases = 0;
  it(
    'give the same answer to the same commands, hostile ones included (what one refuses, the other refuses with the same code)',
    async () => {
      await fc.assert(
        fc.asyncProperty(stagedCommands, fc.oneof({ weight: 4, arbitrary: fc.constant('JY-001') }, { weight: 1, arbitrary: hostileString }), async ({ stage, commands }, id) => {
          // A tenant per case on the shared PGlite store; a fresh memory store per case.
          const tenant = `agree-${++cases}`;
          const engines = [proposalEngineOn(createMemoryStore(), tenant), proposalEngineOn(pglite, tenant)] as const;
          await expectSame(engines, `start ${JSON.stringify(id)} and bring it to ${stage}`, (engine) => prepare(engine, id, stage));
          for (const { instance, command } of commands) {
            const target = instance === 'own' ? id : instance.other;
            await expectSame(engines, `send ${printed(command)}`, (engine) => engine.send(target, command as Command));
          }
          await expectSame(engines, 'history', (engine) => engine.history(id));
        }),
        propertyParameters(runs),
      );
    },
    propertyTimeout(),
  );
});
