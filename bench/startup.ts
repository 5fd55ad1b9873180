// Seconds from `npm start` to /health answering, on a fresh data dir and on an existing one, and the
// server's memory after start. Prints `name: value unit` lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/db/embedded.js';
import { cmdline, descendants, rssMb } from './processes.js';

async function startOnce(dataDir: string, port: number): Promise<{ seconds: number; child: ChildProcess }> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    env: { ...process.env, VARDE_DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return { seconds: (performance.now() - started) / 1000, child };
}

/** SIGTERM to npm alone (it forwards it), as a process manager would; the app must stop its own database. */
async function stop(child: ChildProcess): Promise<number> {
  const started = performance.now();
  const family = await descendants(child.pid!);
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
  await exited;
  // npm may exit before its children; wait until every process it started is gone.
  while ((await Promise.all(family.map((pid) => readFile(`/proc/${pid}/stat`, 'utf8').then(() => 1, () => 0)))).some(Boolean))
    await new Promise((r) => setTimeout(r, 20));
  clearTimeout(timer);
  return (performance.now() - started) / 1000;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'varde-bench-'));
const dataDir = path.join(dir, 'data');
try {
  const fresh = await startOnce(dataDir, await freePort());
  console.log(`startup_fresh_data_dir: ${fresh.seconds.toFixed(2)} s`);
  await stop(fresh.child);

  const existing = await startOnce(dataDir, await freePort());
  console.log(`startup_existing_data_dir: ${existing.seconds.toFixed(2)} s`);
  console.log('startup_existing_data_dir_target: 2.00 s'); // issue 18: to a healthy server
  await new Promise((r) => setTimeout(r, 500));
  let serverRss = 0;
  let postgresRss = 0;
  for (const pid of await descendants(existing.child.pid!)) {
    const cmd = await cmdline(pid);
    if (cmd.includes('src/main.ts') && /node/.test(cmd)) serverRss = Math.max(serverRss, await rssMb(pid));
    if (/postgres/.test(cmd)) postgresRss += await rssMb(pid);
  }
  console.log(`server_rss_after_start: ${serverRss.toFixed(1)} MB`);
  console.log(`embedded_postgres_rss_after_start: ${postgresRss.toFixed(1)} MB`);
  console.log(`shutdown: ${(await stop(existing.child)).toFixed(2)} s`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
