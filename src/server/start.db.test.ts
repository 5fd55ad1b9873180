import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { freePort } from '../db/embedded.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { startVarde } from './start.js';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { demoCoordinator } from '../modules/demo/people.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function startOn(url: string) {
  const port = await freePort();
  return startVarde({ ...readConfig({ DATABASE_URL: url, PORT: String(port) }), logLevel: 'silent' });
}

describe('start-up on DATABASE_URL', () => {
  it('migrates, loads the demo programmes once, answers /health, prints a working link, and stops cleanly', async () => {
    const first = await startOn(database.url);
    expect(first.demoSignInLink).toMatch(/^http:\/\/localhost:\d+\/auth\/link\?token=[\w-]{43}$/);
    const health = await fetch(`${first.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
    const page = await fetch(first.demoSignInLink!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('koordinator@varde.example');
    await first.stop();
    await expect(fetch(`${first.url}/health`)).rejects.toThrow();

    const second = await startOn(database.url);
    await second.stop();
    const { rows } = await database.pool.query('select kind, count(*)::int as n from programmes group by kind order by kind');
    expect(rows).toEqual([
      { kind: 'codesign', n: 1 },
      { kind: 'learning_network', n: 1 },
    ]);
    const municipalities = await database.pool.query(
      `select p.kind, count(*)::int as n from programme_municipalities m join programmes p on p.id = m.programme_id group by p.kind order by p.kind`,
    );
    expect(municipalities.rows).toEqual([
      { kind: 'codesign', n: 4 },
      { kind: 'learning_network', n: 15 },
    ]);
    const services = await database.pool.query('select count(*)::int as n from services');
    expect(services.rows[0].n).toBe(20);
  });

  it('lets in-flight requests finish when stopping', async () => {
    const varde = await startOn(database.url);
    // Headers first, body later: the request is certainly in flight when stop() begins.
    const body = JSON.stringify({ language: 'nn' });
    const req = request(`${varde.url}/api/v1/language`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), origin: varde.url },
    });
    const answered = new Promise<number>((resolve, reject) => {
      req.on('response', (res) => (res.resume(), resolve(res.statusCode!)));
      req.on('error', reject);
    });
    req.flushHeaders();
    await new Promise((r) => setTimeout(r, 200));
    const stopped = varde.stop();
    await new Promise((r) => setTimeout(r, 100));
    req.end(body);
    expect(await answered).toBe(204);
    await stopped;
  });
});

describe('stopping with a sign-in e-mail still on its way', () => {
  it('waits for the background sign-in mail before closing the pool (issue 11 item 10)', async () => {
    // A slow mail server: it accepts the message 2 s after receiving it.
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => setTimeout(() => (received.push(session.envelope.rcptTo.map((r) => r.address).join()), callback()), 2_000));
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    try {
      const port = await freePort();
      const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
      const varde = await startVarde({ ...readConfig({ DATABASE_URL: database.url, PORT: String(port), SMTP_URL: smtpUrl }), logLevel: 'silent' });
      const res = await fetch(`${varde.url}/api/v1/auth/sign-in-link`, { method: 'POST', headers: { 'content-type': 'application/json', origin: varde.url }, body: JSON.stringify({ email: demoCoordinator.email }) });
      expect(res.status).toBe(202);
      await varde.stop();
      expect(received).toEqual([demoCoordinator.email]);
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  }, 60_000);
});

describe('the address it listens on (issue 11 item 11)', () => {
  // Another address of this machine (not loopback); without one there is nothing to show.
  const lan = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  it.skipIf(!lan)('answers on 127.0.0.1 only unless HOST says otherwise', async () => {
    expect(readConfig({}).host).toBe('127.0.0.1');
    const local = await startOn(database.url);
    try {
      const port = new URL(local.url).port;
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      await expect(fetch(`http://${lan}:${port}/health`)).rejects.toThrow();
    } finally {
      await local.stop();
    }
    const port = await freePort();
    const everywhere = await startVarde({ ...readConfig({ DATABASE_URL: database.url, PORT: String(port), HOST: '0.0.0.0' }), logLevel: 'silent' });
    try {
      expect((await fetch(`http://${lan}:${port}/health`)).status).toBe(200);
    } finally {
      await everywhere.stop();
    }
  }, 60_000);
});
