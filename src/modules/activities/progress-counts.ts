/**
 * Counts of the activity plan for other modules' overviews (the programme overview in `reports`): how
 * many activities of each type are planned, scheduled, held or cancelled per municipality, invitations
 * still without a reply, and follow-up points that fall due. Counts and ids only, never names or text.
 */
import { and, count, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { activities, activityDecisions } from './schema.js';
import { invitations } from './invitations-schema.js';

/** Activities per municipality (null = programme-wide), type and status. */
export async function activityStatusCounts(db: Executor, programmeId: string) {
  return db
    .select({ municipalityId: activities.municipalityId, typeKey: activities.typeKey, status: activities.status, n: count() })
    .from(activities)
    .where(eq(activities.programmeId, programmeId))
    .groupBy(activities.municipalityId, activities.typeKey, activities.status);
}

/** Invitations still at "invited" (no reply) to activities that are yet to be held, per activity. */
export async function unansweredInvitationCounts(db: Executor, programmeId: string) {
  return db
    .select({ activityId: activities.id, municipalityId: activities.municipalityId, n: count() })
    .from(invitations)
    .innerJoin(activities, eq(activities.id, invitations.activityId))
    .where(and(eq(invitations.programmeId, programmeId), eq(invitations.status, 'invited'), inArray(activities.status, ['planned', 'scheduled'])))
    .groupBy(activities.id, activities.municipalityId);
}

/** Open follow-up points due on or before `until` (an ISO date), with the activity they were raised at. */
export async function followUpsDueBy(db: Executor, programmeId: string, until: string) {
  return db
    .select({ id: activityDecisions.id, activityId: activityDecisions.activityId, municipalityId: activities.municipalityId, dueOn: activityDecisions.dueOn })
    .from(activityDecisions)
    .innerJoin(activities, eq(activities.id, activityDecisions.activityId))
    .where(and(eq(activityDecisions.programmeId, programmeId), eq(activityDecisions.kind, 'follow_up'), isNull(activityDecisions.closedAt), lte(activityDecisions.dueOn, until)))
    .orderBy(activityDecisions.dueOn);
}

/** Every decision and open follow-up point of the programme with its text, for the steering group's report. */
export async function decisionsForSteering(db: Executor, programmeId: string) {
  return db
    .select({ id: activityDecisions.id, kind: activityDecisions.kind, text: activityDecisions.text, owner: activityDecisions.owner, dueOn: activityDecisions.dueOn, activityId: activityDecisions.activityId, municipalityId: activities.municipalityId, createdAt: activityDecisions.createdAt })
    .from(activityDecisions)
    .innerJoin(activities, eq(activities.id, activityDecisions.activityId))
    .where(and(eq(activityDecisions.programmeId, programmeId), isNull(activityDecisions.closedAt)))
    .orderBy(activityDecisions.dueOn, activityDecisions.createdAt);
}
