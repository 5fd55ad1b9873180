/**
 * Picking quotes into the report's findings (issue 14 §3): the researcher retrieves a code's (or
 * theme's) coded segments through the analysis module, already anonymised, narrows them by words,
 * and picks some into a findings section. Only the reference is kept (report-schema.ts).
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { anonymisedQuotes } from '../analysis/quotes.js';
import { findCode } from '../analysis/codes.js';
import { retrieveSegments } from '../analysis/retrieval.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { reportsReportQuotes, type ReportLanguage } from './report-schema.js';
import { getReport, getSection } from './report-sections.js';

/** At most this many candidates in one answer: enough to read through, small enough for a page. */
export const maxCandidates = 200;

export async function quoteCandidates(db: Executor, programmeId: string, input: { codeId: string; sectionId?: string; words?: string }) {
  await findCode(db, programmeId, input.codeId);
  const lang: ReportLanguage = (await getReport(db, programmeId))?.language ?? 'nb';
  const all = await anonymisedQuotes(db, programmeId, input.codeId, { includeChildren: true }, lang);
  const words = (input.words ?? '').trim().toLocaleLowerCase(lang === 'en' ? 'en' : 'nb').split(/\s+/).filter(Boolean);
  const found = words.length ? all.filter((q) => words.every((w) => q.text.toLocaleLowerCase('nb').includes(w))) : all;
  const picked = input.sectionId
    ? new Set((await db.select({ codingId: reportsReportQuotes.codingId }).from(reportsReportQuotes).where(and(eq(reportsReportQuotes.programmeId, programmeId), eq(reportsReportQuotes.sectionId, input.sectionId)))).map((r) => r.codingId))
    : new Set<string>();
  return { total: found.length, candidates: found.slice(0, maxCandidates).map((q) => ({ codingId: q.codingId, text: q.text, attribution: q.attribution, picked: picked.has(q.codingId) })) };
}

export async function pickQuote(db: Executor, actor: Actor, programmeId: string, sectionId: string, input: { codingId: string; codeId: string }, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const section = await getSection(db, programmeId, sectionId);
  if (section.kind !== 'findings') throw new DomainError(409, 'reportDoc.errors.notFindings');
  await findCode(db, programmeId, input.codeId);
  // Found under the code or theme it was retrieved with; kept under the segment's own code.
  const segment = (await retrieveSegments(db, programmeId, input.codeId, { includeChildren: true })).find((s) => s.codingId === input.codingId);
  if (!segment) throw new DomainError(404, 'reportDoc.errors.segmentNotFound');
  const [row] = await db.insert(reportsReportQuotes).values({ programmeId, sectionId, codingId: input.codingId, codeId: segment.codeId, pickedBy: actor.userId }).onConflictDoNothing().returning();
  if (row) await recordAudit(db, { actorId: actor.userId, action: 'report.quote.pick', entity: 'report_quote', entityId: row.id, programmeId, after: { sectionId, codingId: input.codingId }, requestId });
}

export async function unpickQuote(db: Executor, actor: Actor, programmeId: string, quoteId: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const gone = await db.delete(reportsReportQuotes).where(and(eq(reportsReportQuotes.programmeId, programmeId), eq(reportsReportQuotes.id, quoteId))).returning({ id: reportsReportQuotes.id, sectionId: reportsReportQuotes.sectionId });
  if (!gone.length) throw new DomainError(404, 'reportDoc.errors.quoteNotFound');
  await recordAudit(db, { actorId: actor.userId, action: 'report.quote.unpick', entity: 'report_quote', entityId: gone[0].id, programmeId, before: { sectionId: gone[0].sectionId }, requestId });
}
