import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// The elements are tested in real headless Chromium (Debian's, at /usr/bin/chromium): Playwright
// drives it, no browser is downloaded. `headless: true` must be set here, where it wins over the
// launch options.
export default defineConfig({
  resolve: { conditions: ['@luzhi/source'] },
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: '/usr/bin/chromium' } }),
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
    },
  },
});
