import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { recordAudit } from '../audit/record.js';
import { signInLinks } from './schema.js';
import { hashSecret, newSecret } from './secrets.js';
import { getUserById, type User } from './users.js';

export const signInLinkLifetimeMinutes = 15;

export async function issueSignInLink(db: Executor, userId: string, publicUrl: string): Promise<string> {
  const token = newSecret();
  await db.insert(signInLinks).values({
    userId,
    tokenHash: hashSecret(token),
    expiresAt: sql`now() + make_interval(mins => ${signInLinkLifetimeMinutes})`,
  });
  return `${publicUrl}/auth/link?token=${token}`;
}

export type LinkState = { status: 'valid'; user: User } | { status: 'expired' | 'used' | 'invalid' };

/** Looks at a link without using it (for the confirmation page). */
export async function inspectSignInLink(db: Executor, token: string): Promise<LinkState> {
  const [link] = await db
    .select({ userId: signInLinks.userId, usedAt: signInLinks.usedAt, expired: sql<boolean>`${signInLinks.expiresAt} <= now()` })
    .from(signInLinks)
    .where(eq(signInLinks.tokenHash, hashSecret(token)));
  if (!link) return { status: 'invalid' };
  if (link.usedAt) return { status: 'used' };
  if (link.expired) return { status: 'expired' };
  const user = await getUserById(db, link.userId);
  return user ? { status: 'valid', user } : { status: 'invalid' };
}

/**
 * Uses a link: one atomic UPDATE, so two clicks racing each other cannot both succeed.
 * Returns why it failed otherwise.
 */
export async function consumeSignInLink(db: Executor, token: string): Promise<LinkState> {
  const [used] = await db
    .update(signInLinks)
    .set({ usedAt: sql`now()` })
    .where(and(eq(signInLinks.tokenHash, hashSecret(token)), sql`${signInLinks.usedAt} is null`, sql`${signInLinks.expiresAt} > now()`))
    .returning({ userId: signInLinks.userId });
  if (!used) {
    const state = await inspectSignInLink(db, token);
    return state.status === 'valid' ? { status: 'used' } : state;
  }
  const user = await getUserById(db, used.userId);
  if (!user) return { status: 'invalid' };
  await recordAudit(db, { actorId: user.id, action: 'auth.link_used', entity: 'user', entityId: user.id });
  return { status: 'valid', user };
}
