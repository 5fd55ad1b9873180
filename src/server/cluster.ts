import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import pino, { type Logger } from 'pino';
import type { Config } from '../config.js';
import { logRedaction } from '../modules/privacy/log-redaction.js';
import { demoLink, openDatabase, serveHttp, startBackgroundJobs, startVarde, type RunningVarde } from './start.js';

/**
 * `npm start` on every core (issue 18). The app is stateless between requests (sessions, rate limits,
 * the mail outbox and jobs live in PostgreSQL), so several Node processes share the HTTP port through
 * `node:cluster`:
 *   - the primary starts the database once (the embedded cluster is owned by the primary's pid, so the
 *     watchdog and the dead-owner recovery of src/db/embedded-owner.ts hold as before), migrates, loads
 *     the demo, runs the background jobs (pg-boss: scheduled and run-at-start jobs exist once), and
 *     accepts connections for the workers;
 *   - each worker runs the HTTP app on its own pools; the database address comes over the IPC channel,
 *     never the environment.
 * A worker that dies (kill -9, out of memory) is replaced; when the primary dies, its workers follow at
 * once (they cannot accept without it), the watchdog stops PostgreSQL, and the next start recovers.
 */

/** VARDE_WORKERS, else one per core; one under tests (NODE_ENV=test) unless the test asks for more. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.VARDE_WORKERS);
  if (env.VARDE_WORKERS && Number.isInteger(asked) && asked >= 1) return Math.min(asked, 64);
  return env.NODE_ENV === 'test' ? 1 : Math.max(1, os.availableParallelism());
}

interface DatabaseMessage {
  varde: 'database';
  url: string;
}
interface WorkerMessage {
  varde: 'hello' | 'listening';
}
const isMessage = (m: unknown, kind: string): boolean => typeof m === 'object' && m !== null && (m as { varde?: unknown }).varde === kind;

/** Starts Varde as one process, as a cluster primary, or (in a forked process) as an HTTP worker. */
export async function startVardeProcess(config: Config): Promise<RunningVarde> {
  if (cluster.isWorker) return startWorker(config);
  const workers = workerCount();
  return workers > 1 ? startPrimary(config, workers) : startVarde(config);
}

async function startPrimary(config: Config, count: number): Promise<RunningVarde> {
  const log = pino({ level: config.logLevel, ...logRedaction });
  let stopping = false;
  // Forked first: the workers load the app's code while PostgreSQL starts and migrates. A worker asks for
  // the database once it listens for the answer (a message sent earlier would be lost).
  let opened: (url: string) => void;
  const databaseUrl = new Promise<string>((resolve) => (opened = resolve));
  const fork = () => {
    const w = cluster.fork();
    w.on('message', (m: unknown) => {
      if (isMessage(m, 'hello')) void databaseUrl.then((url) => w.isConnected() && w.send({ varde: 'database', url } satisfies DatabaseMessage));
    });
    return w;
  };
  const listening = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (m: unknown) => isMessage(m, 'listening') && (w.off('message', onMessage), w.off('exit', onExit), resolve());
      const onExit = (code: number) => reject(new Error(`an HTTP worker exited with ${code} during start-up`));
      w.on('message', onMessage);
      w.once('exit', onExit);
    });
  const workers = new Set<Worker>(Array.from({ length: count }, fork));
  const ready = [...workers].map(listening);
  for (const r of ready) r.catch(() => {});
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(config);
  } catch (err) {
    stopping = true;
    for (const w of workers) w.process.kill('SIGKILL');
    throw err;
  }
  opened!(database.url);
  try {
    await Promise.all(ready);
  } catch (err) {
    stopping = true;
    for (const w of workers) w.process.kill('SIGKILL');
    await database.stop();
    throw err;
  }

  // A worker that dies is replaced, unless they die faster than they start (then something is broken: stop).
  const deaths: number[] = [];
  cluster.on('exit', (w, code, signal) => {
    workers.delete(w);
    if (stopping) return;
    log.error({ worker: w.process.pid, code, signal }, 'an HTTP worker ended; starting another');
    deaths.push(Date.now());
    while (deaths.length && deaths[0] < Date.now() - 60_000) deaths.shift();
    if (deaths.length > 10) {
      log.fatal('HTTP workers keep ending; stopping Varde');
      process.kill(process.pid, 'SIGTERM');
      return;
    }
    const next = fork();
    workers.add(next);
  });

  const jobs = startBackgroundJobs(config, database, log);
  const demoSignInLink = await demoLink(config, database.handle.db);
  let stopped: Promise<void> | undefined;
  return {
    url: config.publicUrl,
    demoSignInLink,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        // Each worker finishes its open requests and closes its pools; then the jobs, then the database.
        await Promise.all(
          [...workers].map(
            (w) =>
              new Promise<void>((resolve) => {
                if (w.isDead()) return resolve();
                w.once('exit', () => resolve());
                w.process.kill('SIGTERM');
              }),
          ),
        );
        await (await jobs.starting)?.stop();
        await database.stop();
      })()),
  };
}

async function startWorker(config: Config): Promise<RunningVarde> {
  const log: Logger = pino({ level: config.logLevel, ...logRedaction });
  // Without the primary nothing reaches this worker any more, and the database is going away: end now.
  process.on('disconnect', () => {
    if (!stoppingWorker) process.exit(1);
  });
  const url = await new Promise<string>((resolve) => {
    const onMessage = (m: unknown) => {
      if (!isMessage(m, 'database')) return;
      process.off('message', onMessage);
      resolve((m as DatabaseMessage).url);
    };
    process.on('message', onMessage);
    process.send?.({ varde: 'hello' } satisfies WorkerMessage);
  });
  const http = await serveHttp(config, url, log);
  process.send?.({ varde: 'listening' } satisfies WorkerMessage);
  return {
    url: config.publicUrl,
    demoSignInLink: undefined,
    stop: async () => {
      stoppingWorker = true;
      await http.stop();
    },
  };
}
let stoppingWorker = false;
