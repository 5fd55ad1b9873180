/**
 * Originals (the text before pseudonymisation) are kept only when the programme allows it,
 * sealed with AES-256-GCM (bound to programme and document ids), and deleted on their date by the
 * retention kind `analysis_originals` (registered in privacy/retention-kinds.ts).
 */
import { and, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { loadEncryptionKey, open, seal } from '../../lib/keyring.js';
import { documents } from './schema.js';

/** Where the key comes from: a test passes `key`; the app passes its data dir (and the environment is read). */
export interface OriginalsKey {
  key?: Buffer;
  dataDir: string;
}

export const originalsKey = (source: OriginalsKey) => loadEncryptionKey({ key: source.key, envValue: process.env.VARDE_ENCRYPTION_KEY, dataDir: source.dataDir });

const context = (programmeId: string, documentId: string) => `analysis-original:${programmeId}:${documentId}`;

export async function sealOriginal(source: OriginalsKey, programmeId: string, documentId: string, bytes: Buffer): Promise<Buffer> {
  return seal(await originalsKey(source), bytes, context(programmeId, documentId));
}

export async function openOriginal(source: OriginalsKey, programmeId: string, documentId: string, blob: Buffer): Promise<Buffer> {
  return open(await originalsKey(source), blob, context(programmeId, documentId));
}

/** Every kept original of the programme (the retention rule's date has come). Returns how many. */
export async function deleteOriginals(tx: Executor, programmeId: string): Promise<number> {
  const done = await tx
    .update(documents)
    .set({ originalEncrypted: null, originalDeleteBy: null })
    .where(and(eq(documents.programmeId, programmeId), isNotNull(documents.originalEncrypted)));
  return done.rowCount ?? 0;
}

/** Originals whose own deletion date has passed, in every programme (for a daily job). */
export async function deleteExpiredOriginals(tx: Executor, today: string): Promise<number> {
  const done = await tx
    .update(documents)
    .set({ originalEncrypted: null })
    .where(and(isNotNull(documents.originalEncrypted), lte(documents.originalDeleteBy, sql`${today}::date`)));
  return done.rowCount ?? 0;
}
