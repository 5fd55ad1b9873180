import type { ParticipantRole } from './schema.js';

/**
 * The built-in activity type keys (seeds 000 and 004). The types themselves are data per programme
 * (activities module, `activity_types`, defaults in activities/builtin-types.ts); recruitments and
 * targets store the key as text so a programme's own types need no migration.
 */
export const activityTypes = [
  'mapping_meeting',
  'interview',
  'feedback_meeting',
  'codesign_workshop',
  'closing_event',
  'training_course',
  'follow_up_meeting',
  'work_meeting',
  'gathering',
  'focus_group',
  'improvement_team_meeting',
  'steering_group_meeting',
  'expert_group_meeting',
] as const;
export type ActivityType = (typeof activityTypes)[number];

export function isActivityType(value: string): value is ActivityType {
  return (activityTypes as readonly string[]).includes(value);
}

/**
 * The codesign plan (seed 000 §1.2) per municipality. Choices the plan leaves open:
 * - Feedback meetings: 4 recipients and 4 providers meet separately, then the same 4 + 4 meet jointly
 *   (8). One recruitment covers both meetings, so the target is per role: recipient 4, provider 4;
 *   the overview's total for the activity then reads 8, which is the joint meeting.
 * - Training course: 25 participants from providers and leaders together. Targets are per role, so the
 *   plan is split 20 providers + 5 leaders (front-line staff are the course's main audience); a
 *   coordinator can move the split, the total per municipality stays 25 (100 for four municipalities).
 */
export const codesignPlan: { activityType: ActivityType; role: ParticipantRole; target: number }[] = [
  { activityType: 'mapping_meeting', role: 'leader', target: 10 },
  { activityType: 'interview', role: 'recipient', target: 4 },
  { activityType: 'interview', role: 'provider', target: 4 },
  { activityType: 'feedback_meeting', role: 'recipient', target: 4 },
  { activityType: 'feedback_meeting', role: 'provider', target: 4 },
  { activityType: 'codesign_workshop', role: 'recipient', target: 4 },
  { activityType: 'codesign_workshop', role: 'provider', target: 4 },
  { activityType: 'codesign_workshop', role: 'leader', target: 2 },
  { activityType: 'training_course', role: 'provider', target: 20 },
  { activityType: 'training_course', role: 'leader', target: 5 },
  { activityType: 'follow_up_meeting', role: 'leader', target: 10 },
];
