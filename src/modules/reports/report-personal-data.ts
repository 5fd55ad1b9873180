/**
 * The report's and summary's free-text columns. The summary's text is written by staff for the public
 * and may still name someone by mistake, so the withdrawal search covers it. Sections' text lives in
 * the documents module (registered there); picked quotes are references (report-schema.ts), so a
 * withdrawn participant's deleted segments leave the report by cascade.
 */
import { declareNonPersonalColumns, registerFreeTextSource } from '../privacy/free-text-sources.js';

for (const column of ['text_nb', 'text_nn', 'text_en'])
  registerFreeTextSource({ key: `reports.reports_public_summaries.${column}`, table: 'reports_public_summaries', idColumn: 'programme_id', column, programmeColumn: 'programme_id', labelKey: 'reportDoc.freeText.summary', staffPath: '/reports/summary' });

const vocabulary = 'a value from a closed list (report-schema.ts)';
declareNonPersonalColumns('reports_reports', ['language'], vocabulary);
declareNonPersonalColumns('reports_report_sections', ['kind'], vocabulary);
declareNonPersonalColumns('reports_report_exports', ['format', 'status'], vocabulary);
declareNonPersonalColumns('reports_report_exports', ['file_name'], 'made from the programme name and the format');
declareNonPersonalColumns('reports_report_exports', ['error_key'], 'an i18n key');
declareNonPersonalColumns('reports_public_summaries', ['slug'], 'a random slug');
