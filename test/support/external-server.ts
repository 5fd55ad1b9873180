import type { TestProject } from 'vitest/node';

/** The PostgreSQL server named by TEST_DATABASE_URL; each test file makes its own database on it. */
export default function setup(project: TestProject) {
  project.provide('adminDatabaseUrl', process.env.TEST_DATABASE_URL!);
}
