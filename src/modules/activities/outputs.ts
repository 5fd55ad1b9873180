import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getService } from '../programmes/services.js';
import type { ActivityRow } from './activities.js';
import { activityOutputs, type OutputKind } from './schema.js';

export type OutputRow = typeof activityOutputs.$inferSelect;

export interface OutputInput {
  kind: OutputKind;
  title: string;
  serviceId?: string | null;
  items?: string[];
}

export async function listOutputs(db: Executor, activityId: string): Promise<OutputRow[]> {
  return db.select().from(activityOutputs).where(eq(activityOutputs.activityId, activityId)).orderBy(asc(activityOutputs.createdAt));
}

/**
 * Records what an activity produced. A priority list belongs to one service of the activity's
 * municipality (engagement indicator i: every service has mapped its practice and chosen areas).
 */
export async function addOutput(db: Executor, actor: Actor, activity: ActivityRow, input: OutputInput, requestId?: string) {
  if (input.kind === 'priority_list' && !input.serviceId) throw invalidField('serviceId', 'errors.required');
  if (input.serviceId) {
    const service = await getService(db, activity.programmeId, input.serviceId).catch(() => null);
    if (!service || service.municipalityId !== activity.municipalityId) throw invalidField('serviceId', 'activities.errors.serviceNotInMunicipality');
  }
  const [row] = await db
    .insert(activityOutputs)
    .values({ programmeId: activity.programmeId, activityId: activity.id, kind: input.kind, title: input.title.trim(), serviceId: input.serviceId ?? null, items: (input.items ?? []).map((i) => i.trim()).filter(Boolean) })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.output.add', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, after: { kind: row.kind, outputId: row.id }, requestId });
  return row;
}

export async function deleteOutput(db: Executor, actor: Actor, activity: ActivityRow, outputId: string, requestId?: string) {
  const deleted = await db.delete(activityOutputs).where(and(eq(activityOutputs.activityId, activity.id), eq(activityOutputs.id, outputId))).returning();
  if (deleted.length === 0) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.output.delete', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, before: { outputId }, requestId });
}
