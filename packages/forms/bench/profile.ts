/**
 * `node --conditions=@luzhi/source --import tsx bench/profile.ts [proposal|units] [luzhi|rjsf]`:
 * renders one benchmark form in headless Chromium under the CPU profiler and prints where the time
 * goes: main-thread trace events (style, layout, text shaping, script), self time by function and
 * by module of the bundle, and the nodes the form rendered. The CPU profile goes to
 * bench-results/forms-<form>-<library>.cpuprofile (DevTools opens it).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromiumLaunchOptions } from '@luzhi/test-env';
import { chromium } from 'playwright';
import { expectedControls, proposalRjsfUi, proposalSchema, proposalUi, unitsSchema, unitsValue } from './bench-forms.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const [formName = 'units', library = 'luzhi'] = process.argv.slice(2);
const code = (
  await build({
    entryPoints: [here(`${library}-page.ts`)],
    bundle: true,
    minify: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@luzhi/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
  })
).outputFiles[0]!.text;
const forms = {
  proposal: { schema: proposalSchema, ui: library === 'luzhi' ? proposalUi : proposalRjsfUi, value: {}, expected: expectedControls.proposal },
  units: { schema: unitsSchema, ui: library === 'luzhi' ? undefined : {}, value: unitsValue, expected: expectedControls.units },
};
const form = forms[formName as keyof typeof forms];

const browser = await chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
const page = await (await browser.newContext({ viewport: { width: 1024, height: 800 } })).newPage();
await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
await page.addScriptTag({ content: code });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const traceEvents: Array<{ name: string; ph: string; dur?: number; tid: number; ts: number; cat: string }> = [];
cdp.on('Tracing.dataCollected', (event) => traceEvents.push(...(event.value as unknown as typeof traceEvents)));
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,blink.user_timing', transferMode: 'ReportEvents' });
const timings = await page.evaluate(`(({ schema, ui, value, expected }) => new Promise((resolve) => {
  const host = document.createElement('div');
  document.body.append(host);
  performance.mark('bench-start');
  const start = performance.now();
  window.renderForm(schema, ui, value, host);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (window.countControls(host) < expected) return channel.port2.postMessage(0);
    const script = performance.now() - start;
    void document.body.offsetHeight;
    const laidOut = performance.now() - start;
    performance.mark('bench-laid-out');
    const root = host.querySelector('luzhi-form')?.shadowRoot ?? host;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    const nodes = {};
    while (walker.nextNode()) nodes[walker.currentNode.nodeName] = (nodes[walker.currentNode.nodeName] ?? 0) + 1;
    requestAnimationFrame(() => setTimeout(() => resolve({ script, laidOut, frame: performance.now() - start, nodes })));
  };
  channel.port2.postMessage(0);
}))(${JSON.stringify(form)})`);
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }>; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number } };
await cdp.send('Tracing.end');
await traced;
const out = fileURLToPath(new URL('../../../bench-results/', import.meta.url));
await mkdir(out, { recursive: true });
await writeFile(`${out}forms-${formName}-${library}.cpuprofile`, JSON.stringify(profile));
// Main-thread time by trace event (complete events, summed; nested events overlap their parents).
const main = traceEvents.find((event) => event.name === 'FunctionCall' || event.name === 'EvaluateScript')?.tid;
const byEvent = new Map<string, number>();
const markAt = (name: string) => traceEvents.find((event) => event.name === name)?.ts ?? 0;
const [from, to] = [markAt('bench-start'), markAt('bench-laid-out')];
console.log('trace window', (to - from) / 1000, 'ms');
for (const event of traceEvents) {
  if (event.ph !== 'X' || event.tid !== main || event.dur === undefined || event.ts < from || event.ts > to) continue;
  byEvent.set(event.name, (byEvent.get(event.name) ?? 0) + event.dur / 1000);
}
console.log('--- trace events on the main thread (ms, nested ones overlap)');
for (const [key, ms] of [...byEvent].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(ms.toFixed(1).padStart(8), key);
await browser.close();

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
console.log(formName, library, timings);
// The module a line of the bundle belongs to: esbuild writes a `// path` comment before each.
const lines = code.split('\n');
const moduleOf = (line: number) => {
  for (let at = line; at >= 0; at--) if (/^  \/\/ [^ ]+\.(ts|js|mjs|cjs)$/.test(lines[at] ?? '')) return lines[at]!.trim().slice(3).replace(/^.*node_modules\//, '');
  return '';
};
const selfByKey = new Map<string, number>();
const byModule = new Map<string, number>();
let sampledAt = profile.startTime;
profile.samples.forEach((id, index) => {
  const node = byId.get(id)!;
  sampledAt += profile.timeDeltas[index] ?? 0;
  if (sampledAt < from || sampledAt > to) return;
  const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
  const module = node.callFrame.lineNumber >= 0 ? moduleOf(node.callFrame.lineNumber) : '(native)';
  const key = `${node.callFrame.functionName || '(anonymous)'} ${module}`;
  selfByKey.set(key, (selfByKey.get(key) ?? 0) + ms);
  byModule.set(module, (byModule.get(module) ?? 0) + ms);
});
for (const [key, ms] of [...selfByKey].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms.toFixed(1).padStart(8), key);
console.log('--- self time by module');
for (const [key, ms] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms.toFixed(1).padStart(8), key);
