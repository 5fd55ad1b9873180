import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import { applyPassageEdit, visibleText } from '../../lib/rich-text.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { findParticipant } from '../people/participants.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { getVersion, latestVersion, type AuthoredDocument } from './documents.js';
import { addVersion } from './versions.js';
import { authoredDocumentComments, authoredDocuments, authoredDocumentStatusChanges, authoredDocumentSuggestions, type AuthoredDocumentStatus } from './schema.js';

export type SuggestionRow = typeof authoredDocumentSuggestions.$inferSelect;

/** A participant named as the source of a comment or suggestion must belong to the programme. */
async function checkParticipant(db: Executor, programmeId: string, participantId: string | null | undefined) {
  if (!participantId) return null;
  const p = await findParticipant(db, programmeId, participantId).catch(() => null);
  if (!p) throw invalidField('participantId', 'documents.errors.unknownParticipant');
  return p;
}

export interface CommentInput {
  versionId: string;
  /** The passage as shown on screen; empty comments on the whole document (always so for uploads). */
  passage?: string;
  body: string;
  participantId?: string | null;
}

export async function addComment(db: Executor, actor: Actor, doc: AuthoredDocument, input: CommentInput, requestId?: string) {
  assertWritable(await getProgramme(db, doc.programmeId));
  const version = await getVersion(db, doc.id, input.versionId).catch(() => { throw invalidField('versionId', 'documents.errors.unknownVersion'); });
  const passage = input.passage?.trim() ?? '';
  if (passage && doc.form === 'upload') throw invalidField('passage', 'documents.errors.uploadWholeOnly');
  if (passage && !visibleText(version.body).text.includes(passage)) throw invalidField('passage', 'documents.errors.passageNotFound');
  const participant = await checkParticipant(db, doc.programmeId, input.participantId);
  const [row] = await db
    .insert(authoredDocumentComments)
    .values({ documentId: doc.id, versionId: version.id, passage, body: input.body.trim(), authorId: actor.userId, participantId: participant?.id ?? null })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'document.comment', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, after: { commentId: row.id, participantCode: participant?.code }, requestId });
  return row;
}

export async function resolveComment(db: Executor, actor: Actor, doc: AuthoredDocument, commentId: string, resolved: boolean, requestId?: string) {
  const [row] = await db
    .update(authoredDocumentComments)
    .set({ resolvedAt: resolved ? new Date() : null })
    .where(and(eq(authoredDocumentComments.documentId, doc.id), eq(authoredDocumentComments.id, commentId)))
    .returning();
  if (!row) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: resolved ? 'document.comment_resolve' : 'document.comment_reopen', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, requestId });
  return row;
}

export interface SuggestionInput {
  versionId: string;
  kind: 'insert' | 'delete' | 'replace';
  passage: string;
  text?: string;
  participantId?: string | null;
}

export async function addSuggestion(db: Executor, actor: Actor, doc: AuthoredDocument, input: SuggestionInput, requestId?: string) {
  assertWritable(await getProgramme(db, doc.programmeId));
  if (doc.form !== 'written') throw conflict('documents.errors.notWritten');
  const version = await getVersion(db, doc.id, input.versionId).catch(() => { throw invalidField('versionId', 'documents.errors.unknownVersion'); });
  const text = input.kind === 'delete' ? '' : (input.text ?? '');
  if (input.kind !== 'delete' && !text.trim()) throw invalidField('text', 'errors.required');
  if (applyPassageEdit(version.body, { kind: input.kind, passage: input.passage, text }) === null) throw invalidField('passage', 'documents.errors.passageNotUnique');
  const participant = await checkParticipant(db, doc.programmeId, input.participantId);
  const [row] = await db
    .insert(authoredDocumentSuggestions)
    .values({ documentId: doc.id, versionId: version.id, kind: input.kind, passage: input.passage, text, authorId: actor.userId, participantId: participant?.id ?? null })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'document.suggest', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, after: { suggestionId: row.id, kind: row.kind, participantCode: participant?.code }, requestId });
  return row;
}

