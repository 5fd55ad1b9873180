import { Hono, type Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { translate, type Language } from '../../i18n/index.js';
import { page } from '../../http/participant-layout.js';
import type { AppEnv } from '../../http/env.js';
import { sessionCookie } from '../../http/cookies.js';
import { requestSignInLinkInBackground } from './request-link.js';
import { sessionMaxDays, startSession } from './sessions.js';
import { consumeSignInLink, inspectSignInLink } from './sign-in-links.js';
import { findUserByEmail, findUserByOidcIdentity, linkOidcIdentity } from './users.js';

const oidcCookie = 'varde_oidc';

function setSessionCookie(c: Context<AppEnv>, secret: string) {
  setCookie(c, sessionCookie, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('deps').config.publicUrl.startsWith('https:'),
    path: '/',
    maxAge: sessionMaxDays * 24 * 3600,
  });
}

/** The "ask for a new link" form shown under every sign-in problem; works without JavaScript. */
function requestForm(lang: Language) {
  return html`<form method="post" action="/auth/request-link">
<label for="email">${translate(lang, 'auth.emailLabel')}</label>
<input id="email" name="email" type="email" autocomplete="email" required>
<button type="submit">${translate(lang, 'auth.sendLink')}</button></form>`;
}

function problemPage(c: Context<AppEnv>, status: 400 | 403 | 410 | 502, message: string) {
  const lang = c.get('lang');
  return c.html(page(lang, translate(lang, 'auth.signInTitle'), html`<h1>${translate(lang, 'auth.signInTitle')}</h1>
<p class="alert" role="alert">${message}</p>${requestForm(lang)}`), status);
}

const linkProblems = { expired: 'auth.linkExpired', used: 'auth.linkUsed', invalid: 'auth.linkInvalid' } as const;

/** Server-rendered sign-in steps: confirming an e-mailed link, and the OIDC round trip. */
export const signInPages = new Hono<AppEnv>()
  // Opening the link only shows a button: mail scanners that prefetch links must not use them up.
  .get('/auth/link', async (c) => {
    const lang = c.get('lang');
    const token = c.req.query('token') ?? '';
    const state = token ? await inspectSignInLink(c.get('db'), token) : ({ status: 'invalid' } as const);
    if (state.status !== 'valid') return problemPage(c, 410, translate(lang, linkProblems[state.status]));
    return c.html(page(lang, translate(lang, 'auth.confirmTitle'), html`<h1>${translate(lang, 'auth.confirmTitle')}</h1>
<p>${translate(lang, 'auth.confirmText', { email: state.user.email })}</p>
<form method="post" action="/auth/link"><input type="hidden" name="token" value="${token}">
<button type="submit">${translate(lang, 'auth.confirmButton')}</button></form>`));
  })
  .post('/auth/link', async (c) => {
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token : '';
    const state = await consumeSignInLink(c.get('db'), token);
    if (state.status !== 'valid') return problemPage(c, 410, translate(c.get('lang'), linkProblems[state.status]));
    const session = await startSession(c.get('db'), state.user.id, 'link', c.get('requestId'));
    setSessionCookie(c, session.secret);
    return c.redirect('/', 303);
  })
  .post('/auth/request-link', async (c) => {
    const lang = c.get('lang');
    const form = await c.req.parseBody();
    const email = typeof form.email === 'string' ? form.email.slice(0, 254) : '';
    const { config, mailer, db, log } = c.get('deps');
    if (/^[^@\s\u0000]+@[^@\s\u0000]+\.[^@\s\u0000]+$/.test(email)) requestSignInLinkInBackground(db, mailer, config.publicUrl, email, log);
    else return problemPage(c, 400, translate(lang, 'errors.invalidEmail'));
    return c.html(page(lang, translate(lang, 'auth.signInTitle'), html`<h1>${translate(lang, 'auth.signInTitle')}</h1>
<p class="alert ok" role="status">${translate(lang, 'auth.linkSent')}</p>`));
  })
  .get('/auth/oidc/start', async (c) => {
    const { oidc } = c.get('deps');
    if (!oidc) return c.notFound();
    try {
      const { url, pending } = await oidc.start();
      setCookie(c, oidcCookie, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
        httpOnly: true, sameSite: 'Lax', path: '/auth/oidc', maxAge: 600,
        secure: c.get('deps').config.publicUrl.startsWith('https:'),
      });
      return c.redirect(url, 302);
    } catch (err) {
      c.get('deps').log.warn({ err }, 'OIDC start failed');
      return problemPage(c, 502, translate(c.get('lang'), 'auth.oidcFailed', { provider: oidc.label }));
    }
  })
  .get('/auth/oidc/callback', async (c) => {
    const { oidc, config } = c.get('deps');
    if (!oidc) return c.notFound();
    const lang = c.get('lang');
    const failed = () => problemPage(c, 400, translate(lang, 'auth.oidcFailed', { provider: oidc.label }));
    const raw = getCookie(c, oidcCookie);
    deleteCookie(c, oidcCookie, { path: '/auth/oidc' });
    if (!raw) return failed();
    let identity;
    try {
      const pending = JSON.parse(Buffer.from(raw, 'base64url').toString());
      // The provider redirects to the public address; rebuild it so the redirect_uri matches exactly.
      const callback = new URL(c.req.url);
      const publicCallback = new URL(`${config.publicUrl}/auth/oidc/callback${callback.search}`);
      identity = await oidc.finish(publicCallback, pending);
    } catch (err) {
      c.get('deps').log.warn({ err }, 'OIDC callback failed');
      return failed();
    }
    // A GET that writes: linking the identity and starting the session commit together.
    const outcome = await c.get('deps').db.transaction(async (db) => {
      let user = await findUserByOidcIdentity(db, identity.identity);
      if (!user && identity.email && identity.emailVerified) {
        user = await findUserByEmail(db, identity.email);
        // An account already tied to another identity is not taken over by a matching e-mail.
        if (user?.oidcIdentity) user = undefined;
        else if (user) await linkOidcIdentity(db, user.id, identity.identity);
      }
      return user ? startSession(db, user.id, 'oidc', c.get('requestId')) : null;
    });
    if (!outcome) return problemPage(c, 403, translate(lang, 'auth.oidcNoAccount'));
    const session = outcome;
    setSessionCookie(c, session.secret);
    return c.redirect('/', 303);
  });
