import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Who runs an embedded cluster, so a Varde that died without stopping its PostgreSQL (kill -9, out of
 * memory) does not lock its data directory for good. `pg.owner` beside the cluster records the Varde
 * process (pid and, on Linux, its start time, so a recycled pid is not mistaken for it). On start:
 *   - no postmaster.pid: nothing runs, carry on;
 *   - the owner lives: another Varde uses this data directory, refuse;
 *   - the owner is dead and the postmaster of this directory still runs: an orphan, stop it
 *     (fast shutdown, then immediate, then kill) and carry on — PostgreSQL recovers from its WAL;
 *   - the postmaster is gone too: a stale lock file, which PostgreSQL itself clears.
 */
interface Owner {
  pid: number;
  started?: string;
}

export const ownerFile = (databaseDir: string) => `${databaseDir}.owner`;

/** The process's start time in clock ticks since boot (Linux); undefined elsewhere or when it is gone. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Alive and not a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

function ownerAlive(owner: Owner): boolean {
  if (!isAlive(owner.pid)) return false;
  return owner.started === undefined || startTime(owner.pid) === owner.started;
}

/** The pid in postmaster.pid belongs to a postgres serving `databaseDir` (checked on Linux by its command line). */
function isPostmasterOf(pid: number, databaseDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.some((a) => /postgres$/.test(a)) && cmdline.includes(databaseDir);
  } catch {
    return process.platform !== 'linux';
  }
}

async function readOwner(databaseDir: string): Promise<Owner | undefined> {
  try {
    const owner = JSON.parse(await readFile(ownerFile(databaseDir), 'utf8')) as Owner;
    return typeof owner.pid === 'number' ? owner : undefined;
  } catch {
    return undefined;
  }
}

export async function writeOwner(databaseDir: string): Promise<void> {
  const owner: Owner = { pid: process.pid, started: startTime(process.pid) };
  await writeFile(ownerFile(databaseDir), JSON.stringify(owner) + '\n');
}

/**
 * Gives up the claim if it is still ours: on stop, and when PostgreSQL did not start (then another Varde
 * that started at the same moment may hold the cluster; with no owner on file a later start refuses
 * rather than taking over a living cluster).
 */
export async function releaseOwner(databaseDir: string): Promise<void> {
  const owner = await readOwner(databaseDir);
  if (owner?.pid === process.pid) await rm(ownerFile(databaseDir), { force: true });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(50)) if (!isAlive(pid)) return true;
  return !isAlive(pid);
}

/** Stops an orphaned postmaster of `databaseDir` when its Varde is dead; throws when a living Varde holds it. */
export async function takeOverFromDeadOwner(databaseDir: string): Promise<void> {
  const lockFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const owner = await readOwner(databaseDir);
  if (owner && owner.pid !== process.pid && ownerAlive(owner)) {
    throw new Error(`the database in ${databaseDir} is already in use by a running Varde (process ${owner.pid}) — stop it first, or give this one another VARDE_DATA_DIR`);
  }
  const postmaster = Number((await readFile(lockFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!isPostmasterOf(postmaster, databaseDir)) {
    // The postmaster is gone (or its pid now belongs to something else): the lock file is stale.
    await rm(lockFile, { force: true });
    return;
  }
  if (!owner) {
    // A cluster started by a Varde from before pg.owner existed: it may well be alive, so leave it be.
    throw new Error(`the database in ${databaseDir} is already in use (PostgreSQL process ${postmaster}) — is another Varde running with the same data directory? If not, stop that process (kill ${postmaster}) and start again`);
  }
  console.warn(`Varde: the previous Varde (process ${owner.pid}) ended without stopping its database; stopping the database (process ${postmaster}) and starting again.`);
  for (const [signal, ms] of [['SIGINT', 15_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]] as const) {
    try {
      process.kill(postmaster, signal);
    } catch {
      break;
    }
    if (await waitForExit(postmaster, ms)) break;
  }
  if (isAlive(postmaster)) throw new Error(`the database in ${databaseDir} is held by an orphaned PostgreSQL (process ${postmaster}) that would not stop`);
  // An immediate stop or a kill leaves the lock file behind; PostgreSQL checks it, but its pid is known dead now.
  if (existsSync(lockFile)) await rm(lockFile, { force: true });
}

/**
 * A watchdog that stops the postmaster (fast shutdown) within about a second of this Node process
 * dying, whatever killed it; PostgreSQL cannot follow its parent by itself. It is a detached shell loop,
 * so it outlives a kill of Node's whole process group and ends as soon as either process is gone.
 */
export function startWatchdog(postmaster: number): void {
  if (process.platform === 'win32') return;
  const script = 'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; kill -0 "$2" 2>/dev/null && kill -INT "$2"';
  try {
    const child = spawn('sh', ['-c', script, 'varde-pg-watchdog', String(process.pid), String(postmaster)], { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No shell: the next start still recovers through pg.owner.
  }
}
