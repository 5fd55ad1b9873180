/**
 * Documents to analyse (issue 7 §1–2): import (file or pasted/written text), list, read, change
 * metadata, delete. On import the text is parsed, pseudonymised with the programme's registry, and
 * capitalised words that may be names are stored as suggestions. The original is kept (sealed)
 * only if the programme's settings allow it.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgramme } from '../programmes/programmes.js';
import { checkDocumentLinks, findDocument, participantIdsOf, setDocumentParticipants, type DocumentRow } from './document-store.js';
import { suggestPossibleNames } from './name-suggestions.js';
import { sealOriginal, type OriginalsKey } from './originals.js';
import { rebuildPassages } from './passages.js';
import { TranscriptParseError, type ParsedDocument } from './parsed-document.js';
import { pseudonymise, pseudonymiseDocument } from './pseudonymise.js';
import { buildPseudonymRegistry } from './registry.js';
import { codings, documents, memos, nameSuggestions, type DocumentKind } from './schema.js';
import { getAnalysisSettings } from './settings.js';
import { codePointLength } from './text-positions.js';
import { parsePastedTranscript, parseTranscriptFile, transcriptFormatOf } from './transcript-import.js';
import { assertConsentForRecording } from '../consent/record.js';
import { assertEthicsCleared } from '../consent/ethics-approvals.js';

export interface DocumentMeta {
  title: string;
  kind: DocumentKind;
  municipalityId?: string | null;
  activityType?: string | null;
  participantIds?: string[];
  attributes?: Record<string, string>;
}

export type DocumentSource = { fileName: string; bytes: Buffer } | { text: string };

async function parse(source: DocumentSource): Promise<ParsedDocument> {
  try {
    return 'bytes' in source ? await parseTranscriptFile(source.fileName, source.bytes) : parsePastedTranscript(source.text);
  } catch (error) {
    if (error instanceof TranscriptParseError) throw new DomainError(422, error.key as never, error.vars);
    throw error;
  }
}

/** Words dismissed before in this programme are not suggested again. */
async function dismissedWords(db: Executor, programmeId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ word: nameSuggestions.word })
    .from(nameSuggestions)
    .innerJoin(documents, eq(documents.id, nameSuggestions.documentId))
    .where(and(eq(documents.programmeId, programmeId), eq(nameSuggestions.status, 'dismissed')));
  return rows.map((r) => r.word);
}

/** What a transcript of this kind records, in the consent purposes' words. */
const consentPurposeFor: Partial<Record<DocumentRow['kind'], string>> = {
  interview_transcript: 'interview_recording',
  focus_group_transcript: 'focus_group',
  focus_group_summary: 'focus_group',
};

export async function importDocument(
  db: Executor, actor: Actor, programmeId: string, meta: DocumentMeta, source: DocumentSource, keys: OriginalsKey, requestId?: string,
): Promise<DocumentRow & { participantIds: string[]; replaced: number; suggestions: number }> {
  await getProgramme(db, programmeId);
  await checkDocumentLinks(db, programmeId, meta);
  const purpose = consentPurposeFor[meta.kind];
  if (purpose) await assertConsentForRecording(db, programmeId, meta.participantIds ?? [], purpose);
  // A transcript of what people said waits for the ethics approval when the programme says so (issue 15).
  if (purpose) await assertEthicsCleared(db, programmeId, 'transcripts');
  const parsed = await parse(source);
  if (parsed.text.trim() === '') throw new DomainError(422, 'errors.transcriptEmpty');
  const registry = await buildPseudonymRegistry(db, programmeId);
  const { document, replacements } = pseudonymiseDocument(parsed, registry);
  const settings = await getAnalysisSettings(db, programmeId);
  const id = randomUUID();
  const originalBytes = 'bytes' in source ? source.bytes : Buffer.from(source.text, 'utf8');
  const [row] = await db
    .insert(documents)
    .values({
      id,
      programmeId,
      municipalityId: meta.municipalityId ?? null,
      activityType: meta.activityType ?? null,
      kind: meta.kind,
      title: pseudonymise(meta.title.trim(), registry).text,
      text: document.text,
      turns: document.turns,
      attributes: meta.attributes ?? {},
      sourceFormat: 'bytes' in source ? (transcriptFormatOf(source.fileName) ?? 'txt') : 'text',
      originalEncrypted: settings.keepOriginals ? await sealOriginal(keys, programmeId, id, originalBytes) : null,
      originalDeleteBy: settings.keepOriginals ? settings.originalsDeleteBy : null,
      createdBy: actor.userId,
    })
    .returning();
  await setDocumentParticipants(db, id, meta.participantIds ?? []);
  await rebuildPassages(db, id);
  const candidates = suggestPossibleNames(document.text, await dismissedWords(db, programmeId));
  if (candidates.length > 0) await db.insert(nameSuggestions).values(candidates.map((c) => ({ documentId: id, start: c.start, end: c.end, word: c.text })));
  await recordAudit(db, {
    actorId: actor.userId, action: 'analysis.document.import', entity: 'document', entityId: id, programmeId, requestId,
    after: { kind: row.kind, sourceFormat: row.sourceFormat, length: codePointLength(row.text), replaced: replacements.length, keptOriginal: settings.keepOriginals },
  });
  return { ...row, participantIds: [...new Set(meta.participantIds ?? [])], replaced: replacements.length, suggestions: candidates.length };
}

