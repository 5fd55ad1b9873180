import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getActivity, type ActivityRow } from './activities.js';
import { activities, activityDecisions, type DecisionKind } from './schema.js';

export type DecisionRow = typeof activityDecisions.$inferSelect;

export interface DecisionInput {
  kind: DecisionKind;
  text: string;
  owner?: string;
  dueOn?: string | null;
}

export async function listDecisions(db: Executor, activityId: string): Promise<DecisionRow[]> {
  return db.select().from(activityDecisions).where(eq(activityDecisions.activityId, activityId)).orderBy(asc(activityDecisions.createdAt));
}

/**
 * Whether `earlier` comes before `activity` in the same series (same type and municipality): by
 * start time when both are scheduled, otherwise by their number in the plan.
 */
export function comesBefore(earlier: Pick<ActivityRow, 'startsAt' | 'ordinal' | 'id'>, activity: Pick<ActivityRow, 'startsAt' | 'ordinal' | 'id'>): boolean {
  if (earlier.id === activity.id) return false;
  if (earlier.startsAt && activity.startsAt) return earlier.startsAt.getTime() < activity.startsAt.getTime();
  if (earlier.startsAt && !activity.startsAt) return true;
  if (!earlier.startsAt && activity.startsAt) return false;
  return earlier.ordinal < activity.ordinal;
}

/** Open follow-up points raised at earlier meetings of the same series: they belong on this agenda until closed. */
export async function carriedFollowUps(db: Executor, activity: ActivityRow): Promise<(DecisionRow & { raisedAt: Pick<ActivityRow, 'id' | 'startsAt' | 'ordinal'> })[]> {
  const series = await db
    .select({ id: activities.id, startsAt: activities.startsAt, ordinal: activities.ordinal })
    .from(activities)
    .where(and(
      eq(activities.programmeId, activity.programmeId), eq(activities.typeKey, activity.typeKey), ne(activities.id, activity.id),
      activity.municipalityId ? eq(activities.municipalityId, activity.municipalityId) : isNull(activities.municipalityId),
    ));
  const earlier = series.filter((s) => comesBefore(s, activity));
  if (earlier.length === 0) return [];
  const open = await db
    .select()
    .from(activityDecisions)
    .where(and(inArray(activityDecisions.activityId, earlier.map((e) => e.id)), eq(activityDecisions.kind, 'follow_up'), isNull(activityDecisions.closedAt)))
    .orderBy(asc(activityDecisions.dueOn), asc(activityDecisions.createdAt));
  const byId = new Map(earlier.map((e) => [e.id, e]));
  return open.map((d) => ({ ...d, raisedAt: byId.get(d.activityId)! }));
}

export async function addDecision(db: Executor, actor: Actor, activity: ActivityRow, input: DecisionInput, requestId?: string) {
  if (input.kind === 'follow_up' && !input.owner?.trim()) throw invalidField('owner', 'errors.required');
  const [row] = await db
    .insert(activityDecisions)
    .values({ programmeId: activity.programmeId, activityId: activity.id, kind: input.kind, text: input.text.trim(), owner: input.owner?.trim() ?? '', dueOn: input.dueOn ?? null })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.decision.add', entity: 'activity_decision', entityId: row.id, programmeId: activity.programmeId, after: { kind: row.kind, dueOn: row.dueOn }, requestId });
  return row;
}

export async function getDecision(db: Executor, programmeId: string, decisionId: string): Promise<DecisionRow> {
  const [row] = await db.select().from(activityDecisions).where(and(eq(activityDecisions.programmeId, programmeId), eq(activityDecisions.id, decisionId)));
  if (!row) throw notFound();
  return row;
}

export interface DecisionPatch {
  text?: string;
  owner?: string;
  dueOn?: string | null;
  /** true closes the point (optionally at the meeting where it was dealt with); false reopens it. */
  closed?: boolean;
  closedInActivityId?: string | null;
}

export async function updateDecision(db: Executor, actor: Actor, programmeId: string, decisionId: string, patch: DecisionPatch, requestId?: string) {
  const before = await getDecision(db, programmeId, decisionId);
  if (patch.closedInActivityId) {
    try {
      await getActivity(db, programmeId, patch.closedInActivityId);
    } catch {
      throw invalidField('closedInActivityId', 'activities.errors.unknownActivity');
    }
  }
  const { closed, closedInActivityId, ...texts } = patch;
  const closing = closed === undefined ? {} : closed ? { closedAt: before.closedAt ?? new Date(), closedInActivityId: closedInActivityId ?? null } : { closedAt: null, closedInActivityId: null };
  const [row] = await db
    .update(activityDecisions)
    .set({ ...texts, text: texts.text?.trim() ?? before.text, owner: texts.owner?.trim() ?? before.owner, ...closing })
    .where(eq(activityDecisions.id, decisionId))
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.decision.update', entity: 'activity_decision', entityId: decisionId, programmeId, before: { closedAt: before.closedAt, dueOn: before.dueOn }, after: { closedAt: row.closedAt, dueOn: row.dueOn, fields: Object.keys(patch) }, requestId });
  return row;
}

export async function deleteDecision(db: Executor, actor: Actor, programmeId: string, decisionId: string, requestId?: string) {
  const before = await getDecision(db, programmeId, decisionId);
  await db.delete(activityDecisions).where(eq(activityDecisions.id, decisionId));
  await recordAudit(db, { actorId: actor.userId, action: 'activity.decision.delete', entity: 'activity_decision', entityId: decisionId, programmeId, before: { kind: before.kind }, requestId });
}
