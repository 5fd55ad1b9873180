import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedCluster } from '../../src/db/embedded.js';

/** One embedded cluster for the whole run; each test file makes its own database in it. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'varde-test-'));
  const cluster = await startEmbeddedCluster(path.join(dir, 'pg'), { persistent: false });
  project.provide('adminDatabaseUrl', cluster.url);
  return () => cluster.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
