import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../env.js';

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

/** Security headers on every response; HSTS only when the request arrived over TLS (directly or via a proxy). */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await baseHeaders(c, next);
  const overTls = c.req.url.startsWith('https:') || c.req.header('x-forwarded-proto') === 'https';
  if (overTls) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
};
