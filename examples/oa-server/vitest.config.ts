import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@luzhi/source'] },
  ssr: { resolve: { conditions: ['@luzhi/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
