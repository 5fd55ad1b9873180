import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { freePort } from '../db/embedded.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { startVarde } from './start.js';

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
