import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from '../config.js';
import { connect, type Database, type DatabaseHandle } from '../db/client.js';
import { startEmbeddedCluster, type EmbeddedCluster } from '../db/embedded.js';
import { applyMigrations } from '../db/migrate.js';
import { createMailer } from '../modules/auth/mailer.js';
import { createOidcClient } from '../modules/auth/oidc.js';
import { issueSignInLink } from '../modules/auth/sign-in-links.js';
import { signInMailsSettled } from '../modules/auth/request-link.js';
import { findUserByEmail } from '../modules/auth/users.js';
import { loadDemoData } from '../modules/demo/load.js';
import { demoCoordinator } from '../modules/demo/people.js';
import { startJobs, type JobRunner } from '../jobs/boss.js';
import { createApp } from './app.js';
import { logRedaction } from '../modules/privacy/log-redaction.js';

/**
 * Node's own limits on a connection, below the per-body limits of middleware/read-body.ts:
 * - headers must arrive within 20 s (a client that never finishes its headers is cut);
 * - a whole request within 5 min (the largest upload, 51 MB, at ~1.5 Mbit/s; read-body answers 408 sooner
 *   for a stalled body), checked every 5 s rather than Node's 30 s;
 * - an idle keep-alive connection is closed after 5 s, and a socket with no traffic at all after 2 min.
 */
export const httpTimeouts = {
  headersTimeout: 20_000,
  requestTimeout: 300_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 5_000,
};
const socketIdleTimeoutMs = 120_000;

export interface RunningVarde {
  url: string;
  /** A fresh one-time sign-in link for the demo coordinator, if the demo is loaded. */
  demoSignInLink: string | undefined;
  stop(): Promise<void>;
}

/**
 * Starts everything in order: database (embedded unless DATABASE_URL), migrations, demo data, HTTP.
 * `stop` reverses it: stop accepting, let in-flight requests finish, close the pool, stop the cluster.
 * This is one process doing all of it; with VARDE_WORKERS > 1, `npm start` splits the same steps
 * between a primary (database, jobs) and HTTP workers (src/server/cluster.ts).
 */
export async function startVarde(config: Config): Promise<RunningVarde> {
  const log = pino({ level: config.logLevel, ...logRedaction });
  const database = await openDatabase(config);
  const jobs = startBackgroundJobs(config, database, log);
  let http: HttpServer;
  try {
    http = await serveHttp(config, database.url, log);
  } catch (err) {
    await (await jobs.starting)?.stop();
    await database.stop();
    throw err;
  }
  const demoSignInLink = await demoLink(config, database.handle.db);

  let stopping: Promise<void> | undefined;
  return {
    url: config.publicUrl,
    demoSignInLink,
    stop: () =>
      (stopping ??= (async () => {
        await http.stop();
        await (await jobs.starting)?.stop();
        await database.stop();
      })()),
  };
}

export interface OpenDatabase {
  url: string;
  /** A pool for start-up work and background jobs. */
  handle: DatabaseHandle;
  stop(): Promise<void>;
}

/** The database (embedded unless DATABASE_URL), migrated, with the demo programmes when asked for. */
export async function openDatabase(config: Config): Promise<OpenDatabase> {
  let cluster: EmbeddedCluster | undefined;
  if (!config.databaseUrl) cluster = await startEmbeddedCluster(path.join(config.dataDir, 'pg'), { persistent: true });
  const url = config.databaseUrl ?? cluster!.url;
  const handle = connect(url);
  try {
    await applyMigrations(handle.db);
    if (config.loadDemo) await loadDemoData(handle.db);
  } catch (err) {
    await handle.close();
    await cluster?.stop();
    throw err;
  }
  return {
    url,
    handle,
    stop: async () => {
      await handle.close();
      await cluster?.stop();
    },
  };
}

/**
 * Background jobs (pg-boss, schema pgboss) on the same database, the daily retention run among them.
 * Started alongside the HTTP server rather than before it, so start-up does not wait for its schema.
 */
export function startBackgroundJobs(config: Config, database: OpenDatabase, log: Logger) {
  const mailer = createMailer(config.smtpUrl, config.mailFrom, (text) => process.stdout.write(text));
  const starting: Promise<JobRunner | undefined> = startJobs(database.url, { db: database.handle.db, mailer, now: () => new Date() }, log).catch((err) => {
    log.error({ err }, 'background jobs did not start');
    return undefined;
  });
  return { starting };
}

/** A fresh one-time sign-in link for the demo coordinator, if the demo is loaded. */
export async function demoLink(config: Config, db: Database): Promise<string | undefined> {
  const coordinator = config.loadDemo ? await findUserByEmail(db, demoCoordinator.email) : undefined;
  return coordinator ? await issueSignInLink(db, coordinator.id, config.publicUrl) : undefined;
}

export interface HttpServer {
  stop(): Promise<void>;
}

/** The app on its own pools, listening on config.port (shared by every worker of a cluster). */
export async function serveHttp(config: Config, databaseUrl: string, log: Logger): Promise<HttpServer> {
  const handle = connect(databaseUrl);
  // Two connections of their own for /health and session look-ups: they answer while the main pool is busy.
  const lookups = connect(databaseUrl, 2);
  const mailer = createMailer(config.smtpUrl, config.mailFrom, (text) => process.stdout.write(text));
  const webRoot = path.resolve('dist/web');
  const app = createApp({
    config,
    db: handle.db,
    lookupDb: lookups.db,
    log,
    mailer,
    oidc: config.oidc ? createOidcClient({ ...config.oidc, redirectUri: `${config.publicUrl}/auth/oidc/callback` }) : undefined,
    webRoot: existsSync(path.join(webRoot, 'index.html')) ? webRoot : undefined,
  });

  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host, serverOptions: httpTimeouts }, () => resolve(s as Server));
      s.once('error', reject);
    });
  } catch (err) {
    await handle.close();
    await lookups.close();
    throw err;
  }
  server.setTimeout(socketIdleTimeoutMs);

  return {
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open; busy ones finish their request first
        // and are closed as soon as they fall idle. After 10 s, whatever is left is cut.
        server.closeIdleConnections();
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => server.closeAllConnections(), 10_000);
        server.once('close', () => (clearInterval(sweep), clearTimeout(deadline)));
      });
      // Sign-in mails still on their way (sent after the answer left) go out before the pool closes.
      await signInMailsSettled();
      await handle.close();
      await lookups.close();
    },
  };
}
