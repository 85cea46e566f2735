// Plain JavaScript: vitest loads the examples' configuration files with Node, which runs no TypeScript.
import { defineConfig } from 'vitest/config';

/**
 * The vitest configuration of each forms example: its test starts the example's vite dev server
 * and drives the page in headless Chromium from Node, so the test itself runs in Node.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
