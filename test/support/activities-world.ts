import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { ensureProgrammeTypes } from '../../src/modules/activities/types.js';
import { activities, activityAgendaItems, activityDecisions, activityDependencies, activityOutputs, activityTypeDefinitions } from '../../src/modules/activities/schema.js';
import type { TestApp } from './app.js';
import { makeDocx } from './docx.js';
import type { Throwaway, World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
interface Fixtures { activityId: string; itemId: string; decisionId: string; outputId: string; typeId: string }

const state: { docx?: Buffer; programmeWideP1?: string } = {};
/** Held activities are scheduled in the past so "mark as held" is allowed. */
const past = { startsAt: new Date('2026-01-10T09:00:00Z'), endsAt: new Date('2026-01-10T11:00:00Z'), status: 'scheduled' as const };

/**
 * Activities fixtures on top of the world: in P1 a work meeting in A and one in B (each scheduled,
 * with an agenda item, a follow-up point and a result), a programme-wide meeting; the same in P2 (C),
 * and each programme's copy of the interview type.
 */
export async function buildActivitiesWorld(t: TestApp, world: World) {
  const db = t.database.db;
  const activity = async (programmeId: string, municipalityId: string | null) =>
    (await db.insert(activities).values({ programmeId, municipalityId, typeKey: 'work_meeting', title: '', durationMinutes: 120, mode: 'physical', ...past }).returning())[0];
  const fixtures = async (programmeId: string, municipalityId: string): Promise<Fixtures> => {
    await ensureProgrammeTypes(db, programmeId);
    const a = await activity(programmeId, municipalityId);
    const [item] = await db.insert(activityAgendaItems).values({ activityId: a.id, position: 1, title: 'Velkommen' }).returning();
    const [decision] = await db.insert(activityDecisions).values({ programmeId, activityId: a.id, kind: 'follow_up', text: 'Sende ut referat', owner: 'Koordinator' }).returning();
    const [output] = await db.insert(activityOutputs).values({ programmeId, activityId: a.id, kind: 'training_material', title: 'Modul 1' }).returning();
    const [type] = await db.select().from(activityTypeDefinitions).where(and(eq(activityTypeDefinitions.programmeId, programmeId), eq(activityTypeDefinitions.key, 'interview')));
    return { activityId: a.id, itemId: item.id, decisionId: decision.id, outputId: output.id, typeId: type.id };
  };
  const A = await fixtures(world.p1.id, world.p1.a);
  const B = await fixtures(world.p1.id, world.p1.b);
  const C = await fixtures(world.p2.id, world.p2.c);
  state.programmeWideP1 = (await activity(world.p1.id, null)).id;
  state.docx = await makeDocx(['Referat fra arbeidsmøtet', 'Vedtak: planen godkjennes.']);
  const fx = (scope: Scope) => (scope === 'B' ? B : scope === 'A' ? A : C);
  const remove = (id: string) => async () => void (await db.delete(activities).where(eq(activities.id, id)));

  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown') return { activityId: randomUUID(), itemId: randomUUID(), decisionId: randomUUID(), outputId: randomUUID(), afterActivityId: randomUUID(), typeId: randomUUID() };
      const f = fx(scope);
      return { ...f, afterActivityId: state.programmeWideP1! };
    },
    /** Fresh objects for calls that delete or use up their last path parameter. */
    async throwaway(param: string, scope: Scope): Promise<Throwaway | undefined> {
      const f = fx(scope);
      const [owner] = await db.select().from(activities).where(eq(activities.id, f.activityId));
      if (param === 'activityId') {
        const a = await activity(owner.programmeId, owner.municipalityId);
        return { id: a.id, remove: remove(a.id) };
      }
      if (param === 'afterActivityId') {
        const a = await activity(owner.programmeId, owner.municipalityId);
        await db.insert(activityDependencies).values({ activityId: f.activityId, afterActivityId: a.id });
        return { id: a.id, remove: remove(a.id) };
      }
      if (param === 'itemId') {
        const [i] = await db.insert(activityAgendaItems).values({ activityId: f.activityId, position: 9, title: 'Kast' }).returning();
        return { id: i.id, remove: async () => void (await db.delete(activityAgendaItems).where(eq(activityAgendaItems.id, i.id))) };
      }
      if (param === 'decisionId') {
        const [d] = await db.insert(activityDecisions).values({ programmeId: owner.programmeId, activityId: f.activityId, kind: 'decision', text: 'Kast' }).returning();
        return { id: d.id, remove: async () => void (await db.delete(activityDecisions).where(eq(activityDecisions.id, d.id))) };
      }
      if (param === 'outputId') {
        const [o] = await db.insert(activityOutputs).values({ programmeId: owner.programmeId, activityId: f.activityId, kind: 'other', title: 'Kast' }).returning();
        return { id: o.id, remove: async () => void (await db.delete(activityOutputs).where(eq(activityOutputs.id, o.id))) };
      }
      return undefined;
    },
    /** After a call that may have changed the fixture activities: back to scheduled, in the past. */
    async restore() {
      for (const f of [A, B, C]) await db.update(activities).set(past).where(and(eq(activities.id, f.activityId)));
    },
  };
}

