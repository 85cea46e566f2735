import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@luzhi/source'] },
  ssr: { resolve: { conditions: ['@luzhi/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/postgres.ts'],
    // npm test runs suites side by side on machines with two cores: a test's own work of a few
    // seconds (hundreds of commands, a PostgreSQL round trip each) may take several times as long there.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
