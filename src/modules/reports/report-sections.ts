/**
 * The report's sections in seed 004's order. Each is a versioned document (owner kind
 * `report_section`, `src/modules/documents`) started from a template: a sentence or two to replace
 * and `{{generated:key}}` lines the build fills from live data. Findings get one section per
 * evaluation question; a question added later gets its section when the report is next synced.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { translate } from '../../i18n/index.js';
import { DomainError } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { createAuthoredDocument, listAuthoredDocuments, renameAuthoredDocument } from '../documents/documents.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { listEvaluationQuestions } from './evaluation-questions.js';
import { reportSectionKinds, reportsReports, reportsReportSections, type ReportLanguage, type ReportSectionKind } from './report-schema.js';

export const reportSectionOwner = 'report_section';
export type ReportSection = typeof reportsReportSections.$inferSelect;

/** The order of seed 004: findings sit between method and conclusion. */
const order = (kind: ReportSectionKind) => reportSectionKinds.indexOf(kind) * 1000;

export function sectionTemplate(kind: ReportSectionKind, lang: ReportLanguage, sectionId: string, questionId: string | null): string {
  const t = (k: string) => translate(lang, `reportDoc.templates.${k}`);
  switch (kind) {
    case 'questions': return `${t('questions')}\n\n{{generated:questions}}\n`;
    case 'material': return `${t('material')}\n\n{{generated:material}}\n`;
    case 'method': return `{{generated:method}}\n\n${t('method')}\n`;
    case 'findings': return `${t('findings')}\n\n{{generated:findings:${questionId ?? 'all'}}}\n\n## ${t('quotesHeading')}\n\n{{generated:quotes:${sectionId}}}\n\n${t('findingsDiscussion')}\n`;
    case 'appendices': return `## ${t('instrumentsHeading')}\n\n{{generated:instruments}}\n\n## ${t('lettersHeading')}\n\n{{generated:letters}}\n\n## ${t('guidesHeading')}\n\n{{generated:guides}}\n`;
    default: return `${t(kind)}\n`;
  }
}

const sectionTitle = (kind: ReportSectionKind, lang: ReportLanguage, question?: { position: number; text: string }) =>
  question ? translate(lang, 'reportDoc.sections.findingsFor', { question: question.text }) : translate(lang, `reportDoc.sections.${kind}`);

export async function getReport(db: Executor, programmeId: string) {
  const [row] = await db.select().from(reportsReports).where(eq(reportsReports.programmeId, programmeId));
  return row ?? null;
}

export async function listSections(db: Executor, programmeId: string): Promise<ReportSection[]> {
  return db.select().from(reportsReportSections).where(eq(reportsReportSections.programmeId, programmeId)).orderBy(asc(reportsReportSections.position), asc(reportsReportSections.createdAt));
}

export async function getSection(db: Executor, programmeId: string, sectionId: string): Promise<ReportSection> {
  const [row] = await db.select().from(reportsReportSections).where(and(eq(reportsReportSections.programmeId, programmeId), eq(reportsReportSections.id, sectionId)));
  if (!row) throw new DomainError(404, 'reportDoc.errors.sectionNotFound');
  return row;
}

async function addSection(db: Executor, actor: Actor, programmeId: string, lang: ReportLanguage, kind: ReportSectionKind, question: { id: string; position: number; text: string } | null, requestId?: string) {
  const id = randomUUID();
  const doc = await createAuthoredDocument(db, actor, programmeId, {
    ownerKind: reportSectionOwner, ownerId: id, title: sectionTitle(kind, lang, question ?? undefined), form: 'written', body: sectionTemplate(kind, lang, id, question?.id ?? null),
  }, requestId);
  const position = order(kind) + (question ? question.position + 1 : 0);
  await db.insert(reportsReportSections).values({ id, programmeId, kind, questionId: question?.id ?? null, position, documentId: doc.id });
}

/**
 * Creates the report (in `lang`) or brings its sections up to date with the evaluation plan: a
 * findings section per question (one for the whole programme while there are none), titles
 * following the questions' wording. Written text is never touched.
 */
export async function syncReport(db: Executor, actor: Actor, programmeId: string, lang: ReportLanguage | undefined, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  let report = await getReport(db, programmeId);
  if (!report) {
    [report] = await db.insert(reportsReports).values({ programmeId, language: lang ?? 'nb', createdBy: actor.userId }).returning();
    await recordAudit(db, { actorId: actor.userId, action: 'report.create', entity: 'report', entityId: programmeId, programmeId, after: { language: report.language }, requestId });
  } else if (lang && lang !== report.language) {
    [report] = await db.update(reportsReports).set({ language: lang, updatedAt: new Date() }).where(eq(reportsReports.programmeId, programmeId)).returning();
    await recordAudit(db, { actorId: actor.userId, action: 'report.language', entity: 'report', entityId: programmeId, programmeId, after: { language: lang }, requestId });
  }
  const language = report.language;
  const sections = await listSections(db, programmeId);
  for (const kind of reportSectionKinds) {
    if (kind !== 'findings' && !sections.some((s) => s.kind === kind)) await addSection(db, actor, programmeId, language, kind, null, requestId);
  }
  const questions = await listEvaluationQuestions(db, programmeId, language);
  const findings = sections.filter((s) => s.kind === 'findings');
  const docs = new Map((await listAuthoredDocuments(db, programmeId, reportSectionOwner)).map((d) => [d.id, d]));
  for (const q of questions) {
    const has = findings.find((s) => s.questionId === q.id);
    if (!has) await addSection(db, actor, programmeId, language, 'findings', q, requestId);
    else {
      const doc = docs.get(has.documentId);
      const title = sectionTitle('findings', language, q);
      if (doc && doc.title !== title) await renameAuthoredDocument(db, actor, doc, title, requestId);
      if (has.position !== order('findings') + q.position + 1) await db.update(reportsReportSections).set({ position: order('findings') + q.position + 1 }).where(eq(reportsReportSections.id, has.id));
    }
  }
  if (!questions.length && !findings.some((s) => s.questionId === null)) await addSection(db, actor, programmeId, language, 'findings', null, requestId);
  return report;
}