/** Operations that use up their last path parameter (cancel): the walk gives them a throwaway. */
export const activitiesConsuming = new Set(['POST /programmes/{programmeId}/activities/{activityId}/cancel']);

function minutesForm(): FormData {
  if (!state.docx) throw new Error('buildActivitiesWorld first');
  const form = new FormData();
  form.append('file', new Blob([state.docx as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), 'referat.docx');
  return form;
}

/** One valid body per activities operation (spread into exampleBodies). */
export const activitiesExampleBodies: Record<string, (world: World) => unknown> = {
  'POST /programmes/{programmeId}/activity-plan/generate': () => ({ template: 'governance' }),
  'POST /programmes/{programmeId}/activities': () => ({ typeKey: 'work_meeting', municipalityId: null }),
  'PATCH /programmes/{programmeId}/activities/{activityId}': () => ({ title: 'Arbeidsmøte' }),
  'PATCH /programmes/{programmeId}/activities/{activityId}/schedule': () => ({ startsAt: '2026-01-10T09:00:00Z', endsAt: '2026-01-10T11:00:00Z', location: 'Rådhuset' }),
  'POST /programmes/{programmeId}/activities/{activityId}/cancel': () => ({ reason: 'Sykdom' }),
  'POST /programmes/{programmeId}/activities/{activityId}/dependencies': () => ({ afterActivityId: state.programmeWideP1 }),
  'POST /programmes/{programmeId}/activities/{activityId}/agenda': () => ({ title: 'Runde rundt bordet' }),
  'PATCH /programmes/{programmeId}/activities/{activityId}/agenda/{itemId}': () => ({ notes: 'Ti minutter' }),
  'PUT /programmes/{programmeId}/activities/{activityId}/minutes': () => ({ text: 'Referat: vi ble enige om planen.' }),
  'POST /programmes/{programmeId}/activities/{activityId}/minutes/upload': () => minutesForm(),
  'POST /programmes/{programmeId}/activities/{activityId}/decisions': () => ({ kind: 'follow_up', text: 'Avtale neste møte', owner: 'Koordinator', dueOn: '2026-02-01' }),
  'PATCH /programmes/{programmeId}/activities/{activityId}/decisions/{decisionId}': () => ({ owner: 'Prosjektleder' }),
  'POST /programmes/{programmeId}/activities/{activityId}/outputs': () => ({ kind: 'training_material', title: 'Kursmodul' }),
  'POST /programmes/{programmeId}/activity-types': (w) => ({ key: `egen_${w.unique()}`, labels: { nb: 'Egen', nn: 'Eigen', en: 'Own' }, defaultDurationMinutes: 60, mode: 'digital', recorded: false, participants: [], produces: ['minutes'] }),
  'PATCH /programmes/{programmeId}/activity-types/{typeId}': () => ({ defaultDurationMinutes: 45 }),
};

/** The activities rules for the authorization walk (spread into its expectations). */
export function activitiesExpectations<R>(
  members: (may: ('coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer')[], opts?: { municipal?: boolean }) => R,
  adminOtherIs: (status: 400 | 404, rule: R) => R,
) {
  const all = ['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'] as const;
  const read = members([...all]);
  const readOne = members([...all], { municipal: true });
  const write = members(['coordinator', 'facilitator', 'municipal_contact'], { municipal: true });
  const plan = members(['coordinator']);
  const planOne = members(['coordinator'], { municipal: true });
  const a = '/programmes/{programmeId}/activities/{activityId}';
  return {
    'GET /programmes/{programmeId}/activity-types': read,
    'POST /programmes/{programmeId}/activity-types': plan,
    'PATCH /programmes/{programmeId}/activity-types/{typeId}': plan,
    'POST /programmes/{programmeId}/activity-plan/generate': plan,
    'GET /programmes/{programmeId}/activities': read,
    'POST /programmes/{programmeId}/activities': plan,
    [`GET ${a}`]: readOne,
    [`PATCH ${a}`]: write,
    [`PATCH ${a}/schedule`]: write,
    [`POST ${a}/cancel`]: write,
    [`POST ${a}/held`]: write,
    // The example names a programme-wide activity of P1, which P2 does not have.
    [`POST ${a}/dependencies`]: adminOtherIs(400, planOne),
    [`DELETE ${a}/dependencies/{afterActivityId}`]: planOne,
    [`POST ${a}/agenda`]: write,
    [`PATCH ${a}/agenda/{itemId}`]: write,
    [`DELETE ${a}/agenda/{itemId}`]: write,
    [`PUT ${a}/minutes`]: write,
    [`POST ${a}/minutes/upload`]: write,
    [`POST ${a}/decisions`]: write,
    [`PATCH ${a}/decisions/{decisionId}`]: write,
    [`DELETE ${a}/decisions/{decisionId}`]: write,
    [`POST ${a}/outputs`]: write,
    [`DELETE ${a}/outputs/{outputId}`]: write,
    'GET /programmes/{programmeId}/activity-indicators': read,
    'GET /programmes/{programmeId}/activity-indicators/export': read,
  };
}
