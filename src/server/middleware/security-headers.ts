import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../../http/env.js';

const baseHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    // No inline scripts anywhere: the staff app is a bundled module, participant pages need none.
    scriptSrc: ["'self'"],
    // Component libraries set style attributes; styles cannot run code.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  strictTransportSecurity: false,
  xFrameOptions: 'DENY',
  referrerPolicy: 'same-origin',
});

/** Paths whose URL is a secret (personal, invitation and survey links, door check-in): a Referer must never carry them. */
const tokenPath = /^\/(p|i|q|s|check-in)(\/|$)/;

/**
 * Security headers on every response; HSTS only when the request arrived over TLS (directly or via a
 * proxy). The global `same-origin` referrer policy never overrides a stricter one a page set itself,
 * and token pages always get `no-referrer`.
 */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  let pagePolicy: string | null = null;
  await baseHeaders(c, async () => {
    await next();
    pagePolicy = c.res.headers.get('Referrer-Policy');
  });
  if (tokenPath.test(c.req.path)) c.header('Referrer-Policy', 'no-referrer');
  else if (pagePolicy) c.header('Referrer-Policy', pagePolicy);
  const overTls = c.req.url.startsWith('https:') || c.req.header('x-forwarded-proto') === 'https';
  if (overTls) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
};
