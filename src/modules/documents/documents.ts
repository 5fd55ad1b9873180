import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { authoredDocuments, authoredDocumentVersions } from './schema.js';

export type AuthoredDocument = typeof authoredDocuments.$inferSelect;
export type AuthoredVersion = typeof authoredDocumentVersions.$inferSelect;

export interface NewDocument {
  ownerKind: string;
  ownerId?: string | null;
  title: string;
  form: 'written' | 'upload';
  /** The first version's text (written documents); an upload's first version comes with its file. */
  body?: string;
}

/**
 * Creates a document; a written one starts with version 1 (empty or the given text) so there is
 * always a version to comment on. Owner modules call this and keep the id.
 */
export async function createAuthoredDocument(db: Executor, actor: Actor, programmeId: string, input: NewDocument, requestId?: string): Promise<AuthoredDocument> {
  assertWritable(await getProgramme(db, programmeId));
  const [doc] = await db
    .insert(authoredDocuments)
    .values({ programmeId, ownerKind: input.ownerKind, ownerId: input.ownerId ?? null, title: input.title.trim(), form: input.form, createdBy: actor.userId })
    .returning();
  if (input.form === 'written') await db.insert(authoredDocumentVersions).values({ documentId: doc.id, number: 1, body: input.body ?? '', authorId: actor.userId });
  await recordAudit(db, { actorId: actor.userId, action: 'document.create', entity: 'authored_document', entityId: doc.id, programmeId, after: { ownerKind: doc.ownerKind, form: doc.form }, requestId });
  return doc;
}

export async function getAuthoredDocument(db: Executor, programmeId: string, documentId: string): Promise<AuthoredDocument> {
  const [doc] = await db.select().from(authoredDocuments).where(and(eq(authoredDocuments.programmeId, programmeId), eq(authoredDocuments.id, documentId)));
  if (!doc) throw notFound();
  return doc;
}

export async function listAuthoredDocuments(db: Executor, programmeId: string, ownerKind: string, ownerIds?: string[]): Promise<AuthoredDocument[]> {
  if (ownerIds && ownerIds.length === 0) return [];
  return db
    .select()
    .from(authoredDocuments)
    .where(and(eq(authoredDocuments.programmeId, programmeId), eq(authoredDocuments.ownerKind, ownerKind), ownerIds ? inArray(authoredDocuments.ownerId, ownerIds) : undefined))
    .orderBy(asc(authoredDocuments.createdAt));
}

export async function latestVersion(db: Executor, documentId: string): Promise<AuthoredVersion | null> {
  const [v] = await db.select().from(authoredDocumentVersions).where(eq(authoredDocumentVersions.documentId, documentId)).orderBy(desc(authoredDocumentVersions.number)).limit(1);
  return v ?? null;
}

export async function getVersion(db: Executor, documentId: string, versionId: string): Promise<AuthoredVersion> {
  const [v] = await db.select().from(authoredDocumentVersions).where(and(eq(authoredDocumentVersions.documentId, documentId), eq(authoredDocumentVersions.id, versionId)));
  if (!v) throw notFound();
  return v;
}

/** Every version, newest first, without file bytes. */
export async function listVersions(db: Executor, documentId: string) {
  return db
    .select({
      id: authoredDocumentVersions.id, number: authoredDocumentVersions.number, label: authoredDocumentVersions.label, note: authoredDocumentVersions.note,
      body: authoredDocumentVersions.body, fileName: authoredDocumentVersions.fileName, fileType: authoredDocumentVersions.fileType,
      authorId: authoredDocumentVersions.authorId, createdAt: authoredDocumentVersions.createdAt,
    })
    .from(authoredDocumentVersions)
    .where(eq(authoredDocumentVersions.documentId, documentId))
    .orderBy(desc(authoredDocumentVersions.number));
}

export async function renameAuthoredDocument(db: Executor, actor: Actor, doc: AuthoredDocument, title: string, requestId?: string) {
  assertWritable(await getProgramme(db, doc.programmeId));
  await db.update(authoredDocuments).set({ title: title.trim(), updatedAt: new Date() }).where(eq(authoredDocuments.id, doc.id));
  await recordAudit(db, { actorId: actor.userId, action: 'document.rename', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, requestId });
}

/** Owner modules delete their documents with their own rows (a course module, a report section). */
export async function deleteAuthoredDocuments(db: Executor, actor: Actor, programmeId: string, ownerKind: string, ownerId: string, requestId?: string) {
  const gone = await db.delete(authoredDocuments).where(and(eq(authoredDocuments.programmeId, programmeId), eq(authoredDocuments.ownerKind, ownerKind), eq(authoredDocuments.ownerId, ownerId))).returning({ id: authoredDocuments.id });
  for (const d of gone) await recordAudit(db, { actorId: actor.userId, action: 'document.delete', entity: 'authored_document', entityId: d.id, programmeId, requestId });
}
