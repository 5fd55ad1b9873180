/**
 * Target areas (målområder, issue 12 §4): the top items of a feedback meeting's board become the
 * priorities the course must answer, per municipality or for the programme. Each keeps the votes
 * (a snapshot of the tally per role), touchpoints and quotes behind it.
 */
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { activities } from '../activities/schema.js';
import { codings, documents } from '../analysis/schema.js';
import { recordAudit } from '../audit/record.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { codesignVisible } from './policy.js';
import {
  codesignTargetAreaQuotes, codesignTargetAreaTouchpoints, codesignTargetAreaVotes, codesignTargetAreas, codesignTouchpoints, type RoleTally,
} from './schema.js';

export type TargetAreaRow = typeof codesignTargetAreas.$inferSelect;

export interface VoteInput {
  label: string;
  boardItemId?: string | null;
  tally: RoleTally;
  rank?: number | null;
}

export interface TargetAreaInput {
  title: string;
  description?: string;
  municipalityId: string | null;
  activityId?: string | null;
  touchpointIds?: string[];
  codingIds?: string[];
  votes?: VoteInput[];
}

async function checkLinks(db: Executor, programmeId: string, input: Partial<TargetAreaInput>): Promise<void> {
  if (input.municipalityId) {
    await getProgrammeMunicipality(db, programmeId, input.municipalityId).catch(() => {
      throw invalidField('municipalityId', 'errors.notFound');
    });
  }
  if (input.activityId) {
    const [a] = await db.select({ municipalityId: activities.municipalityId }).from(activities).where(and(eq(activities.id, input.activityId), eq(activities.programmeId, programmeId)));
    if (!a) throw invalidField('activityId', 'errors.notFound');
    if (input.municipalityId !== undefined && a.municipalityId && a.municipalityId !== input.municipalityId) throw invalidField('activityId', 'codesign.errors.notInMeeting');
  }
  const tps = [...new Set(input.touchpointIds ?? [])];
  if (tps.length) {
    const found = await db.select({ id: codesignTouchpoints.id }).from(codesignTouchpoints).where(and(eq(codesignTouchpoints.programmeId, programmeId), inArray(codesignTouchpoints.id, tps)));
    if (found.length !== tps.length) throw invalidField('touchpointIds', 'errors.notFound');
  }
  const cds = [...new Set(input.codingIds ?? [])];
  if (cds.length) {
    const found = await db.select({ id: codings.id }).from(codings).innerJoin(documents, eq(documents.id, codings.documentId)).where(and(eq(documents.programmeId, programmeId), inArray(codings.id, cds)));
    if (found.length !== cds.length) throw invalidField('codingIds', 'errors.notFound');
  }
}

async function writeLinks(db: Executor, targetAreaId: string, input: Partial<TargetAreaInput>): Promise<void> {
  if (input.touchpointIds) {
    await db.delete(codesignTargetAreaTouchpoints).where(eq(codesignTargetAreaTouchpoints.targetAreaId, targetAreaId));
    const ids = [...new Set(input.touchpointIds)];
    if (ids.length) await db.insert(codesignTargetAreaTouchpoints).values(ids.map((touchpointId) => ({ targetAreaId, touchpointId })));
  }
  if (input.codingIds) {
    await db.delete(codesignTargetAreaQuotes).where(eq(codesignTargetAreaQuotes.targetAreaId, targetAreaId));
    const ids = [...new Set(input.codingIds)];
    if (ids.length) await db.insert(codesignTargetAreaQuotes).values(ids.map((codingId) => ({ targetAreaId, codingId })));
  }
}

export async function createTargetArea(db: Executor, actor: Actor, programmeId: string, input: TargetAreaInput, requestId?: string): Promise<TargetAreaRow> {
  await checkLinks(db, programmeId, input);
  const [{ next }] = await db
    .select({ next: sql<number>`coalesce(max(${codesignTargetAreas.position}), -1) + 1`.mapWith(Number) })
    .from(codesignTargetAreas)
    .where(and(eq(codesignTargetAreas.programmeId, programmeId), input.municipalityId ? eq(codesignTargetAreas.municipalityId, input.municipalityId) : isNull(codesignTargetAreas.municipalityId)));
  const [row] = await db
    .insert(codesignTargetAreas)
    .values({ programmeId, municipalityId: input.municipalityId, title: input.title, description: input.description ?? '', activityId: input.activityId ?? null, position: next, createdBy: actor.userId })
    .returning();
  await writeLinks(db, row.id, input);
  if (input.votes?.length) {
    await db.insert(codesignTargetAreaVotes).values(input.votes.map((v) => ({ targetAreaId: row.id, label: v.label, boardItemId: v.boardItemId ?? null, tally: v.tally, rank: v.rank ?? null, activityId: input.activityId ?? null })));
  }
  await recordAudit(db, {
    actorId: actor.userId, action: 'codesign.target_area.create', entity: 'codesign_target_area', entityId: row.id, programmeId, requestId,
    after: { municipalityId: row.municipalityId, activityId: row.activityId, touchpoints: input.touchpointIds?.length ?? 0, quotes: input.codingIds?.length ?? 0, votes: input.votes?.length ?? 0 },
  });
  return row;
}

