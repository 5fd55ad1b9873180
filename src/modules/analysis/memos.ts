/**
 * Memos on a document, a code or a coding, and per-person summaries (the 2–5 sentence step of
 * seed 004): a `person_summary` memo targets a document, with `subject` naming whose summary it is
 * (a speaker label or participant code as it stands in the pseudonymised document).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgramme } from '../programmes/programmes.js';
import { findCode } from './codes.js';
import { findCoding } from './codings.js';
import { findDocument } from './document-store.js';
import { memos } from './schema.js';

export type MemoTargetKind = 'document' | 'code' | 'coding' | 'person_summary' | 'programme';
export interface MemoInput {
  targetKind: MemoTargetKind;
  targetId: string;
  subject?: string | null;
  text: string;
}

async function checkTarget(db: Executor, programmeId: string, kind: MemoTargetKind, id: string): Promise<void> {
  if (kind === 'programme') {
    if (id !== programmeId) throw invalidField('targetId', 'errors.notFound');
    return;
  }
  const find = kind === 'code' ? findCode : kind === 'coding' ? findCoding : findDocument;
  try {
    await find(db, programmeId, id);
  } catch {
    throw invalidField('targetId', 'errors.notFound');
  }
}

export async function listMemos(db: Executor, programmeId: string, filter: { targetKind?: MemoTargetKind; targetId?: string }) {
  await getProgramme(db, programmeId);
  return db
    .select()
    .from(memos)
    .where(and(eq(memos.programmeId, programmeId), filter.targetKind ? eq(memos.targetKind, filter.targetKind) : undefined, filter.targetId ? eq(memos.targetId, filter.targetId) : undefined))
    .orderBy(asc(memos.createdAt));
}

async function findMemo(db: Executor, programmeId: string, memoId: string) {
  const [row] = await db.select().from(memos).where(and(eq(memos.programmeId, programmeId), eq(memos.id, memoId)));
  if (!row) throw notFound();
  return row;
}

export async function createMemo(db: Executor, actor: Actor, programmeId: string, input: MemoInput, requestId?: string) {
  await getProgramme(db, programmeId);
  await checkTarget(db, programmeId, input.targetKind, input.targetId);
  if (input.targetKind === 'person_summary' && !input.subject?.trim()) throw invalidField('subject', 'errors.required');
  const [row] = await db.insert(memos).values({ programmeId, ...input, subject: input.subject?.trim() || null, authorId: actor.userId }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.memo.create', entity: 'memo', entityId: row.id, programmeId, requestId, after: { targetKind: row.targetKind, targetId: row.targetId } });
  return row;
}

export async function updateMemo(db: Executor, actor: Actor, programmeId: string, memoId: string, patch: { text?: string; subject?: string | null }, requestId?: string) {
  await findMemo(db, programmeId, memoId);
  const [row] = await db.update(memos).set({ ...patch, updatedAt: new Date() }).where(eq(memos.id, memoId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.memo.update', entity: 'memo', entityId: memoId, programmeId, requestId });
  return row;
}

export async function deleteMemo(db: Executor, actor: Actor, programmeId: string, memoId: string, requestId?: string) {
  const before = await findMemo(db, programmeId, memoId);
  await db.delete(memos).where(eq(memos.id, memoId));
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.memo.delete', entity: 'memo', entityId: memoId, programmeId, requestId, before: { targetKind: before.targetKind, targetId: before.targetId } });
}