const listColumns = {
  id: documents.id, programmeId: documents.programmeId, municipalityId: documents.municipalityId, activityType: documents.activityType,
  kind: documents.kind, title: documents.title, attributes: documents.attributes, sourceFormat: documents.sourceFormat,
  originalDeleteBy: documents.originalDeleteBy, createdBy: documents.createdBy, createdAt: documents.createdAt,
  length: sql<number>`char_length(${documents.text})`.mapWith(Number),
  hasOriginal: sql<boolean>`${documents.originalEncrypted} is not null`,
  pendingSuggestions: sql<number>`(select count(*) from name_suggestions s where s.document_id = ${documents.id} and s.status = 'pending')`.mapWith(Number),
};

export async function listDocuments(db: Executor, programmeId: string, filter: { kind?: DocumentKind; municipalityId?: string } = {}) {
  await getProgramme(db, programmeId);
  const rows = await db
    .select(listColumns)
    .from(documents)
    .where(and(eq(documents.programmeId, programmeId), filter.kind ? eq(documents.kind, filter.kind) : undefined, filter.municipalityId ? eq(documents.municipalityId, filter.municipalityId) : undefined))
    .orderBy(desc(documents.createdAt));
  const participants = await participantIdsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, participantIds: participants.get(r.id) ?? [] }));
}

/**
 * Title, kind and municipality (never the text) of a programme's documents, for other modules that link to
 * them (an improvement measure's evidence). Ids outside the programme are simply absent from the answer.
 */
export async function documentSummaries(db: Executor, programmeId: string, filter: { ids?: string[]; titleContains?: string; limit?: number } = {}) {
  if (filter.ids && filter.ids.length === 0) return [];
  const pattern = filter.titleContains?.trim() ? `%${filter.titleContains.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : undefined;
  return db
    .select({ id: documents.id, title: documents.title, kind: documents.kind, municipalityId: documents.municipalityId, createdAt: documents.createdAt })
    .from(documents)
    .where(and(eq(documents.programmeId, programmeId), filter.ids ? inArray(documents.id, filter.ids) : undefined, pattern ? sql`${documents.title} ilike ${pattern}` : undefined))
    .orderBy(desc(documents.createdAt))
    .limit(filter.limit ?? 1000);
}

export async function getDocument(db: Executor, programmeId: string, documentId: string) {
  const row = await findDocument(db, programmeId, documentId);
  const participants = await participantIdsOf(db, [row.id]);
  return { ...row, participantIds: participants.get(row.id) ?? [] };
}

export async function updateDocument(db: Executor, actor: Actor, programmeId: string, documentId: string, patch: Partial<DocumentMeta>, requestId?: string) {
  const before = await findDocument(db, programmeId, documentId);
  await checkDocumentLinks(db, programmeId, patch);
  const { participantIds, ...fields } = patch;
  if (fields.title !== undefined) fields.title = pseudonymise(fields.title.trim(), await buildPseudonymRegistry(db, programmeId)).text;
  if (Object.keys(fields).length > 0) await db.update(documents).set(fields).where(eq(documents.id, documentId));
  if (participantIds) await setDocumentParticipants(db, documentId, participantIds);
  await recordAudit(db, {
    actorId: actor.userId, action: 'analysis.document.update', entity: 'document', entityId: documentId, programmeId, requestId,
    before: { kind: before.kind, municipalityId: before.municipalityId, activityType: before.activityType }, after: { fields: Object.keys(patch) },
  });
  return getDocument(db, programmeId, documentId);
}

/** Deletes the document with its codings, suggestions and memos (memos are not foreign-keyed). */
export async function deleteDocument(db: Executor, actor: Actor, programmeId: string, documentId: string, requestId?: string) {
  const doc = await findDocument(db, programmeId, documentId);
  const codingIds = (await db.select({ id: codings.id }).from(codings).where(eq(codings.documentId, documentId))).map((r) => r.id);
  if (codingIds.length > 0) await db.delete(memos).where(and(eq(memos.targetKind, 'coding'), inArray(memos.targetId, codingIds)));
  await db.delete(memos).where(and(inArray(memos.targetKind, ['document', 'person_summary']), eq(memos.targetId, documentId)));
  await db.delete(documents).where(eq(documents.id, documentId));
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.document.delete', entity: 'document', entityId: documentId, programmeId, requestId, before: { kind: doc.kind } });
}
