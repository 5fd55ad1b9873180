// Shapes of the activities API (src/modules/activities/dto.ts, indicator-routes.ts) as the staff app reads them.
export type Labels = { nb: string; nn: string; en: string };

export interface Activity {
  id: string; programmeId: string; municipalityId: string | null; typeKey: string; variant: string | null; title: string; name: string; ordinal: number;
  planKey: string | null; startsAt: string | null; endsAt: string | null; durationMinutes: number; mode: 'physical' | 'digital' | 'hybrid'; location: string;
  status: 'planned' | 'scheduled' | 'held' | 'cancelled'; capacity: number | null; isPilot: boolean; revision: number; cancelledReason: string | null;
}
export interface ActivityWarning { kind: 'order' | 'pilot_not_first'; activityId: string; otherActivityId: string; message: string }
export interface ActivityType {
  id: string; key: string; labels: Labels; defaultDurationMinutes: number; mode: Activity['mode']; recorded: boolean; participants: { role: string; count: number; note?: string }[];
  produces: string[]; pilotExtraMinutes: number; defaultCapacity: number | null; builtIn: boolean;
}
export interface ActivityPlan {
  activities: Activity[]; dependencies: { activityId: string; afterActivityId: string }[]; warnings: ActivityWarning[];
  municipalities: { id: string; name: string }[]; types: ActivityType[]; mayPlan: boolean;
}
export interface Decision { id: string; activityId: string; kind: 'decision' | 'follow_up'; text: string; owner: string; dueOn: string | null; closedAt: string | null; closedInActivityId: string | null; createdAt: string }
export interface ActivityDetail {
  activity: Activity; type: ActivityType | null; dependsOn: Activity[]; warnings: ActivityWarning[];
  agenda: { items: { id: string; position: number; title: string; notes: string; durationMinutes: number | null }[]; carried: (Decision & { raisedAtActivityId: string; raisedAtName: string })[] };
  minutes: { text: string; source: 'written' | 'docx'; documentId: string | null; updatedAt: string } | null;
  decisions: Decision[];
  outputs: { id: string; kind: 'priority_list' | 'training_material' | 'evaluation_forms' | 'other'; title: string; serviceId: string | null; items: string[] }[];
  services: { id: string; name: string }[]; mayWrite: boolean; mayPlan: boolean;
}
interface Rate { invited: number | null; attended: number | null; rate: number | null; suppressed: boolean }
export interface Indicators {
  programmeId: string; municipalityId: string | null; regularN: number; smallCellThreshold: number; typeLabels: Record<string, Labels>;
  municipalities: { id: string; name: string }[];
  activities: { typeKey: string; planned: number; held: number; cancelled: number }[];
  totals: Rate & { planned: number; held: number };
  attendance: (Rate & { role: string })[];
  regular: { role: string; participants: number | null; regular: number | null; suppressed: boolean }[];
  engagement: {
    services: { serviceId: string; name: string; municipalityId: string; mapped: boolean; priorityAreas: string[] }[]; servicesMapped: number; servicesTotal: number;
    participation: (Rate & { typeKey: string })[]; materials: { activityId: string; title: string }[];
  };
  byMunicipality: (Rate & { municipalityId: string; name: string; planned: number; held: number; servicesMapped: number; servicesTotal: number; materials: number })[];
}
/** The section props every part of the activity page gets (H2's invitations and attendance too). */
export interface SectionProps { programmeId: string; detail: ActivityDetail; reload(): void; archived: boolean }
