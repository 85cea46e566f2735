import { describe, expect, it } from 'vitest';
import { layoutWorkflow, rankRows } from '@luzhi/engine/diagram';
import { InputChecker } from '../src/shared/check-input.js';
import { ElementInputError } from '../src/shared/element-input-error.js';
import { indexWorkflow } from '@luzhi/engine/diagram';
import { proposal } from './components/proposal-engine.js';

const check = new InputChecker('luzhi-diagram', 'definition');
const labels = { stateLabel: (name: string) => name, moveLabel: (move: { event: string }) => move.event };

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('diagram layout', () => {
  it('puts each step of the proposal one row below the step before, and a refusal beside its sibling', () => {
    const rows = rankRows(
      ['draft', 'review', 'assign', 'notFiled'],
      'draft',
      [
        { from: 'draft', to: 'review', labels: [] },
        { from: 'review', to: 'assign', labels: [] },
        { from: 'review', to: 'notFiled', labels: [] },
        { from: 'review', to: 'draft', labels: [] },
      ],
    );
    expect(rows).toEqual([['draft'], ['review'], ['assign', 'notFiled']]);
    const withObjection = rankRows(
      ['review', 'assign', 'notFiled', 'handling'],
      'review',
      [
        { from: 'review', to: 'assign', labels: [] },
        { from: 'review', to: 'notFiled', labels: [] },
        { from: 'assign', to: 'handling', labels: [] },
        { from: 'handling', to: 'assign', labels: [] },
      ],
    );
    expect(withObjection).toEqual([['review'], ['notFiled', 'assign'], ['handling']]);
  });

  it('nests child states inside their parent, draws moves between siblings only, and keeps siblings apart', () => {
    const layout = layoutWorkflow(indexWorkflow(proposal, check), labels);
    const box = (name: string) => layout.boxes.find((candidate) => candidate.name === name)!;
    const handling = box('handling');
    for (const child of ['leading', 'consulting', 'replied']) {
      const inner = box(child);
      expect(inner.depth).toBe(1);
      expect(inner.x).toBeGreaterThan(handling.x);
      expect(inner.y + inner.height).toBeLessThanOrEqual(handling.y + handling.height);
    }
    for (const a of layout.boxes) {
      for (const b of layout.boxes) {
        if (a === b || a.depth !== b.depth || a.name === b.name) continue;
        expect(overlaps(a, b), `${a.name} and ${b.name}`).toBe(false);
      }
    }
    // objectAssignment leaves leading and consulting for assign: drawn once, from handling.
    const objections = layout.edges.filter((edge) => edge.to === 'assign' && edge.from === 'handling');
    expect(objections).toHaveLength(1);
    expect(objections[0]!.back).toBe(true);
    expect(layout.edges.find((edge) => edge.from === 'evaluating' && edge.to === 'done')!.back).toBe(false);
    expect(layout.edges.find((edge) => edge.from === 'review' && edge.to === 'draft')!.label).toBe('returnForRevision / withdraw');
    for (const edge of layout.edges) for (const point of edge.points) expect(point.x).toBeLessThanOrEqual(layout.width);
  });

  it('lays the regions of a parallel state side by side', () => {
    const definition = {
      id: 'p',
      initial: 'both',
      states: {
        both: {
          type: 'parallel',
          states: {
            work: { initial: 'working', states: { working: { on: { reply: { to: 'replied', roles: ['u'] } } }, replied: { type: 'final' } } },
            watch: { initial: 'watching', states: { watching: { on: { close: { to: 'closed', roles: ['o'] } } }, closed: { type: 'final' } } },
          },
          onDone: { to: 'end' },
        },
        end: { type: 'final' },
      },
    };
    const layout = layoutWorkflow(indexWorkflow(definition, check), labels);
    const work = layout.boxes.find((box) => box.name === 'work')!;
    const watch = layout.boxes.find((box) => box.name === 'watch')!;
    expect(work.y).toBe(watch.y);
    expect(watch.x).toBeGreaterThanOrEqual(work.x + work.width);
  });

  it('refuses a definition it cannot draw, saying where', () => {
    const broken = { id: 'x', initial: 'a', states: { a: { on: { go: { to: 'nowhere', roles: ['r'] } } } } };
    expect(() => indexWorkflow(broken, check)).toThrow(ElementInputError);
    try {
      indexWorkflow(broken, check);
    } catch (error) {
      expect((error as ElementInputError).pointer).toBe('/states/a/on/go/to');
      expect((error as ElementInputError).messages['zh-CN']).toContain('nowhere');
    }
    expect(() => indexWorkflow({ id: 'x', initial: 'a', states: [] }, check)).toThrow(/definition\/states is invalid: expected an object/);
  });
});
