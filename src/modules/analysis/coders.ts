import { desc, eq, sql, and, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { codings, documents } from './schema.js';

/** Coders of the programme (or one document), most codings first. */
export async function mostActiveCoders(db: Executor, programmeId: string, documentId?: string): Promise<string[]> {
  const rows = await db
    .select({ coderId: codings.coderId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(codings)
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .where(and(eq(documents.programmeId, programmeId), isNotNull(codings.coderId), documentId ? eq(documents.id, documentId) : undefined))
    .groupBy(codings.coderId)
    .orderBy(desc(sql`count(*)`));
  return rows.map((r) => r.coderId!);
}
