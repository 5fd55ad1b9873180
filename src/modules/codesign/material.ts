/**
 * Material for the feedback meetings (issue 12 §2): the "trigger" selection of touchpoints and quotes
 * a facilitator shows at one meeting, with an optional link to an edited film or audio recording,
 * shown one item at a time on the projector.
 */
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { activities } from '../activities/schema.js';
import { codings, documents } from '../analysis/schema.js';
import { recordAudit } from '../audit/record.js';
import { journeyStages, stageLabel } from './journey.js';
import { quotesFor } from './quotes.js';
import { codesignTouchpoints, codesignTriggerItems, codesignTriggerSets } from './schema.js';
import { listTouchpoints } from './touchpoints.js';

export type TriggerSetRow = typeof codesignTriggerSets.$inferSelect;
export interface TriggerItemInput {
  touchpointId?: string | null;
  codingId?: string | null;
  caption?: string;
}

async function checkActivity(db: Executor, programmeId: string, activityId: string) {
  const [a] = await db.select({ id: activities.id }).from(activities).where(and(eq(activities.id, activityId), eq(activities.programmeId, programmeId)));
  if (!a) throw invalidField('activityId', 'errors.notFound');
}

export async function createTriggerSet(db: Executor, actor: Actor, programmeId: string, input: { activityId: string; title: string; filmUrl?: string | null }, requestId?: string): Promise<TriggerSetRow> {
  await checkActivity(db, programmeId, input.activityId);
  const [row] = await db.insert(codesignTriggerSets).values({ programmeId, activityId: input.activityId, title: input.title, filmUrl: input.filmUrl ?? null, createdBy: actor.userId }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.material.create', entity: 'codesign_trigger_set', entityId: row.id, programmeId, requestId, after: { activityId: input.activityId } });
  return row;
}

export async function findTriggerSet(db: Executor, programmeId: string, setId: string): Promise<TriggerSetRow> {
  const [row] = await db.select().from(codesignTriggerSets).where(and(eq(codesignTriggerSets.id, setId), eq(codesignTriggerSets.programmeId, programmeId)));
  if (!row) throw notFound();
  return row;
}

export async function updateTriggerSet(db: Executor, actor: Actor, programmeId: string, setId: string, patch: { title?: string; filmUrl?: string | null }, requestId?: string): Promise<TriggerSetRow> {
  await findTriggerSet(db, programmeId, setId);
  const [row] = await db.update(codesignTriggerSets).set({ ...patch, updatedAt: new Date() }).where(eq(codesignTriggerSets.id, setId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.material.update', entity: 'codesign_trigger_set', entityId: setId, programmeId, requestId, after: { fields: Object.keys(patch) } });
  return row;
}

export async function deleteTriggerSet(db: Executor, actor: Actor, programmeId: string, setId: string, requestId?: string): Promise<void> {
  const row = await findTriggerSet(db, programmeId, setId);
  await db.delete(codesignTriggerSets).where(eq(codesignTriggerSets.id, setId));
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.material.delete', entity: 'codesign_trigger_set', entityId: setId, programmeId, requestId, before: { activityId: row.activityId } });
}

/** Replaces the set's items with these, in this order (each a touchpoint or a quote of the programme). */
export async function setTriggerItems(db: Executor, actor: Actor, programmeId: string, setId: string, items: TriggerItemInput[], requestId?: string): Promise<void> {
  await findTriggerSet(db, programmeId, setId);
  for (const [i, item] of items.entries()) if (!item.touchpointId === !item.codingId) throw invalidField(`items.${i}`, 'codesign.errors.sourceNeeded');
  const tps = [...new Set(items.flatMap((i) => (i.touchpointId ? [i.touchpointId] : [])))];
  if (tps.length && (await db.select({ id: codesignTouchpoints.id }).from(codesignTouchpoints).where(and(eq(codesignTouchpoints.programmeId, programmeId), inArray(codesignTouchpoints.id, tps)))).length !== tps.length) {
    throw invalidField('items', 'errors.notFound');
  }
  const cds = [...new Set(items.flatMap((i) => (i.codingId ? [i.codingId] : [])))];
  if (cds.length && (await db.select({ id: codings.id }).from(codings).innerJoin(documents, eq(documents.id, codings.documentId)).where(and(eq(documents.programmeId, programmeId), inArray(codings.id, cds)))).length !== cds.length) {
    throw invalidField('items', 'errors.notFound');
  }
  await db.delete(codesignTriggerItems).where(eq(codesignTriggerItems.setId, setId));
  if (items.length) {
    await db.insert(codesignTriggerItems).values(items.map((item, position) => ({ setId, position, touchpointId: item.touchpointId ?? null, codingId: item.codingId ?? null, caption: item.caption ?? '' })));
  }
  await db.update(codesignTriggerSets).set({ updatedAt: new Date() }).where(eq(codesignTriggerSets.id, setId));
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.material.items', entity: 'codesign_trigger_set', entityId: setId, programmeId, requestId, after: { items: items.length } });
}

export async function listTriggerSets(db: Executor, programmeId: string) {
  const rows = await db
    .select({ set: codesignTriggerSets, activityTitle: activities.title, municipalityId: activities.municipalityId })
    .from(codesignTriggerSets)
    .innerJoin(activities, eq(activities.id, codesignTriggerSets.activityId))
    .where(eq(codesignTriggerSets.programmeId, programmeId))
    .orderBy(asc(codesignTriggerSets.createdAt));
  const counts = rows.length
    ? new Map((await db.select({ setId: codesignTriggerItems.setId, n: count() }).from(codesignTriggerItems).where(inArray(codesignTriggerItems.setId, rows.map((r) => r.set.id))).groupBy(codesignTriggerItems.setId)).map((r) => [r.setId, r.n]))
    : new Map<string, number>();
  return rows.map((r) => ({ ...r.set, activityTitle: r.activityTitle, municipalityId: r.municipalityId, itemCount: counts.get(r.set.id) ?? 0 }));
}

/** One set with its items resolved to what the projector shows: the anonymised quote and, for a touchpoint, its stage and emotion. */
export async function getTriggerSet(db: Executor, programmeId: string, setId: string, lang: Language) {
  const set = await findTriggerSet(db, programmeId, setId);
  const [activity] = await db.select({ title: activities.title }).from(activities).where(eq(activities.id, set.activityId));
  const items = await db.select().from(codesignTriggerItems).where(eq(codesignTriggerItems.setId, setId)).orderBy(asc(codesignTriggerItems.position));
  const tps = new Map((await listTouchpoints(db, programmeId, { ids: items.flatMap((i) => (i.touchpointId ? [i.touchpointId] : [])) })).map((tp) => [tp.id, tp]));
  const stages = new Map((await journeyStages(db, programmeId)).map((s) => [s.id, stageLabel(s, lang)]));
  const codingIds = items.map((i) => i.codingId ?? tps.get(i.touchpointId!)?.codingId).filter((id): id is string => !!id);
  const quotes = await quotesFor(db, programmeId, codingIds, lang, new Map([...tps.values()].map((tp) => [tp.codingId, tp.role])));
  return {
    id: set.id, title: set.title, filmUrl: set.filmUrl, activityId: set.activityId, activityTitle: activity?.title ?? '',
    items: items.flatMap((i) => {
      const tp = i.touchpointId ? tps.get(i.touchpointId) : undefined;
      const quote = quotes.get(i.codingId ?? tp?.codingId ?? '');
      if (!quote) return [];
      return [{
        id: i.id, position: i.position, caption: i.caption, touchpointId: i.touchpointId, codingId: i.codingId ?? tp!.codingId, quote,
        touchpoint: tp ? { role: tp.role, valence: tp.valence, emotion: tp.emotion, emotionLabel: translate(lang, `codesign.emotion.${tp.emotion}`), stageLabel: stages.get(tp.stageId) ?? '' } : null,
      }];
    }),
  };
}
