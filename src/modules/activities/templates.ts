/**
 * Plan templates: which activities a programme holds and in which order (pure, no database).
 * Each planned activity has a stable `planKey`, so generating again adds only what is missing.
 *
 * codesign (seed 000 §1.2): per municipality 1 mapping meeting, 8 interviews (4 recipients, 4
 * providers), 3 feedback meetings (recipients, providers, joint), 1 co-design workshop, 1 training
 * course (the programme's first is the pilot), 1 follow-up meeting; programme-wide 1 closing event
 * and 4 project-group work meetings (§1.2.3: before the EBCD part starts, before the first feedback
 * meeting, before the joint feedback meeting, after the closing event). Order follows the seed's
 * "chronological order" list, in which the closing event (5) comes before the courses (6) and the
 * follow-up meetings (7): it gives participants a view of the planned courses.
 * governance (seed 000 §3.1): steering group and expert group meet four times each.
 * learning_network (seed 004): 4 gatherings; improvement-team meetings between gatherings (3 per
 * municipality); 3 focus groups of 90 minutes after the last gathering; 8 project-group meetings.
 */
import type { ActivityType } from '../people/activity-types.js';

export const planTemplates = ['codesign', 'governance', 'learning_network'] as const;
export type PlanTemplate = (typeof planTemplates)[number];

export interface PlannedActivity {
  planKey: string;
  typeKey: ActivityType;
  municipalityId: string | null;
  variant: string | null;
  ordinal: number;
  isPilot: boolean;
  /** planKeys this activity must come after. */
  after: string[];
}

type Municipality = { id: string };

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function plan(p: Partial<PlannedActivity> & Pick<PlannedActivity, 'planKey' | 'typeKey'>): PlannedActivity {
  return { municipalityId: null, variant: null, ordinal: 1, isPilot: false, after: [], ...p };
}

function codesign(municipalities: Municipality[]): PlannedActivity[] {
  const k = (m: string, rest: string) => `codesign:${m}:${rest}`;
  const wm = (n: number) => `codesign:work_meeting:${n}`;
  const out: PlannedActivity[] = [];
  const workshops = municipalities.map((m) => k(m.id, 'codesign_workshop'));
  out.push(plan({ planKey: 'codesign:closing_event', typeKey: 'closing_event', after: [...workshops] }));
  out.push(plan({ planKey: wm(1), typeKey: 'work_meeting', ordinal: 1 }));
  out.push(plan({ planKey: wm(2), typeKey: 'work_meeting', ordinal: 2, after: [wm(1)] }));
  out.push(plan({ planKey: wm(3), typeKey: 'work_meeting', ordinal: 3, after: [wm(2)] }));
  out.push(plan({ planKey: wm(4), typeKey: 'work_meeting', ordinal: 4, after: [wm(3), 'codesign:closing_event'] }));
  municipalities.forEach((m, index) => {
    const mid = m.id;
    const mapping = k(mid, 'mapping_meeting');
    out.push(plan({ planKey: mapping, typeKey: 'mapping_meeting', municipalityId: mid, after: [wm(1)] }));
    const interviews: string[] = [];
    for (const variant of ['recipient', 'provider']) {
      for (const n of range(4)) {
        const key = k(mid, `interview:${variant}:${n}`);
        interviews.push(key);
        out.push(plan({ planKey: key, typeKey: 'interview', municipalityId: mid, variant, ordinal: n, after: [mapping] }));
      }
    }
    const recipients = k(mid, 'feedback_meeting:recipients');
    const providers = k(mid, 'feedback_meeting:providers');
    const joint = k(mid, 'feedback_meeting:joint');
    out.push(plan({ planKey: recipients, typeKey: 'feedback_meeting', municipalityId: mid, variant: 'recipients', after: [...interviews, wm(2)] }));
    out.push(plan({ planKey: providers, typeKey: 'feedback_meeting', municipalityId: mid, variant: 'providers', after: [...interviews, wm(2)] }));
    out.push(plan({ planKey: joint, typeKey: 'feedback_meeting', municipalityId: mid, variant: 'joint', after: [recipients, providers, wm(3)] }));
    out.push(plan({ planKey: k(mid, 'codesign_workshop'), typeKey: 'codesign_workshop', municipalityId: mid, after: [joint] }));
    const course = k(mid, 'training_course');
    out.push(plan({ planKey: course, typeKey: 'training_course', municipalityId: mid, isPilot: index === 0, after: [k(mid, 'codesign_workshop'), 'codesign:closing_event'] }));
    out.push(plan({ planKey: k(mid, 'follow_up_meeting'), typeKey: 'follow_up_meeting', municipalityId: mid, after: [course] }));
  });
  return out;
}

function governance(): PlannedActivity[] {
  return (['steering_group_meeting', 'expert_group_meeting'] as const).flatMap((typeKey) =>
    range(4).map((n) => plan({ planKey: `governance:${typeKey}:${n}`, typeKey, ordinal: n, after: n > 1 ? [`governance:${typeKey}:${n - 1}`] : [] })),
  );
}

function learningNetwork(municipalities: Municipality[]): PlannedActivity[] {
  const g = (n: number) => `network:gathering:${n}`;
  const t = (m: string, n: number) => `network:${m}:improvement_team_meeting:${n}`;
  const out: PlannedActivity[] = [];
  for (const n of range(4)) {
    const teamMeetingsBefore = n > 1 ? municipalities.map((m) => t(m.id, n - 1)) : [];
    out.push(plan({ planKey: g(n), typeKey: 'gathering', ordinal: n, after: n > 1 ? [g(n - 1), ...teamMeetingsBefore] : [] }));
  }
  for (const m of municipalities) {
    for (const n of range(3)) out.push(plan({ planKey: t(m.id, n), typeKey: 'improvement_team_meeting', municipalityId: m.id, ordinal: n, after: [g(n)] }));
  }
  for (const n of range(3)) out.push(plan({ planKey: `network:focus_group:${n}`, typeKey: 'focus_group', ordinal: n, after: [g(4)] }));
  for (const n of range(8)) out.push(plan({ planKey: `network:work_meeting:${n}`, typeKey: 'work_meeting', ordinal: n, after: n > 1 ? [`network:work_meeting:${n - 1}`] : [] }));
  return out;
}

export function planFromTemplate(template: PlanTemplate, municipalities: Municipality[]): PlannedActivity[] {
  if (template === 'codesign') return codesign(municipalities);
  if (template === 'governance') return governance();
  return learningNetwork(municipalities);
}
