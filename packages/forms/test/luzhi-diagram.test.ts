import { describe, expect, it } from 'vitest';
import '../src/define/luzhi-diagram.js';
import { ElementInputError } from '../src/index.js';
import { axeViolations, mountElement, shadowOf, XSS_TITLE } from './components/mount.js';
import { createEngine, type WorkflowDefinition } from '@luzhi/engine';
import { DIAGRAM_WORDS, diagramLabels, diagramSvg, indexWorkflow, layoutWorkflow, ShapeChecker } from '@luzhi/engine/diagram';
import { leadUnit, proposal, proposalEngine, proposalInHandling, member } from './components/proposal-engine.js';

const stateGroup = (root: ShadowRoot, name: string) => root.querySelector<SVGGElement>(`g[data-state="${name}"]`)!;

describe('<luzhi-diagram>', () => {
  it('draws every state of the definition and highlights the current one', async () => {
    const { engine } = proposalEngine();
    const { id } = await engine.start('proposal', { actor: member });
    const view = await engine.get(id, { actor: member });
    const diagram = await mountElement('luzhi-diagram', { definition: proposal, view });
    const root = shadowOf(diagram);
    expect(root.querySelectorAll('g[data-state]')).toHaveLength(19);
    expect(stateGroup(root, 'draft').getAttribute('part')).toContain('current');
    expect(stateGroup(root, 'review').getAttribute('part')).not.toContain('current');
    expect(root.querySelector('[part=caption]')!.textContent).toBe('当前环节：提：撰写提案');
    expect(root.querySelector('svg title')!.textContent).toContain('提案办理流程图');
  });

  it('marks the child states the branches of a forEach state are in, with how many', async () => {
    const { engine, id } = await proposalInHandling();
    const view = await engine.get(id, { actor: leadUnit });
    const diagram = await mountElement('luzhi-diagram', { definition: proposal, view }, 'en');
    const root = shadowOf(diagram);
    expect(stateGroup(root, 'handling').getAttribute('part')).toContain('active');
    expect(stateGroup(root, 'handling').getAttribute('part')).not.toContain('current');
    for (const child of ['leading', 'consulting']) {
      expect(stateGroup(root, child).getAttribute('part')).toContain('current');
      expect(stateGroup(root, child).querySelector('.count title')!.textContent).toBe('1 branch');
    }
    expect(root.querySelector('[part=caption]')!.textContent).toBe('Current: Lead unit, Co-handler');
    expect(await axeViolations(diagram)).toEqual([]);
  });

  it('renders titles as text', async () => {
    const definition = { ...proposal, title: XSS_TITLE, states: { ...proposal.states, draft: { ...proposal.states.draft, title: XSS_TITLE } } };
    const diagram = await mountElement('luzhi-diagram', { definition });
    const root = shadowOf(diagram);
    expect(root.querySelector('img')).toBeNull();
    expect(stateGroup(root, 'draft').querySelector('text')!.textContent).toBe(XSS_TITLE);
    expect((window as { __luzhiXss?: number }).__luzhiXss).toBeUndefined();
  });

  it('shows where a definition or view is wrong, and fires luzhi-error', async () => {
    const errors: ElementInputError[] = [];
    document.addEventListener('luzhi-error', (event) => errors.push((event as CustomEvent<ElementInputError>).detail), { once: true });
    const diagram = await mountElement('luzhi-diagram', { definition: { id: 'x', initial: 'a', states: { a: { type: 'odd' } } } }, 'en');
    const message = shadowOf(diagram).querySelector('[part=error]')!;
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toContain('definition/states/a/type');
    expect(errors[0]).toBeInstanceOf(ElementInputError);
    expect(errors[0]!.code).toBe('element.inputInvalid');

    diagram.definition = proposal;
    diagram.view = { activeStates: 'draft' } as never;
    await diagram.updateComplete;
    expect(shadowOf(diagram).querySelector('[part=error]')!.textContent).toContain('<luzhi-diagram>: view/id is invalid');
  });

  it('draws a parallel state\'s regions side by side and highlights the current state of each', async () => {
    const supervised = {
      id: 'supervised',
      version: 1,
      title: '办督并行',
      roles: { unit: { title: '承办单位' }, office: { title: '提案委' } },
      initial: 'both',
      states: {
        both: {
          title: '办理与督办',
          type: 'parallel',
          states: {
            work: { title: '办', initial: 'working', states: { working: { title: '办理', on: { reply: { to: 'replied', roles: ['unit'] } } }, replied: { title: '已答复', type: 'final' } } },
            watch: { title: '督', initial: 'watching', states: { watching: { title: '督办', on: { close: { to: 'closed', roles: ['office'] } } }, closed: { title: '督办完成', type: 'final' } } },
          },
          onDone: { to: 'end' },
        },
        end: { title: '办结', type: 'final' },
      },
    } as unknown as WorkflowDefinition;
    const engine = createEngine({ definitions: [supervised] });
    const unit = { id: 'u', roles: ['unit'] };
    const { id } = await engine.start('supervised', { actor: unit });
    const view = await engine.send(id, { type: 'reply', actor: unit });
    const diagram = await mountElement('luzhi-diagram', { definition: supervised, view });
    const root = shadowOf(diagram);
    const current = [...root.querySelectorAll('g[part~=current]')].map((group) => group.getAttribute('data-state'));
    expect(current.sort()).toEqual(['replied', 'watching']);
    const box = (name: string) => stateGroup(root, name).querySelector('rect.box')!.getBoundingClientRect();
    expect(box('work').top).toBe(box('watch').top);
    expect(box('watch').left).toBeGreaterThanOrEqual(box('work').right);
    expect(stateGroup(root, 'both').getAttribute('part')).toContain('container');
  });

  it('draws what luzhi diagram --format svg writes: the same boxes, titles and arrows', async () => {
    class Throwing extends ShapeChecker {
      override fail(pointer: string): never {
        throw new Error(pointer);
      }
    }
    for (const lang of ['zh-CN', 'en'] as const) {
      const diagram = await mountElement('luzhi-diagram', { definition: proposal }, lang);
      const drawn = shadowOf(diagram).querySelector('svg')!;
      const index = indexWorkflow(proposal, new Throwing());
      const labels = diagramLabels(index, lang, DIAGRAM_WORDS[lang]);
      const source = diagramSvg(layoutWorkflow(index, labels), { title: 'x', forEachNote: labels.forEachNote, lang });
      const written = new DOMParser().parseFromString(source, 'image/svg+xml');
      expect(written.querySelector('parsererror')).toBeNull();
      const svg = written.documentElement;
      expect(svg.getAttribute('viewBox')).toBe(drawn.getAttribute('viewBox'));
      const boxes = (root: Element) =>
        [...root.querySelectorAll('g[data-state]')].map((group) => {
          const box = group.querySelector('rect.box')!;
          return [group.getAttribute('data-state'), ...['x', 'y', 'width', 'height', 'rx'].map((name) => box.getAttribute(name)), group.querySelector('text')!.textContent];
        });
      expect(boxes(svg)).toEqual(boxes(drawn));
      expect(boxes(svg)).toHaveLength(19);
      const edges = (root: Element) =>
        [...root.querySelectorAll('g[data-from]')].map((group) => [group.getAttribute('data-from'), group.getAttribute('data-to'), group.querySelector('path')!.getAttribute('d'), group.querySelector('text')?.textContent]);
      expect(edges(svg)).toEqual(edges(drawn));
      diagram.remove();
    }
  });
});
