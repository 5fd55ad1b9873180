import type { ActivityType } from '../people/activity-types.js';
import type { ActivityTypeInput } from './types.js';

/** A built-in type: the same shape a programme's own type is created with, keyed by the shared vocabulary. */
export type TypeDefaults = Omit<ActivityTypeInput, 'key' | 'defaultCapacity'> & { key: ActivityType; defaultCapacity?: number };

/**
 * The built-in activity types, read from seed 000 §1.2.1/§1.2.3/§3.1 and seed 004. Copied into each
 * programme's `activity_types` the first time its types are read; from then on they are the
 * programme's data. Durations the seeds give as ranges take the upper end (interviews 30–45 min → 45).
 */
export const builtinTypes: TypeDefaults[] = [
  {
    key: 'mapping_meeting', labels: { nb: 'Kartleggingsmøte', nn: 'Kartleggingsmøte', en: 'Mapping meeting' },
    defaultDurationMinutes: 240, mode: 'physical', recorded: true,
    participants: [{ role: 'leader', count: 10, note: '1–2 per service' }, { role: 'project_group', count: 2 }],
    produces: ['recording', 'transcript', 'priority_list'],
  },
  {
    key: 'interview', labels: { nb: 'Intervju', nn: 'Intervju', en: 'Interview' },
    defaultDurationMinutes: 45, mode: 'digital', recorded: true,
    participants: [{ role: 'recipient_or_provider', count: 1 }, { role: 'project_group', count: 1 }],
    produces: ['recording', 'transcript'],
  },
  {
    key: 'feedback_meeting', labels: { nb: 'Tilbakemeldingsmøte', nn: 'Tilbakemeldingsmøte', en: 'Feedback meeting' },
    defaultDurationMinutes: 120, mode: 'physical', recorded: false,
    participants: [{ role: 'recipient', count: 4 }, { role: 'provider', count: 4 }, { role: 'project_group', count: 2 }],
    produces: ['agenda', 'minutes', 'target_areas'],
  },
  {
    key: 'codesign_workshop', labels: { nb: 'Samskapingsverksted', nn: 'Samskapingsverkstad', en: 'Co-design workshop' },
    defaultDurationMinutes: 240, mode: 'physical', recorded: false,
    participants: [{ role: 'recipient', count: 4 }, { role: 'provider', count: 4 }, { role: 'leader', count: 2 }, { role: 'project_group', count: 2 }],
    produces: ['minutes', 'training_material'],
  },
  {
    key: 'training_course', labels: { nb: 'Opplæringskurs', nn: 'Opplæringskurs', en: 'Training course' },
    defaultDurationMinutes: 150, mode: 'physical', recorded: false,
    participants: [{ role: 'provider', count: 20 }, { role: 'leader', count: 5 }],
    produces: ['evaluation_forms', 'pre_post_questionnaire'], pilotExtraMinutes: 60, defaultCapacity: 25,
  },
  {
    key: 'follow_up_meeting', labels: { nb: 'Oppfølgingsmøte', nn: 'Oppfølgingsmøte', en: 'Follow-up meeting' },
    defaultDurationMinutes: 120, mode: 'physical', recorded: false,
    participants: [{ role: 'leader', count: 10 }, { role: 'project_group', count: 2 }],
    produces: ['minutes'],
  },
  {
    key: 'closing_event', labels: { nb: 'Avslutningssamling', nn: 'Avslutningssamling', en: 'Closing event' },
    defaultDurationMinutes: 180, mode: 'physical', recorded: false,
    participants: [{ role: 'recipient', count: 0, note: 'all involved' }, { role: 'provider', count: 0 }, { role: 'leader', count: 0 }, { role: 'project_group', count: 0 }],
    produces: ['feedback_on_results'],
  },
  {
    key: 'work_meeting', labels: { nb: 'Arbeidsmøte i prosjektgruppen', nn: 'Arbeidsmøte i prosjektgruppa', en: 'Project group work meeting' },
    defaultDurationMinutes: 120, mode: 'hybrid', recorded: false,
    participants: [{ role: 'project_group', count: 5 }],
    produces: ['minutes', 'decisions'],
  },
  {
    key: 'steering_group_meeting', labels: { nb: 'Møte i styringsgruppen', nn: 'Møte i styringsgruppa', en: 'Steering group meeting' },
    defaultDurationMinutes: 120, mode: 'hybrid', recorded: false,
    participants: [{ role: 'steering_group', count: 4, note: 'one per municipality' }, { role: 'project_group', count: 2 }],
    produces: ['minutes', 'decisions'],
  },
  {
    key: 'expert_group_meeting', labels: { nb: 'Møte i ekspertgruppen', nn: 'Møte i ekspertgruppa', en: 'Expert group meeting' },
    defaultDurationMinutes: 120, mode: 'digital', recorded: false,
    participants: [{ role: 'expert_group', count: 5 }, { role: 'project_group', count: 2 }],
    produces: ['minutes', 'advice'],
  },
  {
    key: 'gathering', labels: { nb: 'Samling i læringsnettverket', nn: 'Samling i læringsnettverket', en: 'Learning network gathering' },
    defaultDurationMinutes: 360, mode: 'physical', recorded: false,
    participants: [{ role: 'improvement_team', count: 0, note: 'all teams' }, { role: 'project_group', count: 0 }],
    produces: ['group_work_notes', 'minutes'],
  },
  {
    key: 'improvement_team_meeting', labels: { nb: 'Møte i forbedringsteam', nn: 'Møte i forbetringsteam', en: 'Improvement team meeting' },
    defaultDurationMinutes: 90, mode: 'physical', recorded: false,
    participants: [{ role: 'improvement_team', count: 8, note: '6–10 members' }],
    produces: ['minutes'],
  },
  {
    key: 'focus_group', labels: { nb: 'Fokusgruppe', nn: 'Fokusgruppe', en: 'Focus group' },
    defaultDurationMinutes: 90, mode: 'physical', recorded: false,
    participants: [{ role: 'leader', count: 7, note: 'one per improvement team' }, { role: 'note_taker', count: 2 }],
    produces: ['focus_group_notes', 'minutes'],
  },
];
