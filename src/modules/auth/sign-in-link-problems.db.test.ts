import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInMailsSettled } from './request-link.js';
import { createTestApp, testOrigin, type TestApp } from '../../../test/support/app.js';
import { htmlText, linkIn, postForm, sessionCookieFrom } from '../../../test/support/http.js';
import { translate, type Language } from '../../i18n/index.js';
import { hashSecret } from './secrets.js';
import { findOrCreateUser, type User } from './users.js';

// What happens to links that can no longer sign anyone in: used, expired, unknown, or raced.

let t: TestApp;
let user: User;

beforeAll(async () => {
  t = await createTestApp();
  user = await findOrCreateUser(t.database.db, { email: 'ola@test.example', name: 'Ola', language: 'nn' });
});
afterAll(() => t?.close());

/** A fresh link through the public API, as the e-mail would carry it. */
async function freshLink(): Promise<{ url: string; token: string }> {
  const before = t.sentMail.length;
  const res = await t.call('POST', '/api/v1/auth/sign-in-link', { body: { email: user.email } });
  expect(res.status).toBe(202);
  await signInMailsSettled();
  expect(t.sentMail).toHaveLength(before + 1);
  return linkIn(t.sentMail.at(-1)!.text);
}

const open = (url: string, lang?: Language) => t.app.request(url, { headers: lang ? { 'accept-language': lang } : {} });
const confirm = (token: string, lang?: Language) =>
  t.app.request(...postForm('/auth/link', { token }, lang ? { 'accept-language': lang } : {}));

/** A 410 problem page with the given message, a form to ask for a new link, and no session. */
async function expectGone(res: Response, lang: Language, key: 'auth.linkUsed' | 'auth.linkExpired' | 'auth.linkInvalid') {
  expect(res.status).toBe(410);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(sessionCookieFrom(res)).toBeUndefined();
  const page = await res.text();
  expect(page).toContain(`<html lang="${lang}">`);
  expect(htmlText(page)).toContain(translate(lang, key));
  expect(page).toContain('<form method="post" action="/auth/request-link">');
}

async function sessionCount(): Promise<number> {
  const { rows } = await t.database.pool.query('select count(*)::int as n from sessions where user_id = $1', [user.id]);
  return rows[0].n;
}

describe('sign-in links that no longer work', () => {
  it('a used link answers 410 “already used” (bokmål and nynorsk) and starts no session', async () => {
    const link = await freshLink();
    const first = await confirm(link.token);
    expect(first.status).toBe(303);
    expect(sessionCookieFrom(first)).toBeDefined();
    const sessions = await sessionCount();

    await expectGone(await confirm(link.token), 'nb', 'auth.linkUsed');
    await expectGone(await confirm(link.token, 'nn'), 'nn', 'auth.linkUsed');
    await expectGone(await open(link.url, 'nn'), 'nn', 'auth.linkUsed');
    expect(translate('nb', 'auth.linkUsed')).toBe('Innloggingslenken er allerede brukt. Hver lenke virker bare én gang. Be om en ny lenke nedenfor.');
    expect(translate('nn', 'auth.linkUsed')).toBe('Innloggingslenkja er alt brukt. Kvar lenkje verkar berre éin gong. Be om ei ny lenkje nedanfor.');
    expect(await sessionCount()).toBe(sessions);
  });

  it('an expired link answers 410 “expired” when opened and when confirmed', async () => {
    const link = await freshLink();
    const moved = await t.database.pool.query(`update sign_in_links set expires_at = now() - interval '1 minute' where token_hash = $1`, [
      hashSecret(link.token),
    ]);
    expect(moved.rowCount).toBe(1);
    const sessions = await sessionCount();

    await expectGone(await open(link.url), 'nb', 'auth.linkExpired');
    await expectGone(await open(link.url, 'nn'), 'nn', 'auth.linkExpired');
    await expectGone(await confirm(link.token, 'nn'), 'nn', 'auth.linkExpired');
    await expectGone(await confirm(link.token), 'nb', 'auth.linkExpired');
    expect(await sessionCount()).toBe(sessions);
    const { rows } = await t.database.pool.query('select used_at from sign_in_links where token_hash = $1', [hashSecret(link.token)]);
    expect(rows).toEqual([{ used_at: null }]);
  });

  it('a link that expires just before it is confirmed cannot be used either', async () => {
    const link = await freshLink();
    expect((await open(link.url)).status).toBe(200);
    await t.database.pool.query(`update sign_in_links set expires_at = now() - interval '1 minute' where token_hash = $1`, [hashSecret(link.token)]);
    await expectGone(await confirm(link.token), 'nb', 'auth.linkExpired');
  });

  it('a garbage, empty or missing token answers 410 “invalid”', async () => {
    const sessions = await sessionCount();
    await expectGone(await open(`${testOrigin}/auth/link?token=not-a-real-token`), 'nb', 'auth.linkInvalid');
    await expectGone(await open(`${testOrigin}/auth/link?token=not-a-real-token`, 'nn'), 'nn', 'auth.linkInvalid');
    await expectGone(await open(`${testOrigin}/auth/link`), 'nb', 'auth.linkInvalid');
    await expectGone(await confirm('not-a-real-token', 'nn'), 'nn', 'auth.linkInvalid');
    await expectGone(await confirm(''), 'nb', 'auth.linkInvalid');
    // The hash of a real token is no token.
    const link = await freshLink();
    await expectGone(await confirm(hashSecret(link.token)), 'nb', 'auth.linkInvalid');
    expect(await sessionCount()).toBe(sessions);
  });

  it('two concurrent confirmations of one fresh link: exactly one gets a session', async () => {
    for (let round = 0; round < 3; round++) {
      const link = await freshLink();
      const sessions = await sessionCount();
      const answers = await Promise.all([confirm(link.token), confirm(link.token)]);
      const winners = answers.filter((res) => sessionCookieFrom(res));
      const losers = answers.filter((res) => !sessionCookieFrom(res));
      expect(winners).toHaveLength(1);
      expect(winners[0].status).toBe(303);
      expect(losers).toHaveLength(1);
      await expectGone(losers[0], 'nb', 'auth.linkUsed');
      expect(await sessionCount()).toBe(sessions + 1);
    }
  });

  it('a confirmation posted from another site is refused before the link is used', async () => {
    const link = await freshLink();
    const res = await t.app.request(...postForm('/auth/link', { token: link.token }, { origin: 'https://evil.example' }));
    expect(res.status).toBe(403);
    expect(sessionCookieFrom(res)).toBeUndefined();
    const ok = await confirm(link.token);
    expect(ok.status).toBe(303);
    expect(sessionCookieFrom(ok)).toBeDefined();
  });
});
