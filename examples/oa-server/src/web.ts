import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { FastifyInstance } from 'fastify';

/** The folder of the server's pages: `web/<name>.html` with its script `web/<name>.ts`. */
export const WEB_DIR = new URL('../web/', import.meta.url);

/** A page the server serves, and the script bundled for it. */
export interface WebPage {
  name: string;
  /** Where the page is served: `/<name>`, and `/` too for the demo. */
  paths: readonly string[];
  html: string;
  /** The bundled script, served at `/assets/<name>.js`; absent when the page has no script. */
  script?: string | undefined;
}

/** The page served at `/`. */
export const HOME_PAGE = 'demo';

/**
 * Bundles every page of `dir` in memory: each `<name>.html` with its `<name>.ts` (ES module for the
 * browser, the workspace packages from source, JSON imports allowed, minified). A folder without pages gives none.
 */
export async function bundlePages(dir: string = fileURLToPath(WEB_DIR)): Promise<WebPage[]> {
  if (!existsSync(dir)) return [];
  const pages: WebPage[] = [];
  for (const file of readdirSync(dir).sort()) {
    const match = /^([a-z][a-z0-9-]*)\.html$/.exec(file);
    if (match === null) continue;
    const name = match[1]!;
    const entry = join(dir, `${name}.ts`);
    let script: string | undefined;
    if (existsSync(entry)) {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        conditions: ['@luzhi/source'],
        loader: { '.json': 'json' },
        charset: 'utf8',
        // Small enough to load at once: the playground carries every preset's JSON.
        minify: true,
        logLevel: 'silent',
      });
      script = result.outputFiles[0]?.text;
    }
    pages.push({ name, paths: name === HOME_PAGE ? ['/', `/${name}`] : [`/${name}`], html: readFileSync(join(dir, file), 'utf8'), script });
  }
  return pages;
}

/** The paths `registerPages` serves for `pages`: told apart from the API when routes are listed. */
export const pagePaths = (pages: readonly WebPage[]): string[] =>
  pages.flatMap((page) => [...page.paths, ...(page.script === undefined ? [] : [`/assets/${page.name}.js`])]);

/** Serves each page and its script. */
export function registerPages(app: FastifyInstance, pages: readonly WebPage[]): void {
  for (const page of pages) {
    for (const path of page.paths) app.get(path, async (_request, reply) => reply.type('text/html; charset=utf-8').send(page.html));
    if (page.script !== undefined) {
      const script = page.script;
      app.get(`/assets/${page.name}.js`, async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(script));
    }
  }
}
