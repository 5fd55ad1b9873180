// The domain's closed word lists, shared by the database schema, the API and the staff app.
// No imports: the browser bundle includes this file.

export const programmeKinds = ['codesign', 'learning_network'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

export const serviceKinds = [
  'low_threshold',
  'meeting_place',
  'housing',
  'social_welfare',
  'activity_work',
  'outreach',
  'treatment_follow_up',
  'other',
] as const;
export type ServiceKind = (typeof serviceKinds)[number];

export const programmeRoleNames = ['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'] as const;
export type ProgrammeRoleName = (typeof programmeRoleNames)[number];
