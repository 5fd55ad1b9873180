import { and, desc, eq, inArray, isNotNull, isNull, max } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { consentPurposes, informationLetters, type WithdrawalChoice } from './schema.js';

export type Letter = typeof informationLetters.$inferSelect;
export type LetterLanguage = 'nb' | 'nn' | 'en';
export interface LetterInput {
  language: LetterLanguage;
  title: string;
  body: string;
  purposeKeys: string[];
  withdrawalChoice: WithdrawalChoice;
}

export async function listLetters(db: Executor, programmeId: string): Promise<Letter[]> {
  return db.select().from(informationLetters).where(eq(informationLetters.programmeId, programmeId)).orderBy(informationLetters.language, desc(informationLetters.version));
}

export async function getLetter(db: Executor, programmeId: string, letterId: string): Promise<Letter> {
  const [row] = await db.select().from(informationLetters).where(and(eq(informationLetters.programmeId, programmeId), eq(informationLetters.id, letterId)));
  if (!row) throw notFound();
  return row;
}

/** The newest published letter in `language`, or null. */
export async function currentLetter(db: Executor, programmeId: string, language: string): Promise<Letter | null> {
  const [row] = await db
    .select()
    .from(informationLetters)
    .where(and(eq(informationLetters.programmeId, programmeId), eq(informationLetters.language, language), isNotNull(informationLetters.publishedAt)))
    .orderBy(desc(informationLetters.version))
    .limit(1);
  return row ?? null;
}

async function assertPurposesExist(db: Executor, programmeId: string, keys: string[]) {
  if (keys.length === 0) throw invalidField('purposeKeys', 'errors.tooFewItems', { min: 1 });
  const found = await db.select({ key: consentPurposes.key }).from(consentPurposes).where(and(eq(consentPurposes.programmeId, programmeId), inArray(consentPurposes.key, keys)));
  const known = new Set(found.map((f) => f.key));
  const unknown = keys.find((k) => !known.has(k));
  if (unknown) throw invalidField('purposeKeys', 'errors.unknownPurpose', { key: unknown });
}

async function openDraft(db: Executor, programmeId: string, language: string): Promise<Letter | undefined> {
  const [row] = await db.select().from(informationLetters).where(and(eq(informationLetters.programmeId, programmeId), eq(informationLetters.language, language), isNull(informationLetters.publishedAt)));
  return row;
}

async function insertVersion(db: Executor, actor: Actor, programmeId: string, input: LetterInput, requestId?: string): Promise<Letter> {
  // One open draft per language: a new draft replaces it.
  const draft = await openDraft(db, programmeId, input.language);
  if (draft) {
    const [replaced] = await db.update(informationLetters).set({ title: input.title, body: input.body, purposeKeys: [...new Set(input.purposeKeys)], withdrawalChoice: input.withdrawalChoice }).where(eq(informationLetters.id, draft.id)).returning();
    await recordAudit(db, { actorId: actor.userId, action: 'letter.update', entity: 'information_letter', entityId: draft.id, programmeId, after: { language: draft.language, version: draft.version }, requestId });
    return replaced;
  }
  const [{ latest }] = await db.select({ latest: max(informationLetters.version) }).from(informationLetters).where(and(eq(informationLetters.programmeId, programmeId), eq(informationLetters.language, input.language)));
  const [created] = await db
    .insert(informationLetters)
    .values({ programmeId, ...input, purposeKeys: [...new Set(input.purposeKeys)], version: (latest ?? 0) + 1 })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'letter.create', entity: 'information_letter', entityId: created.id, programmeId, after: { language: created.language, version: created.version }, requestId });
  return created;
}

/** A new draft: version 1 in a language, or the next version after the published ones; replaces an open draft. */
export async function createLetter(db: Executor, actor: Actor, programmeId: string, input: LetterInput, requestId?: string): Promise<Letter> {
  await assertPurposesExist(db, programmeId, input.purposeKeys);
  return insertVersion(db, actor, programmeId, input, requestId);
}

/**
 * Changes a draft in place. A published letter never changes: editing it makes the next version,
 * a draft, with the change applied.
 */
export async function updateLetter(db: Executor, actor: Actor, programmeId: string, letterId: string, patch: Partial<Omit<LetterInput, 'language'>>, requestId?: string): Promise<Letter> {
  const letter = await getLetter(db, programmeId, letterId);
  const next = { language: letter.language as LetterLanguage, title: letter.title, body: letter.body, purposeKeys: letter.purposeKeys, withdrawalChoice: letter.withdrawalChoice, ...patch };
  await assertPurposesExist(db, programmeId, next.purposeKeys);
  if (letter.publishedAt) return insertVersion(db, actor, programmeId, next, requestId);
  const [updated] = await db.update(informationLetters).set({ ...patch, purposeKeys: [...new Set(next.purposeKeys)] }).where(eq(informationLetters.id, letterId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'letter.update', entity: 'information_letter', entityId: letterId, programmeId, after: { version: updated.version, fields: Object.keys(patch) }, requestId });
  return updated;
}

export async function publishLetter(db: Executor, actor: Actor, programmeId: string, letterId: string, requestId?: string): Promise<Letter> {
  const letter = await getLetter(db, programmeId, letterId);
  // Publishing twice changes nothing (and never the text of a published version).
  if (letter.publishedAt) return letter;
  const [published] = await db.update(informationLetters).set({ publishedAt: new Date() }).where(eq(informationLetters.id, letterId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'letter.publish', entity: 'information_letter', entityId: letterId, programmeId, after: { language: published.language, version: published.version }, requestId });
  return published;
}

/** Only a draft may be deleted; a published letter is part of the record of what people agreed to. */
export async function deleteLetterDraft(db: Executor, actor: Actor, programmeId: string, letterId: string, requestId?: string): Promise<void> {
  const letter = await getLetter(db, programmeId, letterId);
  if (letter.publishedAt) throw conflict('errors.letterPublished');
  await db.delete(informationLetters).where(eq(informationLetters.id, letterId));
  await recordAudit(db, { actorId: actor.userId, action: 'letter.delete', entity: 'information_letter', entityId: letterId, programmeId, before: { language: letter.language, version: letter.version }, requestId });
}
