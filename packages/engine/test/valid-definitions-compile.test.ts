import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { compile, createEngine, DefinitionError, validateDefinition } from '../src/index.js';
import * as machineConfig from '../src/compile/machine-config.js';

/** The small proposal workflow of the fixtures: `handling` is a forEach state with `working` and `replied`. */
function proposal(): Record<string, any> {
  return JSON.parse(readFileSync(new URL('./fixtures/valid/proposal.json', import.meta.url), 'utf8'));
}

const codesAndPointers = (issues: ReadonlyArray<{ code: string; pointer: string }>) => issues.map(({ code, pointer }) => ({ code, pointer }));

describe('transitions into the children of a forEach state', () => {
  it.each([
    ['an action of another state', (d: Record<string, any>) => (d.states.evaluate.on.evaluate[0].to = 'working'), '/states/evaluate/on/evaluate/0/to'],
    ['an action of the forEach state itself', (d: Record<string, any>) => (d.states.handling.on = { back: { to: 'working', roles: ['proposal-office'] } }), '/states/handling/on/back/to'],
    ['the forEach state’s onDone', (d: Record<string, any>) => (d.states.handling.onDone.to = 'replied'), '/states/handling/onDone/to'],
    [
      'the forEach state’s own deadline',
      (d: Record<string, any>) => (d.states.handling.deadline.onExpire = { to: 'working' }),
      '/states/handling/deadline/onExpire/to',
    ],
    [
      'a child of another forEach state',
      (d: Record<string, any>) => {
        d.states.second = structuredClone(d.states.handling);
        d.states.second.initial = 'working2';
        d.states.second.states = { working2: { on: { jump: { to: 'replied', roles: ['handling-unit'] } } }, replied2: { type: 'final' } };
        d.states.evaluate.on.again = { to: 'second', roles: ['proposal-office'] };
      },
      '/states/second/states/working2/on/jump/to',
    ],
  ])('are refused from %s, at the target, and never reach the compiler', (_from, change, pointer) => {
    const definition = proposal();
    change(definition);
    const result = validateDefinition(definition);
    expect(codesAndPointers(result.issues)).toContainEqual({ code: 'target.insideForEach', pointer });
    expect(result.issues.every((found) => found.code !== 'target.insideForEach' || found.message.en.includes('"handling"') || found.message.en.includes('forEach'))).toBe(true);
    const error = (() => {
      try {
        createEngine({ definitions: [definition] });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(DefinitionError);
    expect(codesAndPointers((error as DefinitionError).issues)).toContainEqual({ code: 'target.insideForEach', pointer });
  });

  it('still lets a child move its own branch to a sibling', () => {
    const definition = proposal();
    definition.states.handling.states.working.on.skip = { to: 'replied', roles: ['handling-unit'] };
    expect(validateDefinition(definition).issues).toEqual([]);
    expect(() => compile(definition)).not.toThrow();
  });

  it('refuses at validation what the compiler cannot run: a forEach child with children of its own', () => {
    const definition = proposal();
    definition.states.handling.states.working.initial = 'inner';
    definition.states.handling.states.working.states = { inner: { on: { reply: { to: 'innerDone', roles: ['handling-unit'] } } }, innerDone: { type: 'final' } };
    delete definition.states.handling.states.working.on;
    definition.states.handling.states.working.onDone = { to: 'replied' };
    expect(codesAndPointers(validateDefinition(definition).issues)).toContainEqual({
      code: 'compile.notSupported',
      pointer: '/states/handling/states/working',
    });
  });
});

describe('a forEach state as a region of a parallel state', () => {
  /** Handling by units beside supervision; the parallel state moves on once both are finished. */
  function parallelHandling(region: Record<string, unknown>): Record<string, any> {
    return {
      id: 'parallel-units', version: 1, title: '办与督',
      roles: { office: { title: '办公室' }, unit: { title: '单位', scope: 'unit' } },
      data: { type: 'object', properties: { units: { type: 'array', items: { type: 'string' } } } },
      initial: 'both',
      states: {
        both: {
          type: 'parallel',
          states: {
            handle: region,
            watch: { initial: 'watching', states: { watching: { on: { close: { to: 'closed', roles: ['office'] } } }, closed: { type: 'final' } } },
          },
          onDone: { to: 'end' },
        },
        end: { type: 'final' },
      },
    };
  }
  const forEach = { forEach: { in: '/units', role: 'unit' }, initial: 'working', states: { working: { on: { reply: { to: 'replied', roles: ['unit'] } } }, replied: { type: 'final' } } };

  it('is refused where the parallel state waits for it, since its branches finishing would not finish the region', () => {
    expect(codesAndPointers(validateDefinition(parallelHandling(forEach)).issues)).toEqual([
      { code: 'compile.notSupported', pointer: '/states/both/states/handle/forEach' },
    ]);
  });

  it('works inside a compound region whose onDone reaches the region’s final state', async () => {
    const definition = parallelHandling({ initial: 'units', states: { units: { ...forEach, onDone: { to: 'handled' } }, handled: { type: 'final' } } });
    expect(validateDefinition(definition).issues).toEqual([]);
    const engine = createEngine({ definitions: [definition] });
    const office = { id: 'tian', roles: ['office'] };
    const { id } = await engine.start('parallel-units', { actor: office, data: { units: ['甲'] } });
    await engine.send(id, { type: 'reply', actor: { id: 'jia', roles: ['unit'], unit: '甲' } });
    const done = await engine.send(id, { type: 'close', actor: office });
    expect(done.state).toBe('end');
    expect(done.status).toBe('done');
  });
});

describe('the compiler as a safety net', () => {
  it('turns any failure of the state machine library into a DefinitionError about the definition', () => {
    const definition = proposal();
    definition.version = 99;
    const spy = vi.spyOn(machineConfig, 'buildMachine').mockImplementation(() => {
      throw new Error("Child state node '#nowhere' does not exist");
    });
    try {
      const error = (() => {
        try {
          compile(definition);
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(error).toBeInstanceOf(DefinitionError);
      expect(codesAndPointers((error as DefinitionError).issues)).toEqual([{ code: 'compile.failed', pointer: '' }]);
      expect((error as DefinitionError).issues[0]!.message['zh-CN']).toContain('#nowhere');
    } finally {
      spy.mockRestore();
    }
  });
});
