import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_WORDS, diagramLabels, indexWorkflow, layoutWorkflow, ShapeChecker } from '../src/diagram.js';
import { allElements, parseXml, type XmlElement } from './support/xml-tree.js';
import { luzhiInProcess as luzhi } from './support/luzhi-cli.js';

const example = fileURLToPath(new URL('../../../examples/proposal/proposal.workflow.json', import.meta.url));
const supervision = fileURLToPath(new URL('./fixtures/valid/proposal-supervision.json', import.meta.url));

function tempFile(name: string, value: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'luzhi-diagram-')), name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

class Throwing extends ShapeChecker {
  override fail(pointer: string): never {
    throw new Error(pointer);
  }
}

/** Titles that would break Mermaid or XML if written as they are. */
const HOSTILE = [
  'a"b',
  's0 --> s1 : x',
  '%% comment',
  'line\nbreak\r\n[*] --> s1',
  '}; state x {',
  '<b>&amp;</b>',
  "it's <svg onload=alert(1)>",
  '#quot; -- ;',
  '\u0001\u2028',
  '\u009b2J\u202eevil\u001b[0m',
];

/** The example with every state and action title replaced by a hostile one. */
function hostileExample(): Record<string, any> {
  const definition = readJson(example);
  let at = 0;
  const next = () => HOSTILE[at++ % HOSTILE.length]!;
  definition.title = { 'zh-CN': next(), en: next() };
  const visit = (states: Record<string, any>) => {
    for (const state of Object.values(states)) {
      state.title = { 'zh-CN': next(), en: next() };
      for (const value of Object.values(state.on ?? {})) {
        for (const transition of Array.isArray(value) ? value : [value]) transition.title = next();
      }
      if (state.states) visit(state.states);
    }
  };
  visit(definition.states);
  return definition;
}

// A line of the Mermaid text: a statement this writer makes, with nothing else on the line.
const MERMAID_LINE = [
  /^stateDiagram-v2$/,
  /^ *accTitle: [^\n"]*$/,
  /^ *state "[^"\n%;]*" as s\d+$/,
  /^ *state s\d+ \{$/,
  /^ *\}$/,
  /^ *--$/,
  /^ *\[\*\] --> s\d+$/,
  /^ *s\d+ --> \[\*\]$/,
  /^ *s\d+ --> s\d+( : [^\n:;%]*)?$/,
];

