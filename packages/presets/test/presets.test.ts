import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runScenario, runScenarios, validateDefinition, type CoverageItem } from '@luzhi/engine';
import { describe, expect, it } from 'vitest';
import { listPresetWorkflowFiles, PRESETS_ROOT } from '../src/preset-files.js';

const workflows = listPresetWorkflowFiles();
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const name = (file: string) => relative(PRESETS_ROOT, file);

/** `pointer  标题 · Title` of an item no scenario reached. */
function unreached(item: CoverageItem): string {
  const title = typeof item.title === 'string' ? item.title : [item.title?.['zh-CN'], item.title?.en].filter(Boolean).join(' · ');
  return `${item.kind} ${item.pointer}${item.action === undefined ? '' : ` (${item.action})`}  ${title}`;
}

describe('the preset files', () => {
  it('pair each workflow with the scenarios in its folder and skip what is not a preset', () => {
    const root = mkdtempSync(join(tmpdir(), 'luzhi-presets-'));
    const write = (path: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), '{}');
    };
    write('haian/consultation.workflow.json');
    write('haian/scenarios/consultation/b.scenario.json');
    write('haian/scenarios/consultation/a.scenario.json');
    write('haian/scenarios/consultation/notes.json');
    write('haian/README.md');
    write('base/proposal.workflow.json');
    write('test/fixture.workflow.json');
    expect(listPresetWorkflowFiles(root).map(({ preset, workflow, scenarios }) => [preset, workflow, scenarios.map((file) => relative(root, file))])).toEqual([
      ['base', 'proposal', []],
      ['haian', 'consultation', ['haian/scenarios/consultation/a.scenario.json', 'haian/scenarios/consultation/b.scenario.json']],
    ]);
  });
});

describe.each(workflows)('$preset/$workflow', ({ file, workflow, scenarios }) => {
  const definition = readJson(file) as { id?: unknown };

  it('is a valid definition whose id is its file name', () => {
    expect(validateDefinition(definition).issues).toEqual([]);
    expect(definition.id).toBe(workflow);
  });

  it('has scenarios', () => {
    expect(scenarios.map(name)).not.toEqual([]);
  });

  it.each(scenarios.map((scenario) => [name(scenario), scenario]))('passes %s', async (_, scenario) => {
    const lines: string[] = [];
    const report = await runScenario(definition, readJson(scenario), { out: (line) => lines.push(line) });
    expect(report.ok, lines.join('\n')).toBe(true);
  });

  it('leaves no state, action, alternative or deadline handler unreached by its scenarios together', async () => {
    const { reports, coverage } = await runScenarios(definition, scenarios.map(readJson), { coverage: true });
    expect(reports.length, 'no scenario ran').toBeGreaterThan(0);
    expect(coverage?.uncovered.map(unreached), `unreached by ${scenarios.map(name).join(', ')}`).toEqual([]);
  });
});
