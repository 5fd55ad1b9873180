/**
 * The reports module's free-text columns: a question's wording, a dissemination line's title, audience,
 * owner role, notes and product labels may name a person. Nothing references a participant row.
 */
import { declareNonPersonalColumns, registerFreeTextSource } from '../privacy/free-text-sources.js';

const labelKey = (what: string) => `reports.freeText.${what}`;
registerFreeTextSource({ key: 'reports.reports_evaluation_questions.text', table: 'reports_evaluation_questions', column: 'text', programmeColumn: 'programme_id', labelKey: labelKey('question'), staffPath: '/reports' });
for (const column of ['title', 'audience', 'owner_role', 'notes'])
  registerFreeTextSource({ key: `reports.reports_dissemination_items.${column}`, table: 'reports_dissemination_items', column, programmeColumn: 'programme_id', labelKey: labelKey('dissemination'), staffPath: '/reports/dissemination' });
registerFreeTextSource({ key: 'reports.reports_dissemination_items.products', table: 'reports_dissemination_items', column: 'products', format: 'jsonb', programmeColumn: 'programme_id', labelKey: labelKey('dissemination'), staffPath: '/reports/dissemination' });

const vocabulary = 'a value from a closed list (vocabulary.ts)';
declareNonPersonalColumns('reports_evaluation_questions', ['status'], vocabulary);
declareNonPersonalColumns('reports_evaluation_questions', ['sources', 'analyses'], 'kinds and record ids (links), never text');
declareNonPersonalColumns('reports_question_status_changes', ['from_status', 'to_status'], vocabulary);
declareNonPersonalColumns('reports_dissemination_items', ['channel', 'status'], vocabulary);
