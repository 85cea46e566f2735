import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveOverlay, type LoadedDocument } from '../src/definition/overlay/index.js';

const base = JSON.parse(readFileSync(new URL('./fixtures/overlays/base.workflow.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const files: Record<string, unknown> = { 'base.workflow.json': base };
const load = (ref: string): LoadedDocument =>
  Object.hasOwn(files, ref) ? { file: ref, value: files[ref], issues: [] } : { file: ref, issues: [{ pointer: '', code: 'file.unreadable', message: { 'zh-CN': '文件不存在', en: 'no such file' } }] };
const resolve = (overlay: unknown, file = 'o.overlay.json') => resolveOverlay(overlay, { file, load });

type Doc = { initial: string; colours: Array<{ when: string }>; states: Record<string, Record<string, any>> };
async function resolved(operations: unknown[], patch?: unknown): Promise<Doc> {
  const result = await resolve({ extends: 'base.workflow.json', operations, ...(patch === undefined ? {} : { patch }) });
  expect(result.issues).toEqual([]);
  return result.definition as unknown as Doc;
}

describe('overlay operations', () => {
  it('insertState puts the new state just before its target and takes over what entered it, not what names it', async () => {
    const doc = await resolved([
      { op: 'insertState', name: 'preview', before: 'review', state: { on: { go: { to: 'review', roles: ['office'] } } } },
    ]);
    expect(Object.keys(doc.states)).toEqual(['draft', 'preview', 'review', 'assign', 'handling', 'evaluate', 'closed']);
    expect(doc.states.draft!.on.submit.to).toBe('preview');
    expect(doc.states.preview!.on.go.to).toBe('review');
    // A colour rule compares the task's state: it still means the review step.
    expect(doc.colours[0]!.when).toBe("task.overdue || task.state == 'review'");
  });

  it('insertState with a parent inserts a child state; forEach.start and the initial child follow', async () => {
    const doc = await resolved([
      { op: 'insertState', name: 'briefing', parent: 'handling', before: 'consulting', state: { on: { ready: { to: 'consulting', roles: ['unit'] } } } },
    ]);
    const handling = doc.states.handling!;
    expect(Object.keys(handling.states)).toEqual(['leading', 'briefing', 'consulting', 'replied']);
    expect(handling.initial).toBe('briefing');
    expect(handling.forEach.start).toBe("branch.key == data.leadUnit ? 'leading' : 'briefing'");
    // The count of branches still in consulting is about the state itself.
    expect(handling.states.leading.on.reply.when).toBe("count(branches, 'state', 'consulting') == 0");
  });

  it('insertState at the start of the workflow becomes its initial state', async () => {
    const doc = await resolved([{ op: 'insertState', name: 'intake', before: 'draft', state: { on: { open: { to: 'draft', roles: ['proposer'] } } } }]);
    expect(doc.initial).toBe('intake');
  });

  it('removeState with retarget moves every reference to the state and to its children', async () => {
    const doc = await resolved([{ op: 'removeState', state: 'handling', retarget: 'evaluate' }]);
    expect(Object.keys(doc.states)).toEqual(['draft', 'review', 'assign', 'evaluate', 'closed']);
    expect(doc.states.assign!.on.assign.to).toBe('evaluate');
    expect(doc.states.evaluate!.on.redo.to).toBe('evaluate');
    expect(doc.colours[1]!.when).toBe("task.dueSoon && task.state in ['assign', 'evaluate']");
  });

  it('removeState without retarget works once nothing outside the state refers to it', async () => {
    const doc = await resolved([
      { op: 'setValue', path: '/states/handling/onDone', value: { to: 'closed' } },
      { op: 'removeState', state: 'evaluate' },
    ]);
    expect(Object.keys(doc.states)).toEqual(['draft', 'review', 'assign', 'handling', 'closed']);
    expect(doc.states.handling!.onDone).toEqual({ to: 'closed' });
  });

  it('setValue replaces an action whole, where the patch merges into it', async () => {
    const replaced = await resolved([{ op: 'setValue', path: '/states/review/on/file', value: { to: 'assign', roles: ['office'] } }]);
    expect(replaced.states.review!.on.file).toEqual({ to: 'assign', roles: ['office'] });
    const merged = await resolved([], { states: { review: { on: { file: { roles: ['proposer'], when: null } } } } });
    expect(merged.states.review!.on.file).toEqual({ to: 'assign', roles: ['proposer'], set: { '/note': "'filed'" } });
  });

  it('setValue reaches into arrays: an existing element by its index, or - to append', async () => {
    const doc = await resolved([
      { op: 'setValue', path: '/colours/0/when', value: 'task.overdue' },
      { op: 'setValue', path: '/states/review/on/file/roles/-', value: 'office' },
      { op: 'setValue', path: '/states/review/on/file/roles/0', value: 'proposer' },
    ]);
    expect(doc.colours[0]!.when).toBe('task.overdue');
    expect(doc.states.review!.on.file.roles).toEqual(['proposer', 'office']);
  });

  it('a value setValue wrote inside an array is located at that operation', async () => {
    const result = await resolve({ extends: 'base.workflow.json', operations: [{ op: 'setValue', path: '/colours/0/when', value: 'task.overdue ||' }] });
    expect(result.issues[0]).toMatchObject({ file: 'o.overlay.json', pointer: '/operations/0/value', definitionPointer: '/colours/0/when' });
  });

  it('setValue refuses an index past the end, with a leading zero, or - before the last token', async () => {
    for (const path of ['/colours/9/when', '/colours/01/when', '/colours/-/when', '/colours/2', '/colours/1e0/when']) {
      const result = await resolve({ extends: 'base.workflow.json', operations: [{ op: 'setValue', path, value: 'x' }] });
      expect(result.issues, path).toEqual([expect.objectContaining({ code: 'overlay.pathUnknown', pointer: '/operations/0/path' })]);
    }
  });

  it('insertValue adds an alternative before another, and what it wrote stays located at the operation', async () => {
    const reviewed = { to: 'assign', roles: ['office'], when: "data.note == 'fast'" };
    const doc = await resolved([
      { op: 'setValue', path: '/states/review/on/file', value: [{ to: 'assign', roles: ['office'], when: "data.note == 'slow'" }] },
      { op: 'insertValue', path: '/states/review/on/file/0', value: reviewed },
      { op: 'insertValue', path: '/states/review/on/file/-', value: { to: 'closed', roles: ['office'] } },
    ]);
    expect(doc.states.review!.on.file).toEqual([
      reviewed,
      { to: 'assign', roles: ['office'], when: "data.note == 'slow'" },
      { to: 'closed', roles: ['office'] },
    ]);
    const located = await resolve({
      extends: 'base.workflow.json',
      operations: [
        { op: 'setValue', path: '/states/review/on/file/roles/0', value: 'nobody' },
        { op: 'insertValue', path: '/states/review/on/file/roles/0', value: 'proposer' },
      ],
    });
    // The role setValue wrote moved from index 0 to 1 and is still found at its operation.
    expect(located.issues).toEqual([
      expect.objectContaining({ code: 'role.undeclared', pointer: '/operations/0/value', definitionPointer: '/states/review/on/file/roles/1' }),
    ]);
  });

  it('insertValue refuses a parent that is no array and an index past the end', async () => {
    for (const path of ['/states/review/on/file/0', '/colours/3', '/colours/01', '/colours/-/x']) {
      const result = await resolve({ extends: 'base.workflow.json', operations: [{ op: 'insertValue', path, value: { colour: 'red', when: 'true' } }] });
      expect(result.issues, path).toEqual([expect.objectContaining({ code: 'overlay.pathUnknown', pointer: '/operations/0/path' })]);
    }
  });

  it('a refused operation stops the overlay: nothing after it runs and no definition is given', async () => {
    const result = await resolve({
      extends: 'base.workflow.json',
      operations: [{ op: 'renameState', state: 'review', to: 'screening' }, { op: 'renameState', state: 'review', to: 'again' }],
      patch: { version: 2 },
    });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'overlay.stateUnknown', pointer: '/operations/1/state' })]);
    expect(result.definition).toBeUndefined();
    // The base document itself is never changed.
    expect(Object.keys(base.states as object)).toContain('review');
  });

  it('an overlay may extend an overlay; a problem in the middle one is located there', async () => {
    files['middle.overlay.json'] = { extends: 'base.workflow.json', operations: [{ op: 'renameState', state: 'review', to: 'screening' }], patch: { states: { screening: { deadline: { within: 'soon' } } } } };
    const result = await resolve({ extends: 'middle.overlay.json', patch: { version: 3 } }, 'top.overlay.json');
    expect(result.sources).toEqual(['top.overlay.json', 'middle.overlay.json', 'base.workflow.json']);
    expect(result.issues[0]).toMatchObject({
      code: 'duration.invalid',
      file: 'top.overlay.json',
      pointer: '/extends',
      base: { file: 'middle.overlay.json', pointer: '/patch/states/screening/deadline/within' },
      definitionPointer: '/states/screening/deadline/within',
    });
    files['fixed.overlay.json'] = { extends: 'middle.overlay.json', patch: { states: { screening: { deadline: { within: '10WD' } } } } };
    const fixed = await resolve({ extends: 'fixed.overlay.json', patch: { version: 3 } }, 'top.overlay.json');
    expect(fixed.issues).toEqual([]);
    expect(fixed.definition).toMatchObject({ version: 3, states: { screening: { deadline: { within: '10WD' } } } });
  });

  it('content a rename moved is located at its place in the base', async () => {
    const result = await resolve({
      extends: 'base.workflow.json',
      operations: [{ op: 'renameState', state: 'review', to: 'screening' }],
      patch: { roles: { office: null } },
    });
    const first = result.issues.find((found) => found.definitionPointer?.startsWith('/states/screening/assignment'));
    expect(first).toMatchObject({ code: 'role.undeclared', pointer: '/extends', base: { file: 'base.workflow.json', pointer: '/states/review/assignment/claim/0' } });
  });

  it('a value an operation rewrote is located at the operation', async () => {
    const result = await resolve({
      extends: 'base.workflow.json',
      operations: [{ op: 'renameRole', role: 'office', to: 'committee' }],
      patch: { roles: { committee: null } },
    });
    const first = result.issues.find((found) => found.definitionPointer === '/states/review/on/file/roles/0');
    expect(first).toMatchObject({ code: 'role.undeclared', file: 'o.overlay.json', pointer: '/operations/0' });
  });

  it('a loader that throws is an unreadable base, not an exception', async () => {
    const result = await resolveOverlay({ extends: 'x.json' }, { file: 'o.overlay.json', load: () => { throw new Error('disk on fire'); } });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'overlay.extendsUnreadable', pointer: '/extends', file: 'o.overlay.json' })]);
    expect(result.issues[0]!.message.en).toContain('disk on fire');
  });

  it('a workflow without extends is validated as it is', async () => {
    const result = await resolve(base, 'base.workflow.json');
    expect(result.issues).toEqual([]);
    expect(result.sources).toEqual(['base.workflow.json']);
    expect(result.definition).toEqual(base);
  });
});

describe('the example of docs/dsl.md section 20.3', () => {
  it('is the fixture docs-example.overlay.json, and it resolves the example proposal into a valid workflow', async () => {
    const { loadWorkflow } = await import('../src/cli/load-workflow.js');
    const dsl = readFileSync(new URL('../../../docs/dsl.md', import.meta.url), 'utf8');
    const section = dsl.slice(dsl.indexOf('### 20.3'));
    const block = section.slice(section.indexOf('```json\n') + 8, section.indexOf('\n```', section.indexOf('```json\n')));
    const file = fileURLToPath(new URL('./fixtures/overlays/docs-example.overlay.json', import.meta.url));
    const fixture = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const documented = JSON.parse(block) as Record<string, unknown>;
    expect({ ...documented, $schema: undefined, extends: undefined }).toEqual({ ...fixture, $schema: undefined, extends: undefined });
    const loaded = await loadWorkflow(file);
    expect(loaded.issues).toEqual([]);
    const states = (loaded.definition as unknown as Doc).states;
    expect(Object.keys(states)).toContain('recheck');
    expect(Object.keys(states)).not.toContain('officialReview');
    expect(states.feedback!.deadline.within).toBe('20WD');
    expect(states.review!.on.accept.to).toBe('recheck');
  });
});
