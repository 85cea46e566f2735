import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from './api-harness.js';

let dir: string;
let server: Running;
beforeAll(async () => {
  // Inside the package (test-results is ignored by git), so that the page's imports resolve as the real pages' do.
  const scratch = fileURLToPath(new URL('../test-results/', import.meta.url));
  mkdirSync(scratch, { recursive: true });
  dir = mkdtempSync(join(scratch, 'web-'));
  writeFileSync(join(dir, 'demo.html'), '<!doctype html><title>demo</title><script type="module" src="/assets/demo.js"></script>');
  writeFileSync(join(dir, 'demo.ts'), "import { pickTitle } from '@luzhi/engine';\nimport data from './data.json';\nexport const shown = pickTitle(data.title);\n");
  writeFileSync(join(dir, 'data.json'), '{"title":{"zh-CN":"演示","en":"Demo"}}');
  writeFileSync(join(dir, 'plain.html'), '<!doctype html><title>plain</title>');
  server = await startServer({ committees: ['base'], web: true, webDir: dir });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the browser pages', () => {
  it('serves each page at its name, the demo at / too, with its bundled script', async () => {
    for (const path of ['/', '/demo']) {
      const page = await server.call('GET', path);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.body).toContain('<title>demo</title>');
    }
    const script = await server.call('GET', '/assets/demo.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.body).toContain('演示');
    expect(script.body).not.toMatch(/from\s+["']@luzhi\/engine["']/);
    expect((await server.call('GET', '/plain')).body).toContain('<title>plain</title>');
    expect((await server.call('GET', '/assets/plain.js')).status).toBe(404);
  });

  it('starts without pages when the folder is missing', async () => {
    const bare = await startServer({ committees: ['base'], web: true, webDir: join(dir, 'missing') });
    try {
      expect(bare.app.luzhi.pages).toEqual([]);
      expect((await bare.call('GET', '/')).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
