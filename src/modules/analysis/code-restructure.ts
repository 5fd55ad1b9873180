/**
 * Restructuring the codebook without losing codings (issue 7 §3): merge, split, and seeding the
 * CHIME frame. Each runs in the request's single transaction, so it happens entirely or not at all.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField } from '../../lib/errors.js';
import type { Language } from '../../i18n/index.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgramme } from '../programmes/programmes.js';
import { CHIME_FRAME, type FrameCode } from './chime.js';
import { createCode, findCode, type CodeInput, type CodeRow } from './codes.js';
import { codes, codings, memos } from './schema.js';

/**
 * Merges code A into B: A's codings move to B (a coding that would duplicate one of B's by the
 * same coder over the same range is dropped), A's children move under B, A's memos follow, A goes.
 */
export async function mergeCodes(db: Executor, actor: Actor, programmeId: string, fromId: string, intoId: string, requestId?: string) {
  if (fromId === intoId) throw conflict('errors.codeMergeSame');
  const from = await findCode(db, programmeId, fromId);
  const into = await findCode(db, programmeId, intoId);
  if (into.parentId === fromId) await db.update(codes).set({ parentId: from.parentId }).where(eq(codes.id, intoId));
  await db.update(codes).set({ parentId: intoId }).where(and(eq(codes.parentId, fromId), eq(codes.programmeId, programmeId)));
  const existing = await db.select().from(codings).where(eq(codings.codeId, intoId));
  const seen = new Set(existing.map((c) => `${c.documentId}|${c.coderId}|${c.start}|${c.end}`));
  let moved = 0;
  for (const c of await db.select().from(codings).where(eq(codings.codeId, fromId))) {
    const k = `${c.documentId}|${c.coderId}|${c.start}|${c.end}`;
    if (seen.has(k)) await db.delete(codings).where(eq(codings.id, c.id));
    else {
      seen.add(k);
      await db.update(codings).set({ codeId: intoId }).where(eq(codings.id, c.id));
      moved++;
    }
  }
  await db.update(memos).set({ targetId: intoId }).where(and(eq(memos.targetKind, 'code'), eq(memos.targetId, fromId)));
  await db.delete(codes).where(eq(codes.id, fromId));
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.code.merge', entity: 'code', entityId: intoId, programmeId, requestId, before: { from: from.name, fromId }, after: { into: into.name, moved } });
  return { code: await findCode(db, programmeId, intoId), moved };
}

/** Creates a new code (by default a sibling of the source) and moves the chosen codings of the source to it. */
export async function splitCode(db: Executor, actor: Actor, programmeId: string, sourceId: string, input: CodeInput & { codingIds: string[] }, requestId?: string) {
  const source = await findCode(db, programmeId, sourceId);
  const ids = [...new Set(input.codingIds)];
  const chosen = ids.length ? await db.select({ id: codings.id }).from(codings).where(and(eq(codings.codeId, sourceId), inArray(codings.id, ids))) : [];
  if (chosen.length !== ids.length) throw invalidField('codingIds', 'errors.notFound');
  const { codingIds: _ids, ...codeInput } = input;
  const created = await createCode(db, actor, programmeId, { ...codeInput, parentId: codeInput.parentId === undefined ? source.parentId : codeInput.parentId, color: codeInput.color ?? source.color }, requestId);
  if (ids.length) await db.update(codings).set({ codeId: created.id }).where(inArray(codings.id, ids));
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.code.split', entity: 'code', entityId: created.id, programmeId, requestId, before: { sourceId }, after: { moved: ids.length } });
  return { code: created, moved: ids.length };
}

/**
 * Seeds the CHIME frame: each process a theme at the top level, its sub-categories codes under it.
 * Idempotent: a theme (top-level, same name) or sub-code (same name under it) already there is
 * reused, so calling twice — or after renaming nothing — adds nothing.
 */
export async function seedChime(db: Executor, actor: Actor, programmeId: string, lang: Language, requestId?: string): Promise<{ created: number; codes: CodeRow[] }> {
  await getProgramme(db, programmeId);
  let created = 0;
  const ensure = async (frame: FrameCode, parentId: string | null, position: number): Promise<CodeRow> => {
    const name = frame.labels[lang];
    const [found] = await db
      .select()
      .from(codes)
      .where(and(eq(codes.programmeId, programmeId), eq(codes.name, name), parentId ? eq(codes.parentId, parentId) : isNull(codes.parentId)));
    if (found) return found;
    created++;
    return createCode(db, actor, programmeId, { name, color: frame.colour, isTheme: frame.isTheme, parentId, position, description: '' }, requestId);
  };
  const out: CodeRow[] = [];
  for (const [i, theme] of CHIME_FRAME.codes.entries()) {
    const t = await ensure(theme, null, 1000 + i);
    out.push(t);
    for (const [j, child] of theme.children.entries()) out.push(await ensure(child, t.id, j));
  }
  return { created, codes: out };
}
