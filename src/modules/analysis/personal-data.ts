/**
 * What the privacy module (withdrawal) needs from analysis. No authorisation here: callers have
 * checked their own policy. Rows in document_participants cascade when a participant is erased.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { memberCheckCommentsOf } from './member-checks.js';
import { rebuildPassages } from './passages.js';
import { mapOffset, type OffsetMap } from './pseudonymise.js';
import { codings, documentParticipants, documents, memos, nameSuggestions } from './schema.js';

/**
 * Erasure: an interview transcript or a summary where this participant is the only participant
 * present is theirs alone and is deleted (with its codings, suggestions and memos), and so is every
 * person summary written about them (memos with their code as subject, also on shared documents).
 * Documents with others present are kept (pseudonymised already); the link goes with the person,
 * and so does the kept original (see `dropOriginalsOf`). Returns the number of documents deleted.
 */
export async function eraseParticipantContributions(tx: Executor, participantId: string, code?: string): Promise<number> {
  await dropOriginalsOf(tx, participantId);
  if (code) {
    const programme = sql`(select p.programme_id from participants p where p.id = ${participantId})`;
    await tx.delete(memos).where(and(eq(memos.targetKind, 'person_summary'), eq(memos.subject, code), sql`${memos.programmeId} = ${programme}`));
  }
  const { rows } = await tx.execute<{ id: string }>(sql`
    select d.id from ${documents} d
    join ${documentParticipants} dp on dp.document_id = d.id and dp.participant_id = ${participantId}
    where d.kind in ('interview_transcript', 'focus_group_summary')
      and not exists (select 1 from ${documentParticipants} o where o.document_id = d.id and o.participant_id <> ${participantId})`);
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return 0;
  const codingIds = (await tx.select({ id: codings.id }).from(codings).where(inArray(codings.documentId, ids))).map((r) => r.id);
  if (codingIds.length) await tx.delete(memos).where(and(eq(memos.targetKind, 'coding'), inArray(memos.targetId, codingIds)));
  await tx.delete(memos).where(and(inArray(memos.targetKind, ['document', 'person_summary']), inArray(memos.targetId, ids)));
  await tx.delete(documents).where(inArray(documents.id, ids));
  return ids.length;
}

/**
 * The original (before pseudonymisation, kept encrypted where the programme allows) of every document
 * the person is present in still holds their name and contact details: it goes on withdrawal, erase
 * or anonymise. The pseudonymised working text stays.
 */
export async function dropOriginalsOf(tx: Executor, participantId: string): Promise<number> {
  const done = await tx
    .update(documents)
    .set({ originalEncrypted: null, originalDeleteBy: null })
    .where(and(isNotNull(documents.originalEncrypted), inArray(documents.id, tx.select({ id: documentParticipants.documentId }).from(documentParticipants).where(eq(documentParticipants.participantId, participantId)))));
  return done.rowCount ?? 0;
}

/**
 * Writes a rewritten working text (a withdrawal hit replaced by the code): every position that
 * refers to it (turns, codings, name suggestions) moves with `map`, passages and coding snapshots
 * are rebuilt, as when a name suggestion is confirmed.
 */
export async function rewriteDocumentText(tx: Executor, documentId: string, text: string, map: OffsetMap): Promise<void> {
  const [doc] = await tx.select({ turns: documents.turns }).from(documents).where(eq(documents.id, documentId));
  if (!doc) return;
  const turns = doc.turns.map((t) => ({ ...t, start: mapOffset(map, t.start, 'start'), end: mapOffset(map, t.end, 'end') }));
  await tx.update(documents).set({ text, turns }).where(eq(documents.id, documentId));
  await rebuildPassages(tx, documentId);
  for (const c of await tx.select({ id: codings.id, start: codings.start, end: codings.end }).from(codings).where(eq(codings.documentId, documentId))) {
    const start = mapOffset(map, c.start, 'start');
    const end = mapOffset(map, c.end, 'end');
    if (start !== c.start || end !== c.end) await tx.update(codings).set({ start, end: Math.max(end, start + 1) }).where(eq(codings.id, c.id));
  }
  await tx
    .update(codings)
    .set({ text: sql`substring(${text}::text from ${codings.start} + 1 for ${codings.end} - ${codings.start})` })
    .where(eq(codings.documentId, documentId));
  for (const s of await tx.select().from(nameSuggestions).where(eq(nameSuggestions.documentId, documentId))) {
    const start = mapOffset(map, s.start, 'start');
    const end = mapOffset(map, s.end, 'end');
    if (start !== s.start || end !== s.end) await tx.update(nameSuggestions).set({ start, end }).where(eq(nameSuggestions.id, s.id));
  }
}

/** Anonymisation: the contributions stay (pseudonymised text); only the links to the person go. */
export async function anonymiseParticipantContributions(tx: Executor, participantId: string): Promise<number> {
  await dropOriginalsOf(tx, participantId);
  const done = await tx.delete(documentParticipants).where(eq(documentParticipants.participantId, participantId));
  return done.rowCount ?? 0;
}

/**
 * For an access request (GDPR art. 15): the documents the person is present in, with the
 * (pseudonymised) text, since their own words are data about them, and the summaries written about them.
 */
export async function collectAnalysisData(db: Executor, participantId: string, code: string) {
  const present = await db
    .select({ id: documents.id, title: documents.title, kind: documents.kind, createdAt: documents.createdAt, text: documents.text })
    .from(documents)
    .innerJoin(documentParticipants, eq(documentParticipants.documentId, documents.id))
    .where(eq(documentParticipants.participantId, participantId));
  const summaries = await db
    .select({ documentId: memos.targetId, text: memos.text, updatedAt: memos.updatedAt })
    .from(memos)
    .where(and(eq(memos.targetKind, 'person_summary'), eq(memos.subject, code)));
  // Their own comments on member checks (the summaries sent back to them) are their contributions.
  const memberCheckComments = await memberCheckCommentsOf(db, participantId);
  return { documents: present, personSummaries: summaries, memberCheckComments };
}
