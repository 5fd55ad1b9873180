/**
 * Co-design groups (issue 12 §5): one per target area, its members kept by the groups capability
 * (kind `codesign_group`, so the People › Groups page manages them too), with the workshops it held.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { getActivity } from '../activities/activities.js';
import { recordAudit } from '../audit/record.js';
import { createGroup, deleteGroup, listGroups } from '../groups/groups.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { codesignGroups, codesignGroupWorkshops } from './course-schema.js';
import { codesignTargetAreas } from './schema.js';

export type CodesignGroupRow = typeof codesignGroups.$inferSelect;

export async function getCodesignGroup(db: Executor, programmeId: string, id: string): Promise<CodesignGroupRow> {
  const [row] = await db.select().from(codesignGroups).where(and(eq(codesignGroups.programmeId, programmeId), eq(codesignGroups.id, id)));
  if (!row) throw notFound();
  return row;
}

export async function createCodesignGroup(db: Executor, actor: Actor, programmeId: string, input: { targetAreaId: string; name?: string }, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const [area] = await db.select().from(codesignTargetAreas).where(and(eq(codesignTargetAreas.programmeId, programmeId), eq(codesignTargetAreas.id, input.targetAreaId)));
  if (!area) throw invalidField('targetAreaId', 'course.errors.unknownTargetArea');
  const group = await createGroup(db, actor, programmeId, { kind: 'codesign_group', name: input.name?.trim() || area.title, mandate: area.description }, requestId);
  const [row] = await db.insert(codesignGroups).values({ programmeId, targetAreaId: area.id, groupId: group.id }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.group.create', entity: 'codesign_group', entityId: row.id, programmeId, after: { targetAreaId: area.id, groupId: group.id }, requestId });
  return row;
}

export async function deleteCodesignGroup(db: Executor, actor: Actor, programmeId: string, id: string, requestId?: string) {
  const row = await getCodesignGroup(db, programmeId, id);
  await deleteGroup(db, actor, programmeId, row.groupId, requestId);
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.group.delete', entity: 'codesign_group', entityId: id, programmeId, requestId });
}

/** Links a co-design workshop (an activity of type codesign_workshop) to the group. */
export async function addWorkshop(db: Executor, actor: Actor, programmeId: string, id: string, activityId: string, requestId?: string) {
  await getCodesignGroup(db, programmeId, id);
  const activity = await getActivity(db, programmeId, activityId).catch(() => null);
  if (!activity || activity.typeKey !== 'codesign_workshop') throw invalidField('activityId', 'course.errors.notWorkshop');
  await db.insert(codesignGroupWorkshops).values({ codesignGroupId: id, activityId }).onConflictDoNothing();
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.group.workshop_add', entity: 'codesign_group', entityId: id, programmeId, after: { activityId }, requestId });
}

export async function removeWorkshop(db: Executor, actor: Actor, programmeId: string, id: string, activityId: string, requestId?: string) {
  await getCodesignGroup(db, programmeId, id);
  const gone = await db.delete(codesignGroupWorkshops).where(and(eq(codesignGroupWorkshops.codesignGroupId, id), eq(codesignGroupWorkshops.activityId, activityId))).returning();
  if (gone.length === 0) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.group.workshop_remove', entity: 'codesign_group', entityId: id, programmeId, after: { activityId }, requestId });
}

/** The groups with their target area, members (from the groups capability) and workshop activity ids. */
export async function listCodesignGroups(db: Executor, programmeId: string) {
  await getProgramme(db, programmeId);
  const rows = await db.select().from(codesignGroups).where(eq(codesignGroups.programmeId, programmeId)).orderBy(asc(codesignGroups.createdAt));
  if (rows.length === 0) return [];
  const areas = new Map((await db.select().from(codesignTargetAreas).where(inArray(codesignTargetAreas.id, rows.map((r) => r.targetAreaId)))).map((a) => [a.id, a]));
  const groupsById = new Map((await listGroups(db, programmeId)).map((g) => [g.id, g]));
  const workshops = await db.select().from(codesignGroupWorkshops).where(inArray(codesignGroupWorkshops.codesignGroupId, rows.map((r) => r.id)));
  return rows.map((r) => ({
    row: r,
    targetArea: areas.get(r.targetAreaId)!,
    group: groupsById.get(r.groupId)!,
    workshopIds: workshops.filter((w) => w.codesignGroupId === r.id).map((w) => w.activityId),
  }));
}
