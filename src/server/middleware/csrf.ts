import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import type { AppEnv } from '../../http/env.js';
import { problemResponse } from '../../http/problem.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests must come from our own pages: the browser's Origin / Sec-Fetch-Site must
 * be same-origin, and a request riding on a session must carry that session's CSRF token in the
 * `X-CSRF-Token` header (the staff app reads it from GET /api/v1/session).
 */
export const csrfProtection: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (safeMethods.has(c.req.method)) return next();
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const allowedOrigin = new URL(c.get('deps').config.publicUrl).origin;
  const requestOrigin = new URL(c.req.url).origin;
  // Pages behind a token send `Referrer-Policy: no-referrer`, so the browser posts their forms with
  // `Origin: null`; Sec-Fetch-Site (which that policy does not touch) then says where they came from.
  const opaqueButSameOrigin = origin === 'null' && site === 'same-origin';
  const crossSite = (site && site !== 'same-origin' && site !== 'none') || (origin && !opaqueButSameOrigin && origin !== allowedOrigin && origin !== requestOrigin);
  if (crossSite) return problemResponse(c, 403, 'errors.csrf');
  const session = c.get('session');
  if (session && c.req.path.startsWith('/api/')) {
    const sent = c.req.header('x-csrf-token') ?? '';
    if (!sameSecret(sent, session.csrfToken)) return problemResponse(c, 403, 'errors.csrf');
  }
  return next();
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
