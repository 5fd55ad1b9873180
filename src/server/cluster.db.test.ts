import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../db/embedded.js';
import { InstrumentDefinitionSchema } from '../modules/questionnaires/definition.js';
import { tokenHash } from '../modules/questionnaires/keys.js';

// `npm start` as a cluster (VARDE_WORKERS=2) on the embedded database: a worker killed with SIGKILL is
// replaced while the other answers; the primary killed with SIGKILL takes its workers and (through the
// watchdog) PostgreSQL with it; the next start recovers, and every acknowledged submission is there.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const children: ChildProcess[] = [];
let dataDir: string | undefined;

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
}

function start(dir: string, port: number): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, VARDE_DATA_DIR: dir, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, VARDE_DEMO: 'off', LOG_LEVEL: 'warn', HOST: '', VARDE_WORKERS: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  return { child, port, output: () => text };
}

/** Polls `check` until it holds (no fixed sleeps); fails with `what` after a generous deadline. */
async function until(what: string, check: () => boolean | Promise<boolean>, ms = 120_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await check()) return;
  throw new Error(`timed out waiting: ${what}`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};
/** The Node processes the primary forked (its HTTP workers). */
const workersOf = (primary: number) =>
  readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((e) => {
      try {
        const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === primary && readFileSync(`/proc/${e}/cmdline`, 'utf8').includes('src/main.ts');
      } catch {
        return false;
      }
    })
    .map(Number);
const postmasterOf = (dir: string) => (existsSync(path.join(dir, 'pg', 'postmaster.pid')) ? Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) : undefined);
const exited = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r())));

async function client(dir: string): Promise<pg.Client> {
  const port = Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const c = new pg.Client({ host: '127.0.0.1', port, user: 'varde', password: readFileSync(path.join(dir, 'pg.password'), 'utf8').trim(), database: 'varde' });
  await c.connect();
  return c;
}

const points = [1, 2, 3].map((value) => ({ value, label: { nb: `${value}`, nn: `${value}`, en: `${value}` } }));
const definition = InstrumentDefinitionSchema.parse({
  name: 'cluster', title: { nb: 'Klynge', nn: 'Klynge', en: 'Cluster' }, languages: ['nb', 'nn', 'en'],
  sections: [{ name: 's', items: ['a', 'b'].map((name) => ({ name, type: 'likert', required: true, points, label: { nb: name, nn: name, en: name } })) }],
  scales: [{ name: 'total', label: { nb: 'Sum', nn: 'Sum', en: 'Total' }, items: ['a', 'b'], method: 'sum', minAnswered: 2 }],
});

/** An open anonymous survey with a public link, made straight in the database; returns the link's path. */
async function openSurvey(c: pg.Client): Promise<string> {
  const token = randomBytes(18).toString('base64url');
  const programme = await c.query(`insert into programmes (kind, name, starts_on, ends_on) values ('learning_network', 'Klynge', '2026-01-01', '2026-12-31') returning id`);
  const instrument = await c.query(`insert into instruments (programme_id, title) values ($1, $2) returning id`, [programme.rows[0].id, definition.title]);
  const version = await c.query(`insert into instrument_versions (instrument_id, version, status, definition, published_at) values ($1, 1, 'published', $2, now()) returning id`, [instrument.rows[0].id, definition]);
  await c.query(`insert into surveys (programme_id, instrument_version_id, title, mode, display, status, public_token_hash) values ($1, $2, $3, 'anonymous', 'whole', 'open', $4)`, [programme.rows[0].id, version.rows[0].id, definition.title, tokenHash(token)]);
  return `/s/${token}`;
}

/** Posts the whole form as a new respondent on a new connection; true when the receipt came back (the answer is acknowledged). */
function submit(port: number, surveyPath: string, a: number): Promise<boolean> {
  const body = new URLSearchParams({ _screen: '1', _lang: 'nb', _action: 'submit', a: String(a), b: '3' }).toString();
  return new Promise((resolve, reject) => {
    // A connection of its own: a kept-alive one may belong to the worker the test has just killed.
    const req = http.request({ host: '127.0.0.1', port, path: surveyPath, method: 'POST', agent: false, headers: { origin: `http://localhost:${port}`, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let html = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (html += d));
      res.on('end', () => resolve(res.statusCode === 200 && html.includes('data-testid="receipt"')));
    });
    req.on('error', reject);
    req.setTimeout(60_000, () => req.destroy(new Error('no answer within a minute')));
    req.end(body);
  });
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map(exited));
  const pid = dataDir ? postmasterOf(dataDir) : undefined;
  if (pid && alive(pid)) process.kill(pid, 'SIGINT');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

// Own embedded clusters only (never the test server): run once, not again on the second database project.
const onSecondServer = process.env.TEST_DATABASE_URL !== undefined && inject('adminDatabaseUrl') === process.env.TEST_DATABASE_URL;

describe.skipIf(onSecondServer)('npm start as a cluster of HTTP workers', () => {
  it('replaces a killed worker, follows a killed primary down, recovers on the next start and loses no acknowledged answer', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'varde-cluster-'));
    const first = start(dataDir, await freePort());
    await until('the cluster to start', () => {
      if (first.child.exitCode !== null) throw new Error(first.output());
      return /Varde is running/.test(first.output());
    });
    const primary = first.child.pid!;
    expect(workersOf(primary)).toHaveLength(2);
    const db = await client(dataDir);
    const surveyPath = await openSurvey(db);
    await db.end();
    let acknowledged = 0;
    for (let i = 0; i < 4; i++) if (await submit(first.port, surveyPath, 1)) acknowledged++;
    expect(acknowledged).toBe(4);

    // A worker dies: the other goes on answering, and the primary starts a replacement.
    const [victim, survivor] = workersOf(primary);
    process.kill(victim, 'SIGKILL');
    // Once the primary has seen it go, no new connection is handed to it.
    await until('the primary to see the worker end', () => !workersOf(primary).includes(victim) && /an HTTP worker ended/.test(first.output()));
    expect(await submit(first.port, surveyPath, 2)).toBe(true);
    acknowledged++;
    await until('a replacement worker', () => workersOf(primary).filter((p) => p !== survivor).length === 1);
    await until('the cluster to answer', async () => (await fetch(`http://127.0.0.1:${first.port}/health`).catch(() => null))?.status === 200);

    // The primary dies: its workers end, and the watchdog stops PostgreSQL.
    const workers = workersOf(primary);
    const postmaster = postmasterOf(dataDir)!;
    first.child.kill('SIGKILL');
    await exited(first.child);
    await until('the workers to end with their primary', () => workers.every((p) => !alive(p)));
    await until('the watchdog to stop PostgreSQL', () => !alive(postmaster));

    // The next start recovers the data directory; every acknowledged submission is stored, complete and scored.
    const second = start(dataDir, await freePort());
    await until('the restart', () => {
      if (second.child.exitCode !== null) throw new Error(second.output());
      return /Varde is running/.test(second.output());
    });
    const after = await client(dataDir);
    const { rows } = await after.query(`select status, scores from responses`);
    await after.end();
    expect(rows).toHaveLength(acknowledged);
    for (const r of rows) expect(r.status).toBe('complete');
    expect(rows.map((r) => r.scores.total).sort()).toEqual([4, 4, 4, 4, 5]);
    second.child.kill('SIGTERM');
    await exited(second.child);
    expect(second.child.exitCode).toBe(0);
    expect(postmasterOf(dataDir)).toBeUndefined();
  }, 300_000);
});
