import { createEngine, createVirtualClock, type Actor, type WorkflowDefinition } from '@luzhi/engine';
import { describe, expect, it } from 'vitest';
import '../src/define/luzhi-task-panel.js';
import { mountElement, shadowOf } from './components/mount.js';

declare global {
  interface ImportMeta {
    /** Vite's glob import, which vitest resolves while bundling the test. */
    glob<T>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
  }
}

interface ScenarioStep {
  send?: string;
  actor?: Actor;
  payload?: Record<string, unknown>;
  branch?: string;
  advance?: string;
  instance?: string;
}
interface ScenarioFile {
  clock?: string;
  tenant?: string;
  start?: { actor?: Actor; id?: string; data?: Record<string, unknown> };
  steps: ScenarioStep[];
}

const definitionFiles = import.meta.glob<WorkflowDefinition>('../../presets/src/generated/json/*/*.json', { eager: true, import: 'default' });
const scenarioFiles = import.meta.glob<ScenarioFile>('../../presets/*/scenarios/*/*.scenario.json', { eager: true, import: 'default' });

/** Every committee's resolved definitions, by committee, with the base's for the workflows it does not change. */
function committeeDefinitions(committee: string): WorkflowDefinition[] {
  const of = (name: string) => Object.entries(definitionFiles).filter(([path]) => path.split('/').at(-2) === name).map(([, definition]) => definition);
  const own = of(committee);
  return [...own, ...of('base').filter((base) => !own.some((definition) => definition.id === base.id))];
}

/** The payload fields an action's `set` copies as they are, or every field when it keeps the whole payload. */
function copiedFields(definition: WorkflowDefinition, event: string, payload: Record<string, unknown>): string[] {
  const sources: string[] = [];
  const visit = (states: Record<string, unknown> | undefined) => {
    for (const node of Object.values(states ?? {}) as Array<{ on?: Record<string, unknown>; states?: Record<string, unknown> }>) {
      const value = node.on && Object.hasOwn(node.on, event) ? node.on[event] : undefined;
      for (const transition of (Array.isArray(value) ? value : value ? [value] : []) as Array<{ set?: Record<string, string> }>) {
        sources.push(...Object.values(transition.set ?? {}));
      }
      visit(node.states);
    }
  };
  visit(definition.states as Record<string, unknown>);
  if (sources.some((source) => /^payload$|\[payload\]/.test(source))) return Object.keys(payload);
  return sources.flatMap((source) => /^(?:coalesce\()?payload\.([A-Za-z_$][\w$]*)(?:\s*,[^)]*\))?$/.exec(source)?.[1] ?? []);
}

const committees = [...new Set(Object.keys(scenarioFiles).map((path) => path.split('/')[3]!))];

describe('the task panel over every committee\'s scenarios', () => {
  it.each(committees)('%s: after each accepted action, the text the action wrote into the data is in the panel', async (committee) => {
    const definitions = committeeDefinitions(committee);
    const panel = await mountElement('luzhi-task-panel', {});
    const errors: unknown[] = [];
    panel.addEventListener('luzhi-error', (event) => errors.push((event as CustomEvent).detail));
    let checked = 0;
    for (const [path, scenario] of Object.entries(scenarioFiles).filter(([path]) => path.split('/')[3] === committee)) {
      const workflow = path.split('/').at(-2)!;
      const definition = definitions.find((candidate) => candidate.id === workflow)!;
      const clock = createVirtualClock(scenario.clock ?? '2026-03-02T09:00:00+08:00');
      const engine = createEngine({ definitions, clock, tenant: scenario.tenant ?? 'test', notify: () => {} });
      const id = scenario.start?.id ?? 'scenario-1';
      await engine.start(workflow, { actor: scenario.start?.actor ?? { id: 'scenario', roles: [] }, id, ...(scenario.start?.data ? { data: scenario.start.data } : {}) });
      for (const step of scenario.steps) {
        if (step.instance !== undefined) continue;
        if (step.advance !== undefined && step.send === undefined) {
          clock.advance(step.advance);
          await engine.runDueTimers();
          continue;
        }
        if (step.send === undefined || step.payload === undefined) continue;
        try {
          await engine.send(id, { type: step.send, actor: step.actor ?? { id: 'scenario', roles: [] }, payload: step.payload, ...(step.branch ? { branch: step.branch } : {}) });
        } catch {
          continue;
        }
        panel.definition = definition;
        panel.view = await engine.get(id);
        await panel.updateComplete;
        const text = shadowOf(panel).querySelector('[part=content]')?.textContent ?? '';
        for (const field of copiedFields(definition, step.send, step.payload)) {
          const value = step.payload[field];
          if (typeof value !== 'string' || value.trim().length < 2 || /^\d{4}-\d{2}-\d{2}T/.test(value)) continue;
          checked += 1;
          expect(text, `${path}: ${step.send} ${field}`).toContain(value);
        }
      }
    }
    expect(errors).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
