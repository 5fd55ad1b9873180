import { randomUUID } from 'node:crypto';
import { invitations } from '../../src/modules/activities/invitations-schema.js';
import type { TestApp } from './app.js';
import type { World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';

/**
 * Invitation fixtures on top of the activities world: the scope's participant (A, B, C) invited to
 * the scope's activity, so …/invitations/{invitationId} has something to answer.
 */
export async function buildInvitationsWorld(t: TestApp, world: World, activityOf: (scope: Scope) => string) {
  const db = t.database.db;
  const invite = async (programmeId: string, scope: Scope, participantId: string) =>
    (await db.insert(invitations).values({ programmeId, activityId: activityOf(scope), participantId, language: 'nb' }).returning())[0].id;
  const A = await invite(world.p1.id, 'A', world.p1.participants.A);
  const B = await invite(world.p1.id, 'B', world.p1.participants.B);
  const C = await invite(world.p2.id, 'other', world.p2.participants.C);
  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown') return { invitationId: randomUUID() };
      return { invitationId: scope === 'A' ? A : scope === 'B' ? B : C };
    },
  };
}

/** One valid body per invitations operation (spread into exampleBodies). */
export const invitationsExampleBodies: Record<string, (world: World) => unknown> = {
  'POST /programmes/{programmeId}/activities/{activityId}/invitations': (w) => ({ participantIds: [w.p1.participants.A] }),
  'PATCH /programmes/{programmeId}/activities/{activityId}/invitations/{invitationId}': () => ({ status: 'maybe' }),
  'PUT /programmes/{programmeId}/activities/{activityId}/attendance/{participantId}': () => ({ attended: true }),
  'POST /programmes/{programmeId}/activities/{activityId}/check-in-codes': () => ({ validHours: 2 }),
  'PUT /programmes/{programmeId}/invitation-settings': () => ({ reminderHoursBefore: 24 }),
};

/** The invitations rules for the authorization walk (spread into its expectations). */
export function invitationsExpectations<R>(
  members: (may: ('coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer')[], opts?: { municipal?: boolean }) => R,
  adminOtherIs: (status: 400 | 404, rule: R) => R,
) {
  const all = ['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'] as const;
  const write = members(['coordinator', 'facilitator', 'municipal_contact'], { municipal: true });
  const a = '/programmes/{programmeId}/activities/{activityId}';
  return {
    [`GET ${a}/invitations`]: members([...all], { municipal: true }),
    // The example invites a participant of P1, whom P2 does not have.
    [`POST ${a}/invitations`]: adminOtherIs(400, write),
    [`PATCH ${a}/invitations/{invitationId}`]: write,
    [`PUT ${a}/attendance/{participantId}`]: write,
    [`GET ${a}/check-in-codes`]: write,
    [`POST ${a}/check-in-codes`]: write,
    'GET /programmes/{programmeId}/invitation-settings': members([...all]),
    'PUT /programmes/{programmeId}/invitation-settings': members(['coordinator']),
  };
}
