import { chromiumLaunchOptions } from '@luzhi/test-env';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// The elements are tested in real headless Chromium, the one @luzhi/test-env finds or provisions
// (by default the one an npm package ships): Playwright drives it, no browser is downloaded.
// `headless: true` must be set here, where it wins over the launch options.
const launchOptions = await chromiumLaunchOptions();

export default defineConfig({
  resolve: { conditions: ['@luzhi/source'] },
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions }),
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
    },
  },
});
