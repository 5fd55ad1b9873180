// Real `npm start` processes for the hardening benches (crash, slow clients, archives): start on a data
// directory in its own process group, wait for /health, find the Node process and the embedded database.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { connect } from '../src/db/client.js';
import { startSession } from '../src/modules/auth/sessions.js';
import { findOrCreateUser } from '../src/modules/auth/users.js';

export async function descendants(pid: number): Promise<number[]> {
  const all: { pid: number; ppid: number }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      all.push({ pid: Number(entry), ppid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) });
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => all.filter((x) => x.ppid === p).forEach((x) => (out.push(x.pid), walk(x.pid)));
  walk(pid);
  return out;
}

export const cmdline = async (pid: number) => (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');

export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export interface Server {
  child: ChildProcess;
  url: string;
  seconds: number;
}

/** `npm start` (or `command`, e.g. Node under --cpu-prof) in its own process group; resolves once /health answers 200. */
export async function startServer(dataDir: string, port: number, env: Record<string, string> = {}, command = ['npm', 'start']): Promise<Server> {
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    env: { ...process.env, VARDE_DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, LOG_LEVEL: 'warn', VARDE_DEMO: 'off', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let errors = '';
  child.stderr!.on('data', (d) => (errors += d));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}: ${errors}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return { child, url, seconds: (performance.now() - started) / 1000 };
}

/** The Node process that runs src/main.ts (the innermost one: tsx starts Node again as its child). */
export async function nodeProcess(server: Server): Promise<number> {
  const family = await descendants(server.child.pid!);
  const mains: number[] = [];
  for (const pid of family) if ((await cmdline(pid)).includes('src/main.ts')) mains.push(pid);
  return mains[mains.length - 1];
}

const gone = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r())));

/** SIGTERM to the group (as a service manager would), SIGKILL after 20 s. */
export async function stopServer(server: Server): Promise<void> {
  try {
    process.kill(-server.child.pid!, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => process.kill(-server.child.pid!, 'SIGKILL'), 20_000);
  await gone(server.child);
  clearTimeout(timer);
  await new Promise((r) => setTimeout(r, 500));
}

export { gone as exited };

/** A client on the embedded database of `dataDir` (password file and port from the cluster's files). */
export async function embeddedClient(dataDir: string): Promise<pg.Client> {
  const password = (await readFile(path.join(dataDir, 'pg.password'), 'utf8')).trim();
  const port = Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[3]);
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'varde', password, database: 'varde' });
  await client.connect();
  return client;
}

/** The embedded database's URL, from the password file and the running cluster's port. */
export async function databaseUrl(dataDir: string): Promise<string> {
  const password = (await readFile(path.join(dataDir, 'pg.password'), 'utf8')).trim();
  const port = Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[3]);
  return `postgres://varde:${encodeURIComponent(password)}@127.0.0.1:${port}/varde`;
}

/** Headers of a signed-in administrator of the server on `dataDir` (session made in its database). */
export async function adminHeadersFor(dataDir: string, server: Server): Promise<Record<string, string>> {
  const handle = connect(await databaseUrl(dataDir), 1);
  try {
    const user = await findOrCreateUser(handle.db, { email: 'bench-admin@varde.example', name: 'Bench Admin', isAdmin: true });
    const session = await startSession(handle.db, user.id, 'link');
    return { origin: server.url, cookie: `varde_session=${session.secret}`, 'x-csrf-token': session.csrfToken };
  } finally {
    await handle.close();
  }
}
