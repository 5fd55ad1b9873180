import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// End-to-end tests: a real Varde process (as `npm start` runs it) driven by Debian's Chromium.
export default defineConfig({
  root,
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    // One `npm start` makes the data directory (cluster, migrations, demo) that every file copies.
    globalSetup: ['test/e2e/support/template-data.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default', path.join(root, 'test/support/summary-reporter.ts')],
  },
});
