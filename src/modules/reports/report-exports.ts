/**
 * Word and PDF exports of the report. Building a national-scale report takes seconds, so a request
 * only queues an export (a row, and a NOTIFY that wakes the `reports.export` job once the request's
 * transaction commits); the job builds it, writing its progress to the row as it goes, and keeps the
 * file for download. The staff app polls the row for its progress bar.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.js';
import { DomainError } from '../../lib/errors.js';
import { pdfDocument } from '../../lib/office/pdf.js';
import { wordDocument } from '../../lib/office/word.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgramme } from '../programmes/programmes.js';
import { buildReport } from './report-build.js';
import { reportsReportExports, type ReportExportFormat } from './report-schema.js';
import { getReport } from './report-sections.js';

/** Postgres channel the job runner listens on for new exports (delivered only after the commit). */
export const reportExportWakeChannel = 'varde_report_exports';
/** Kept exports per programme and format: older files are dropped when a new one is queued. */
const keptExports = 6;

export type ReportExport = typeof reportsReportExports.$inferSelect;

export function exportStatus(row: ReportExport) {
  return { id: row.id, format: row.format, status: row.status, progress: row.progress, fileName: row.fileName, errorKey: row.errorKey, createdAt: row.createdAt.toISOString(), finishedAt: row.finishedAt?.toISOString() ?? null };
}

export async function requestExport(db: Executor, actor: Actor, programmeId: string, format: ReportExportFormat, requestId?: string): Promise<ReportExport> {
  await getProgramme(db, programmeId);
  if (!(await getReport(db, programmeId))) throw new DomainError(409, 'reportDoc.errors.noReport');
  const [row] = await db.insert(reportsReportExports).values({ programmeId, format, requestedBy: actor.userId }).returning();
  const old = await db.select({ id: reportsReportExports.id }).from(reportsReportExports).where(and(eq(reportsReportExports.programmeId, programmeId), eq(reportsReportExports.format, format))).orderBy(desc(reportsReportExports.createdAt)).offset(keptExports);
  if (old.length) await db.delete(reportsReportExports).where(inArray(reportsReportExports.id, old.map((o) => o.id)));
  await recordAudit(db, { actorId: actor.userId, action: 'report.export', entity: 'report_export', entityId: row.id, programmeId, after: { format }, requestId });
  await db.execute(sql`select pg_notify(${reportExportWakeChannel}, '')`);
  return row;
}

export async function getExport(db: Executor, programmeId: string, exportId: string): Promise<ReportExport> {
  const [row] = await db.select().from(reportsReportExports).where(and(eq(reportsReportExports.programmeId, programmeId), eq(reportsReportExports.id, exportId)));
  if (!row) throw new DomainError(404, 'reportDoc.errors.exportNotFound');
  return row;
}

export async function listExports(db: Executor, programmeId: string) {
  const rows = await db
    .select({ id: reportsReportExports.id, format: reportsReportExports.format, status: reportsReportExports.status, progress: reportsReportExports.progress, fileName: reportsReportExports.fileName, errorKey: reportsReportExports.errorKey, createdAt: reportsReportExports.createdAt, finishedAt: reportsReportExports.finishedAt })
    .from(reportsReportExports).where(eq(reportsReportExports.programmeId, programmeId)).orderBy(desc(reportsReportExports.createdAt));
  return rows.map((r) => exportStatus({ ...r, programmeId, fileBytes: null, requestedBy: null }));
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9æøå]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'rapport';

/** Builds one export to the end, writing progress as it goes. */
export async function runExport(db: Database, row: ReportExport): Promise<void> {
  const progress = (percent: number) => db.update(reportsReportExports).set({ progress: percent }).where(eq(reportsReportExports.id, row.id)).then(() => undefined);
  try {
    const built = await buildReport(db, row.programmeId, { onProgress: progress });
    const bytes = row.format === 'pdf' ? await pdfDocument(built.document) : await wordDocument(built.document);
    const fileName = `${slug(built.document.title)}.${row.format}`;
    await db.update(reportsReportExports).set({ status: 'done', progress: 100, fileName, fileBytes: bytes, finishedAt: new Date() }).where(eq(reportsReportExports.id, row.id));
  } catch (err) {
    await db.update(reportsReportExports).set({ status: 'failed', errorKey: 'reportDoc.errors.exportFailed', finishedAt: new Date() }).where(eq(reportsReportExports.id, row.id));
    throw err;
  }
}

/**
 * The job: takes queued exports one at a time (a row is claimed with SKIP LOCKED, so two app
 * processes never build the same one) until none is left. Returns how many were built.
 */
export async function runQueuedExports(db: Database): Promise<{ built: number; failed: number }> {
  let built = 0;
  let failed = 0;
  // An export left running by a process that stopped mid-build is queued again.
  await db.execute(sql`update ${reportsReportExports} set status = 'queued', progress = 0 where status = 'running' and created_at < now() - interval '15 minutes'`);
  for (;;) {
    const { rows } = await db.execute<{ id: string }>(sql`
      update ${reportsReportExports} set status = 'running', progress = 1
      where id = (select id from ${reportsReportExports} where status = 'queued' order by created_at limit 1 for update skip locked)
      returning id`);
    if (!rows.length) return { built, failed };
    const [row] = await db.select().from(reportsReportExports).where(eq(reportsReportExports.id, rows[0].id));
    try {
      await runExport(db, row);
      built++;
    } catch {
      failed++;
    }
  }
}
