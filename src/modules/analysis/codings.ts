/**
 * Codings (issue 7 §4): a code applied by one coder to `[start, end)` in code points of a
 * document's working text. Ranges are checked against the text with the pure `checkRange`.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgramme } from '../programmes/programmes.js';
import { findDocument } from './document-store.js';
import { codes, codings, documents, memos } from './schema.js';
import { checkRange } from './text-positions.js';

export type CodingRow = typeof codings.$inferSelect;

/** The document's working text over `[start, end)` in code points (PostgreSQL's substring counts characters = code points in UTF8). */
export const segmentSnapshot = (documentId: string, start: number, end: number) =>
  sql<string>`(select substring(${documents.text} from ${start + 1}::int for ${end - start}::int) from ${documents} where ${documents.id} = ${documentId})`;

/** Applies one or more codes to a range; returns one coding per code (with the text snapshot, see schema.ts). */
export async function createCodings(
  db: Executor, actor: Actor, programmeId: string, input: { documentId: string; codeIds: string[]; start: number; end: number }, requestId?: string,
): Promise<CodingRow[]> {
  await getProgramme(db, programmeId);
  const doc = await findDocument(db, programmeId, input.documentId).catch(() => {
    throw invalidField('documentId', 'errors.notFound');
  });
  const [{ length }] = await db.select({ length: sql<number>`char_length(${documents.text})`.mapWith(Number) }).from(documents).where(eq(documents.id, doc.id));
  const check = checkRange(length, input);
  if (!check.ok) throw new DomainError(400, 'errors.validation', {}, [{ path: 'start', key: check.key, vars: check.vars }]);
  const codeIds = [...new Set(input.codeIds)];
  const found = await db.select({ id: codes.id }).from(codes).where(and(eq(codes.programmeId, programmeId), inArray(codes.id, codeIds)));
  if (found.length !== codeIds.length) throw invalidField('codeIds', 'errors.notFound');
  const rows = await db
    .insert(codings)
    .values(codeIds.map((codeId) => ({ documentId: doc.id, codeId, coderId: actor.userId, start: input.start, end: input.end, text: segmentSnapshot(doc.id, input.start, input.end) })))
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.coding.create', entity: 'coding', entityId: rows[0].id, programmeId, requestId, after: { documentId: doc.id, codeIds, start: input.start, end: input.end } });
  return rows;
}

/** Codings of one document; `coderId` restricts them to one coder (blind coding). */
export async function listCodings(db: Executor, programmeId: string, documentId: string, coderId: string | null) {
  await findDocument(db, programmeId, documentId);
  return db
    .select()
    .from(codings)
    .where(and(eq(codings.documentId, documentId), coderId ? eq(codings.coderId, coderId) : undefined))
    .orderBy(asc(codings.start), asc(codings.end));
}

export async function findCoding(db: Executor, programmeId: string, codingId: string): Promise<CodingRow> {
  const [row] = await db
    .select({ coding: codings })
    .from(codings)
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .where(and(eq(documents.programmeId, programmeId), eq(codings.id, codingId)));
  if (!row) throw notFound();
  return row.coding;
}

export async function deleteCoding(db: Executor, actor: Actor, programmeId: string, codingId: string, requestId?: string) {
  const coding = await findCoding(db, programmeId, codingId);
  await db.delete(memos).where(and(eq(memos.targetKind, 'coding'), eq(memos.targetId, codingId)));
  await db.delete(codings).where(eq(codings.id, codingId));
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.coding.delete', entity: 'coding', entityId: codingId, programmeId, requestId, before: { documentId: coding.documentId, codeId: coding.codeId, start: coding.start, end: coding.end } });
}
