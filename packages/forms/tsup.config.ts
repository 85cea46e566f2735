import { defineConfig } from 'tsup';

// One entry per element definition module, so `import '@luzhi/forms/define/luzhi-form'` registers
// one tag and nothing else; the classes come from the index, which registers nothing.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'define/luzhi-form': 'src/define/luzhi-form.ts',
    'define/luzhi-task-panel': 'src/define/luzhi-task-panel.ts',
    'define/luzhi-inbox': 'src/define/luzhi-inbox.ts',
    'define/luzhi-timeline': 'src/define/luzhi-timeline.ts',
    'define/luzhi-diagram': 'src/define/luzhi-diagram.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
  external: ['@luzhi/engine', 'lit'],
});
