import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { isLanguage, languageFromAcceptHeader, defaultLanguage } from '../../i18n/index.js';
import { loadActor } from '../../modules/access/actor.js';
import { resumeSession } from '../../modules/auth/sessions.js';
import { bearerActor } from './api-token.js';
import { languageCookie, sessionCookie } from '../../http/cookies.js';
import type { AppEnv } from '../../http/env.js';


/** Resolves who is asking (session → actor) and in which language to answer. */
export const sessionAndLanguage: MiddlewareHandler<AppEnv> = async (c, next) => {
  // The look-up pool when there is one: signing people in must not wait behind long transactions.
  const { db: main, lookupDb } = c.get('deps');
  const db = lookupDb ?? main;
  const cookieLang = getCookie(c, languageCookie);
  const chosenLang = (isLanguage(cookieLang) ? cookieLang : undefined) ?? languageFromAcceptHeader(c.req.header('accept-language')) ?? defaultLanguage;
  c.set('lang', chosenLang);
  const bearer = await bearerActor(c, db);
  if (bearer instanceof Response) return bearer;
  const secret = bearer ? undefined : getCookie(c, sessionCookie);
  const session = secret ? await resumeSession(db, secret) : null;
  const actor = bearer?.actor ?? (session ? await loadActor(db, session.userId) : null);
  c.set('session', actor && !bearer ? session : null);
  c.set('apiToken', bearer ? { tokenId: bearer.grant.tokenId, access: bearer.grant.access } : null);
  c.set('actor', actor);
  c.set('lang', actor?.language ?? chosenLang);
  await next();
};
