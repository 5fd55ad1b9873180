/**
 * Process indicators (issue 4 §6), pure: planned vs held per activity type, invited vs attended per
 * role, attendance rate, "came regularly" (attended at least N of the M activities one was invited
 * to), and seed 000 §2.1's engagement indicators. Rates are null when nothing is invited (never NaN).
 * Cancelled activities count as cancelled, not planned, and their invitations are left out.
 */
import type { AttendanceFact } from './attendance-figures.js';

export const indicatorRoles = ['recipient', 'provider', 'leader'] as const;
/** Activities whose attendance is "participation in feedback events, meetings and training" (§2.1 ii). */
export const engagementTypes = ['mapping_meeting', 'feedback_meeting', 'codesign_workshop', 'training_course', 'closing_event', 'follow_up_meeting'] as const;

export interface IndicatorActivity {
  id: string;
  typeKey: string;
  municipalityId: string | null;
  status: string;
}
export interface IndicatorService {
  id: string;
  name: string;
  municipalityId: string;
}
export interface IndicatorOutput {
  activityId: string;
  kind: string;
  serviceId: string | null;
  title: string;
  items: string[];
}

const rate = (attended: number, invited: number) => (invited === 0 ? null : attended / invited);

export function computeIndicators(input: {
  activities: IndicatorActivity[];
  facts: AttendanceFact[];
  services: IndicatorService[];
  outputs: IndicatorOutput[];
  regularN: number;
  /** Limit to one municipality (programme-wide activities are then left out). */
  municipalityId?: string | null;
}) {
  const inScope = <T extends { municipalityId: string | null }>(x: T) => !input.municipalityId || x.municipalityId === input.municipalityId;
  const acts = input.activities.filter(inScope);
  const live = new Map(acts.filter((a) => a.status !== 'cancelled').map((a) => [a.id, a]));
  const facts = input.facts.filter((f) => live.has(f.activityId) && inScope(f));

  const typeKeys = [...new Set(acts.map((a) => a.typeKey))];
  const activityCounts = typeKeys.map((typeKey) => {
    const of = acts.filter((a) => a.typeKey === typeKey);
    return {
      typeKey,
      planned: of.filter((a) => a.status !== 'cancelled').length,
      held: of.filter((a) => a.status === 'held').length,
      cancelled: of.filter((a) => a.status === 'cancelled').length,
    };
  });

  const attendanceOf = (fs: AttendanceFact[]) => {
    const invited = fs.filter((f) => f.invited).length;
    const attendedInvited = fs.filter((f) => f.invited && f.attended).length;
    return { invited, attended: fs.filter((f) => f.attended).length, rate: rate(attendedInvited, invited) };
  };
  const attendance = indicatorRoles.map((role) => ({ role, ...attendanceOf(facts.filter((f) => f.role === role)) }));

  const people = new Map<string, { role: string; invited: number; attended: number }>();
  for (const f of facts) {
    const p = people.get(f.participantId) ?? { role: f.role, invited: 0, attended: 0 };
    if (f.invited) p.invited++;
    if (f.invited && f.attended) p.attended++;
    people.set(f.participantId, p);
  }
  const regular = indicatorRoles.map((role) => {
    const of = [...people.values()].filter((p) => p.role === role && p.invited > 0);
    return { role, participants: of.length, regular: of.filter((p) => p.attended >= input.regularN).length };
  });

  // (i) a service has mapped its practice when a held mapping meeting recorded its priority areas.
  const heldMapping = new Set(acts.filter((a) => a.typeKey === 'mapping_meeting' && a.status === 'held').map((a) => a.id));
  const services = input.services.filter((s) => inScope(s)).map((s) => {
    const lists = input.outputs.filter((o) => o.kind === 'priority_list' && o.serviceId === s.id && heldMapping.has(o.activityId));
    return { serviceId: s.id, name: s.name, municipalityId: s.municipalityId, mapped: lists.length > 0, priorityAreas: lists.flatMap((l) => l.items) };
  });
  // (ii) participation in the EBCD activities, per type.
  const participation = engagementTypes
    .filter((t) => acts.some((a) => a.typeKey === t))
    .map((typeKey) => ({ typeKey, ...attendanceOf(facts.filter((f) => live.get(f.activityId)?.typeKey === typeKey)) }));
  // (iii) co-developed training material recorded on activities in scope.
  const ids = new Set(acts.map((a) => a.id));
  const materials = input.outputs.filter((o) => o.kind === 'training_material' && ids.has(o.activityId)).map((o) => ({ activityId: o.activityId, title: o.title }));

  return {
    regularN: input.regularN,
    activities: activityCounts,
    totals: { planned: activityCounts.reduce((s, a) => s + a.planned, 0), held: activityCounts.reduce((s, a) => s + a.held, 0), ...attendanceOf(facts) },
    attendance,
    regular,
    engagement: {
      services, servicesMapped: services.filter((s) => s.mapped).length, servicesTotal: services.length,
      participation,
      materials,
    },
  };
}

export type Indicators = ReturnType<typeof computeIndicators>;
