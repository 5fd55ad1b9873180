import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { recordAudit } from '../audit/record.js';
import { sessions } from './schema.js';
import { hashSecret, newSecret } from './secrets.js';

/** A session ends after 8 idle hours, and after 7 days whatever happens. */
export const sessionIdleHours = 8;
export const sessionMaxDays = 7;

export interface SessionInfo {
  id: string;
  userId: string;
  csrfToken: string;
}

export async function startSession(db: Executor, userId: string, method: 'link' | 'oidc', requestId?: string) {
  const secret = newSecret();
  const csrfToken = newSecret();
  const [row] = await db
    .insert(sessions)
    .values({ userId, method, csrfToken, secretHash: hashSecret(secret), expiresAt: sql`now() + make_interval(hours => ${sessionIdleHours})` })
    .returning({ id: sessions.id });
  await recordAudit(db, { actorId: userId, action: 'auth.sign_in', entity: 'session', entityId: row.id, after: { method }, requestId });
  return { secret, csrfToken, id: row.id };
}

/** Finds a live session and slides its idle expiry forward (at most once a minute, to spare writes). */
export async function resumeSession(db: Executor, secret: string): Promise<SessionInfo | null> {
  const [row] = await db
    .update(sessions)
    .set({
      lastSeenAt: sql`now()`,
      expiresAt: sql`least(now() + make_interval(hours => ${sessionIdleHours}), ${sessions.createdAt} + make_interval(days => ${sessionMaxDays}))`,
    })
    .where(and(eq(sessions.secretHash, hashSecret(secret)), sql`${sessions.expiresAt} > now()`))
    .returning({ id: sessions.id, userId: sessions.userId, csrfToken: sessions.csrfToken });
  return row ?? null;
}

export async function endSession(db: Executor, sessionId: string, userId: string, requestId?: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
  await recordAudit(db, { actorId: userId, action: 'auth.sign_out', entity: 'session', entityId: sessionId, requestId });
}

export async function deleteExpiredSessions(db: Executor): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.expiresAt} <= now()`);
}
