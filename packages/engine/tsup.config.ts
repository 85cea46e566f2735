import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', pglite: 'src/pglite.ts', postgres: 'src/postgres.ts', diagram: 'src/diagram.ts', typegen: 'src/typegen/index.ts', node: 'src/node.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', pglite: 'src/pglite.ts', postgres: 'src/postgres.ts', diagram: 'src/diagram.ts', typegen: 'src/typegen/index.ts', node: 'src/node.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
