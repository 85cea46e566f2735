import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  applyStart,
  chinaMainlandCalendar,
  compile,
  createEngine,
  DefinitionError,
  LoopError,
  runScenario,
  validateDefinition,
} from '../src/index.js';
import { buildMachine, MAX_MICROSTEPS } from '../src/compile/machine-config.js';
import type { WorkflowDefinition } from '../src/definition/workflow-definition.generated.js';

const clerk = { id: 'li', roles: ['clerk'] };

/** A workflow: `start` --go--> `loop`, plus the states given (which may replace `loop`). */
function workflow(states: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, any> {
  return {
    id: 'loops',
    version: 1,
    title: '循环',
    roles: { clerk: { title: '办事员' }, unit: { title: '单位', scope: 'unit' } },
    initial: 'start',
    states: { start: { on: { go: { to: 'loop', roles: ['clerk'] }, quit: { to: 'end', roles: ['clerk'] } } }, end: { type: 'final' }, ...states },
    ...extra,
  };
}

/** The reported shape: a compound state whose only child is final, and whose onDone enters it again. */
const reentering = workflow({ loop: { initial: 'checked', states: { checked: { type: 'final' } }, onDone: { to: 'loop' } } });

function loopIssues(definition: unknown) {
  return validateDefinition(definition)
    .issues.filter((found) => found.code === 'transition.eventlessLoop')
    .map(({ code, pointer }) => ({ code, pointer }));
}

describe('loops of eventless moves are refused at validation', () => {
  it('refuses a compound state whose onDone enters it again, at the onDone', () => {
    const result = validateDefinition(reentering);
    expect(result.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([
      { code: 'transition.eventlessLoop', pointer: '/states/loop/onDone' },
    ]);
    expect(result.issues[0]!.message['zh-CN']).toContain('loop');
    expect(result.issues[0]!.message.en).toContain('loop');
  });

  it('refuses it in createEngine too, rather than hanging on the first command', () => {
    expect(() => createEngine({ definitions: [reentering] })).toThrow(DefinitionError);
  });

  it('refuses it in a simulation, which reports the issue instead of hanging', async () => {
    const report = await runScenario(reentering, { steps: [{ send: 'go', actor: clerk }] });
    expect(report.ok).toBe(false);
    expect(report.issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([
      { code: 'transition.eventlessLoop', pointer: '/states/loop/onDone' },
    ]);
  });

  it.each([
    [
      'onDone into its own final child',
      workflow({ loop: { initial: 'a', states: { a: { on: { next: { to: 'b', roles: ['clerk'] } } }, b: { type: 'final' } }, onDone: { to: 'b' } } }),
      '/states/loop/onDone',
    ],
    [
      'two compound states done into each other',
      workflow({
        loop: { initial: 'a1', states: { a1: { type: 'final' } }, onDone: { to: 'other' } },
        other: { initial: 'b1', states: { b1: { type: 'final' } }, onDone: { to: 'loop' } },
      }),
      '/states/loop/onDone',
    ],
    [
      'a guarded alternative: guards cannot be decided before running',
      workflow({ loop: { initial: 'x', states: { x: { type: 'final' } }, onDone: [{ to: 'loop', when: 'data.again == true' }, { to: 'end' }] } }),
      '/states/loop/onDone/0',
    ],
    [
      'onDone into an ancestor whose initial child leads back',
      workflow({
        loop: {
          initial: 'inner',
          states: { inner: { initial: 'f', states: { f: { type: 'final' } }, onDone: { to: 'loop' } } },
          on: { stop: { to: 'end', roles: ['clerk'] } },
        },
      }),
      '/states/loop/states/inner/onDone',
    ],
    [
      'a parallel state whose regions start done',
      workflow({
        loop: {
          type: 'parallel',
          states: {
            r1: { initial: 'r1done', states: { r1done: { type: 'final' } } },
            r2: { initial: 'r2done', states: { r2done: { type: 'final' } } },
          },
          onDone: { to: 'loop' },
        },
      }),
      '/states/loop/onDone',
    ],
    [
      'a region entered with its sibling by a target inside the parallel state',
      workflow({
        loop: { initial: 'f', states: { f: { type: 'final' } }, onDone: { to: 'p1' } },
        par: {
          type: 'parallel',
          states: {
            r1: { initial: 'p1', states: { p1: { on: { next: { to: 'end', roles: ['clerk'] } } } } },
            r2: { initial: 'p2', states: { p2: { type: 'final' } }, onDone: { to: 'loop' } },
          },
        },
      }),
      '/states/loop/onDone',
    ],
    [
      'a forEach state done into itself (no branch open means done at once)',
      workflow(
        {
          loop: {
            forEach: { in: '/units', role: 'unit' },
            initial: 'working',
            states: { working: { on: { reply: { to: 'replied', roles: ['unit'] } } }, replied: { type: 'final' } },
            onDone: { to: 'loop' },
          },
        },
        { data: { type: 'object', properties: { units: { type: 'array', items: { type: 'string' } } } } },
      ),
      '/states/loop/onDone',
    ],
  ])('refuses %s', (_title, definition, pointer) => {
    expect(loopIssues(definition)).toEqual([{ code: 'transition.eventlessLoop', pointer }]);
  });

  it('accepts onDone chains that end, and loops that wait for an action', () => {
    const chain = workflow({
      loop: { initial: 'a', states: { a: { type: 'final' } }, onDone: { to: 'next' } },
      next: { initial: 'b', states: { b: { type: 'final' } }, onDone: { to: 'end' } },
    });
    expect(validateDefinition(chain).issues).toEqual([]);
    const waits = workflow({
      loop: {
        initial: 'a',
        states: { a: { on: { again: { to: 'b', roles: ['clerk'] } } }, b: { type: 'final' } },
        onDone: [{ to: 'loop', when: 'data.again == true' }, { to: 'end' }],
      },
    }, { data: { type: 'object', properties: { again: { type: 'boolean' } } } });
    expect(validateDefinition(waits).issues).toEqual([]);
  });

  it('reports a state name used twice, not a loop, when an initial child bears an ancestor’s name', () => {
    // Found by the property tests: entries alone seemed to loop (a → b → a) and the check threw.
    const twice = workflow({
      loop: { initial: 'inner', states: { inner: { initial: 'loop', states: { loop: { on: { go: { to: 'end', roles: ['clerk'] } } } } } } },
    });
    expect(validateDefinition(twice).issues.map((issue) => [issue.code, issue.pointer])).toEqual([
      ['state.duplicate', '/states/loop/states/inner/states/loop'],
    ]);
  });
});

describe('the run-time cap on eventless steps', () => {
  /** A valid definition compiled, then given the machine of the looping one, as if validation were bypassed. */
  function bypassed(): ReturnType<typeof compile> {
    const valid = workflow({ loop: { initial: 'checked', states: { checked: { type: 'final' } }, onDone: { to: 'end' } } });
    return { ...compile(valid), machine: buildMachine(reentering as unknown as WorkflowDefinition) };
  }
  const environment = { calendar: chinaMainlandCalendar() };

  it('refuses the command that enters a loop with a typed error, and leaves the instance as it was', () => {
    const compiled = bypassed();
    const started = applyStart(compiled, { tenant: 't', id: 'i1', actor: clerk, data: {}, at: new Date('2026-03-02T01:00:00Z') }, environment);
    const instance = started.write.instance;
    const before = structuredClone(instance);
    const error = (() => {
      try {
        applyCommand(compiled, instance, { type: 'go', actor: clerk }, new Date('2026-03-02T02:00:00Z'), environment);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(LoopError);
    expect((error as LoopError).code).toBe('runtime.tooManySteps');
    expect((error as LoopError).messages.en).toContain(String(MAX_MICROSTEPS));
    expect((error as LoopError).messages['zh-CN']).toContain('go');
    expect(instance).toEqual(before);
  });

  it('refuses to start an instance whose initial state loops', () => {
    const looping = { ...reentering, initial: 'loop' };
    const compiled = { ...bypassed(), machine: buildMachine(looping as unknown as WorkflowDefinition) };
    expect(() =>
      applyStart(compiled, { tenant: 't', id: 'i2', actor: clerk, data: {}, at: new Date('2026-03-02T01:00:00Z') }, environment),
    ).toThrow(LoopError);
  });
});
