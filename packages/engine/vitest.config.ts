import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@luzhi/source'] },
  ssr: { resolve: { conditions: ['@luzhi/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/postgres.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
