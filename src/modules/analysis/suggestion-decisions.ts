/**
 * A person confirms (replace) or dismisses a suggested name (issue 7 §2).
 *
 * Choice: confirming is allowed even when the document has codings. The word is replaced by a tag
 * (default `[navn]`) at every whole-word occurrence in the document, and every position that
 * refers to the text — codings, speaker turns, other suggestions — is shifted with the same
 * offset map the importer uses (`pseudonymise` + `mapOffset`): a coding that covered the name
 * covers the tag. Forbidding it instead would leave a known name in the text once coding began.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { findDocument } from './document-store.js';
import { rebuildPassages } from './passages.js';
import { DEFAULT_AMBIGUOUS_TAG, mapOffset, pseudonymise } from './pseudonymise.js';
import { codings, documents, nameSuggestions } from './schema.js';

export async function listSuggestions(db: Executor, programmeId: string, documentId: string, status?: 'pending' | 'confirmed' | 'dismissed') {
  await findDocument(db, programmeId, documentId);
  return db
    .select()
    .from(nameSuggestions)
    .where(and(eq(nameSuggestions.documentId, documentId), status ? eq(nameSuggestions.status, status) : undefined))
    .orderBy(nameSuggestions.start);
}

async function pending(db: Executor, programmeId: string, documentId: string, suggestionId: string) {
  await findDocument(db, programmeId, documentId);
  const [row] = await db.select().from(nameSuggestions).where(and(eq(nameSuggestions.documentId, documentId), eq(nameSuggestions.id, suggestionId)));
  if (!row) throw notFound();
  if (row.status !== 'pending') throw conflict('errors.suggestionDecided');
  return row;
}

export async function dismissSuggestion(db: Executor, actor: Actor, programmeId: string, documentId: string, suggestionId: string, requestId?: string) {
  const s = await pending(db, programmeId, documentId, suggestionId);
  // The same word elsewhere in the document is dismissed with it: one decision per word.
  await db.update(nameSuggestions).set({ status: 'dismissed' }).where(and(eq(nameSuggestions.documentId, documentId), eq(nameSuggestions.word, s.word), eq(nameSuggestions.status, 'pending')));
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.suggestion.dismiss', entity: 'name_suggestion', entityId: s.id, programmeId, requestId });
}

export async function confirmSuggestion(
  db: Executor, actor: Actor, programmeId: string, documentId: string, suggestionId: string, replacement = DEFAULT_AMBIGUOUS_TAG, requestId?: string,
): Promise<{ replaced: number; text: string }> {
  const s = await pending(db, programmeId, documentId, suggestionId);
  const doc = await findDocument(db, programmeId, documentId);
  const result = pseudonymise(doc.text, { participants: [{ names: [s.word], replacement }] });
  const map = result.offsets;
  const turns = doc.turns.map((t) => ({ ...t, start: mapOffset(map, t.start, 'start'), end: mapOffset(map, t.end, 'end') }));
  await db.update(documents).set({ text: result.text, turns }).where(eq(documents.id, documentId));
  if (result.text !== doc.text) await rebuildPassages(db, documentId);
  for (const c of await db.select({ id: codings.id, start: codings.start, end: codings.end }).from(codings).where(eq(codings.documentId, documentId))) {
    const start = mapOffset(map, c.start, 'start');
    const end = mapOffset(map, c.end, 'end');
    if (start !== c.start || end !== c.end) await db.update(codings).set({ start, end }).where(eq(codings.id, c.id));
  }
  // Text snapshots (schema.ts) follow the new text, also where the range did not move but a name inside it became a tag.
  if (result.text !== doc.text) {
    await db
      .update(codings)
      .set({ text: sql`substring(${result.text}::text from ${codings.start} + 1 for ${codings.end} - ${codings.start})` })
      .where(eq(codings.documentId, documentId));
  }
  const sameWord = (w: string) => w.toLowerCase() === s.word.toLowerCase();
  for (const other of await db.select().from(nameSuggestions).where(eq(nameSuggestions.documentId, documentId))) {
    const status = other.status === 'pending' && sameWord(other.word) ? 'confirmed' : other.status;
    await db
      .update(nameSuggestions)
      .set({ start: mapOffset(map, other.start, 'start'), end: mapOffset(map, other.end, 'end'), status })
      .where(eq(nameSuggestions.id, other.id));
  }
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.suggestion.confirm', entity: 'name_suggestion', entityId: s.id, programmeId, requestId, after: { replaced: result.replacements.length } });
  return { replaced: result.replacements.length, text: result.text };
}
