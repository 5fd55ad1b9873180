import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInMailsSettled } from './request-link.js';
import { createTestApp, testOrigin, type TestApp } from '../../../test/support/app.js';
import { linkIn, postForm, sessionCookieFrom, setCookies } from '../../../test/support/http.js';
import { hashSecret } from './secrets.js';
import { findOrCreateUser, type User } from './users.js';

// Sessions made by a real sign-in: signing out, expiry, and the CSRF token that guards changes.

let t: TestApp;
let user: User;

beforeAll(async () => {
  t = await createTestApp();
  user = await findOrCreateUser(t.database.db, { email: 'siri@test.example', name: 'Siri', language: 'nb' });
});
afterAll(() => t?.close());

/** Signs in through the e-mailed link and reads the CSRF token the staff app would use. */
async function signIn(): Promise<{ cookie: string; csrfToken: string; secret: string }> {
  const asked = await t.call('POST', '/api/v1/auth/sign-in-link', { body: { email: user.email } });
  expect(asked.status).toBe(202);
  await signInMailsSettled();
  const res = await t.app.request(...postForm('/auth/link', { token: linkIn(t.sentMail.at(-1)!.text).token }));
  expect(res.status).toBe(303);
  const cookie = sessionCookieFrom(res)!;
  const session = await get('/api/v1/session', cookie);
  expect(session.status).toBe(200);
  const body = (await session.json()) as { user: { id: string } | null; csrfToken: string | null };
  expect(body.user?.id).toBe(user.id);
  expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
  return { cookie, csrfToken: body.csrfToken!, secret: cookie.slice('varde_session='.length) };
}

const get = (path: string, cookie?: string) => t.app.request(`${testOrigin}${path}`, { headers: cookie ? { cookie } : {} });
const signOut = (cookie: string, headers: Record<string, string> = {}) =>
  t.app.request(`${testOrigin}/api/v1/auth/sign-out`, { method: 'POST', headers: { origin: testOrigin, cookie, ...headers } });

describe('sessions', () => {
  it('anonymous callers get user null from /session and 401 from the API', async () => {
    const session = await get('/api/v1/session');
    expect(await session.json()).toMatchObject({ user: null, csrfToken: null });
    const res = await get('/api/v1/programmes');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('signing out with the CSRF token ends the session: 204, cookie cleared, then 401', async () => {
    const s = await signIn();
    expect((await get('/api/v1/programmes', s.cookie)).status).toBe(200);

    const res = await signOut(s.cookie, { 'x-csrf-token': s.csrfToken });
    expect(res.status).toBe(204);
    const cleared = setCookies(res).get('varde_session');
    expect(cleared?.value).toBe('');
    expect(cleared?.attributes['max-age']).toBe('0');

    expect((await get('/api/v1/programmes', s.cookie)).status).toBe(401);
    expect(await (await get('/api/v1/session', s.cookie)).json()).toMatchObject({ user: null, csrfToken: null });
    const { rows } = await t.database.pool.query('select count(*)::int as n from sessions where secret_hash = $1', [hashSecret(s.secret)]);
    expect(rows[0].n).toBe(0);
    const audit = await t.database.pool.query(`select count(*)::int as n from audit_log where actor_id = $1 and action = 'auth.sign_out'`, [user.id]);
    expect(audit.rows[0].n).toBe(1);
    // Signing out again with the dead cookie: nobody is signed in.
    expect((await signOut(s.cookie, { 'x-csrf-token': s.csrfToken })).status).toBe(401);
  });

  it('signing out ends only that session, not the user’s others', async () => {
    const a = await signIn();
    const b = await signIn();
    expect((await signOut(a.cookie, { 'x-csrf-token': a.csrfToken })).status).toBe(204);
    expect((await get('/api/v1/programmes', a.cookie)).status).toBe(401);
    expect((await get('/api/v1/programmes', b.cookie)).status).toBe(200);
  });

  it('without the CSRF header (or with another session’s) sign-out is refused with 403 and the session lives on', async () => {
    const s = await signIn();
    const other = await signIn();
    const missing = await signOut(s.cookie);
    expect(missing.status).toBe(403);
    expect(missing.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(sessionCookieFrom(missing)).toBeUndefined();
    expect(setCookies(missing).has('varde_session')).toBe(false);
    expect((await signOut(s.cookie, { 'x-csrf-token': other.csrfToken })).status).toBe(403);
    expect((await signOut(s.cookie, { 'x-csrf-token': '' })).status).toBe(403);
    expect((await get('/api/v1/programmes', s.cookie)).status).toBe(200);
  });

  it('a state-changing request from another origin is refused even with the right token', async () => {
    const s = await signIn();
    const res = await signOut(s.cookie, { 'x-csrf-token': s.csrfToken, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await get('/api/v1/programmes', s.cookie)).status).toBe(200);
  });

  it('an expired session is not accepted: 401', async () => {
    const s = await signIn();
    expect((await get('/api/v1/programmes', s.cookie)).status).toBe(200);
    const moved = await t.database.pool.query(`update sessions set expires_at = now() - interval '1 minute' where secret_hash = $1`, [hashSecret(s.secret)]);
    expect(moved.rowCount).toBe(1);
    expect((await get('/api/v1/programmes', s.cookie)).status).toBe(401);
    expect(await (await get('/api/v1/session', s.cookie)).json()).toMatchObject({ user: null });
    // Using it does not bring it back to life.
    const { rows } = await t.database.pool.query('select expires_at < now() as expired from sessions where secret_hash = $1', [hashSecret(s.secret)]);
    expect(rows).toEqual([{ expired: true }]);
  });

  it('use slides the idle expiry forward, but never past seven days from sign-in', async () => {
    const s = await signIn();
    await t.database.pool.query(`update sessions set expires_at = now() + interval '1 minute' where secret_hash = $1`, [hashSecret(s.secret)]);
    expect((await get('/api/v1/programmes', s.cookie)).status).toBe(200);
    const slid = await t.database.pool.query(`select expires_at > now() + interval '7 hours' as slid from sessions where secret_hash = $1`, [hashSecret(s.secret)]);
    expect(slid.rows).toEqual([{ slid: true }]);

    await t.database.pool.query(
      `update sessions set created_at = now() - interval '7 days' + interval '1 minute', expires_at = now() + interval '1 minute' where secret_hash = $1`,
      [hashSecret(s.secret)],
    );
    expect((await get('/api/v1/programmes', s.cookie)).status).toBe(200);
    const capped = await t.database.pool.query(`select expires_at <= created_at + interval '7 days' as capped from sessions where secret_hash = $1`, [
      hashSecret(s.secret),
    ]);
    expect(capped.rows).toEqual([{ capped: true }]);
  });

  it('a made-up session cookie is nobody', async () => {
    expect((await get('/api/v1/programmes', 'varde_session=made-up')).status).toBe(401);
  });
});
