/**
 * Participants' words in versioned documents: comments and suggestions recorded for a participant
 * (`participant_id`). On withdrawal — erase or anonymise alike — they go, and so does the text an
 * accepted suggestion of theirs put into any version, older versions included: their words must not
 * survive in the history. Every free-text column is registered for the withdrawal search.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { declareNonPersonalColumns, registerFreeTextSource } from '../privacy/free-text-sources.js';
import { onWithdrawal } from '../privacy/withdraw.js';
import { authoredDocumentComments, authoredDocumentSuggestions, authoredDocumentVersions } from './schema.js';

/** Removes every copy of `words` from the versions of one document; returns how many versions changed. */
export async function removeWordsFromVersions(tx: Executor, documentId: string, words: string): Promise<number> {
  if (!words.trim()) return 0;
  const done = await tx
    .update(authoredDocumentVersions)
    .set({ body: sql`replace(${authoredDocumentVersions.body}, ${words}, '')` })
    .where(and(eq(authoredDocumentVersions.documentId, documentId), sql`strpos(${authoredDocumentVersions.body}, ${words}) > 0`));
  return done.rowCount ?? 0;
}

export async function forgetDocumentContributions(tx: Executor, participantId: string): Promise<void> {
  const accepted = await tx
    .select({ documentId: authoredDocumentSuggestions.documentId, text: authoredDocumentSuggestions.text })
    .from(authoredDocumentSuggestions)
    .where(and(eq(authoredDocumentSuggestions.participantId, participantId), eq(authoredDocumentSuggestions.state, 'accepted'), isNotNull(authoredDocumentSuggestions.resultVersionId)));
  for (const s of accepted) await removeWordsFromVersions(tx, s.documentId, s.text);
  await tx.delete(authoredDocumentSuggestions).where(eq(authoredDocumentSuggestions.participantId, participantId));
  await tx.delete(authoredDocumentComments).where(eq(authoredDocumentComments.participantId, participantId));
}

onWithdrawal(async (tx, participantId) => forgetDocumentContributions(tx, participantId));

/** For an access request: what the person said in documents. */
export async function collectDocumentContributions(db: Executor, participantIds: string[]) {
  if (participantIds.length === 0) return { comments: [], suggestions: [] };
  const comments = await db.select({ passage: authoredDocumentComments.passage, body: authoredDocumentComments.body, createdAt: authoredDocumentComments.createdAt }).from(authoredDocumentComments).where(inArray(authoredDocumentComments.participantId, participantIds));
  const suggestions = await db.select({ passage: authoredDocumentSuggestions.passage, text: authoredDocumentSuggestions.text, createdAt: authoredDocumentSuggestions.createdAt }).from(authoredDocumentSuggestions).where(inArray(authoredDocumentSuggestions.participantId, participantIds));
  return { comments, suggestions };
}

const viaDocument = '(select d.programme_id from authored_documents d where d.id = t.document_id)';
registerFreeTextSource({ key: 'documents.authored_documents.title', table: 'authored_documents', column: 'title', programmeColumn: 'programme_id', labelKey: 'documents.sources.title' });
registerFreeTextSource({ key: 'documents.authored_document_versions.body', table: 'authored_document_versions', column: 'body', programmeSql: viaDocument, labelKey: 'documents.sources.body' });
registerFreeTextSource({ key: 'documents.authored_document_versions.label', table: 'authored_document_versions', column: 'label', programmeSql: viaDocument, labelKey: 'documents.sources.label' });
registerFreeTextSource({ key: 'documents.authored_document_versions.note', table: 'authored_document_versions', column: 'note', programmeSql: viaDocument, labelKey: 'documents.sources.note' });
registerFreeTextSource({ key: 'documents.authored_document_versions.file_name', table: 'authored_document_versions', column: 'file_name', programmeSql: viaDocument, labelKey: 'documents.sources.fileName' });
registerFreeTextSource({ key: 'documents.authored_document_comments.body', table: 'authored_document_comments', column: 'body', programmeSql: viaDocument, labelKey: 'documents.sources.comment' });
registerFreeTextSource({ key: 'documents.authored_document_comments.passage', table: 'authored_document_comments', column: 'passage', programmeSql: viaDocument, labelKey: 'documents.sources.passage' });
registerFreeTextSource({ key: 'documents.authored_document_suggestions.passage', table: 'authored_document_suggestions', column: 'passage', programmeSql: viaDocument, labelKey: 'documents.sources.passage' });
registerFreeTextSource({ key: 'documents.authored_document_suggestions.text', table: 'authored_document_suggestions', column: 'text', programmeSql: viaDocument, labelKey: 'documents.sources.suggestion' });
registerFreeTextSource({ key: 'documents.authored_document_status_changes.note', table: 'authored_document_status_changes', column: 'note', programmeSql: viaDocument, labelKey: 'documents.sources.statusNote' });
declareNonPersonalColumns('authored_documents', ['owner_kind', 'form', 'status'], 'a closed word list');
declareNonPersonalColumns('authored_document_versions', ['file_type'], 'a closed word list (docx, pptx, pdf)');
declareNonPersonalColumns('authored_document_images', ['content_type'], 'a MIME type');
declareNonPersonalColumns('authored_document_suggestions', ['kind', 'state'], 'a closed word list');
declareNonPersonalColumns('authored_document_status_changes', ['from_status', 'to_status'], 'a closed word list');
