/**
 * The codebook (issue 7 §3): hierarchical codes; a theme is a code that groups codes. Create,
 * list, change (rename, describe, colour, theme flag), move (parent and position), delete.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgramme } from '../programmes/programmes.js';
import { codes, codings, memos } from './schema.js';

export type CodeRow = typeof codes.$inferSelect;
export interface CodeInput {
  name: string;
  description?: string;
  color?: string;
  parentId?: string | null;
  isTheme?: boolean;
  position?: number;
}

export async function findCode(db: Executor, programmeId: string, codeId: string): Promise<CodeRow> {
  const [row] = await db.select().from(codes).where(and(eq(codes.programmeId, programmeId), eq(codes.id, codeId)));
  if (!row) throw notFound();
  return row;
}

/** A parent must be a code of the same programme (a field error, since the caller chose it). */
async function checkParent(db: Executor, programmeId: string, parentId: string | null | undefined, movingId?: string): Promise<void> {
  if (!parentId) return;
  const [parent] = await db.select().from(codes).where(and(eq(codes.programmeId, programmeId), eq(codes.id, parentId)));
  if (!parent) throw invalidField('parentId', 'errors.notFound');
  if (movingId && (await subtreeIds(db, programmeId, movingId)).includes(parentId)) throw conflict('errors.codeCycle');
}

/** The code and all its descendants. */
export async function subtreeIds(db: Executor, programmeId: string, codeId: string): Promise<string[]> {
  const { rows } = await db.execute<{ id: string }>(sql`
    with recursive tree as (
      select id from codes where id = ${codeId} and programme_id = ${programmeId}
      union all select c.id from codes c join tree t on c.parent_id = t.id
    ) select id from tree`);
  return rows.map((r) => r.id);
}

export async function listCodes(db: Executor, programmeId: string) {
  await getProgramme(db, programmeId);
  const rows = await db.select().from(codes).where(eq(codes.programmeId, programmeId)).orderBy(asc(codes.position), asc(codes.name));
  const counts = await db
    .select({ codeId: codings.codeId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(codings)
    .where(inArray(codings.codeId, rows.length ? rows.map((r) => r.id) : ['00000000-0000-0000-0000-000000000000']))
    .groupBy(codings.codeId);
  const byCode = new Map(counts.map((c) => [c.codeId, c.n]));
  return rows.map((r) => ({ ...r, codingCount: byCode.get(r.id) ?? 0 }));
}

async function nextPosition(db: Executor, programmeId: string, parentId: string | null): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${codes.position})` })
    .from(codes)
    .where(and(eq(codes.programmeId, programmeId), parentId ? eq(codes.parentId, parentId) : sql`${codes.parentId} is null`));
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function createCode(db: Executor, actor: Actor, programmeId: string, input: CodeInput, requestId?: string): Promise<CodeRow> {
  await getProgramme(db, programmeId);
  await checkParent(db, programmeId, input.parentId);
  const parentId = input.parentId ?? null;
  const [row] = await db
    .insert(codes)
    .values({ programmeId, ...input, name: input.name.trim(), parentId, position: input.position ?? (await nextPosition(db, programmeId, parentId)) })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.code.create', entity: 'code', entityId: row.id, programmeId, requestId, after: { name: row.name, parentId, isTheme: row.isTheme } });
  return row;
}

/** Rename, describe, recolour, (un)mark as theme, or move (parentId, position): all one PATCH. */
export async function updateCode(db: Executor, actor: Actor, programmeId: string, codeId: string, patch: Partial<CodeInput>, requestId?: string): Promise<CodeRow> {
  const before = await findCode(db, programmeId, codeId);
  if (patch.parentId !== undefined) await checkParent(db, programmeId, patch.parentId, codeId);
  const set = { ...patch, ...(patch.name !== undefined ? { name: patch.name.trim() } : {}) };
  if (patch.parentId !== undefined && patch.position === undefined && (patch.parentId ?? null) !== before.parentId) {
    set.position = await nextPosition(db, programmeId, patch.parentId ?? null);
  }
  const [row] = await db.update(codes).set(set).where(eq(codes.id, codeId)).returning();
  await recordAudit(db, {
    actorId: actor.userId, action: 'analysis.code.update', entity: 'code', entityId: codeId, programmeId, requestId,
    before: { name: before.name, parentId: before.parentId, position: before.position, isTheme: before.isTheme }, after: patch,
  });
  return row;
}

/** Deletes a code with its codings; with children, 409 unless `cascade` (then the whole subtree goes). */
export async function deleteCode(db: Executor, actor: Actor, programmeId: string, codeId: string, cascade: boolean, requestId?: string): Promise<{ deleted: number }> {
  const code = await findCode(db, programmeId, codeId);
  const ids = await subtreeIds(db, programmeId, codeId);
  if (ids.length > 1 && !cascade) throw conflict('errors.codeHasChildren');
  const codingIds = (await db.select({ id: codings.id }).from(codings).where(inArray(codings.codeId, ids))).map((r) => r.id);
  if (codingIds.length) await db.delete(memos).where(and(eq(memos.targetKind, 'coding'), inArray(memos.targetId, codingIds)));
  await db.delete(memos).where(and(eq(memos.targetKind, 'code'), inArray(memos.targetId, ids)));
  await db.delete(codes).where(inArray(codes.id, ids));
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.code.delete', entity: 'code', entityId: codeId, programmeId, requestId, before: { name: code.name, codes: ids.length, codings: codingIds.length } });
  return { deleted: ids.length };
}
