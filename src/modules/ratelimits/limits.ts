import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { declareNonPersonalColumns } from '../privacy/free-text-sources.js';
import { rateLimitBuckets } from './schema.js';

// The key is a rule name and a SHA-256 hash: nothing a withdrawal search could find or needs to.
declareNonPersonalColumns('rate_limit_buckets', ['key'], 'a rule name and a SHA-256 hash of the e-mail / client address / user id / code; pruned when its window ends');

/**
 * What is counted, how many per window. Only failures and sends are counted, never a valid answer,
 * so a room of respondents behind one address (a course, a workshop voting) is never limited.
 * The limits are generous for people and low for scripts: 1,500 check-in guesses in 8 s or 60
 * sign-in mails in 0.2 s are what they stop.
 */
export const rules = {
  /** Sign-in mails asked for one address (registered or not: the answer must not tell). */
  signInEmail: { limit: 10, windowSeconds: 15 * 60 },
  /** Sign-in mails asked from one client address (a whole office shares one). */
  signInAddress: { limit: 30, windowSeconds: 15 * 60 },
  /** Wrong or refused check-ins from one client address. */
  checkInAddress: { limit: 20, windowSeconds: 10 * 60 },
  /** Wrong or refused check-ins at one door code or one invitation, from anywhere. */
  checkInActivity: { limit: 60, windowSeconds: 10 * 60 },
  /** Unknown or expired personal links (/p, /i, /q, /s) from one client address. */
  participantToken: { limit: 30, windowSeconds: 10 * 60 },
  /** Files uploaded by one signed-in user (transcripts, lists, scans, projects). */
  uploadUser: { limit: 120, windowSeconds: 60 * 60 },
} as const;

export type RuleName = keyof typeof rules;

export interface Verdict {
  limited: boolean;
  hits: number;
  /** Seconds until the window ends: what `Retry-After` says. */
  retryAfter: number;
}

/** The stored key: the rule in clear, the subject (e-mail, address, user id, code) only as a hash. */
export function bucketKey(rule: RuleName, subject: string): string {
  const hash = createHash('sha256').update(`varde-rate-limit\u0000${rule}\u0000${subject}`).digest('base64url');
  return `${rule}:${hash}`;
}

function windowOf(rule: RuleName, now: Date) {
  const ms = rules[rule].windowSeconds * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  return { start: new Date(start), end: new Date(start + ms), retryAfter: Math.max(1, Math.ceil((start + ms - now.getTime()) / 1000)) };
}

/** Counts one send or failure and says whether it was over the limit (atomic across processes). */
export async function consume(db: Executor, rule: RuleName, subject: string, now = new Date()): Promise<Verdict> {
  const w = windowOf(rule, now);
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ key: bucketKey(rule, subject), windowStart: w.start, hits: 1, expiresAt: w.end })
    .onConflictDoUpdate({ target: [rateLimitBuckets.key, rateLimitBuckets.windowStart], set: { hits: sql`${rateLimitBuckets.hits} + 1` } })
    .returning({ hits: rateLimitBuckets.hits });
  return { limited: row.hits > rules[rule].limit, hits: row.hits, retryAfter: w.retryAfter };
}

/** Whether the limit is already reached, without counting (checked before a request that may fail). */
export async function peek(db: Executor, rule: RuleName, subject: string, now = new Date()): Promise<Verdict> {
  const w = windowOf(rule, now);
  const [row] = await db
    .select({ hits: rateLimitBuckets.hits })
    .from(rateLimitBuckets)
    .where(and(eq(rateLimitBuckets.key, bucketKey(rule, subject)), eq(rateLimitBuckets.windowStart, w.start)));
  const hits = row?.hits ?? 0;
  return { limited: hits >= rules[rule].limit, hits, retryAfter: w.retryAfter };
}

/** Deletes buckets whose window is over; run by the `ratelimits.prune` job. */
export async function pruneBuckets(db: Executor, now = new Date()): Promise<{ pruned: number }> {
  const gone = await db.delete(rateLimitBuckets).where(lt(rateLimitBuckets.expiresAt, now)).returning({ key: rateLimitBuckets.key });
  return { pruned: gone.length };
}
