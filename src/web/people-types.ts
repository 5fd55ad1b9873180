/** API shapes of the people, groups and recruitment endpoints (see src/modules/people/dto.ts, groups/dto.ts). */
export type ParticipantRole = 'recipient' | 'provider' | 'leader';
export const participantRoles: ParticipantRole[] = ['recipient', 'provider', 'leader'];
export const activityTypes = [
  'mapping_meeting', 'interview', 'feedback_meeting', 'codesign_workshop', 'closing_event', 'training_course',
  'follow_up_meeting', 'work_meeting', 'gathering', 'focus_group', 'improvement_team_meeting',
] as const;
export const subRoleSuggestions = ['erfaringskonsulent', 'miljøarbeider', 'sosialarbeider', 'helsepersonell', 'NAV', 'brukerorganisasjon'];

export interface Participant {
  id: string;
  code: string;
  municipalityId: string;
  serviceId: string | null;
  role: ParticipantRole;
  subRole: string | null;
  language: string;
  name?: string;
  email?: string | null;
  phone?: string | null;
  identityHidden: boolean;
  activityTypes: string[];
  createdAt: string;
}

export interface ParticipantDetail extends Participant {
  groups: { groupId: string; groupName: string; kind: string; role: string }[];
  canEdit: boolean;
}

export const importFields = ['name', 'municipality', 'service', 'role', 'subRole', 'email', 'phone', 'language'] as const;
export type ImportField = (typeof importFields)[number];
export type ImportValues = Partial<Record<ImportField, string>>;
export interface ImportPreviewRow { row: number; values: ImportValues; errors: { field: ImportField; message: string }[] }

export interface Count { value: number | null; suppressed: boolean }
export interface OverviewCell { municipalityId: string | null; activityType: string; role: ParticipantRole | null; target: number; recruited: Count; consented: Count }
export interface RecruitmentOverview { threshold: number; suppressing: boolean; municipalities: { id: string; name: string }[]; cells: OverviewCell[] }

export interface GroupMember { id: string; role: string; kind: 'staff' | 'participant'; userId: string | null; participantId: string | null; displayName: string; code: string | null }
export interface Group { id: string; kind: string; municipalityId: string | null; name: string; mandate: string; workPlan: string; meetingTimes: string; members: GroupMember[]; canEdit: boolean }
export interface GroupsOverview {
  groups: Group[];
  hasContactGroup: boolean;
  municipalitiesWithoutContact: { id: string; name: string }[];
  staff: { userId: string; name: string }[];
  canManage: boolean;
}
