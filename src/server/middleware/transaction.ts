import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/env.js';

class Rollback extends Error {}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * One transaction per request that changes data: everything the handler writes (the change and its
 * audit rows) commits together, or nothing does when it answers with an error. The body is already in
 * memory (read-body.ts runs first), so a slow client never holds the connection this takes.
 */
export const transactionPerRequest: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db } = c.get('deps');
  if (safeMethods.has(c.req.method)) {
    c.set('db', db);
    return next();
  }
  try {
    await db.transaction(async (tx) => {
      c.set('db', tx);
      await next();
      if (c.error || c.res.status >= 400) throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
};
