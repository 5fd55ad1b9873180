import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { languages } from '../../i18n/index.js';
import { unauthenticated } from '../../lib/errors.js';
import { languageCookie, sessionCookie } from '../../http/cookies.js';
import { createRouter, errorResponses, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { requestSignInLinkInBackground } from './request-link.js';
import { endSession } from './sessions.js';
import { setUserLanguage } from './users.js';

const tags = ['Sign-in'];

const SessionSchema = z
  .object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), language: z.enum(languages), isAdmin: z.boolean() }).nullable(),
    csrfToken: z.string().nullable(),
    language: z.enum(languages),
    oidc: z.object({ label: z.string() }).nullable(),
  })
  .openapi('Session');

export const authApiRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/session', tags, 'x-policy': 'public',
      summary: 'Who is signed in (user is null when nobody), the CSRF token for changes, and sign-in options',
      responses: { 200: jsonContent(SessionSchema), ...errorResponses },
    }),
    (c) => {
      const actor = c.get('actor');
      const { oidc } = c.get('deps');
      c.header('Cache-Control', 'no-store');
      return c.json(
        {
          user: actor ? { id: actor.userId, name: actor.name, email: actor.email, language: actor.language, isAdmin: actor.isAdmin } : null,
          csrfToken: c.get('session')?.csrfToken ?? null,
          language: c.get('lang'),
          oidc: oidc ? { label: oidc.label } : null,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/auth/sign-in-link', tags, 'x-policy': 'public',
      summary: 'E-mail a one-time sign-in link (answers 202 whether or not the address is registered)',
      request: { body: jsonBody(z.object({ email: z.email().max(254) }).openapi('SignInLinkRequest')) },
      responses: { 202: { description: 'Accepted' }, ...errorResponses },
    }),
    async (c) => {
      const { config, mailer, db, log } = c.get('deps');
      requestSignInLinkInBackground(db, mailer, config.publicUrl, c.req.valid('json').email, log);
      return c.body(null, 202);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/auth/sign-out', tags, 'x-policy': 'signed-in',
      summary: 'End this session',
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const session = c.get('session');
      if (!session) throw unauthenticated();
      await endSession(c.get('db'), session.id, session.userId, c.get('requestId'));
      deleteCookie(c, sessionCookie, { path: '/' });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/language', tags, 'x-policy': 'public',
      summary: 'Choose the language (kept on your account when signed in, and in a cookie)',
      request: { body: jsonBody(z.object({ language: z.enum(languages) }).openapi('LanguageChoice')) },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { language } = c.req.valid('json');
      const actor = c.get('actor');
      if (actor) await setUserLanguage(c.get('db'), actor.userId, language);
      setCookie(c, languageCookie, language, { path: '/', sameSite: 'Lax', maxAge: 60 * 60 * 24 * 365 });
      return c.body(null, 204);
    },
  );