export async function getSuggestion(db: Executor, documentId: string, suggestionId: string): Promise<SuggestionRow> {
  const [row] = await db.select().from(authoredDocumentSuggestions).where(and(eq(authoredDocumentSuggestions.documentId, documentId), eq(authoredDocumentSuggestions.id, suggestionId)));
  if (!row) throw notFound();
  return row;
}

/**
 * The owner accepts (the change is applied to the newest version, making a new one) or rejects a
 * suggestion. Refused while another editor holds the lock, and when the passage has changed since.
 */
export async function decideSuggestion(db: Executor, actor: Actor, doc: AuthoredDocument, suggestionId: string, accept: boolean, requestId?: string) {
  assertWritable(await getProgramme(db, doc.programmeId));
  const s = await getSuggestion(db, doc.id, suggestionId);
  if (s.state !== 'open') throw conflict('documents.errors.alreadyDecided');
  let resultVersionId: string | null = null;
  if (accept) {
    if (doc.lockedBy && doc.lockedBy !== actor.userId && doc.lockExpiresAt && doc.lockExpiresAt > new Date()) throw conflict('documents.errors.lockedForDecision');
    const latest = (await latestVersion(db, doc.id))!;
    const body = applyPassageEdit(latest.body, { kind: s.kind, passage: s.passage, text: s.text });
    if (body === null) throw conflict('documents.errors.passageMoved');
    resultVersionId = (await addVersion(db, actor, doc, { body }, requestId)).id;
  }
  const [row] = await db
    .update(authoredDocumentSuggestions)
    .set({ state: accept ? 'accepted' : 'rejected', decidedBy: actor.userId, decidedAt: new Date(), resultVersionId })
    .where(eq(authoredDocumentSuggestions.id, s.id))
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: accept ? 'document.suggestion_accept' : 'document.suggestion_reject', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, after: { suggestionId: s.id }, requestId });
  return row;
}

const allowed: Record<AuthoredDocumentStatus, AuthoredDocumentStatus[]> = { draft: ['in_review'], in_review: ['approved', 'draft'], approved: ['draft'] };
/** Moves that only the owner (or a coordinator) makes; anyone who writes may send a draft for review. */
export const decidingMove = (from: AuthoredDocumentStatus, to: AuthoredDocumentStatus) => !(from === 'draft' && to === 'in_review');

/** draft → in review → approved (or back to draft), each move in the history with the version it concerned. */
export async function changeStatus(db: Executor, actor: Actor, doc: AuthoredDocument, to: AuthoredDocumentStatus, note: string | undefined, requestId?: string) {
  assertWritable(await getProgramme(db, doc.programmeId));
  if (!allowed[doc.status].includes(to)) throw conflict('documents.errors.statusMove', { from: doc.status, to });
  const latest = await latestVersion(db, doc.id);
  if (!latest) throw conflict('documents.errors.noVersion');
  await db.update(authoredDocuments).set({ status: to, updatedAt: new Date() }).where(eq(authoredDocuments.id, doc.id));
  await db.insert(authoredDocumentStatusChanges).values({ documentId: doc.id, fromStatus: doc.status, toStatus: to, versionNumber: latest.number, actorId: actor.userId, note: note?.trim() ?? '' });
  await recordAudit(db, { actorId: actor.userId, action: 'document.status', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, before: { status: doc.status }, after: { status: to, version: latest.number }, requestId });
}

export async function reviewOf(db: Executor, documentId: string) {
  const [comments, suggestions, history] = await Promise.all([
    db.select().from(authoredDocumentComments).where(eq(authoredDocumentComments.documentId, documentId)).orderBy(asc(authoredDocumentComments.createdAt)),
    db.select().from(authoredDocumentSuggestions).where(eq(authoredDocumentSuggestions.documentId, documentId)).orderBy(asc(authoredDocumentSuggestions.createdAt)),
    db.select().from(authoredDocumentStatusChanges).where(eq(authoredDocumentStatusChanges.documentId, documentId)).orderBy(asc(authoredDocumentStatusChanges.createdAt)),
  ]);
  return { comments, suggestions, history };
}
