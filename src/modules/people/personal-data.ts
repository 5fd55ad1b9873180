import { and, eq, isNotNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { membershipsOfParticipant } from '../groups/memberships.js';
import type { Participant } from './participant.js';
import { rekeyParticipant } from './rekey.js';
import { participantLinks, participants, recruitments } from './schema.js';

/**
 * What the privacy module (withdrawal, retention, access requests) needs from people.
 * These functions do no authorisation: callers have already checked their own policy.
 */

export async function getParticipant(db: Executor, programmeId: string, participantId: string): Promise<Participant | null> {
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.programmeId, programmeId), eq(participants.id, participantId)));
  return (row as Participant | undefined) ?? null;
}

/**
 * Deletes the person and everything that cascades from them (links, recruitments, group
 * memberships, consents and whatever later modules hang on participants with ON DELETE CASCADE).
 * Returns the code, which is all the caller may keep (in the withdrawal record).
 */
export async function eraseParticipant(tx: Executor, participantId: string): Promise<{ code: string } | null> {
  const [row] = await tx.delete(participants).where(eq(participants.id, participantId)).returning({ code: participants.code });
  return row ?? null;
}

/**
 * Keeps the row (so contributions keyed on it survive) but cuts every link to the person:
 * the name becomes the pseudonymous code, contact details and sub-role go, personal links go.
 */
export async function anonymiseParticipant(tx: Executor, participantId: string): Promise<{ code: string; id: string } | null> {
  const [current] = await tx.select({ code: participants.code }).from(participants).where(eq(participants.id, participantId));
  if (!current) return null;
  await tx
    .update(participants)
    .set({ name: current.code, email: null, phone: null, subRole: null })
    .where(eq(participants.id, participantId));
  await tx.delete(participantLinks).where(eq(participantLinks.participantId, participantId));
  // The row keeps its contributions but not its id: nothing may remember which id was the person's.
  const id = await rekeyParticipant(tx, participantId);
  return { code: current.code, id };
}

/** Who holds personal data in a programme: what withdrawal and retention must find and remove. */
export async function listParticipantIdentities(tx: Executor, programmeId: string) {
  return tx
    .select({ id: participants.id, code: participants.code, name: participants.name, email: participants.email, phone: participants.phone })
    .from(participants)
    .where(eq(participants.programmeId, programmeId));
}

/** Retention of contact details: e-mail and phone go, names and codes stay. Returns how many rows changed. */
export async function clearContactDetails(tx: Executor, programmeId: string): Promise<number> {
  const changed = await tx
    .update(participants)
    .set({ email: null, phone: null })
    .where(and(eq(participants.programmeId, programmeId), or(isNotNull(participants.email), isNotNull(participants.phone))))
    .returning({ id: participants.id });
  return changed.length;
}

/** Everything the people and groups modules hold about one person (GDPR art. 15), as plain JSON. */
export async function collectParticipantData(db: Executor, participantId: string): Promise<Record<string, unknown> | null> {
  const [person] = await db.select().from(participants).where(eq(participants.id, participantId));
  if (!person) return null;
  const links = await db
    .select({ createdAt: participantLinks.createdAt, revokedAt: participantLinks.revokedAt })
    .from(participantLinks)
    .where(eq(participantLinks.participantId, participantId));
  const recruited = await db
    .select({ activityType: recruitments.activityType, recruitedAt: recruitments.createdAt })
    .from(recruitments)
    .where(eq(recruitments.participantId, participantId));
  return {
    participant: {
      code: person.code,
      name: person.name,
      email: person.email,
      phone: person.phone,
      language: person.language,
      role: person.role,
      subRole: person.subRole,
      municipalityId: person.municipalityId,
      serviceId: person.serviceId,
      registeredAt: person.createdAt,
    },
    // Token hashes are not personal data and would be useless to the person, so only dates are given.
    personalLinks: links,
    recruitments: recruited,
    groupMemberships: await membershipsOfParticipant(db, participantId),
  };
}
