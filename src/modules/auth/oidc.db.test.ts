import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testOrigin, type TestApp } from '../../../test/support/app.js';
import { htmlText, sessionCookieFrom, setCookies } from '../../../test/support/http.js';
import { startOidcProvider, type TestOidcProvider } from '../../../test/support/oidc-provider.js';
import { translate } from '../../i18n/index.js';
import { createOidcClient } from './oidc.js';
import { findOrCreateUser, getUserById, type User } from './users.js';

// Sign-in through a real OpenID Provider (node-oidc-provider) on this machine: authorization code
// flow with PKCE, state and nonce, a confidential client, and the ID token checked by openid-client.

const redirectUri = `${testOrigin}/auth/oidc/callback`;
const label = 'Testinnlogging';
let op: TestOidcProvider;
let t: TestApp;
let anne: User;

beforeAll(async () => {
  op = await startOidcProvider({ redirectUri });
  op.accounts.set('anne-sub', { email: 'Anne@Test.example', name: 'Anne Provider' });
  op.accounts.set('stranger-sub', { email: 'stranger@test.example', name: 'Stranger' });
  op.accounts.set('unverified-sub', { email: 'anne@test.example', emailVerified: false, name: 'Not Anne' });
  const oidc = createOidcClient({ issuer: op.issuer, clientId: 'varde', clientSecret: 'secret', redirectUri, label });
  t = await createTestApp({ oidc });
  anne = await findOrCreateUser(t.database.db, { email: 'anne@test.example', name: 'Anne', language: 'nn' });
});
afterAll(async () => {
  await t?.close();
  await op?.close();
});

/** GET /auth/oidc/start: the redirect to the provider and the varde_oidc cookie that remembers it. */
async function start(): Promise<{ authorizationUrl: string; cookie: string }> {
  const res = await t.app.request(`${testOrigin}/auth/oidc/start`);
  expect(res.status).toBe(302);
  const pending = setCookies(res).get('varde_oidc');
  expect(pending).toBeDefined();
  expect(pending!.attributes).toHaveProperty('httponly');
  expect(pending!.attributes.path).toBe('/auth/oidc');
  return { authorizationUrl: res.headers.get('location')!, cookie: `varde_oidc=${pending!.value}` };
}

/** The whole browser round trip: start at Varde, sign in at the provider as `subject`, come back. */
async function roundTrip(subject: string, tamper?: (callback: URL) => void, lang = 'nn'): Promise<Response> {
  const { authorizationUrl, cookie } = await start();
  const callback = await op.signIn(authorizationUrl, subject);
  expect(callback.href.startsWith(`${redirectUri}?`)).toBe(true);
  expect(callback.searchParams.get('code')).toBeTruthy();
  tamper?.(callback);
  return t.app.request(callback.href, { headers: { cookie, 'accept-language': lang } });
}

async function whoIs(cookie: string) {
  const res = await t.app.request(`${testOrigin}/api/v1/session`, { headers: { cookie } });
  return ((await res.json()) as { user: { id: string; email: string } | null }).user;
}

async function sessionCount(): Promise<number> {
  const { rows } = await t.database.pool.query('select count(*)::int as n from sessions');
  return rows[0].n;
}

