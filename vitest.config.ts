import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests spawn the built binary; a cold start on a 2-core CI machine can be slow.
    testTimeout: 30000,
  },
});
