import { defineConfig } from 'vitest/config';

// The HTML report in a real headless Chromium (Debian's /usr/bin/chromium): `npm run test:browser`.
export default defineConfig({
  test: {
    include: ['tests/browser.test.ts'],
    testTimeout: 120000,
  },
});
