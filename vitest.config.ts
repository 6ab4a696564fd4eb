import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser test needs Chromium, which a machine with only Node and npm lacks: it runs
    // with `npm run test:browser` (vitest.browser.config.ts), which .ci/run calls after installing it.
    exclude: ['tests/browser.test.ts', '**/node_modules/**'],
    // The CLI tests spawn the built binary; a cold start on a 2-core CI machine can be slow.
    testTimeout: 30000,
  },
});
