import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { deleteDocument, getDocument, importDocument } from '../analysis/documents.js';
import type { OriginalsKey } from '../analysis/originals.js';
import { TranscriptParseError } from '../analysis/parsed-document.js';
import { parseTranscriptFile } from '../analysis/transcript-import.js';
import { recordAudit } from '../audit/record.js';
import type { ActivityRow } from './activities.js';
import { activityMinutes } from './schema.js';

export type MinutesRow = typeof activityMinutes.$inferSelect;
export type MinutesSource = { text: string } | { fileName: string; bytes: Buffer };

async function minutesRow(db: Executor, activityId: string): Promise<MinutesRow | null> {
  const [row] = await db.select().from(activityMinutes).where(eq(activityMinutes.activityId, activityId));
  return row ?? null;
}

/** The minutes with their (pseudonymised) text from the analysis document; null when there are none or the document was deleted. */
export async function getMinutes(db: Executor, activity: ActivityRow): Promise<(MinutesRow & { text: string }) | null> {
  const row = await minutesRow(db, activity.id);
  if (!row?.documentId) return null;
  try {
    return { ...row, text: (await getDocument(db, activity.programmeId, row.documentId)).text };
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) return null;
    throw error;
  }
}

/** Reads an uploaded .docx (mammoth, via the analysis importer); other formats are refused. */
async function docxText(fileName: string, bytes: Buffer): Promise<string> {
  if (!/\.docx$/i.test(fileName)) throw new DomainError(422, 'activities.errors.minutesNotDocx', { fileName });
  try {
    return (await parseTranscriptFile(fileName, bytes)).text;
  } catch (error) {
    if (error instanceof TranscriptParseError) throw new DomainError(422, error.key as never, error.vars);
    throw error;
  }
}

/**
 * Saves the minutes (written or uploaded) as an analysis document of kind `minutes`, so they can
 * be coded; the text is pseudonymised there like any other document. Saving again replaces that document (its codings go with it:
 * the text they pointed into is gone).
 */
export async function saveMinutes(db: Executor, actor: Actor, activity: ActivityRow, source: MinutesSource, title: string, keys: OriginalsKey, requestId?: string): Promise<MinutesRow> {
  const text = 'text' in source ? source.text : await docxText(source.fileName, source.bytes);
  if (text.trim() === '') throw new DomainError(422, 'errors.transcriptEmpty');
  const before = await minutesRow(db, activity.id);
  if (before?.documentId) {
    try {
      await deleteDocument(db, actor, activity.programmeId, before.documentId, requestId);
    } catch (error) {
      // Already deleted in the analysis module: nothing to replace.
      if (!(error instanceof DomainError && error.status === 404)) throw error;
    }
  }
  const document = await importDocument(
    db, actor, activity.programmeId,
    { title, kind: 'minutes', municipalityId: activity.municipalityId, activityType: activity.typeKey, attributes: { activityId: activity.id } },
    'text' in source ? { text } : source, keys, requestId,
  );
  const values = { source: ('text' in source ? 'written' : 'docx') as MinutesRow['source'], documentId: document.id, updatedBy: actor.userId, updatedAt: new Date() };
  const [row] = await db.insert(activityMinutes).values({ activityId: activity.id, ...values }).onConflictDoUpdate({ target: activityMinutes.activityId, set: values }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.minutes.save', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, after: { source: row.source, documentId: row.documentId, length: text.length }, requestId });
  return row;
}
