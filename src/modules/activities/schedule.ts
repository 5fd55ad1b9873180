import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { getActivity, listActivities, listDependencies, type ActivityRow } from './activities.js';
import type { ActivityChange } from './events.js';
import { activities, type ActivityMode } from './schema.js';
import { scheduleWarnings, warningsAbout, type ScheduleWarning } from './warnings.js';

export interface ScheduleInput {
  startsAt: Date;
  /** Defaults to start + the activity's duration. */
  endsAt?: Date | null;
  location?: string;
  mode?: ActivityMode;
}

/** The warnings of the whole programme (dependencies are checked against every activity). */
export async function programmeWarnings(db: Executor, programmeId: string): Promise<ScheduleWarning[]> {
  const all = await listActivities(db, programmeId, { municipalities: 'all' });
  return scheduleWarnings(all, await listDependencies(db, all.map((a) => a.id)));
}

async function writable(db: Executor, programmeId: string, activityId: string): Promise<ActivityRow> {
  assertWritable(await getProgramme(db, programmeId));
  const activity = await getActivity(db, programmeId, activityId);
  if (activity.status === 'cancelled') throw conflict('activities.errors.cancelled');
  return activity;
}

/**
 * Schedules or moves an activity (the route then runs `activityChanged` so invitees hear of it). An end before (or at) the start is refused with nothing written;
 * broken order dependencies are returned as warnings, not refused.
 */
export async function scheduleActivity(db: Executor, actor: Actor, programmeId: string, activityId: string, input: ScheduleInput, requestId?: string) {
  const before = await writable(db, programmeId, activityId);
  const endsAt = input.endsAt ?? new Date(input.startsAt.getTime() + before.durationMinutes * 60_000);
  if (endsAt.getTime() <= input.startsAt.getTime()) throw invalidField('endsAt', 'activities.errors.endBeforeStart');
  const [after] = await db
    .update(activities)
    .set({
      startsAt: input.startsAt, endsAt, location: input.location ?? before.location, mode: input.mode ?? before.mode,
      status: before.status === 'held' ? 'held' : 'scheduled', revision: sql`${activities.revision} + 1`, updatedAt: new Date(),
    })
    .where(eq(activities.id, activityId))
    .returning();
  const change: ActivityChange = before.startsAt === null ? 'scheduled' : 'moved';
  await recordAudit(db, {
    actorId: actor.userId, action: `activity.${change === 'scheduled' ? 'schedule' : 'move'}`, entity: 'activity', entityId: activityId, programmeId, requestId,
    before: { startsAt: before.startsAt, endsAt: before.endsAt, location: before.location }, after: { startsAt: after.startsAt, endsAt: after.endsAt, location: after.location },
  });
  return { change, activity: after, warnings: warningsAbout(await programmeWarnings(db, programmeId), activityId) };
}

export async function cancelActivity(db: Executor, actor: Actor, programmeId: string, activityId: string, reason: string, requestId?: string) {
  const before = await writable(db, programmeId, activityId);
  if (before.status === 'held') throw conflict('activities.errors.alreadyHeld');
  const [after] = await db
    .update(activities)
    .set({ status: 'cancelled', cancelledReason: reason.trim() || null, revision: sql`${activities.revision} + 1`, updatedAt: new Date() })
    .where(eq(activities.id, activityId))
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.cancel', entity: 'activity', entityId: activityId, programmeId, before: { status: before.status }, after: { status: 'cancelled' }, requestId });
  return after;
}

/** Marks a scheduled activity as held (it must have a time that has begun). */
export async function markHeld(db: Executor, actor: Actor, programmeId: string, activityId: string, now = new Date(), requestId?: string) {
  const before = await writable(db, programmeId, activityId);
  if (!before.startsAt) throw conflict('activities.errors.notScheduled');
  if (before.startsAt.getTime() > now.getTime()) throw conflict('activities.errors.notStarted');
  const [after] = await db.update(activities).set({ status: 'held', updatedAt: new Date() }).where(eq(activities.id, activityId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.held', entity: 'activity', entityId: activityId, programmeId, before: { status: before.status }, after: { status: 'held' }, requestId });
  return after;
}

export interface DetailsInput {
  title?: string;
  capacity?: number | null;
  isPilot?: boolean;
  durationMinutes?: number;
}

/** Title, capacity, pilot flag and duration; none of these changes what invitees were told. */
export async function updateActivityDetails(db: Executor, actor: Actor, programmeId: string, activityId: string, patch: DetailsInput, requestId?: string) {
  const before = await writable(db, programmeId, activityId);
  const [after] = await db.update(activities).set({ ...patch, title: patch.title?.trim() ?? before.title, updatedAt: new Date() }).where(eq(activities.id, activityId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.update', entity: 'activity', entityId: activityId, programmeId, before: { title: before.title, capacity: before.capacity, isPilot: before.isPilot, durationMinutes: before.durationMinutes }, after: patch, requestId });
  return after;
}
