import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Hosts, HTTP bodies and scenarios tell errors apart by `name`. A bundler that minifies renames
 * classes, so every error class writes its name out instead of reading it from the constructor.
 */
const SOURCES = [
  '../src/errors.ts',
  '../../forms/src/errors.ts',
  '../../forms/src/shared/element-input-error.ts',
  '../../presets/src/preset-definitions.ts',
  '../../../examples/oa-server/src/errors.ts',
];

describe('error names', () => {
  it.each(SOURCES)('every error class in %s names itself', (file) => {
    const source = readFileSync(new URL(file, import.meta.url), 'utf8');
    const bodies = source.split(/(?=export class )/).flatMap((chunk) => {
      const header = /^export class (\w+) extends (?:LuzhiError|Error) \{/.exec(chunk);
      return header === null ? [] : [{ name: header[1]!, body: chunk }];
    });
    expect(bodies.length).toBeGreaterThan(0);
    for (const { name, body } of bodies) expect(body, name).toContain(`override name = '${name}';`);
  });

  it('keeps the name through minification', async () => {
    const { build } = await import('esbuild');
    const entry = new URL('../src/errors.ts', import.meta.url).pathname;
    const bundled = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', minify: true, platform: 'neutral' });
    const url = `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0]!.text).toString('base64')}`;
    const { NotFoundError } = (await import(url)) as typeof import('../src/errors.js');
    expect(String(NotFoundError)).not.toContain('class NotFoundError');
    expect(new NotFoundError('instance', 'P-1').name).toBe('NotFoundError');
    expect(new NotFoundError('instance', 'P-1').toJSON()).toMatchObject({ name: 'NotFoundError', code: 'instance.notFound' });
  });
});
