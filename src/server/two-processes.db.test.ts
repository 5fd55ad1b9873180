import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../../test/support/smtp-server.js';
import { connect, type DatabaseHandle } from '../db/client.js';
import { findOrCreateUser } from '../modules/auth/users.js';
import { rules } from '../modules/ratelimits/limits.js';

/**
 * Two Varde processes (as `npm start` runs them, with DATABASE_URL) on one fresh, empty database and
 * one data directory (the server key): they migrate together without tripping over each other, and
 * then work as one. A session started on one is valid on the other, a rate limit counts requests to
 * both, and a job both ask for at start runs once.
 */
interface Varde {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

const adminUrl = inject('adminDatabaseUrl');
const dbName = `varde_two_${randomBytes(5).toString('hex')}`;
const dbUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).href;
let dataDir: string;
let smtp: TestSmtpServer;
let a: Varde;
let b: Varde;
let db: DatabaseHandle;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startVarde(): Promise<Varde> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/main.ts'], {
    env: { ...process.env, DATABASE_URL: dbUrl, VARDE_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url, VARDE_DEMO: 'off', LOG_LEVEL: 'info', SMTP_URL: smtp.url, MAIL_FROM: 'Varde <varde@varde.example>' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Varde did not start:\n${out}`)), 90_000);
    child.stdout!.on('data', () => {
      if (out.includes('Varde is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`Varde exited with ${code}:\n${out}`)));
  });
  return {
    url,
    output: () => out,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'varde-two-'));
  smtp = await startSmtpServer();
  // Both at once on an empty database: each applies the migrations at start.
  [a, b] = await Promise.all([startVarde(), startVarde()]);
  db = connect(dbUrl, 2);
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.close();
  await smtp?.close();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

const askForLink = (varde: Varde, email: string) =>
  fetch(`${varde.url}/api/v1/auth/sign-in-link`, { method: 'POST', headers: { origin: varde.url, 'content-type': 'application/json' }, body: JSON.stringify({ email }) });

async function mailTo(email: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mail = smtp.received.find((m) => m.to.includes(email));
    if (mail) return mail;
    if (Date.now() > until) throw new Error(`no mail to ${email}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('two app processes on one PostgreSQL', () => {
  it('both started and migrated the empty database once', async () => {
    const applied = await db.pool.query('select count(*)::int as n, count(distinct hash)::int as distinct_n from drizzle.__drizzle_migrations');
    expect(applied.rows[0].n).toBeGreaterThan(5);
    expect(applied.rows[0].n).toBe(applied.rows[0].distinct_n);
  });

  it('a session started on one process is valid on the other, and ends on both', async () => {
    const email = `to-prosesser-${randomBytes(3).toString('hex')}@varde.example`;
    const user = await findOrCreateUser(db.db, { email, name: 'To Prosesser', language: 'en' });
    expect((await askForLink(a, email)).status).toBe(202);
    const token = /token=([\w-]+)/.exec((await mailTo(email)).text)![1];
    const confirmed = await fetch(`${a.url}/auth/link`, { method: 'POST', redirect: 'manual', headers: { origin: a.url, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token }).toString() });
    expect(confirmed.status).toBe(303);
    const cookie = /varde_session=[\w-]+/.exec(confirmed.headers.get('set-cookie') ?? '')![0];

    const onB = await fetch(`${b.url}/api/v1/session`, { headers: { cookie } });
    const session = (await onB.json()) as { user: { id: string } | null; csrfToken: string };
    expect(session.user?.id).toBe(user.id);
    const out = await fetch(`${b.url}/api/v1/auth/sign-out`, { method: 'POST', headers: { cookie, origin: b.url, 'x-csrf-token': session.csrfToken } });
    expect(out.status).toBe(204);
    const onA = (await (await fetch(`${a.url}/api/v1/session`, { headers: { cookie } })).json()) as { user: unknown };
    expect(onA.user).toBeNull();
  });

  it('a rate limit counts the requests to both processes', async () => {
    const email = `grense-${randomBytes(3).toString('hex')}@varde.example`;
    const statuses: number[] = [];
    for (let i = 0; i < rules.signInEmail.limit; i++) statuses.push((await askForLink(i % 2 ? b : a, email)).status);
    expect(statuses.every((s) => s === 202)).toBe(true);
    const [onA, onB] = [await askForLink(a, email), await askForLink(b, email)];
    expect([onA.status, onB.status]).toEqual([429, 429]);
    expect(Number(onB.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('a job both processes queue at start runs once, and each schedule exists once', async () => {
    const until = Date.now() + 30_000;
    let jobs: { state: string }[] = [];
    while (Date.now() < until) {
      jobs = (await db.pool.query("select state from pgboss.job where name = 'retention.run'")).rows;
      if (jobs.length && jobs.every((j) => j.state === 'completed')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(jobs).toEqual([{ state: 'completed' }]);
    const ran = [a, b].map((v) => v.output().split('\n').filter((l) => l.includes('"job":"retention.run"') && l.includes('job done')).length);
    expect(ran[0] + ran[1]).toBe(1);
    const schedules = (await db.pool.query('select name, count(*)::int as n from pgboss.schedule group by name')).rows as { name: string; n: number }[];
    expect(schedules.length).toBeGreaterThan(0);
    expect(schedules.every((s) => s.n === 1)).toBe(true);
  });
});
