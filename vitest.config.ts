import { defineConfig } from 'vitest/config';

// Database tests (*.db.test.ts) run against a throw-away embedded PostgreSQL, and again against the
// server named by TEST_DATABASE_URL when it is set (CI: the machine's PostgreSQL 15).
const dbTargets = [
  { name: 'db:embedded', globalSetup: 'test/support/embedded-cluster.ts' },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'db:server', globalSetup: 'test/support/external-server.ts' }] : []),
];

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['**/*.db.test.ts', 'test/e2e/**', 'node_modules/**'] } },
      ...dbTargets.map((target) => ({
        test: {
          name: target.name,
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          globalSetup: [target.globalSetup],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
    ],
  },
});
