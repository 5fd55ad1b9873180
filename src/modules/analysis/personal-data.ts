/**
 * What the privacy module (withdrawal) needs from analysis. No authorisation here: callers have
 * checked their own policy. Rows in document_participants cascade when a participant is erased.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { memberCheckCommentsOf } from './member-checks.js';
import { codings, documentParticipants, documents, memos } from './schema.js';

/**
 * Erasure: an interview transcript where this participant is the only participant present is
 * theirs alone and is deleted (with its codings, suggestions and memos). Documents with others
 * present are kept (they are pseudonymised already); the link goes with the person.
 * Returns the number of documents deleted.
 */
export async function eraseParticipantContributions(tx: Executor, participantId: string): Promise<number> {
  const { rows } = await tx.execute<{ id: string }>(sql`
    select d.id from ${documents} d
    join ${documentParticipants} dp on dp.document_id = d.id and dp.participant_id = ${participantId}
    where d.kind = 'interview_transcript'
      and not exists (select 1 from ${documentParticipants} o where o.document_id = d.id and o.participant_id <> ${participantId})`);
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return 0;
  const codingIds = (await tx.select({ id: codings.id }).from(codings).where(inArray(codings.documentId, ids))).map((r) => r.id);
  if (codingIds.length) await tx.delete(memos).where(and(eq(memos.targetKind, 'coding'), inArray(memos.targetId, codingIds)));
  await tx.delete(memos).where(and(inArray(memos.targetKind, ['document', 'person_summary']), inArray(memos.targetId, ids)));
  await tx.delete(documents).where(inArray(documents.id, ids));
  return ids.length;
}

/** Anonymisation: the contributions stay (pseudonymised text); only the links to the person go. */
export async function anonymiseParticipantContributions(tx: Executor, participantId: string): Promise<number> {
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
