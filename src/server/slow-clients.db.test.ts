import { connect as tcp, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { readConfig } from '../config.js';
import { freePort } from '../db/embedded.js';
import { startSession } from '../modules/auth/sessions.js';
import { findOrCreateUser } from '../modules/auth/users.js';
import { bodyBudget, bodyTiming } from './middleware/read-body.js';
import { startVarde, type RunningVarde } from './start.js';

let database: TestDatabase;
let varde: RunningVarde;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  port = await freePort();
  varde = await startVarde({ ...readConfig({ DATABASE_URL: database.url, PORT: String(port), VARDE_DEMO: 'off' }), logLevel: 'silent' });
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.destroy();
});
afterAll(async () => {
  await varde.stop();
  await database.drop();
});

/** Sends the headers and the first bytes of a body that claims to be longer, then goes quiet. */
function partialPost(path: string, opts: { declared?: number; sent?: string; type?: string; method?: string } = {}): Promise<{ socket: Socket; answer: Promise<string> }> {
  const declared = opts.declared ?? 1000;
  return new Promise((resolve, reject) => {
    const socket = tcp(port, '127.0.0.1', () => {
      socket.write(
        `${opts.method ?? 'POST'} ${path} HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: http://localhost:${port}\r\nContent-Type: ${opts.type ?? 'application/x-www-form-urlencoded'}\r\nContent-Length: ${declared}\r\n\r\n${opts.sent ?? 'code=12'}`,
      );
      let text = '';
      const answer = new Promise<string>((done) => {
        socket.on('data', (d) => (text += d.toString()));
        socket.on('close', () => done(text));
        socket.on('error', () => done(text));
      });
      resolve({ socket, answer });
    });
    sockets.push(socket);
    socket.on('error', reject);
  });
}

async function timed(url: string, init?: RequestInit): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

describe('slow clients', () => {
  it('twenty half-sent bodies (check-in, an API call) hold no database connection: /health, a signed-in call and a write still answer at once', async () => {
    const user = await findOrCreateUser(database.db, { email: 'treig.test@varde.example', name: 'Treig Test' });
    const session = await startSession(database.db, user.id, 'link');
    await Promise.all([
      ...Array.from({ length: 5 }, () => partialPost('/check-in')),
      ...Array.from({ length: 15 }, () => partialPost('/api/v1/language', { method: 'PUT', type: 'application/json', sent: '{"lang' })),
    ]);
    await new Promise((r) => setTimeout(r, 300));

    const health = await timed(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(1_000);
    const signedIn = await timed(`http://127.0.0.1:${port}/api/v1/session`, { headers: { cookie: `varde_session=${session.secret}` } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.ms).toBeLessThan(1_000);
    // A write by someone else goes through too (it needs a pool connection for its transaction).
    const write = await timed(`http://127.0.0.1:${port}/api/v1/language`, {
      method: 'PUT',
      headers: { cookie: `varde_session=${session.secret}`, 'x-csrf-token': session.csrfToken, origin: `http://localhost:${port}`, 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'nn' }),
    });
    expect(write.status).toBe(204);
  });

  it('answers a stalled body with 408 and a message in the person’s language, and closes the connection', async () => {
    const saved = { ...bodyTiming };
    bodyTiming.idleMs = 400;
    try {
      const { answer } = await partialPost('/api/v1/language', { method: 'PUT', type: 'application/json', sent: '{"lang' });
      const text = await answer;
      expect(text).toMatch(/^HTTP\/1\.1 408/);
      expect(text).toMatch(/connection: close/i);
      expect(text).toContain('application/problem+json');
      expect(text).toContain('Forespørselen kom ikke fram i tide');
    } finally {
      Object.assign(bodyTiming, saved);
    }
  });

  it('refuses a participant form body over 1 MB without reading it', async () => {
    const { answer } = await partialPost('/i/unknown-token/reply', { declared: 2 * 1024 * 1024 });
    expect(await answer).toMatch(/^HTTP\/1\.1 413/);
  });

  it('answers 503 with Retry-After when too much is buffered at once, and frees the budget afterwards', async () => {
    const saved = bodyBudget.maxBufferedBytes;
    bodyBudget.maxBufferedBytes = 1_000;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/check-in`, { method: 'POST', headers: { origin: `http://localhost:${port}`, 'content-type': 'application/x-www-form-urlencoded' }, body: `code=${'x'.repeat(5_000)}` });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('10');
      expect(((await res.json()) as { detail: string }).detail).toMatch(/Prøv igjen om litt/);
    } finally {
      bodyBudget.maxBufferedBytes = saved;
    }
    const after = await fetch(`http://127.0.0.1:${port}/check-in`, { method: 'POST', headers: { origin: `http://localhost:${port}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'code=AAAA' });
    expect(after.status).not.toBe(503);
  });

  it('still reads a complete body sent in slow pieces', async () => {
    const saved = { ...bodyTiming };
    bodyTiming.idleMs = 1_000;
    try {
      const user = await findOrCreateUser(database.db, { email: 'sakte.test@varde.example', name: 'Sakte Test' });
      const session = await startSession(database.db, user.id, 'link');
      const body = JSON.stringify({ language: 'en' });
      const { socket, answer } = await new Promise<{ socket: Socket; answer: Promise<string> }>((resolve) => {
        const s = tcp(port, '127.0.0.1', () => {
          s.write(
            `PUT /api/v1/language HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: http://localhost:${port}\r\nCookie: varde_session=${session.secret}\r\nX-CSRF-Token: ${session.csrfToken}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
          );
          let text = '';
          resolve({ socket: s, answer: new Promise((done) => (s.on('data', (d) => (text += d.toString())), s.on('close', () => done(text)))) });
        });
        sockets.push(s);
      });
      for (const ch of body) {
        socket.write(ch);
        await new Promise((r) => setTimeout(r, 60));
      }
      expect(await answer).toMatch(/^HTTP\/1\.1 204/);
    } finally {
      Object.assign(bodyTiming, saved);
    }
  });
});
