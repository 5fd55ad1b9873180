import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connect, type DatabaseHandle } from '../../../src/db/client.js';
import { freePort, startEmbeddedCluster, type EmbeddedCluster } from '../../../src/db/embedded.js';
import { launchChromium } from './browser.js';

export interface VardeProcess {
  url: string;
  /** The one-time sign-in link the process printed for the demo coordinator. */
  signInLink: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts Varde the way `npm start` does (embedded PostgreSQL) and waits for its link. The data
 * directory is a copy of the run's template (see template-data.ts: started once, demo loaded) unless
 * the caller brings its own database or asks for a fresh one; `keepDataDirIn` makes the template.
 */
export async function startVardeProcess(env: Record<string, string> = {}, opts: { fresh?: boolean; keepDataDirIn?: string } = {}): Promise<VardeProcess> {
  const dir = opts.keepDataDirIn ?? (await mkdtemp(path.join(os.tmpdir(), 'varde-e2e-')));
  const template = opts.fresh || opts.keepDataDirIn || env.DATABASE_URL ? undefined : templateDataDir();
  // `cp -a`: as root the cluster's files belong to the `postgres` user and must keep owner and modes.
  if (template) await promisify(execFile)('cp', ['-a', template, path.join(dir, 'data')]);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/main.ts'], {
    // One process: the browser paths are what these files test; the cluster has its own kill -9 test (src/server/cluster.db.test.ts).
    env: { ...process.env, VARDE_DATA_DIR: path.join(dir, 'data'), PORT: String(port), PUBLIC_URL: url, LOG_LEVEL: 'warn', VARDE_WORKERS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const signInLink = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Varde did not print a sign-in link:\n${out}`)), 60_000);
    const check = () => {
      const m = /(http:\/\/localhost:\d+\/auth\/link\?token=[\w-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`Varde exited with ${code}:\n${out}`)));
  });
  return {
    url,
    signInLink,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      // Retries: PostgreSQL's last writes (pg_wal, pg_xact) may still land just after Varde's exit.
      if (!opts.keepDataDirIn) await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

function templateDataDir(): string | undefined {
  try {
    return inject('vardeTemplateDataDir');
  } catch {
    return undefined; // outside the e2e project (a bench): start fresh
  }
}

/**
 * Starts Varde and Chromium before the file's tests and stops both after them (Chromium first). `env`
 * is read when Varde starts, so it may use what a beforeAll registered earlier started (an SMTP
 * server, a database); a file's own beforeAll registered later runs after this one (to open pages).
 */
export function useVardeAndChromium(env: () => Record<string, string> = () => ({})) {
  let varde: VardeProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    varde = await startVardeProcess(env());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await varde?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('Varde and Chromium start in beforeAll: use them inside hooks and tests');
    return value;
  };
  return {
    get url() {
      return started(varde).url;
    },
    get signInLink() {
      return started(varde).signInLink;
    },
    get browser() {
      return started(browser);
    },
    /** Everything the process printed so far (e.g. the sign-in links of the console mailer). */
    output() {
      return started(varde).output();
    },
  };
}

/**
 * Varde on an embedded cluster of the test's own, which the test can also read (to prove what is, or
 * is no longer, in the database). Hooks run in order and clean up in reverse: the cluster starts first
 * and stops last.
 */
export function useVardeOnReadableDatabase() {
  let cluster: EmbeddedCluster | undefined;
  let database: DatabaseHandle | undefined;
  beforeAll(async () => {
    cluster = await startEmbeddedCluster(path.join(await mkdtemp(path.join(os.tmpdir(), 'varde-e2e-db-')), 'pg'), { persistent: false });
    database = connect(cluster.url, 2);
  });
  afterAll(async () => {
    await database?.close();
    await cluster?.stop();
  });
  const varde = useVardeAndChromium(() => ({ DATABASE_URL: cluster!.url }));
  return {
    varde,
    get database(): DatabaseHandle {
      if (!database) throw new Error('the database starts in beforeAll: use it inside hooks and tests');
      return database;
    },
  };
}
