import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import type { ActivityRow } from './activities.js';
import { carriedFollowUps } from './decisions.js';
import { activityAgendaItems } from './schema.js';

export interface AgendaItemInput {
  title: string;
  notes?: string;
  durationMinutes?: number | null;
}

/** The agenda: its own items in order, then open follow-up points carried from earlier meetings. */
export async function getAgenda(db: Executor, activity: ActivityRow) {
  const items = await db.select().from(activityAgendaItems).where(eq(activityAgendaItems.activityId, activity.id)).orderBy(asc(activityAgendaItems.position), asc(activityAgendaItems.createdAt));
  return { items, carried: await carriedFollowUps(db, activity) };
}

export async function addAgendaItem(db: Executor, actor: Actor, activity: ActivityRow, input: AgendaItemInput, requestId?: string) {
  const [{ next }] = await db.select({ next: sql<number>`coalesce(max(${activityAgendaItems.position}), 0) + 1`.mapWith(Number) }).from(activityAgendaItems).where(eq(activityAgendaItems.activityId, activity.id));
  const [row] = await db.insert(activityAgendaItems).values({ activityId: activity.id, position: next, title: input.title.trim(), notes: input.notes ?? '', durationMinutes: input.durationMinutes ?? null }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.agenda.add', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, after: { itemId: row.id }, requestId });
  return row;
}

export async function updateAgendaItem(db: Executor, actor: Actor, activity: ActivityRow, itemId: string, patch: Partial<AgendaItemInput> & { position?: number }, requestId?: string) {
  const set = Object.fromEntries(Object.entries({ ...patch, title: patch.title?.trim() }).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) set.position = undefined as never;
  const [row] = await db
    .update(activityAgendaItems)
    .set(Object.keys(set).length ? set : { title: sql`${activityAgendaItems.title}` })
    .where(and(eq(activityAgendaItems.activityId, activity.id), eq(activityAgendaItems.id, itemId)))
    .returning();
  if (!row) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.agenda.update', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, after: { itemId, fields: Object.keys(patch) }, requestId });
  return row;
}

export async function deleteAgendaItem(db: Executor, actor: Actor, activity: ActivityRow, itemId: string, requestId?: string) {
  const deleted = await db.delete(activityAgendaItems).where(and(eq(activityAgendaItems.activityId, activity.id), eq(activityAgendaItems.id, itemId))).returning();
  if (deleted.length === 0) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.agenda.delete', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, before: { itemId }, requestId });
}
