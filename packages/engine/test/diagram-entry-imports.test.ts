import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/diagram.ts', import.meta.url));

/** Every module `file` imports, transitively: relative files by path, packages by name. */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g)) {
    const specifier = match[1]!;
    const typeOnly = /^(?:import|export)\s+type\s/.test(match[0]);
    if (typeOnly) continue;
    if (!specifier.startsWith('.')) {
      seen.add(specifier);
      continue;
    }
    const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
    if (!seen.has(target)) importsOf(target, seen);
  }
  return seen;
}

describe('@luzhi/engine/diagram', () => {
  it('loads nothing of the runtime, the validator, the compiler, the stores or their packages', () => {
    const modules = [...importsOf(entry)];
    expect(modules.filter((name) => !name.startsWith('/'))).toEqual([]);
    const forbidden = modules.filter((name) => /\/src\/(runtime|compile|store|cli|builtins|calendar)\/|\/definition\/(validate|ajv|checks)/.test(name));
    expect(forbidden).toEqual([]);
    expect(modules.map((name) => name.replace(/^.*\/src\//, '')).sort()).toEqual([
      'diagram.ts',
      'diagram/labels.ts',
      'diagram/layout.ts',
      'diagram/measure.ts',
      'diagram/mermaid.ts',
      'diagram/shape-check.ts',
      'diagram/svg-document.ts',
      'diagram/svg-shapes.ts',
      'diagram/workflow-index.ts',
      'json-pointer.ts',
      'localized-text.ts',
    ]);
  });
});
