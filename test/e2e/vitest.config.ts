import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Varde process (as `npm start` runs it) driven by Debian's Chromium.
export default defineConfig({
  test: {
    name: 'e2e',
    root: '../..',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
