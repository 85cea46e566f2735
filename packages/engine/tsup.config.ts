import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', pglite: 'src/pglite.ts', postgres: 'src/postgres.ts', node: 'src/node.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', pglite: 'src/pglite.ts', postgres: 'src/postgres.ts', node: 'src/node.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
