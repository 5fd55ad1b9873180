import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { activities, activityDependencies, type ActivityMode } from './schema.js';
import { getActivityType } from './types.js';

export type ActivityRow = typeof activities.$inferSelect;
export type DependencyRow = typeof activityDependencies.$inferSelect;

export async function getActivity(db: Executor, programmeId: string, activityId: string): Promise<ActivityRow> {
  const [row] = await db.select().from(activities).where(and(eq(activities.programmeId, programmeId), eq(activities.id, activityId)));
  if (!row) throw notFound();
  return row;
}

/** Activities a viewer may see: all, or those of the given municipalities (never programme-wide ones); a filter by one municipality adds the programme-wide ones the viewer sees. */
export async function listActivities(db: Executor, programmeId: string, opts: { municipalities: 'all' | Set<string>; municipalityId?: string }): Promise<ActivityRow[]> {
  const visible = opts.municipalities === 'all' ? undefined : inArray(activities.municipalityId, [...opts.municipalities, '00000000-0000-0000-0000-000000000000']);
  // Filtering by a municipality keeps the programme-wide events (gatherings, project-group meetings) in view.
  const only = opts.municipalityId ? or(eq(activities.municipalityId, opts.municipalityId), isNull(activities.municipalityId)) : undefined;
  return db
    .select()
    .from(activities)
    .where(and(eq(activities.programmeId, programmeId), visible, only))
    .orderBy(asc(activities.startsAt), asc(activities.typeKey), asc(activities.variant), asc(activities.ordinal), asc(activities.createdAt));
}

export async function listDependencies(db: Executor, activityIds: string[]): Promise<DependencyRow[]> {
  if (activityIds.length === 0) return [];
  return db.select().from(activityDependencies).where(or(inArray(activityDependencies.activityId, activityIds), inArray(activityDependencies.afterActivityId, activityIds)));
}

export interface ActivityInput {
  typeKey: string;
  municipalityId?: string | null;
  title?: string;
  variant?: string | null;
  mode?: ActivityMode;
  location?: string;
  capacity?: number | null;
}

/** One activity added by hand (outside the template), numbered after those of the same type and place. */
export async function createActivity(db: Executor, actor: Actor, programmeId: string, input: ActivityInput, requestId?: string): Promise<ActivityRow> {
  assertWritable(await getProgramme(db, programmeId));
  const type = await getActivityType(db, programmeId, input.typeKey);
  if (!type) throw invalidField('typeKey', 'activities.errors.unknownType');
  if (input.municipalityId) await getProgrammeMunicipality(db, programmeId, input.municipalityId);
  const same = await db
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.programmeId, programmeId), eq(activities.typeKey, type.key), input.municipalityId ? eq(activities.municipalityId, input.municipalityId) : isNull(activities.municipalityId)));
  const [row] = await db
    .insert(activities)
    .values({
      programmeId, municipalityId: input.municipalityId ?? null, typeKey: type.key, variant: input.variant ?? null, title: input.title?.trim() ?? '',
      ordinal: same.length + 1, durationMinutes: type.defaultDurationMinutes, mode: input.mode ?? type.mode, location: input.location ?? '',
      capacity: input.capacity === undefined ? type.defaultCapacity : input.capacity,
    })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.create', entity: 'activity', entityId: row.id, programmeId, after: { typeKey: row.typeKey, municipalityId: row.municipalityId }, requestId });
  return row;
}

/** Adds "activity comes after afterActivity" (both in the programme); a no-op if it exists. */
export async function addDependency(db: Executor, actor: Actor, programmeId: string, activityId: string, afterActivityId: string, requestId?: string) {
  if (activityId === afterActivityId) throw invalidField('afterActivityId', 'activities.errors.selfDependency');
  await getActivity(db, programmeId, activityId);
  try {
    await getActivity(db, programmeId, afterActivityId);
  } catch {
    throw invalidField('afterActivityId', 'activities.errors.unknownActivity');
  }
  await db.insert(activityDependencies).values({ activityId, afterActivityId }).onConflictDoNothing();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.dependency.add', entity: 'activity', entityId: activityId, programmeId, after: { afterActivityId }, requestId });
}

export async function removeDependency(db: Executor, actor: Actor, programmeId: string, activityId: string, afterActivityId: string, requestId?: string) {
  await getActivity(db, programmeId, activityId);
  const deleted = await db.delete(activityDependencies).where(and(eq(activityDependencies.activityId, activityId), eq(activityDependencies.afterActivityId, afterActivityId))).returning();
  if (deleted.length === 0) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.dependency.remove', entity: 'activity', entityId: activityId, programmeId, before: { afterActivityId }, requestId });
}
