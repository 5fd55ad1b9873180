import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError, invalidField } from '../../lib/errors.js';
import { recordAudit } from '../audit/record.js';
import type { Letter } from './letters.js';
import { consentPurposes, consents } from './schema.js';

export type ConsentRow = typeof consents.$inferSelect;
export const maxScanBytes = 10 * 1024 * 1024;

export interface ConsentRecording {
  participantId: string;
  programmeId: string;
  letter: Letter;
  /** Purpose key → granted. Every purpose of the letter is answered; missing ones count as "no". */
  answers: Record<string, boolean>;
  method: 'participant_page' | 'paper';
  /** The staff user who recorded a paper consent; null on the participant page. */
  recordedBy: string | null;
  signedOn?: string | null;
  scan?: { name: string; bytes: Buffer } | null;
  requestId?: string;
}

/** One row per purpose the letter asks for; the newest row per purpose is what counts. */
export async function recordConsents(db: Executor, r: ConsentRecording): Promise<ConsentRow[]> {
  if (!r.letter.publishedAt) throw new DomainError(409, 'errors.letterNotPublished');
  for (const key of Object.keys(r.answers)) if (!r.letter.purposeKeys.includes(key)) throw invalidField('purposes', 'errors.unknownPurpose', { key });
  if (r.scan && r.scan.bytes.length > maxScanBytes) throw new DomainError(413, 'errors.fileTooLarge', { max: 10 });
  const rows = r.letter.purposeKeys.map((purposeKey, i) => ({
    participantId: r.participantId,
    letterId: r.letter.id,
    purposeKey,
    granted: r.answers[purposeKey] === true,
    method: r.method,
    recordedBy: r.recordedBy,
    signedOn: r.signedOn ?? null,
    // A scanned form is stored once, on the first purpose's row of the recording.
    scanFileName: i === 0 && r.scan ? r.scan.name : null,
    scan: i === 0 && r.scan ? r.scan.bytes : null,
  }));
  const created = await db.insert(consents).values(rows).returning();
  await recordAudit(db, {
    actorId: r.recordedBy,
    action: r.method === 'paper' ? 'consent.record_paper' : 'consent.give',
    entity: 'participant',
    entityId: r.participantId,
    programmeId: r.programmeId,
    after: { letterId: r.letter.id, answers: Object.fromEntries(rows.map((x) => [x.purposeKey, x.granted])), signedOn: r.signedOn ?? null, scan: !!r.scan },
    requestId: r.requestId,
  });
  return created;
}

export interface PurposeStatus {
  purposeKey: string;
  granted: boolean;
  method: 'participant_page' | 'paper';
  recordedAt: Date;
  signedOn: string | null;
  letterId: string;
}

/** The standing answer per purpose (newest row not withdrawn). */
export async function consentStatus(db: Executor, participantId: string): Promise<PurposeStatus[]> {
  const rows = await db
    .selectDistinctOn([consents.purposeKey], {
      purposeKey: consents.purposeKey, granted: consents.granted, method: consents.method,
      recordedAt: consents.recordedAt, signedOn: consents.signedOn, letterId: consents.letterId,
    })
    .from(consents)
    .where(and(eq(consents.participantId, participantId), isNull(consents.withdrawnAt)))
    .orderBy(consents.purposeKey, desc(consents.recordedAt), desc(consents.id));
  return rows;
}

/**
 * Refuses (409 errors.noConsent) unless the participant's standing answer for the purpose is yes.
 * Modules that record data for a purpose call this first.
 */
export async function assertConsent(db: Executor, participantId: string, purposeKey: string): Promise<void> {
  const standing = (await consentStatus(db, participantId)).find((s) => s.purposeKey === purposeKey);
  if (!standing?.granted) throw new DomainError(409, 'errors.noConsent', { purpose: purposeKey });
}

/**
 * Before data about people is recorded for a purpose (e.g. an interview transcript for
 * `interview_recording`): if the programme asks consent for that purpose, everyone involved must
 * have given it. A programme that does not use the purpose records freely.
 */
export async function assertConsentForRecording(db: Executor, programmeId: string, participantIds: string[], purposeKey: string): Promise<void> {
  const [purpose] = await db
    .select({ key: consentPurposes.key })
    .from(consentPurposes)
    .where(and(eq(consentPurposes.programmeId, programmeId), eq(consentPurposes.key, purposeKey)));
  if (!purpose) return;
  for (const participantId of new Set(participantIds)) await assertConsent(db, participantId, purposeKey);
}

/** The letter the participant last answered, if any (it decides what withdrawal does). */
export async function lastAnsweredLetterId(db: Executor, participantId: string): Promise<string | null> {
  const [row] = await db.select({ letterId: consents.letterId }).from(consents).where(eq(consents.participantId, participantId)).orderBy(desc(consents.recordedAt)).limit(1);
  return row?.letterId ?? null;
}

/** On withdrawal: every answer is withdrawn and every scanned form deleted. */
export async function withdrawConsents(db: Executor, participantId: string, at = new Date()): Promise<void> {
  await db.update(consents).set({ withdrawnAt: at }).where(and(eq(consents.participantId, participantId), isNull(consents.withdrawnAt)));
  await deleteParticipantConsentScans(db, participantId);
}

/** A scanned form carries the person's name and signature: it goes whenever the person is anonymised. */
export async function deleteParticipantConsentScans(db: Executor, participantId: string): Promise<void> {
  await db.update(consents).set({ scan: null, scanFileName: null }).where(eq(consents.participantId, participantId));
}

/** Deletes every scanned consent form of the programme's participants (retention). Returns how many. */
export async function deleteConsentScans(db: Executor, programmeId: string): Promise<number> {
  const done = await db.execute(sql`
    update consents c set scan = null, scan_file_name = null
    from participants p where p.id = c.participant_id and p.programme_id = ${programmeId} and c.scan is not null`);
  return done.rowCount ?? 0;
}

/** Every consent row of a person, without the scanned bytes (access export, staff view). */
export async function consentHistory(db: Executor, participantId: string) {
  return db
    .select({
      id: consents.id, letterId: consents.letterId, purposeKey: consents.purposeKey, granted: consents.granted, method: consents.method,
      signedOn: consents.signedOn, recordedAt: consents.recordedAt, withdrawnAt: consents.withdrawnAt, scanFileName: consents.scanFileName,
      hasScan: sql<boolean>`${consents.scan} is not null`,
    })
    .from(consents)
    .where(eq(consents.participantId, participantId))
    .orderBy(consents.recordedAt, consents.purposeKey);
}

export async function getScan(db: Executor, participantId: string, consentId: string) {
  const [row] = await db
    .select({ name: consents.scanFileName, bytes: consents.scan })
    .from(consents)
    .where(and(eq(consents.participantId, participantId), eq(consents.id, consentId), isNotNull(consents.scan)));
  return row ?? null;
}

/** Stores a scanned form on one consent row of the participant (in the programme). False when there is no such row. */
export async function attachScan(db: Executor, actorId: string, programmeId: string, participantId: string, consentId: string, scan: { name: string; bytes: Buffer }, requestId?: string): Promise<boolean> {
  const done = await db.update(consents).set({ scan: scan.bytes, scanFileName: scan.name }).where(and(eq(consents.id, consentId), eq(consents.participantId, participantId))).returning({ id: consents.id });
  if (done.length === 0) return false;
  await recordAudit(db, { actorId, action: 'consent.attach_scan', entity: 'participant', entityId: participantId, programmeId, after: { consentId, bytes: scan.bytes.length }, requestId });
  return true;
}
