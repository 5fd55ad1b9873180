/** Closed word lists of the improvement module, shared by schema, dto and the staff app's labels. */

/** The nine kinds of measure that recur in the teams' lists (seed 004 §6.1); a programme may add its own. */
export const builtinMeasureKinds = [
  'recovery_focus_at_work', 'user_power', 'flexible_services', 'user_run_services', 'new_activities',
  'what_matters', 'peer_workers', 'power_sharing', 'plain_language',
] as const;
export const measureStatuses = ['idea', 'planned', 'started', 'implemented', 'sustained', 'stopped'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];
/** How far users are involved — 004 asks whether this is a sign of a new perspective. */
export const userInvolvementLevels = ['informed', 'consulted', 'involved', 'co_producing', 'user_led'] as const;
export const chimeProcesses = ['connectedness', 'hope', 'identity', 'meaning', 'empowerment'] as const;
export const valueTypes = ['count', 'proportion', 'continuous'] as const;
export type ValueType = (typeof valueTypes)[number];
export const frequencies = ['week', 'month', 'quarter'] as const;
export type Frequency = (typeof frequencies)[number];
export const directions = ['up', 'down'] as const;
export const chartTypes = ['run', 'i', 'p', 'u', 'c'] as const;
export const harvestKinds = ['cafe', 'group_work', 'user_interview'] as const;
export type HarvestKind = (typeof harvestKinds)[number];

/** The preparatory tasks before gathering 1 (seed 004, appendix 1, and the survey of §1). */
export const preparatoryTasks = [
  'first_meeting', 'roles', 'meeting_times', 'meeting_place', 'work_plan', 'map_services', 'listen_to_users', 'baseline_survey',
] as const;
export type PreparatoryTask = (typeof preparatoryTasks)[number];

/** The instruments a self-assessment round may use (templates of the questionnaires module). */
export const roundTemplates = ['municipality-survey', 'service-mapping', 'rsa-r-provider'] as const;
export type RoundTemplate = (typeof roundTemplates)[number];