function mermaidStatements(textOut: string): string[] {
  const lines = textOut.trimEnd().split('\n');
  for (const line of lines) expect(MERMAID_LINE.some((pattern) => pattern.test(line.replace(/#\d+;/g, '#'))), line).toBe(true);
  // Entities aside, no label holds a character Mermaid reads as syntax.
  for (const line of lines) expect(line.replace(/#\d+;/g, '').replace(/^ *state "|" as s\d+$/g, '')).not.toMatch(/%%|;|"|--[^>]|<|>[^ ]|\{.*\}/);
  return lines;
}

describe('luzhi diagram --format mermaid', () => {
  it('writes a state diagram: compound and forEach states as blocks, [*] at the initial and final states, arrows labelled with action titles', async () => {
    const run = await luzhi('diagram', example, '--format', 'mermaid');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = mermaidStatements(run.stdout);
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines).toContain('  accTitle: 提案办理流程图');
    // The example's states in definition order: draft is s0, cosigning (forEach) is s1 holding invited s2.
    expect(lines).toContain('  state "提：撰写提案" as s0');
    expect(lines).toContain('  state "会签：联名委员确认 · 按单位分支" as s1');
    const block = lines.indexOf('  state s1 {');
    expect(block).toBeGreaterThan(0);
    expect(lines[block + 1]).toBe('    state "待确认" as s2');
    expect(lines).toContain('    [*] --> s2');
    expect(lines).toContain('    s3 --> [*]');
    expect(lines).toContain('  [*] --> s0');
    expect(lines).toContain('  s0 --> s1 : 提交');
    // A move out of a block to a top-level state is drawn from the block, like the SVG draws it.
    expect(lines).toContain('  s1 --> s6 : 完成后');
    expect(lines.filter((line) => line.endsWith('--> [*]')).length).toBeGreaterThanOrEqual(2);
  });

  it("separates a parallel state's regions with --, each region with its own initial state", async () => {
    const run = await luzhi('diagram', supervision, '--format', 'mermaid', '--lang', 'en');
    expect(run.status).toBe(0);
    const lines = mermaidStatements(run.stdout);
    const start = lines.indexOf('  state s1 {');
    const end = lines.indexOf('  }', start);
    const body = lines.slice(start + 1, end);
    expect(body.filter((line) => line === '    --')).toHaveLength(1);
    const separator = body.indexOf('    --');
    expect(body.slice(0, separator)).toContain('    state "办理" as s2');
    expect(body.slice(separator)).toContain('    state "督办" as s5');
    expect(body).toContain('      [*] --> s3');
    expect(body).toContain('      [*] --> s6');
    // A parallel state has no initial state of its own.
    expect(body).not.toContain('    [*] --> s2');
    expect(lines).toContain('  s1 --> s9 : when done');
  });

  it('escapes hostile titles so that no title can add a statement, end a label or open a comment', async () => {
    const file = tempFile('hostile.workflow.json', hostileExample());
    for (const lang of ['zh-CN', 'en']) {
      const run = await luzhi('diagram', file, '--format', 'mermaid', '--lang', lang);
      expect(run.status).toBe(0);
      const lines = mermaidStatements(run.stdout);
      const plain = readJson(example);
      // As many statements as for the example with its own titles: nothing was added or cut.
      const reference = mermaidStatements((await luzhi('diagram', example, '--format', 'mermaid', '--lang', lang)).stdout);
      expect(lines.map((line) => line.replace(/".*"|: .*$/, ''))).toEqual(reference.map((line) => line.replace(/".*"|: .*$/, '')));
      expect(plain.id).toBe('proposal');
    }
    const run = await luzhi('diagram', file, '--format', 'mermaid');
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain('#34;');
    expect(run.stdout).toContain('#37;#37; comment');
    expect(run.stdout).toContain('line break  #91;*#93; #45;#45;#62; s1');
  });
});

function boxesOf(svg: XmlElement): Map<string, XmlElement> {
  const boxes = new Map<string, XmlElement>();
  for (const element of allElements(svg)) {
    const name = element.attributes.get('data-state');
    if (name === undefined) continue;
    expect(boxes.has(name), `one box for ${name}`).toBe(false);
    boxes.set(name, element);
  }
  return boxes;
}

describe('luzhi diagram --format svg', () => {
  it('writes a well-formed standalone SVG with one box per state at the geometry of the layout', async () => {
    const run = await luzhi('diagram', example, '--format', 'svg');
    expect(run.status).toBe(0);
    const svg = parseXml(run.stdout);
    expect(svg.name).toBe('svg');
    expect(svg.attributes.get('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.children.find((child) => child.name === 'title')?.text).toBe('提案办理流程图');

    const definition = readJson(example);
    const index = indexWorkflow(definition, new Throwing());
    const layout = layoutWorkflow(index, diagramLabels(index, 'zh-CN', DIAGRAM_WORDS['zh-CN']));
    expect(svg.attributes.get('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`);
    const boxes = boxesOf(svg);
    expect([...boxes.keys()].sort()).toEqual([...index.states.keys()].sort());
    for (const box of layout.boxes) {
      const rect = boxes.get(box.name)!.children.find((child) => child.attributes.get('class') === 'box')!;
      expect([rect.attributes.get('x'), rect.attributes.get('y'), rect.attributes.get('width'), rect.attributes.get('height')]).toEqual(
        [box.x, box.y, box.width, box.height].map(String),
      );
      expect(boxes.get(box.name)!.children.find((child) => child.name === 'text')!.text).toBe(box.title);
    }
    const edges = allElements(svg).filter((element) => element.attributes.has('data-from'));
    expect(edges).toHaveLength(layout.edges.length);
    // Inline colours: the drawing needs no stylesheet.
    expect(run.stdout).not.toContain('var(--');
    expect(run.stdout).toContain('fill="#f5f6f7"');
  });

  it('writes English titles with --lang en, to the file given with --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'luzhi-diagram-')), 'proposal.svg');
    const run = await luzhi('diagram', example, '--format', 'svg', '--lang', 'en', '--out', out);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    const svg = parseXml(readFileSync(out, 'utf8'));
    expect(svg.attributes.get('lang')).toBe('en');
    expect(svg.children.find((child) => child.name === 'title')?.text).toBe('Diagram of Proposal handling');
    expect(boxesOf(svg).get('draft')!.children.find((child) => child.name === 'text')!.text).toBe('Submit: drafting');
  });

  it('keeps hostile titles as text: the document stays well-formed and holds no element a title wrote', async () => {
    const file = tempFile('hostile.workflow.json', hostileExample());
    const run = await luzhi('diagram', file, '--format', 'svg');
    expect(run.status).toBe(0);
    const svg = parseXml(run.stdout);
    const names = new Set(allElements(svg).map((element) => element.name));
    expect([...names].sort()).toEqual(['circle', 'defs', 'g', 'marker', 'path', 'rect', 'svg', 'text', 'title']);
    const texts = allElements(svg).filter((element) => element.name === 'text').map((element) => element.text);
    expect(texts).toContain('a"b');
    expect(texts).toContain("it's <svg onload=alert(1)>");
    expect(texts).toContain('\ufffd\u2028');
    expect(texts).toContain('\u009b2J\u202eevil\ufffd[0m');
    // What reaches a terminal holds no control character and no bidirectional override.
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('luzhi diagram: arguments and invalid definitions', () => {
  it('reports an invalid definition as validate does and exits 1, writing no drawing', async () => {
    const definition = readJson(example);
    definition.initial = 'nowhere';
    const file = tempFile('bad.workflow.json', definition);
    const out = join(mkdtempSync(join(tmpdir(), 'luzhi-diagram-')), 'never.svg');
    const run = await luzhi('diagram', file, '--format', 'svg', '--out', out);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#/initial: `, 'm'));
    expect(() => readFileSync(out)).toThrow();
    const json = await luzhi('diagram', file, '--format', 'mermaid', '--json', '--lang', 'en');
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ file, pointer: '/initial' }));
  });

  it('reports a missing file and a syntax error with their codes', async () => {
    const missing = await luzhi('diagram', '/nonexistent/x.json', '--format', 'svg', '--json');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout)[0]).toMatchObject({ code: 'file.unreadable' });
    const broken = await luzhi('diagram', tempFile('broken.json', '{"id": '), '--format', 'svg', '--json');
    expect(JSON.parse(broken.stdout)[0]).toMatchObject({ code: 'json.syntax' });
  });

  it('is a usage error without a known --format or with other than one file', async () => {
    for (const args of [['diagram', example], ['diagram', example, '--format', 'png'], ['diagram', '--format', 'svg'], ['diagram', example, example, '--format', 'svg']]) {
      const run = await luzhi(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('diagram');
    }
  });

  it('reports an --out file it cannot write, exiting 1', async () => {
    const run = await luzhi('diagram', example, '--format', 'svg', '--out', '/nonexistent/dir/x.svg', '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cannot write /nonexistent/dir/x.svg: ENOENT');
  });
});
