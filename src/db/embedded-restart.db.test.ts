import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from './embedded.js';

// Real `npm start`-style processes (tsx src/main.ts) on one data directory: killed with SIGKILL, started again.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const children: ChildProcess[] = [];
let dataDir: string;

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
}

async function startVardeProcess(dir: string): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, VARDE_DATA_DIR: dir, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, VARDE_DEMO: 'off', LOG_LEVEL: 'warn', HOST: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  return { child, port, output: () => text };
}

async function ready(started: Started, ms = 90_000): Promise<void> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    if (started.child.exitCode !== null) throw new Error(`Varde exited (${started.child.exitCode}):\n${started.output()}`);
    if (/Varde is running/.test(started.output())) return;
  }
  throw new Error(`Varde did not start:\n${started.output()}`);
}

const exited = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise<number | null>((r) => child.once('exit', (code) => r(code))));

function postmasterPid(dir: string): number | undefined {
  const file = path.join(dir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** The watchdog shell loops (src/db/embedded-owner.ts) that watch `postmaster`. */
function watchdogsOf(postmaster: number): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((e) => {
      try {
        const args = readFileSync(`/proc/${e}/cmdline`, 'utf8').split('\0');
        return args.includes('varde-pg-watchdog') && args.includes(String(postmaster));
      } catch {
        return false;
      }
    })
    .map(Number);
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map(exited));
  const pid = dataDir ? postmasterPid(dataDir) : undefined;
  if (pid && alive(pid)) process.kill(pid, 'SIGINT');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

// These tests start their own embedded clusters and never touch the test server, so the second
// database project (TEST_DATABASE_URL) would only run the same process juggling again, alongside
// the first: once, in CI, the two runs at the same time hung until the timeout.
const onSecondServer = process.env.TEST_DATABASE_URL !== undefined && inject('adminDatabaseUrl') === process.env.TEST_DATABASE_URL;

describe.skipIf(onSecondServer)('embedded database across crashes', () => {
  it('a random password in a 0600 file; refuses while a live Varde holds the data directory; recovers after kill -9', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'varde-restart-'));

    const first = await startVardeProcess(dataDir);
    await ready(first);
    const secretFile = path.join(dataDir, 'pg.password');
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    const secret = readFileSync(secretFile, 'utf8').trim();
    expect(secret).toMatch(/^[\w-]{32}$/);
    // It listens on 127.0.0.1 only (HOST unset).
    expect((await fetch(`http://127.0.0.1:${first.port}/health`)).status).toBe(200);

    // A second Varde on the same data directory is refused while the first lives.
    const second = await startVardeProcess(dataDir);
    expect(await exited(second.child)).toBe(1);
    expect(second.output()).toMatch(/already in use by a running Varde \(process \d+\)/);

    // kill -9 of Node alone: PostgreSQL is orphaned (until the watchdog stops it); the next start recovers either way.
    const postmaster = postmasterPid(dataDir)!;
    expect(alive(postmaster)).toBe(true);
    expect(watchdogsOf(postmaster)).toHaveLength(1);
    first.child.kill('SIGKILL');
    await exited(first.child);
    const third = await startVardeProcess(dataDir);
    await ready(third);
    expect((await fetch(`http://127.0.0.1:${third.port}/health`)).status).toBe(200);
    expect(alive(postmaster)).toBe(false);

    // kill -9 again, this time without the watchdog (as if it had been killed with the process group):
    // the orphan keeps running, and the next start stops it.
    const orphan = postmasterPid(dataDir)!;
    for (const pid of watchdogsOf(orphan)) process.kill(pid, 'SIGKILL');
    third.child.kill('SIGKILL');
    await exited(third.child);
    expect(alive(orphan)).toBe(true);
    const fourth = await startVardeProcess(dataDir);
    await ready(fourth);
    expect(fourth.output()).toMatch(/ended without stopping its database/);
    fourth.child.kill('SIGTERM');
    expect(await exited(fourth.child)).toBe(0);
    expect(postmasterPid(dataDir)).toBeUndefined();
  }, 240_000);

  it('gives a cluster made with the old fixed password a random one on its next start', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'varde-legacy-'));
    try {
      const first = await startVardeProcess(dir);
      await ready(first);
      first.child.kill('SIGTERM');
      await exited(first.child);
      // Make it look like an old cluster: password varde, no password file.
      const secret = readFileSync(path.join(dir, 'pg.password'), 'utf8').trim();
      const again = await startVardeProcess(dir);
      await ready(again);
      const port = Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'varde', password: secret, database: 'varde' });
      await client.connect();
      await client.query(`alter role varde password 'varde'`);
      await client.end();
      again.child.kill('SIGTERM');
      await exited(again.child);
      await rm(path.join(dir, 'pg.password'));

      const upgraded = await startVardeProcess(dir);
      await ready(upgraded);
      const fresh = readFileSync(path.join(dir, 'pg.password'), 'utf8').trim();
      expect(fresh).not.toBe('varde');
      expect(statSync(path.join(dir, 'pg.password')).mode & 0o777).toBe(0o600);
      const pgPort = Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
      const old = new pg.Client({ host: '127.0.0.1', port: pgPort, user: 'varde', password: 'varde', database: 'varde' });
      old.on('error', () => {});
      await expect(old.connect()).rejects.toThrow(/password/);
      upgraded.child.kill('SIGTERM');
      expect(await exited(upgraded.child)).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
