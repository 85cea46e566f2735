import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runScenario, runScenarios, validateDefinition, type CoverageItem, type WorkflowDefinition } from '@luzhi/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPresetWorkflowFiles, PRESETS_ROOT, type PresetWorkflowFile } from '../src/preset-files.js';
import { loadPresetDefinition, servedWorkflowFiles } from '../src/preset-definitions.js';

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
    write('haian/proposal.overlay.json');
    write('haian/scenarios/proposal/x.scenario.json');
    write('test/fixture.workflow.json');
    const listed = listPresetWorkflowFiles(root);
    expect(listed.map(({ preset, workflow, kind, scenarios }) => [preset, workflow, kind, scenarios.map((file) => relative(root, file))])).toEqual([
      ['base', 'proposal', 'workflow', []],
      ['haian', 'consultation', 'workflow', ['haian/scenarios/consultation/a.scenario.json', 'haian/scenarios/consultation/b.scenario.json']],
      ['haian', 'proposal', 'overlay', ['haian/scenarios/proposal/x.scenario.json']],
    ]);
    // A committee's scenarios run with the base workflows, its own replacing the base's of the same id.
    expect([...servedWorkflowFiles(listed, 'haian')].map(([id, served]) => [id, served.preset, served.kind])).toEqual([
      ['proposal', 'haian', 'overlay'],
      ['consultation', 'haian', 'workflow'],
    ]);
  });
});

/** The definitions of the workflows a preset serves besides `entry`, for the instances its `start` effects start. */
async function otherWorkflows(entry: PresetWorkflowFile): Promise<WorkflowDefinition[]> {
  const served = [...servedWorkflowFiles(workflows, entry.preset).values()].filter((other) => other.workflow !== entry.workflow);
  return Promise.all(served.map((other) => loadPresetDefinition(other)));
}

describe.each(workflows)('$preset/$workflow', (entry) => {
  const { scenarios } = entry;
  let definition: WorkflowDefinition;
  let others: WorkflowDefinition[];

  beforeAll(async () => {
    definition = await loadPresetDefinition(entry);
    others = await otherWorkflows(entry);
  });

  it('resolves to a valid definition whose id is its file name', () => {
    expect(validateDefinition(definition).issues).toEqual([]);
    expect(definition.id).toBe(entry.workflow);
  });

  it('has scenarios', () => {
    expect(scenarios.map(name)).not.toEqual([]);
  });

  it.each(scenarios.map((scenario) => [name(scenario), scenario]))('passes %s', async (_, scenario) => {
    const lines: string[] = [];
    const report = await runScenario(definition, readJson(scenario), { out: (line) => lines.push(line), workflows: others });
    expect(report.ok, lines.join('\n')).toBe(true);
  });

  it('leaves no state, action, alternative or deadline handler unreached by its scenarios together', async () => {
    const { reports, coverage } = await runScenarios(definition, scenarios.map(readJson), { coverage: true, workflows: others });
    expect(reports.length, 'no scenario ran').toBeGreaterThan(0);
    expect(coverage?.uncovered.map(unreached), `unreached by ${scenarios.map(name).join(', ')}`).toEqual([]);
  });
});
