import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { checkArchive } from '../../lib/archive/read.js';
import { conflict, DomainError, invalidField, notFound } from '../../lib/errors.js';
import { imageIdsOf, parseRichText } from '../../lib/rich-text.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { latestVersion, type AuthoredDocument, type AuthoredVersion } from './documents.js';
import { imageSize } from './image-size.js';
import { assertHoldsLock } from './lock.js';
import { authoredDocumentImages, authoredDocuments, authoredDocumentStatusChanges, authoredDocumentVersions } from './schema.js';

export const maxUploadBytes = 5 * 1024 * 1024;
export const maxImageBytes = 5 * 1024 * 1024;
const uploadKinds = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', pdf: 'application/pdf' } as const;
export type UploadKind = keyof typeof uploadKinds;
export const uploadContentType = (kind: string) => uploadKinds[kind as UploadKind] ?? 'application/octet-stream';

export interface VersionMeta {
  /** e.g. "Versjon 2 etter piloten". */
  label?: string;
  /** What the pilot's evaluation found and which changes it led to. */
  note?: string;
}

/**
 * A new version of written text. The writer must hold the lock and have started from the newest
 * version (`baseNumber`), so nobody overwrites a version they never saw. A new version of an approved
 * document is a draft again (the approval stays in the history with the version it was for).
 */
export async function saveWrittenVersion(db: Executor, actor: Actor, doc: AuthoredDocument, input: { body: string; baseNumber: number } & VersionMeta, requestId?: string): Promise<AuthoredVersion> {
  assertWritable(await getProgramme(db, doc.programmeId));
  if (doc.form !== 'written') throw conflict('documents.errors.notWritten');
  await assertHoldsLock(db, actor, doc);
  const latest = await latestVersion(db, doc.id);
  if ((latest?.number ?? 0) !== input.baseNumber) throw conflict('documents.errors.stale', { number: latest?.number ?? 0 });
  await assertImagesOf(db, doc.id, input.body);
  return addVersion(db, actor, doc, { body: input.body, label: input.label, note: input.note }, requestId);
}

/** Every image a body shows must be one uploaded to this document. */
async function assertImagesOf(db: Executor, documentId: string, body: string) {
  for (const id of imageIdsOf(parseRichText(body))) {
    const [row] = await db.select({ id: authoredDocumentImages.id }).from(authoredDocumentImages).where(and(eq(authoredDocumentImages.documentId, documentId), eq(authoredDocumentImages.id, id)));
    if (!row) throw invalidField('body', 'documents.errors.unknownImage');
  }
}

/** Writes the next version and, for an approved or in-review document, moves it back to draft with a history row. */
export async function addVersion(db: Executor, actor: Actor, doc: AuthoredDocument, values: { body?: string; fileName?: string; fileType?: string; fileBytes?: Buffer } & VersionMeta, requestId?: string): Promise<AuthoredVersion> {
  const latest = await latestVersion(db, doc.id);
  const number = (latest?.number ?? 0) + 1;
  const [version] = await db
    .insert(authoredDocumentVersions)
    .values({ documentId: doc.id, number, body: values.body ?? '', label: values.label?.trim() ?? '', note: values.note?.trim() ?? '', fileName: values.fileName ?? null, fileType: values.fileType ?? null, fileBytes: values.fileBytes ?? null, authorId: actor.userId })
    .returning();
  await db.update(authoredDocuments).set({ updatedAt: new Date(), ...(doc.status !== 'draft' ? { status: 'draft' as const } : {}) }).where(eq(authoredDocuments.id, doc.id));
  if (doc.status !== 'draft') await db.insert(authoredDocumentStatusChanges).values({ documentId: doc.id, fromStatus: doc.status, toStatus: 'draft', versionNumber: number, actorId: actor.userId, note: '' });
  await recordAudit(db, { actorId: actor.userId, action: 'document.version', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, after: { number, label: version.label }, requestId });
  return version;
}

/** The kind of an uploaded file from its bytes (never from its name alone). */
export async function uploadKindOf(bytes: Buffer, fileName: string): Promise<UploadKind> {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'pdf') {
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw invalidField('file', 'documents.errors.uploadType');
    return 'pdf';
  }
  if (ext !== 'docx' && ext !== 'pptx') throw invalidField('file', 'documents.errors.uploadType');
  // The shared archive check (sizes, ratio, entry count) before anything is kept.
  await checkArchive(bytes, ext);
  return ext;
}

/** A new version of an uploaded document: the file is kept as it came, after its checks. */
export async function uploadVersion(db: Executor, actor: Actor, doc: AuthoredDocument, file: { name: string; bytes: Buffer } & VersionMeta, requestId?: string) {
  assertWritable(await getProgramme(db, doc.programmeId));
  if (doc.form !== 'upload') throw conflict('documents.errors.notUpload');
  if (file.bytes.length === 0) throw invalidField('file', 'errors.required');
  if (file.bytes.length > maxUploadBytes) throw new DomainError(413, 'documents.errors.tooLarge', { limit: '5 MB' });
  const kind = await uploadKindOf(file.bytes, file.name);
  return addVersion(db, actor, doc, { fileName: file.name.slice(0, 200), fileType: kind, fileBytes: file.bytes, label: file.label, note: file.note }, requestId);
}

export async function versionFile(db: Executor, doc: AuthoredDocument, versionId: string) {
  const [v] = await db.select().from(authoredDocumentVersions).where(and(eq(authoredDocumentVersions.documentId, doc.id), eq(authoredDocumentVersions.id, versionId)));
  if (!v?.fileBytes) throw notFound();
  return { name: v.fileName!, type: v.fileType!, bytes: v.fileBytes };
}

/** An image to place in written text (PNG or JPEG); it shows once a saved version places it. */
export async function uploadImage(db: Executor, actor: Actor, doc: AuthoredDocument, bytes: Buffer, requestId?: string) {
  assertWritable(await getProgramme(db, doc.programmeId));
  if (doc.form !== 'written') throw conflict('documents.errors.notWritten');
  if (bytes.length > maxImageBytes) throw new DomainError(413, 'documents.errors.tooLarge', { limit: '5 MB' });
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0 || size.width > 10_000 || size.height > 10_000) throw invalidField('file', 'documents.errors.imageType');
  const [row] = await db
    .insert(authoredDocumentImages)
    .values({ documentId: doc.id, contentType: size.type === 'png' ? 'image/png' : 'image/jpeg', bytes, width: size.width, height: size.height, uploadedBy: actor.userId })
    .returning({ id: authoredDocumentImages.id });
  await recordAudit(db, { actorId: actor.userId, action: 'document.image', entity: 'authored_document', entityId: doc.id, programmeId: doc.programmeId, requestId });
  return row;
}

export async function getImage(db: Executor, documentId: string, imageId: string) {
  const [row] = await db.select().from(authoredDocumentImages).where(and(eq(authoredDocumentImages.documentId, documentId), eq(authoredDocumentImages.id, imageId)));
  if (!row) throw notFound();
  return row;
}
