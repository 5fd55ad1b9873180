/**
 * Text columns of modules built alongside the withdrawal search (co-design, improvement, rate
 * limits) that hold no free text about people and that their modules did not declare yet, so the
 * coverage test passes. Each module may move its line next to its own registrations; the test
 * fails on any text column that is neither registered nor declared, so nothing can fall through.
 */
import { declareNonPersonalColumns } from './free-text-sources.js';

const closed = 'a closed word list, key or enum';
declareNonPersonalColumns('codesign_journey_stages', ['key', 'labels'], 'a stage of a service journey, the same for everyone');
declareNonPersonalColumns('codesign_target_area_votes', ['tally'], 'vote counts');
declareNonPersonalColumns('codesign_touchpoints', ['emotion', 'role'], closed);
declareNonPersonalColumns('codesign_trigger_sets', ['film_url'], 'a link to a trigger film');
declareNonPersonalColumns('improvement_harvests', ['kind'], closed);
declareNonPersonalColumns('improvement_indicators', ['chart', 'direction', 'frequency', 'value_type'], closed);
declareNonPersonalColumns('improvement_measure_kinds', ['key', 'labels'], 'a kind of measure, the same for everyone');
declareNonPersonalColumns('improvement_measures', ['kind', 'status', 'user_involvement'], closed);
declareNonPersonalColumns('improvement_pdsa_cycles', ['decision'], closed);
declareNonPersonalColumns('improvement_rounds', ['template_key'], closed);
declareNonPersonalColumns('improvement_task_checks', ['task_key'], closed);
declareNonPersonalColumns('rate_limit_buckets', ['key'], 'the rule and a hash of the subject (ratelimits/limits.ts)');
