import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/modules/access/actor.js';
import { createCode } from '../../src/modules/analysis/codes.js';
import { createCodings } from '../../src/modules/analysis/codings.js';
import { importDocument } from '../../src/modules/analysis/documents.js';
import { requestExport, runQueuedExports } from '../../src/modules/reports/report-exports.js';
import { pickQuote } from '../../src/modules/reports/report-quotes.js';
import { reportsReportQuotes } from '../../src/modules/reports/report-schema.js';
import { listSections, syncReport } from '../../src/modules/reports/report-sections.js';
import { saveSummaryText } from '../../src/modules/reports/summary.js';
import type { TestApp } from './app.js';
import type { Throwaway, World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
type Role = 'coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer';

/** P1's coded segment, for the example body that picks a quote. */
let p1Segment: { codingId: string; codeId: string } | undefined;

/**
 * The evaluation report's fixtures (issue 14 §3–5) in P1 and in P2: the report with its sections, a
 * coded segment picked as a quote into a findings section, a finished Word export and the summary's
 * text. All programme-wide: A and B name the same P1 records; 'cross' uses P2's under P1.
 */
export async function buildReportDocWorld(t: TestApp, world: World) {
  const db = t.database.db;
  const admin: Actor = { userId: world.callers.admin.userId, name: 'admin', email: 'admin@varde.test', language: 'nb', isAdmin: true, grants: [] };
  const make = async (programmeId: string) => {
    await syncReport(db, admin, programmeId, 'nb');
    const section = (await listSections(db, programmeId)).find((s) => s.kind === 'findings')!;
    const doc = await importDocument(db, admin, programmeId, { title: 'Rapportintervju', kind: 'meeting_transcript' }, { text: 'Vi ble hørt, og planen ble vår egen.' }, { dataDir: '' });
    const code = await createCode(db, admin, programmeId, { name: 'Rapportkode' });
    const [coding] = await createCodings(db, admin, programmeId, { documentId: doc.id, codeIds: [code.id], start: 0, end: 11 });
    await pickQuote(db, admin, programmeId, section.id, { codingId: coding.id, codeId: code.id });
    const [quote] = await db.select().from(reportsReportQuotes).where(eq(reportsReportQuotes.sectionId, section.id));
    // A PDF: the authorization run queues Word exports, and each format keeps only its newest files.
    const exported = await requestExport(db, admin, programmeId, 'pdf');
    await runQueuedExports(db);
    await saveSummaryText(db, admin, programmeId, { nb: 'Takk til alle.', nn: 'Takk til alle.', en: 'Thanks to all.' });
    return { ids: { reportSectionId: section.id, reportExportId: exported.id, reportQuoteId: quote.id }, segment: { codingId: coding.id, codeId: code.id }, sectionId: section.id };
  };
  const p1 = await make(world.p1.id);
  const p2 = await make(world.p2.id);
  p1Segment = p1.segment;
  const fx = (scope: Scope) => (scope === 'A' || scope === 'B' ? p1 : p2);
  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown' || scope === 'none') return { reportSectionId: randomUUID(), reportExportId: randomUUID(), reportQuoteId: randomUUID() };
      return { ...fx(scope).ids };
    },
    /** A freshly picked quote for the DELETE calls (the segment is picked again into the same section). */
    async throwaway(param: string, scope: Scope): Promise<Throwaway> {
      const f = fx(scope);
      const programmeId = scope === 'A' || scope === 'B' ? world.p1.id : world.p2.id;
      await db.delete(reportsReportQuotes).where(eq(reportsReportQuotes.sectionId, f.sectionId));
      await pickQuote(db, admin, programmeId, f.sectionId, f.segment);
      const [quote] = await db.select().from(reportsReportQuotes).where(eq(reportsReportQuotes.sectionId, f.sectionId));
      f.ids.reportQuoteId = quote.id;
      return { id: quote.id, remove: async () => undefined };
    },
  };
}

const base = '/programmes/{programmeId}/report';

/** One valid body per report operation (spread into exampleBodies). */
export const reportDocExampleBodies: Record<string, (world: World) => unknown> = {
  [`POST ${base}`]: () => ({}),
  // Before the report world is built (the bad-input walk builds none), any well-formed ids: the walk sends bad values around them.
  [`POST ${base}/sections/{reportSectionId}/quotes`]: () => p1Segment ?? { codingId: '6f1c2a4e-7c1b-4d1e-9a59-2b1f4f1d2c3a', codeId: '6f1c2a4e-7c1b-4d1e-9a59-2b1f4f1d2c3b' },
  [`POST ${base}/exports`]: () => ({ format: 'docx' }),
  [`PUT ${base}/summary`]: () => ({ nb: 'Takk til alle.', nn: 'Takk til alle.', en: 'Thanks to all.' }),
  [`POST ${base}/summary/publication`]: () => ({ published: false }),
};

/**
 * The report's rules (report-policy.ts): coordinators, researchers and facilitators read the report
 * and download its exports; coordinators and researchers write it; the coordinator publishes the
 * summary. Picking names P1's segment: in P2 that segment is unknown (404) even to the administrator.
 */
export function reportDocExpectations<R>(members: (may: Role[]) => R, adminOther: (status: 404, rule: R) => R) {
  const read = members(['coordinator', 'researcher', 'facilitator']);
  const write = members(['coordinator', 'researcher']);
  return {
    [`GET ${base}`]: read,
    [`POST ${base}`]: write,
    [`GET ${base}/preview`]: read,
    [`GET ${base}/quote-candidates`]: write,
    [`GET ${base}/sections/{reportSectionId}/quotes`]: read,
    [`POST ${base}/sections/{reportSectionId}/quotes`]: adminOther(404, write),
    [`DELETE ${base}/quotes/{reportQuoteId}`]: write,
    [`POST ${base}/exports`]: read,
    [`GET ${base}/exports/{reportExportId}`]: read,
    [`GET ${base}/exports/{reportExportId}/file`]: read,
    [`GET ${base}/summary`]: read,
    [`PUT ${base}/summary`]: write,
    [`POST ${base}/summary/publication`]: members(['coordinator']),
    [`GET ${base}/summary/qr.svg`]: read,
  };
}
