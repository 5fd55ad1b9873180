import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startVardeProcess } from './varde-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data directory where Varde has already started once: migrated, demo loaded, cleanly stopped. */
    vardeTemplateDataDir: string;
  }
}

/**
 * Global setup of the e2e project: one `npm start` on a fresh data directory, stopped cleanly, whose
 * directory every test file then copies — each file still gets a Varde of its own, but the cluster
 * initialisation, migrations and demo load happen once per run instead of once per file.
 */
export default async function setup(project: TestProject) {
  const keep = await mkdtemp(path.join(os.tmpdir(), 'varde-e2e-template-'));
  const first = await startVardeProcess({}, { keepDataDirIn: keep });
  await first.stop();
  project.provide('vardeTemplateDataDir', path.join(keep, 'data'));
  return async () => {
    await rm(keep, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
}
