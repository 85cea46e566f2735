import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLoadedWorkflow, loadWorkflowSource, parseDefinitionText, type WorkflowSources } from '../src/index.js';

const base = readFileSync(new URL('./fixtures/valid/opinion-report.json', import.meta.url), 'utf8');

/** Documents held in memory by name, as a page holds pasted text and bundled presets. */
function memorySources(files: Record<string, string>): WorkflowSources {
  const named = new Map(Object.entries(files));
  return {
    read(name) {
      const source = named.get(name);
      if (source === undefined) return { issues: [{ pointer: '', code: 'file.unreadable', message: { 'zh-CN': '没有这份文件', en: 'no such document' } }], positions: new Map() };
      return parseDefinitionText(source);
    },
    preset: (preset, id) => ({ name: `${preset}/${id}.workflow.json` }),
    path: () => ({ issue: { pointer: '', code: 'overlay.referenceInvalid', message: { 'zh-CN': '这里只读预设', en: 'only presets are read here' } } }),
  };
}

describe('reading a workflow document without files', () => {
  it('resolves an overlay of a preset held in memory and checks it as validate does', async () => {
    const overlay = '{\n  "extends": "@luzhi/presets/demo/opinion-report",\n  "patch": { "version": 2, "title": { "zh-CN": "请假（试行）", "en": "Leave (trial)" } }\n}';
    const checked = checkLoadedWorkflow(await loadWorkflowSource('pasted', memorySources({ pasted: overlay, 'demo/opinion-report.workflow.json': base })));
    expect(checked.found).toEqual([]);
    expect(checked.key).toBe('opinion-report@2');
    expect(checked.loaded.sources).toEqual(['pasted', 'demo/opinion-report.workflow.json']);
  });

  it('locates each issue at its line and column in the text given', async () => {
    const broken = base.replace('"to": "declined"', '"to": "nowhere"');
    const checked = checkLoadedWorkflow(await loadWorkflowSource('pasted', memorySources({ pasted: broken })));
    const issue = checked.found.find((found) => found.pointer === '/states/submitted/on/decline/to');
    const line = broken.split('\n').findIndex((each) => each.includes('"nowhere"')) + 1;
    expect(issue).toMatchObject({ file: 'pasted', line });
  });

  it('refuses a URL and a malformed preset reference before reading anything', async () => {
    for (const ref of ['https://example.com/leave.json', '@luzhi/presets/../leave']) {
      const checked = checkLoadedWorkflow(await loadWorkflowSource('pasted', memorySources({ pasted: JSON.stringify({ extends: ref }) })));
      expect(checked.definition).toBeUndefined();
      expect(checked.found.map((found) => found.code)).toContain('overlay.referenceInvalid');
      expect(checked.loaded.sources).not.toContain(ref);
    }
  });
});
