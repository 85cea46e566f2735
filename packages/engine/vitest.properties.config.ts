import { defineConfig } from 'vitest/config';

// The property tests alone, for `npm run fuzz`: they need no PostgreSQL server, so no global setup.
export default defineConfig({
  resolve: { conditions: ['@luzhi/source'] },
  ssr: { resolve: { conditions: ['@luzhi/source'] } },
  test: {
    include: ['test/properties/**/*.test.ts'],
  },
});
