/**
 * Reading and checking documents within a programme (shared by the analysis operations).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import { participantsByIds } from '../people/participants.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { documentParticipants, documents } from './schema.js';

export type DocumentRow = typeof documents.$inferSelect;

/** One document of the programme, or 404. */
export async function findDocument(db: Executor, programmeId: string, documentId: string): Promise<DocumentRow> {
  const [row] = await db.select().from(documents).where(and(eq(documents.programmeId, programmeId), eq(documents.id, documentId)));
  if (!row) throw notFound();
  return row;
}

export async function participantIdsOf(db: Executor, documentIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (documentIds.length === 0) return out;
  const rows = await db.select().from(documentParticipants).where(inArray(documentParticipants.documentId, documentIds));
  for (const r of rows) out.set(r.documentId, [...(out.get(r.documentId) ?? []), r.participantId]);
  return out;
}

/** The municipality and participants named in a document's metadata must belong to the programme. */
export async function checkDocumentLinks(db: Executor, programmeId: string, input: { municipalityId?: string | null; participantIds?: string[] }): Promise<void> {
  if (input.municipalityId) {
    try {
      await getProgrammeMunicipality(db, programmeId, input.municipalityId);
    } catch {
      throw invalidField('municipalityId', 'errors.notFound');
    }
  }
  const ids = [...new Set(input.participantIds ?? [])];
  if (ids.length > 0 && (await participantsByIds(db, programmeId, ids)).length !== ids.length) {
    throw invalidField('participantIds', 'errors.participantNotInProgramme');
  }
}

export async function setDocumentParticipants(db: Executor, documentId: string, participantIds: string[]): Promise<void> {
  await db.delete(documentParticipants).where(eq(documentParticipants.documentId, documentId));
  const ids = [...new Set(participantIds)];
  if (ids.length > 0) await db.insert(documentParticipants).values(ids.map((participantId) => ({ documentId, participantId })));
}
