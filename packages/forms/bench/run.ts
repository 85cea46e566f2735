/**
 * `npm run bench -w @luzhi/forms`: first render of a 20-field proposal form and of a 200-row
 * repeatable group with `<luzhi-form>` and with react-jsonschema-form (@rjsf/core, default theme,
 * @rjsf/validator-ajv8, React 19) in the same headless Chromium, and the gzip size of each bundle
 * without ajv. Writes bench-results/forms.json at the repository root. `--quick` runs 3 rounds,
 * `--rounds <n>` n rounds; `--only proposal|units` times one of the two forms.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromiumLaunchOptions } from '@luzhi/test-env';
import { chromium, type BrowserContext } from 'playwright';
import { expectedControls, proposalRjsfUi, proposalSchema, proposalUi, unitsSchema, unitsValue } from './bench-forms.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const rounds = Number(option('--rounds') ?? (process.argv.includes('--quick') ? 3 : 15));
const only = option('--only');
const withoutAjv = ['ajv', 'ajv/*', 'ajv-formats', 'ajv-formats/*'];

/** Bundles a page script for the browser, minified, as production code. */
async function bundle(entry: string, external: string[] = []): Promise<string> {
  const result = await build({
    entryPoints: [here(entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@luzhi/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

const gzipKB = (code: string) => Math.round((gzipSync(code, { level: 9 }).length / 1024) * 10) / 10;

interface Sample {
  /** Until every control is in the DOM and laid out. */
  laidOut: number;
  /** Until the first animation frame that has every control has been produced. */
  frame: number;
}

// Runs in the page, passed as text: the TypeScript loader would add helpers the page lacks.
// Polls with MessageChannel (no timer clamping) until every control exists, forces layout, then
// waits for the next animation frame.
const measureInPage = `({ schema, ui, value, expected }) => new Promise((resolve) => {
  const host = document.createElement('div');
  document.body.append(host);
  const start = performance.now();
  window.renderForm(schema, ui, value, host);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (window.countControls(host) < expected) return channel.port2.postMessage(0);
    void document.body.offsetHeight;
    const laidOut = performance.now() - start;
    requestAnimationFrame(() => setTimeout(() => resolve({ laidOut, frame: performance.now() - start })));
  };
  channel.port2.postMessage(0);
})`;

/** Renders one form in a fresh page and times it. */
async function renderOnce(context: BrowserContext, code: string, form: { schema: unknown; ui: unknown; value: unknown; expected: number }): Promise<Sample> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('crash', () => console.error('page crashed'));
  await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: code });
  const sample = (await page.evaluate(`(${measureInPage})(${JSON.stringify(form)})`)) as Sample;
  await page.close();
  return sample;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
};

const luzhiCode = await bundle('luzhi-page.ts');
const rjsfCode = await bundle('rjsf-page.ts');
const sizes = {
  luzhi: gzipKB(await bundle('luzhi-page.ts', withoutAjv)),
  // What a first load would fetch if the linear-time matcher came only with the first validation.
  luzhiWithoutRe2js: gzipKB(await bundle('luzhi-page.ts', [...withoutAjv, 're2js'])),
  rjsf: gzipKB(await bundle('rjsf-page.ts', withoutAjv)),
  rjsfWithoutReact: gzipKB(await bundle('rjsf-page.ts', [...withoutAjv, 'react', 'react-dom', 'react-dom/*', 'react/*'])),
};

const forms = {
  proposal: {
    luzhi: { schema: proposalSchema, ui: proposalUi, value: {}, expected: expectedControls.proposal },
    rjsf: { schema: proposalSchema, ui: proposalRjsfUi, value: {}, expected: expectedControls.proposal },
  },
  units: {
    luzhi: { schema: unitsSchema, ui: undefined, value: unitsValue, expected: expectedControls.units },
    rjsf: { schema: unitsSchema, ui: {}, value: unitsValue, expected: expectedControls.units },
  },
};

const browser = await chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
// One context for every page: a Chromium that runs as a single process (the npm-shipped one)
// does not survive a context being closed.
const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
const results: Record<string, { luzhi: Sample[]; rjsf: Sample[] }> = {};
try {
  for (const [name, pair] of Object.entries(forms)) {
    if (only !== undefined && name !== only) continue;
    // One unmeasured round each, then alternate so that neither library always runs first.
    await renderOnce(context, luzhiCode, pair.luzhi);
    await renderOnce(context, rjsfCode, pair.rjsf);
    const samples = { luzhi: [] as Sample[], rjsf: [] as Sample[] };
    for (let round = 0; round < rounds; round++) {
      samples.luzhi.push(await renderOnce(context, luzhiCode, pair.luzhi));
      samples.rjsf.push(await renderOnce(context, rjsfCode, pair.rjsf));
    }
    results[name] = samples;
  }
} finally {
  await browser.close();
}

const summary = Object.fromEntries(
  Object.entries(results).map(([name, samples]) => {
    const luzhi = median(samples.luzhi.map((sample) => sample.laidOut));
    const rjsf = median(samples.rjsf.map((sample) => sample.laidOut));
    return [
      name,
      {
        luzhiMs: luzhi,
        rjsfMs: rjsf,
        ratio: Math.round((luzhi / rjsf) * 100) / 100,
        luzhiFrameMs: median(samples.luzhi.map((sample) => sample.frame)),
        rjsfFrameMs: median(samples.rjsf.map((sample) => sample.frame)),
      },
    ];
  }),
);

const report = {
  date: new Date().toISOString(),
  node: process.version,
  browser: browser.version(),
  rounds,
  targets: { renderRatio: 0.5, gzipKB: 30 },
  summary,
  sizesGzipKB: sizes,
  samples: results,
};
const out = fileURLToPath(new URL('../../../bench-results/', import.meta.url));
await mkdir(out, { recursive: true });
await writeFile(`${out}forms.json`, JSON.stringify(report, null, 2) + '\n');

console.log(`@luzhi/forms bench — ${rounds} rounds, Chromium ${browser.version()}, median ms to every field laid out (first frame)`);
for (const [name, row] of Object.entries(summary)) {
  console.log(
    `${name.padEnd(9)} luzhi ${String(row.luzhiMs).padStart(7)} (${row.luzhiFrameMs})  rjsf ${String(row.rjsfMs).padStart(7)} (${row.rjsfFrameMs})  ratio ${row.ratio} (target ≤ 0.5)`,
  );
}
console.log(`gzip without ajv: luzhi ${sizes.luzhi} KB (target < 30; ${sizes.luzhiWithoutRe2js} KB without re2js), rjsf ${sizes.rjsf} KB (${sizes.rjsfWithoutReact} KB without React)`);
