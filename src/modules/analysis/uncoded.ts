/** Documents nobody has coded yet, for the programme overview's "what needs attention" (ids and titles only). */
import { and, desc, eq, notExists } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { codings, documents } from './schema.js';

export async function uncodedDocuments(db: Executor, programmeId: string) {
  return db
    .select({ id: documents.id, title: documents.title, municipalityId: documents.municipalityId })
    .from(documents)
    .where(and(eq(documents.programmeId, programmeId), notExists(db.select({ one: codings.id }).from(codings).where(eq(codings.documentId, documents.id)))))
    .orderBy(desc(documents.createdAt));
}
