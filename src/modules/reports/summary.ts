/**
 * The public plain-language summary (issue 14 §5): what staff wrote for the people who took part,
 * per language, and key figures generated from live data — how many municipalities, meetings,
 * documents and people by role (small cells suppressed), and the themes and target areas agreed on.
 * No personal data: names, codes and contact details never reach it, and quotes are not shown.
 * It lives under an unguessable slug and is public only while published.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { listCodes } from '../analysis/codes.js';
import { recordAudit } from '../audit/record.js';
import { listTargetAreaRows } from '../codesign/target-areas.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { materialFacts } from './report-material.js';
import { reportsPublicSummaries, type ReportLanguage } from './report-schema.js';

export type PublicSummary = typeof reportsPublicSummaries.$inferSelect;
export const maxSummaryChars = 20_000;

export async function getSummary(db: Executor, programmeId: string): Promise<PublicSummary | null> {
  const [row] = await db.select().from(reportsPublicSummaries).where(eq(reportsPublicSummaries.programmeId, programmeId));
  return row ?? null;
}

async function ensureSummary(db: Executor, programmeId: string): Promise<PublicSummary> {
  const found = await getSummary(db, programmeId);
  if (found) return found;
  const [row] = await db.insert(reportsPublicSummaries).values({ programmeId, slug: randomBytes(12).toString('base64url') }).onConflictDoNothing().returning();
  return row ?? (await getSummary(db, programmeId))!;
}

export async function saveSummaryText(db: Executor, actor: Actor, programmeId: string, input: { nb: string; nn: string; en: string }, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const row = await ensureSummary(db, programmeId);
  await db.update(reportsPublicSummaries).set({ textNb: input.nb, textNn: input.nn, textEn: input.en, updatedBy: actor.userId, updatedAt: new Date() }).where(eq(reportsPublicSummaries.programmeId, programmeId));
  await recordAudit(db, { actorId: actor.userId, action: 'report.summary.text', entity: 'public_summary', entityId: row.programmeId, programmeId, requestId });
}

export async function setSummaryPublished(db: Executor, actor: Actor, programmeId: string, published: boolean, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const row = await ensureSummary(db, programmeId);
  if (published && !row.textNb.trim() && !row.textNn.trim() && !row.textEn.trim()) throw new DomainError(409, 'reportDoc.errors.summaryEmpty');
  await db.update(reportsPublicSummaries).set({ published, updatedBy: actor.userId, updatedAt: new Date() }).where(eq(reportsPublicSummaries.programmeId, programmeId));
  await recordAudit(db, { actorId: actor.userId, action: published ? 'report.summary.publish' : 'report.summary.unpublish', entity: 'public_summary', entityId: programmeId, programmeId, requestId });
}

/** The figures the summary shows, as a shareable export: counts of people below the threshold suppressed. */
export async function summaryFigures(db: Executor, programmeId: string, lang: ReportLanguage) {
  const f = await materialFacts(db, programmeId, lang);
  const themes = (await listCodes(db, programmeId)).filter((c) => c.isTheme && c.parentId === null).map((c) => c.name);
  const all = { isMember: true, roles: new Set<never>(), municipalities: 'all' as const, contactMunicipalities: new Set<string>() };
  const targetAreas = (await listTargetAreaRows(db, programmeId, all)).map((a) => a.title);
  return {
    threshold: f.threshold, municipalities: f.municipalities, activitiesHeld: f.activitiesHeldTotal, documents: f.documentsTotal,
    participants: f.participants.map((p) => ({ role: p.role, count: p.recruited })), participantsTotal: f.participantsTotal, themes, targetAreas,
  };
}

/** The published summary behind a slug, or null (unknown or unpublished: the page says "not found" alike). */
export async function publishedSummary(db: Executor, slug: string) {
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(slug)) return null;
  const [row] = await db.select().from(reportsPublicSummaries).where(eq(reportsPublicSummaries.slug, slug));
  if (!row?.published) return null;
  return { row, programme: await getProgramme(db, row.programmeId) };
}

export const summaryText = (row: PublicSummary, lang: ReportLanguage) => ({ nb: row.textNb, nn: row.textNn, en: row.textEn })[lang] || row.textNb || row.textNn || row.textEn;