/**
 * The top items of a board (or, until the board is in Varde, items the facilitator lists) become
 * target areas, one each, in their order; all or nothing (the caller's transaction).
 */
export async function createTargetAreasFromItems(
  db: Executor, actor: Actor, programmeId: string,
  input: { municipalityId: string | null; activityId?: string | null; items: (VoteInput & { title?: string; touchpointIds?: string[]; codingIds?: string[] })[] },
  requestId?: string,
): Promise<TargetAreaRow[]> {
  if (input.items.length === 0) throw invalidField('items', 'codesign.errors.emptyTargets');
  const out: TargetAreaRow[] = [];
  for (const [i, item] of input.items.entries()) {
    out.push(await createTargetArea(db, actor, programmeId, {
      title: item.title ?? item.label, municipalityId: input.municipalityId, activityId: input.activityId,
      touchpointIds: item.touchpointIds, codingIds: item.codingIds, votes: [{ ...item, rank: item.rank ?? i + 1 }],
    }, requestId));
  }
  return out;
}

export async function findTargetArea(db: Executor, programmeId: string, id: string, scope?: ProgrammeScope): Promise<TargetAreaRow> {
  const [row] = await db.select().from(codesignTargetAreas).where(and(eq(codesignTargetAreas.id, id), eq(codesignTargetAreas.programmeId, programmeId)));
  if (!row || (scope && !codesignVisible(scope, row))) throw notFound();
  return row;
}

export async function updateTargetArea(
  db: Executor, actor: Actor, programmeId: string, id: string,
  patch: { title?: string; description?: string; position?: number; touchpointIds?: string[]; codingIds?: string[] }, requestId?: string,
): Promise<TargetAreaRow> {
  const before = await findTargetArea(db, programmeId, id);
  await checkLinks(db, programmeId, patch);
  const set = { ...(patch.title !== undefined ? { title: patch.title } : {}), ...(patch.description !== undefined ? { description: patch.description } : {}), ...(patch.position !== undefined ? { position: patch.position } : {}) };
  const [row] = await db.update(codesignTargetAreas).set({ ...set, updatedAt: new Date() }).where(eq(codesignTargetAreas.id, id)).returning();
  await writeLinks(db, id, patch);
  await recordAudit(db, {
    actorId: actor.userId, action: 'codesign.target_area.update', entity: 'codesign_target_area', entityId: id, programmeId, requestId,
    before: { position: before.position }, after: { fields: Object.keys(set), touchpoints: patch.touchpointIds?.length, quotes: patch.codingIds?.length },
  });
  return row;
}

export async function deleteTargetArea(db: Executor, actor: Actor, programmeId: string, id: string, requestId?: string): Promise<void> {
  const row = await findTargetArea(db, programmeId, id);
  await db.delete(codesignTargetAreas).where(eq(codesignTargetAreas.id, id));
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.target_area.delete', entity: 'codesign_target_area', entityId: id, programmeId, requestId, before: { municipalityId: row.municipalityId } });
}

/** Target areas the scope may see (a municipality's and the programme-wide ones, or all), in order. */
export async function listTargetAreaRows(db: Executor, programmeId: string, scope: ProgrammeScope, municipalityId?: string | null, ids?: string[]) {
  const visible = scope.municipalities === 'all' ? undefined : or(isNull(codesignTargetAreas.municipalityId), scope.municipalities.size ? inArray(codesignTargetAreas.municipalityId, [...scope.municipalities]) : sql`false`);
  const which = municipalityId === undefined ? undefined : municipalityId === null ? isNull(codesignTargetAreas.municipalityId) : eq(codesignTargetAreas.municipalityId, municipalityId);
  const only = ids ? (ids.length ? inArray(codesignTargetAreas.id, ids) : sql`false`) : undefined;
  return db.select().from(codesignTargetAreas).where(and(eq(codesignTargetAreas.programmeId, programmeId), visible, which, only)).orderBy(asc(codesignTargetAreas.municipalityId), asc(codesignTargetAreas.position));
}

/** The links behind target areas: touchpoint ids, coding ids and votes per area. */
export async function targetAreaLinks(db: Executor, ids: string[]) {
  if (ids.length === 0) return { touchpoints: new Map<string, string[]>(), quotes: new Map<string, string[]>(), votes: new Map<string, (typeof codesignTargetAreaVotes.$inferSelect)[]>() };
  const group = <T,>(rows: T[], key: (r: T) => string) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return m;
  };
  const tps = await db.select().from(codesignTargetAreaTouchpoints).where(inArray(codesignTargetAreaTouchpoints.targetAreaId, ids));
  const qs = await db.select().from(codesignTargetAreaQuotes).where(inArray(codesignTargetAreaQuotes.targetAreaId, ids));
  const vs = await db.select().from(codesignTargetAreaVotes).where(inArray(codesignTargetAreaVotes.targetAreaId, ids)).orderBy(asc(codesignTargetAreaVotes.rank));
  return {
    touchpoints: new Map([...group(tps, (r) => r.targetAreaId)].map(([k, v]) => [k, v.map((r) => r.touchpointId)])),
    quotes: new Map([...group(qs, (r) => r.targetAreaId)].map(([k, v]) => [k, v.map((r) => r.codingId)])),
    votes: group(vs, (r) => r.targetAreaId),
  };
}
