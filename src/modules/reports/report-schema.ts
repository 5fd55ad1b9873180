import { boolean, customType, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { codings } from '../analysis/schema.js';
import { users } from '../auth/schema.js';
import { authoredDocuments } from '../documents/schema.js';
import { programmes } from '../programmes/schema.js';
import { reportsEvaluationQuestions } from './schema.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const reportLanguages = ['nb', 'nn', 'en'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];
/** Seed 004's structure: background, questions, data material, method, findings per question, conclusion, appendices. */
export const reportSectionKinds = ['background', 'questions', 'material', 'method', 'findings', 'conclusion', 'appendices'] as const;
export type ReportSectionKind = (typeof reportSectionKinds)[number];
export const reportExportFormats = ['docx', 'pdf'] as const;
export type ReportExportFormat = (typeof reportExportFormats)[number];
export const reportExportStatuses = ['queued', 'running', 'done', 'failed'] as const;

/** The programme's evaluation report: its language (one report per programme). */
export const reportsReports = pgTable('reports_reports', {
  programmeId: uuid('programme_id').primaryKey().references(() => programmes.id, { onDelete: 'cascade' }),
  language: text('language', { enum: reportLanguages }).notNull().default('nb'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A section of the report: its text is a versioned document (owner kind `report_section`) whose
 * `{{generated:key}}` lines are filled from live data when the report is built. A findings section
 * answers one evaluation question.
 */
export const reportsReportSections = pgTable(
  'reports_report_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: reportSectionKinds }).notNull(),
    questionId: uuid('question_id').references(() => reportsEvaluationQuestions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    documentId: uuid('document_id').notNull().references(() => authoredDocuments.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_report_sections_programme_idx').on(t.programmeId, t.position)],
);

/**
 * A quote the researcher picked into a findings section: a reference to a coded segment, never a
 * copy of its words. The words are read and anonymised when the report is built, so a segment that
 * goes (a withdrawn participant's transcript is deleted with its codings) leaves the report with it.
 */
export const reportsReportQuotes = pgTable(
  'reports_report_quotes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    sectionId: uuid('section_id').notNull().references(() => reportsReportSections.id, { onDelete: 'cascade' }),
    codingId: uuid('coding_id').notNull().references(() => codings.id, { onDelete: 'cascade' }),
    /** The segment's own code when picked (retrieval is per code); the coding's own row decides whether it still exists. */
    codeId: uuid('code_id').notNull(),
    pickedBy: uuid('picked_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reports_report_quotes_section_coding_uq').on(t.sectionId, t.codingId)],
);

/** A Word or PDF export, built by the `reports.export` job; `progress` (0–100) feeds the staff app's progress bar. */
export const reportsReportExports = pgTable(
  'reports_report_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    format: text('format', { enum: reportExportFormats }).notNull(),
    status: text('status', { enum: reportExportStatuses }).notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    fileName: text('file_name'),
    fileBytes: bytea('file_bytes'),
    errorKey: text('error_key'),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('reports_report_exports_programme_idx').on(t.programmeId, t.createdAt), index('reports_report_exports_status_idx').on(t.status)],
);

/** The public plain-language summary (issue 14 §5): staff text per language, published under an unguessable slug. */
export const reportsPublicSummaries = pgTable(
  'reports_public_summaries',
  {
    programmeId: uuid('programme_id').primaryKey().references(() => programmes.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    published: boolean('published').notNull().default(false),
    textNb: text('text_nb').notNull().default(''),
    textNn: text('text_nn').notNull().default(''),
    textEn: text('text_en').notNull().default(''),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reports_public_summaries_slug_uq').on(t.slug)],
);
