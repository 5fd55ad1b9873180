// Set-up shared by the benchmarks: the database (DATABASE_URL or a throw-away embedded cluster, migrated),
// an in-process app with a signed-in admin, and the `name: value unit` lines they print.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { readConfig } from '../src/config.js';
import { connect, type DatabaseHandle } from '../src/db/client.js';
import { startEmbeddedCluster, type EmbeddedCluster } from '../src/db/embedded.js';
import { applyMigrations } from '../src/db/migrate.js';
import type { Mailer } from '../src/modules/auth/mailer.js';
import { startSession } from '../src/modules/auth/sessions.js';
import { findOrCreateUser } from '../src/modules/auth/users.js';
import { createApp } from '../src/server/app.js';

export const benchOrigin = 'http://localhost:3000';

export interface BenchDatabase {
  handle: DatabaseHandle;
  /** Closes the pool, then stops and removes the embedded cluster if one was started. */
  close(): Promise<void>;
}

/** Uses DATABASE_URL when set, otherwise starts a throw-away embedded PostgreSQL; either way migrated. */
export async function openBenchDatabase(name: string, poolSize: number): Promise<BenchDatabase> {
  let cluster: EmbeddedCluster | undefined;
  let dir: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dir = await mkdtemp(path.join(os.tmpdir(), `varde-bench-${name}-`));
    cluster = await startEmbeddedCluster(path.join(dir, 'pg'), { persistent: false });
    url = cluster.url;
  }
  const handle = connect(url, poolSize);
  const close = async () => {
    await handle.close();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  try {
    await applyMigrations(handle.db);
  } catch (e) {
    await close();
    throw e;
  }
  return { handle, close };
}

/** The app as `npm start` builds it, silent, answering in-process (no sockets); mail is dropped unless a mailer is given. */
export function benchApp(db: DatabaseHandle['db'], mailer: Mailer = { send: async () => {} }) {
  return createApp({ config: { ...readConfig({ PUBLIC_URL: benchOrigin }), logLevel: 'silent' }, db, log: pino({ level: 'silent' }), mailer });
}

/** Request headers of a signed-in admin (session cookie and CSRF token), as the staff app sends them. */
export async function adminHeaders(db: DatabaseHandle['db']) {
  const user = await findOrCreateUser(db, { email: 'bench@varde.example', name: 'Bench', isAdmin: true });
  const session = await startSession(db, user.id, 'link');
  return { origin: benchOrigin, cookie: `varde_session=${session.secret}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
}

/** JSON calls to the in-process API as the signed-in admin; a non-2xx answer throws with its body. */
export function apiCaller(app: ReturnType<typeof benchApp>, headers: Record<string, string>) {
  return async (method: string, p: string, body?: unknown) => {
    const res = await app.request(`${benchOrigin}/api/v1${p}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };
}

/** Prints one `name: value unit` line, rounding non-integers to `digits` decimals. */
export function printFigure(name: string, value: number, unit: string, digits = 1) {
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(digits)} ${unit}`);
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
