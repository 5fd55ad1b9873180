import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInMailsSettled } from './request-link.js';
import { createTestApp, testOrigin, type TestApp } from '../../../test/support/app.js';
import { htmlText, linkIn, postForm, sessionCookieFrom, setCookies } from '../../../test/support/http.js';
import { startSmtpServer, type TestSmtpServer } from '../../../test/support/smtp-server.js';
import { translate } from '../../i18n/index.js';
import { createMailer } from './mailer.js';
import { findOrCreateUser, type User } from './users.js';

// E-mail sign-in over real SMTP: the app's nodemailer transport talks to an smtp-server on this machine.

let smtp: TestSmtpServer;
let t: TestApp;
let user: User;
const logged: string[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ mailer: createMailer(smtp.url, 'Varde <varde@test.example>', (text) => logged.push(text)) });
  user = await findOrCreateUser(t.database.db, { email: 'Kari.Nordmann@Test.example', name: 'Kari Nordmann', language: 'nn' });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const requestLink = (email: string) =>
  t.app.request(`${testOrigin}/api/v1/auth/sign-in-link`, {
    method: 'POST',
    headers: { origin: testOrigin, 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });

describe('sign-in by e-mailed link over SMTP', () => {
  let link: { url: string; token: string };
  let cookie: string;

  it('e-mails a one-time link, in the user’s language, to a registered address', async () => {
    const before = smtp.received.length;
    const res = await requestLink('kari.nordmann@test.example');
    expect(res.status).toBe(202);
    // The app answers at once; the look-up and the SMTP round trip run in the background.
    await signInMailsSettled();
    expect(smtp.received).toHaveLength(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(['kari.nordmann@test.example']);
    expect(mail.from).toBe('varde@test.example');
    expect(mail.headers.from).toBe('Varde <varde@test.example>');
    expect(mail.subject).toBe('Innloggingslenkje til Varde');
    expect(mail.headers['content-type']).toMatch(/^text\/plain/);
    expect(mail.text).toContain('Hei Kari Nordmann!');
    expect(mail.text).toContain('Bruk denne lenkja for å logge inn i Varde.');
    link = linkIn(mail.text);
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/auth\/link\?token=[\w-]{43}$/);
    expect(logged).toEqual([]);
  });

  it('opening the link shows a confirmation page and does not use the link up', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await t.app.request(link.url, { headers: { 'accept-language': 'nn' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(sessionCookieFrom(res)).toBeUndefined();
      const page = await res.text();
      expect(page).toMatch(/<form method="post" action="\/auth\/link">/);
      expect(page).toContain(`<input type="hidden" name="token" value="${link.token}">`);
      expect(page).toContain(`<button type="submit">${translate('nn', 'auth.confirmButton')}</button>`);
      expect(htmlText(page)).toContain(translate('nn', 'auth.confirmText', { email: 'kari.nordmann@test.example' }));
    }
  });

  it('confirming signs in: 303 to / with an HttpOnly, SameSite=Lax session cookie', async () => {
    const res = await t.app.request(...postForm('/auth/link', { token: link.token }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const set = setCookies(res).get('varde_session');
    expect(set).toBeDefined();
    expect(set!.value).toMatch(/^[\w-]{43}$/);
    expect(set!.attributes).toHaveProperty('httponly');
    expect(set!.attributes.samesite).toBe('Lax');
    expect(set!.attributes.path).toBe('/');
    expect(set!.attributes).not.toHaveProperty('secure'); // plain http on localhost
    cookie = sessionCookieFrom(res)!;
  });

  it('the cookie identifies the user, and the sign-in is audited', async () => {
    const res = await t.app.request(`${testOrigin}/api/v1/session`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { id: string; email: string; language: string }; csrfToken: string; language: string };
    expect(body.user).toMatchObject({ id: user.id, email: 'kari.nordmann@test.example', name: 'Kari Nordmann', language: 'nn' });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(body.language).toBe('nn');

    const programmes = await t.app.request(`${testOrigin}/api/v1/programmes`, { headers: { cookie } });
    expect(programmes.status).toBe(200);

    const audit = await t.database.pool.query<{ action: string; after: unknown }>(
      `select action, after from audit_log where actor_id = $1 and action in ('auth.sign_in', 'auth.link_used') order by id`,
      [user.id],
    );
    expect(audit.rows).toEqual([
      { action: 'auth.link_used', after: null },
      { action: 'auth.sign_in', after: { method: 'link' } },
    ]);
    const sessions = await t.database.db.execute(sql`select method, expires_at > now() as live from sessions where user_id = ${user.id}`);
    expect(sessions.rows).toEqual([{ method: 'link', live: true }]);
  });

  it('an unknown address gets the same 202 and no e-mail', async () => {
    const before = smtp.received.length;
    const res = await requestLink('nobody@test.example');
    expect(res.status).toBe(202);
    await signInMailsSettled();
    expect(smtp.received).toHaveLength(before);
    const links = await t.database.pool.query('select count(*)::int as n from sign_in_links');
    expect(links.rows[0].n).toBe(1);
  });

  it('an address that is not an e-mail address is refused with 400 and nothing is sent', async () => {
    const before = smtp.received.length;
    const res = await requestLink('not-an-address');
    expect(res.status).toBe(400);
    expect(smtp.received).toHaveLength(before);
  });

  it('the no-JavaScript form sends the link the same way and answers without revealing who is registered', async () => {
    const before = smtp.received.length;
    const known = await t.app.request(...postForm('/auth/request-link', { email: 'KARI.NORDMANN@test.example' }, { 'accept-language': 'nn' }));
    const unknown = await t.app.request(...postForm('/auth/request-link', { email: 'nobody@test.example' }, { 'accept-language': 'nn' }));
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    await signInMailsSettled();
    expect(htmlText(await known.text())).toBe(htmlText(await unknown.text()));
    expect(smtp.received).toHaveLength(before + 1);
    expect(smtp.received.at(-1)!.to).toEqual(['kari.nordmann@test.example']);
    expect(linkIn(smtp.received.at(-1)!.text).token).not.toBe(link.token);
  });
});
