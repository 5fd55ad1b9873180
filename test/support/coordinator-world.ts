import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { activityWalkIns } from '../../src/modules/activities/invitations-schema.js';
import { activities } from '../../src/modules/activities/schema.js';
import { surveyInvitations } from '../../src/modules/questionnaires/schema.js';
import type { TestApp } from './app.js';
import type { World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';

/**
 * Fixtures for the coordinator's paths (issue 15) on top of the activities and questionnaire worlds:
 * each scope's participant invited to its survey (so a link can be printed), and walk-ins made per
 * call (confirming or dismissing one uses it up).
 */
export async function buildCoordinatorWorld(t: TestApp, world: World, activityOf: (scope: Scope) => string, surveyOf: (scope: Scope) => string) {
  const db = t.database.db;
  const invite = (scope: Scope, participantId: string) =>
    db.insert(surveyInvitations).values({ surveyId: surveyOf(scope), participantId, tokenHash: `test-${randomUUID()}` }).onConflictDoNothing();
  await invite('A', world.p1.participants.A);
  await invite('B', world.p1.participants.B);
  await invite('other', world.p2.participants.C);
  return {
    /** A walk-in id nobody has (calls that use one up get a fresh one instead). */
    ids: (): Record<string, string> => ({ walkInId: randomUUID() }),
    async throwaway(scope: Scope) {
      const [activity] = await db.select().from(activities).where(eq(activities.id, activityOf(scope)));
      const [row] = await db.insert(activityWalkIns).values({ programmeId: activity.programmeId, activityId: activity.id, name: 'Gjest ved døra', role: 'recipient' }).returning();
      return { id: row.id, remove: async () => void (await db.delete(activityWalkIns).where(eq(activityWalkIns.id, row.id))) };
    },
  };
}

/** Calls that use up their walk-in. */
export const coordinatorConsuming = new Set([
  'POST /programmes/{programmeId}/activities/{activityId}/walk-ins/{walkInId}/confirm',
  'DELETE /programmes/{programmeId}/activities/{activityId}/walk-ins/{walkInId}',
]);

export const coordinatorExampleBodies: Record<string, (world: World) => unknown> = {
  // Matched to P1's participant A (a new participant would need the right to add people).
  'POST /programmes/{programmeId}/activities/{activityId}/walk-ins/{walkInId}/confirm': (w) => ({ participantId: w.p1.participants.A }),
};

/** The coordinator paths' rules for the authorization walk. */
export function coordinatorExpectations<R>(
  members: (may: ('coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer')[], opts?: { municipal?: boolean }) => R,
  adminOtherIs: (status: 400 | 404, rule: R) => R,
) {
  const all = ['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'] as const;
  const write = members(['coordinator', 'facilitator', 'municipal_contact'], { municipal: true });
  const distribute = members(['coordinator', 'researcher', 'facilitator', 'municipal_contact'], { municipal: true });
  const a = '/programmes/{programmeId}/activities/{activityId}';
  return {
    [`GET ${a}/invitation-candidates`]: write,
    [`POST ${a}/invitations/{invitationId}/link`]: write,
    [`GET ${a}/walk-ins`]: write,
    // The example names P1's participant, whom P2 does not have.
    [`POST ${a}/walk-ins/{walkInId}/confirm`]: adminOtherIs(400, write),
    [`DELETE ${a}/walk-ins/{walkInId}`]: write,
    'GET /programmes/{programmeId}/participants/{participantId}/attendance': members([...all], { municipal: true }),
    'GET /programmes/{programmeId}/activity-indicators/regulars': members([...all]),
    'GET /programmes/{programmeId}/surveys/{surveyId}/recipients': distribute,
    'POST /programmes/{programmeId}/surveys/{surveyId}/invitations/{participantId}/link': distribute,
  };
}