describe('sign-in with OpenID Connect', () => {
  it('/auth/oidc/start sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const { authorizationUrl } = await start();
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(op.issuer);
    expect(url.searchParams.get('client_id')).toBe('varde');
    expect(url.searchParams.get('redirect_uri')).toBe(redirectUri);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
  });

  it('a registered e-mail signs in, and the identity is linked to that user', async () => {
    const requestsBefore = op.requests.length;
    const res = await roundTrip('anne-sub');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    // The ID token carries only `sub`; the e-mail came from the UserInfo endpoint.
    expect(op.requests.slice(requestsBefore)).toEqual(expect.arrayContaining(['POST /token', 'GET /me']));
    const session = setCookies(res).get('varde_session');
    expect(session?.attributes).toHaveProperty('httponly');
    expect(session?.attributes.samesite).toBe('Lax');
    // The one-time OIDC cookie is cleared.
    expect(setCookies(res).get('varde_oidc')?.value).toBe('');
    const user = await whoIs(sessionCookieFrom(res)!);
    expect(user).toMatchObject({ id: anne.id, email: 'anne@test.example' });
    expect((await getUserById(t.database.db, anne.id))?.oidcIdentity).toBe(`${op.issuer}|anne-sub`);
    const audit = await t.database.pool.query(`select after from audit_log where actor_id = $1 and action = 'auth.sign_in'`, [anne.id]);
    expect(audit.rows).toEqual([{ after: { method: 'oidc' } }]);
  });

  it('later sign-ins go by the linked subject, even when the provider’s e-mail has changed', async () => {
    op.accounts.set('anne-sub', { email: 'anne.new@elsewhere.example', name: 'Anne Provider' });
    try {
      const res = await roundTrip('anne-sub');
      expect(res.status).toBe(303);
      expect(await whoIs(sessionCookieFrom(res)!)).toMatchObject({ id: anne.id, email: 'anne@test.example' });
    } finally {
      op.accounts.set('anne-sub', { email: 'Anne@Test.example', name: 'Anne Provider' });
    }
  });

  it('another subject with the same e-mail does not take over an account already linked', async () => {
    op.accounts.set('impostor-sub', { email: 'anne@test.example', name: 'Someone Else' });
    const before = await sessionCount();
    const res = await roundTrip('impostor-sub');
    expect(res.status).toBe(403);
    expect(sessionCookieFrom(res)).toBeUndefined();
    expect(await sessionCount()).toBe(before);
  });

  it('an account whose e-mail is not registered gets 403 “not registered” and no session', async () => {
    const before = await sessionCount();
    const res = await roundTrip('stranger-sub');
    expect(res.status).toBe(403);
    expect(sessionCookieFrom(res)).toBeUndefined();
    expect(htmlText(await res.text())).toContain(translate('nn', 'auth.oidcNoAccount'));
    expect(await sessionCount()).toBe(before);
    const { rows } = await t.database.pool.query(`select count(*)::int as n from users where email = 'stranger@test.example'`);
    expect(rows[0].n).toBe(0);
  });

  it('an e-mail the provider has not verified does not sign anyone in', async () => {
    const before = await sessionCount();
    const res = await roundTrip('unverified-sub', undefined, 'nb');
    expect(res.status).toBe(403);
    expect(sessionCookieFrom(res)).toBeUndefined();
    expect(htmlText(await res.text())).toContain(translate('nb', 'auth.oidcNoAccount'));
    expect(await sessionCount()).toBe(before);
  });

  it('a callback with a tampered state is refused with 400 “sign-in failed” and no session', async () => {
    const before = await sessionCount();
    const res = await roundTrip('anne-sub', (callback) => callback.searchParams.set('state', 'tampered'));
    expect(res.status).toBe(400);
    expect(sessionCookieFrom(res)).toBeUndefined();
    expect(htmlText(await res.text())).toContain(translate('nn', 'auth.oidcFailed', { provider: label }));
    expect(await sessionCount()).toBe(before);
  });

  it('a callback without the varde_oidc cookie, or with a code used once already, is refused', async () => {
    const { authorizationUrl, cookie } = await start();
    const callback = await op.signIn(authorizationUrl, 'anne-sub');
    const noCookie = await t.app.request(callback.href);
    expect(noCookie.status).toBe(400);
    expect(sessionCookieFrom(noCookie)).toBeUndefined();
    expect(htmlText(await noCookie.text())).toContain(translate('nb', 'auth.oidcFailed', { provider: label }));

    const first = await t.app.request(callback.href, { headers: { cookie } });
    expect(first.status).toBe(303);
    const replay = await t.app.request(callback.href, { headers: { cookie } });
    expect(replay.status).toBe(400);
    expect(sessionCookieFrom(replay)).toBeUndefined();
  });

  it('another flow’s cookie does not fit this callback (state and PKCE are per flow)', async () => {
    const mine = await start();
    const other = await start();
    const callback = await op.signIn(mine.authorizationUrl, 'anne-sub');
    const res = await t.app.request(callback.href, { headers: { cookie: other.cookie } });
    expect(res.status).toBe(400);
    expect(sessionCookieFrom(res)).toBeUndefined();
  });

  it('/session tells the staff app that OIDC sign-in is offered, and under which name', async () => {
    const res = await t.app.request(`${testOrigin}/api/v1/session`);
    expect(await res.json()).toMatchObject({ oidc: { label } });
  });
});

describe('sign-in with a provider that puts the e-mail in the ID token', () => {
  let op2: TestOidcProvider;
  let t2: TestApp;

  beforeAll(async () => {
    op2 = await startOidcProvider({ redirectUri, claimsInIdToken: true });
    op2.accounts.set('bjorn-sub', { email: 'bjorn@test.example', name: 'Bjørn' });
    t2 = await createTestApp({ oidc: createOidcClient({ issuer: op2.issuer, clientId: 'varde', clientSecret: 'secret', redirectUri, label }) });
    await findOrCreateUser(t2.database.db, { email: 'bjorn@test.example', name: 'Bjørn' });
  });
  afterAll(async () => {
    await t2?.close();
    await op2?.close();
  });

  it('signs in without asking UserInfo', async () => {
    const started = await t2.app.request(`${testOrigin}/auth/oidc/start`);
    const cookie = `varde_oidc=${setCookies(started).get('varde_oidc')!.value}`;
    const callback = await op2.signIn(started.headers.get('location')!, 'bjorn-sub');
    const res = await t2.app.request(callback.href, { headers: { cookie } });
    expect(res.status).toBe(303);
    const me = await t2.app.request(`${testOrigin}/api/v1/session`, { headers: { cookie: sessionCookieFrom(res)! } });
    expect(await me.json()).toMatchObject({ user: { email: 'bjorn@test.example' } });
    expect(op2.requests).toContain('POST /token');
    expect(op2.requests).not.toContain('GET /me');
  });
});
