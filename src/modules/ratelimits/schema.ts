import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Counters of failures and sends (sign-in mails, wrong check-in codes, unknown participant links,
 * uploads) in fixed windows. They live in PostgreSQL, not in memory, so every app process on the
 * same database counts into the same bucket. `key` is `<rule>:<hash of the subject>`: an e-mail
 * address or client address is never stored in clear text.
 */
export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
    /** When the window is over and the row may be pruned (the `ratelimits.prune` job). */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index('rate_limit_buckets_expires_idx').on(t.expiresAt)],
);
