/**
 * The improvement module's free-text columns that may name a person (an owner, a café host, what a team
 * wrote about a user interview). Nothing here references a participant row, so there is nothing to
 * cascade; a withdrawal finds a name typed into these columns through the free-text search.
 */
import { declareNonPersonalColumns, registerFreeTextSource } from '../privacy/free-text-sources.js';

const viaMeasure = '(select m.programme_id from improvement_measures m where m.id = t.measure_id)';
const viaIndicator = '(select m.programme_id from improvement_measures m join improvement_indicators i on i.measure_id = m.id where i.id = t.indicator_id)';
const label = (what: string) => `improvement.freeText.${what}`;

const direct: [table: string, column: string, what: string][] = [
  ['improvement_team_plans', 'anchoring', 'workPlan'], ['improvement_team_plans', 'composition', 'workPlan'],
  ['improvement_measures', 'title', 'measure'], ['improvement_measures', 'description', 'measure'], ['improvement_measures', 'aim', 'measure'],
  ['improvement_measures', 'owner', 'measureOwner'], ['improvement_measures', 'target_areas', 'measure'],
  ['improvement_harvests', 'text', 'harvest'], ['improvement_harvests', 'question', 'harvest'], ['improvement_harvests', 'host', 'harvestHost'], ['improvement_harvests', 'table_label', 'harvest'],
  ['improvement_progress_scores', 'reason', 'progress'],
];
for (const [table, column, what] of direct)
  registerFreeTextSource({ key: `improvement.${table}.${column}`, table, column, programmeColumn: 'programme_id', labelKey: label(what), ...(table === 'improvement_measures' ? { staffPath: '/improvement/measures/:id' } : {}) });

for (const column of ['plan', 'prediction', 'do_notes', 'study', 'act'])
  registerFreeTextSource({ key: `improvement.improvement_pdsa_cycles.${column}`, table: 'improvement_pdsa_cycles', column, programmeSql: viaMeasure, labelKey: label('pdsa') });
for (const column of ['name', 'definition', 'numerator', 'denominator'])
  registerFreeTextSource({ key: `improvement.improvement_indicators.${column}`, table: 'improvement_indicators', column, programmeSql: viaMeasure, labelKey: label('indicator') });
registerFreeTextSource({ key: 'improvement.improvement_measurements.note', table: 'improvement_measurements', column: 'note', programmeSql: viaIndicator, labelKey: label('measurementNote') });

// Closed word lists and keys chosen from menus, never typed about a person.
const vocabulary = 'a value from a closed list (vocabulary.ts) or a key';
declareNonPersonalColumns('improvement_task_checks', ['task_key'], vocabulary);
declareNonPersonalColumns('improvement_measure_kinds', ['key', 'labels'], 'the programme\'s names for kinds of measure (vocabulary)');
declareNonPersonalColumns('improvement_measures', ['kind', 'status', 'user_involvement'], vocabulary);
declareNonPersonalColumns('improvement_pdsa_cycles', ['decision'], vocabulary);
declareNonPersonalColumns('improvement_indicators', ['value_type', 'frequency', 'direction', 'chart'], vocabulary);
declareNonPersonalColumns('improvement_indicators', ['signals'], 'computed chart signals (flags and counts)');
declareNonPersonalColumns('improvement_rounds', ['template_key'], 'a questionnaire template key or instrument id');
declareNonPersonalColumns('improvement_harvests', ['kind'], vocabulary);
