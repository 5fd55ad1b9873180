import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import type { Participant } from './participant.js';
import { participantLinks, participants } from './schema.js';

/**
 * Issues a personal link for a participant (consent, withdrawal, later questionnaires).
 * Only the hash is stored, so a database dump never yields a working link.
 */
export async function issueParticipantLink(db: Executor, participantId: string, publicUrl: string): Promise<string> {
  const token = newSecret();
  await db.insert(participantLinks).values({ participantId, tokenHash: hashSecret(token) });
  return `${publicUrl}/p/${token}`;
}

/**
 * Staff reissue the personal link (a lost phone, a forwarded e-mail): every earlier link of the
 * person stops working and one new link is issued. The link has no end date of its own: withdrawal
 * is promised at any time, so it works while the programme holds data about the person (erasure
 * and anonymisation delete it).
 */
export async function reissueParticipantLink(db: Executor, participantId: string, publicUrl: string): Promise<string> {
  await revokeParticipantLinks(db, participantId);
  return issueParticipantLink(db, participantId, publicUrl);
}

/** The participant a link belongs to, or null when the token is unknown or revoked. */
export async function resolveParticipantLink(db: Executor, token: string): Promise<Participant | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({ participant: participants })
    .from(participantLinks)
    .innerJoin(participants, eq(participants.id, participantLinks.participantId))
    .where(and(eq(participantLinks.tokenHash, hashSecret(token)), isNull(participantLinks.revokedAt)));
  return (row?.participant as Participant | undefined) ?? null;
}

/** Revokes every link of a participant (e.g. when a new one is issued after a lost phone). */
export async function revokeParticipantLinks(db: Executor, participantId: string): Promise<void> {
  await db
    .update(participantLinks)
    .set({ revokedAt: new Date() })
    .where(and(eq(participantLinks.participantId, participantId), isNull(participantLinks.revokedAt)));
}
