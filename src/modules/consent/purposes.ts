import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { consentPurposes, consents, informationLetters } from './schema.js';

export type Purpose = typeof consentPurposes.$inferSelect;
export type Labels = { nb: string; nn: string; en: string };

export async function listPurposes(db: Executor, programmeId: string): Promise<Purpose[]> {
  return db.select().from(consentPurposes).where(eq(consentPurposes.programmeId, programmeId)).orderBy(consentPurposes.key);
}

async function getPurpose(db: Executor, programmeId: string, purposeId: string): Promise<Purpose> {
  const [row] = await db.select().from(consentPurposes).where(and(eq(consentPurposes.programmeId, programmeId), eq(consentPurposes.id, purposeId)));
  if (!row) throw notFound();
  return row;
}

export async function createPurpose(db: Executor, actor: Actor, programmeId: string, input: { key: string; label: Labels }, requestId?: string): Promise<Purpose> {
  const [created] = await db.insert(consentPurposes).values({ programmeId, ...input }).onConflictDoNothing().returning();
  if (!created) throw conflict('errors.purposeExists', { key: input.key });
  await recordAudit(db, { actorId: actor.userId, action: 'purpose.create', entity: 'consent_purpose', entityId: created.id, programmeId, after: created, requestId });
  return created;
}

/** Only the labels change: the key is what consents and letters refer to. */
export async function updatePurpose(db: Executor, actor: Actor, programmeId: string, purposeId: string, label: Labels, requestId?: string): Promise<Purpose> {
  const before = await getPurpose(db, programmeId, purposeId);
  const [updated] = await db.update(consentPurposes).set({ label }).where(eq(consentPurposes.id, purposeId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'purpose.update', entity: 'consent_purpose', entityId: purposeId, programmeId, before: { label: before.label }, after: { label }, requestId });
  return updated;
}

/** A purpose someone has answered, or a letter asks for, stays. */
export async function deletePurpose(db: Executor, actor: Actor, programmeId: string, purposeId: string, requestId?: string): Promise<void> {
  const purpose = await getPurpose(db, programmeId, purposeId);
  const [used] = await db
    .select({ n: sql<number>`1` })
    .from(informationLetters)
    .where(and(eq(informationLetters.programmeId, programmeId), sql`${informationLetters.purposeKeys} ? ${purpose.key}`))
    .limit(1);
  const [answered] = await db
    .select({ n: sql<number>`1` })
    .from(consents)
    .innerJoin(informationLetters, eq(informationLetters.id, consents.letterId))
    .where(and(eq(informationLetters.programmeId, programmeId), eq(consents.purposeKey, purpose.key)))
    .limit(1);
  if (used || answered) throw conflict('errors.purposeInUse', { key: purpose.key });
  await db.delete(consentPurposes).where(eq(consentPurposes.id, purposeId));
  await recordAudit(db, { actorId: actor.userId, action: 'purpose.delete', entity: 'consent_purpose', entityId: purposeId, programmeId, before: purpose, requestId });
}
