import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, DomainError, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { getActivity } from '../activities/activities.js';
import { recordAudit } from '../audit/record.js';
import { joinCodeHours, newJoinCode } from './board-codes.js';
import { boardItems, boards, type BoardIdentity, type BoardItemKind, type BoardMode, type BoardPurpose, type BoardRole } from './board-schema.js';
import { boardTallies } from './board-tallies.js';

export type BoardRow = typeof boards.$inferSelect;
export type BoardItemRow = typeof boardItems.$inferSelect;

export interface NewItem { kind: Exclude<BoardItemKind, 'idea' | 'comment' | 'carried'>; label: string; description?: string; refId?: string | null }
export interface BoardInput {
  title: string;
  purpose?: BoardPurpose;
  mode: BoardMode;
  identity?: BoardIdentity;
  role?: BoardRole | null;
  dotsPerPerson?: number;
  maxDotsPerItem?: number;
  allowIdeas?: boolean;
  items?: NewItem[];
  /** A joint meeting starting from the separate meetings' results: their top items, tallies kept per role. */
  fromBoards?: { boardId: string; top: number }[];
}

export async function getBoard(db: Executor, programmeId: string, boardId: string): Promise<BoardRow> {
  const [row] = await db.select().from(boards).where(and(eq(boards.id, boardId), eq(boards.programmeId, programmeId)));
  if (!row) throw notFound();
  return row;
}

export async function boardByJoinCode(db: Executor, code: string): Promise<BoardRow | null> {
  const [row] = await db.select().from(boards).where(eq(boards.joinCode, code));
  return row ?? null;
}

export async function listBoards(db: Executor, programmeId: string, visible: 'all' | Set<string>, activityId?: string): Promise<BoardRow[]> {
  const rows = await db.select().from(boards).where(and(eq(boards.programmeId, programmeId), activityId ? eq(boards.activityId, activityId) : undefined)).orderBy(desc(boards.createdAt));
  return rows.filter((b) => visible === 'all' || b.municipalityId === null || visible.has(b.municipalityId));
}

export async function listItems(db: Executor, boardId: string): Promise<BoardItemRow[]> {
  return db.select().from(boardItems).where(eq(boardItems.boardId, boardId)).orderBy(asc(boardItems.position), asc(boardItems.createdAt));
}

/** What can be voted on: everything shown except comments (the closing event's answers are read, not voted on). */
export const voteable = (items: BoardItemRow[]) => items.filter((i) => i.status === 'shown' && i.kind !== 'comment');

/** Raises the board's version (a facilitator's change): projector views in every app process see it on their next look. */
export async function bumpBoard(db: Executor, boardId: string): Promise<BoardRow> {
  const [row] = await db.update(boards).set({ version: sql`${boards.version} + 1` }).where(eq(boards.id, boardId)).returning();
  if (!row) throw notFound();
  return row;
}

/**
 * The gate for a participant's change: the board must be open and its code not expired. The share lock
 * lets votes run side by side but makes "close" wait for those already in flight, so a vote and the close
 * cannot cross; a closed board or an expired code refuses and nothing is written.
 */
export async function gateOpen(db: Executor, boardId: string): Promise<BoardRow> {
  const [row] = await db.select().from(boards).where(eq(boards.id, boardId)).for('share');
  if (!row) throw notFound();
  if (row.status !== 'open') throw conflict('boards.errors.closed');
  if (row.codeExpiresAt && row.codeExpiresAt <= new Date()) throw conflict('boards.errors.codeExpired');
  return row;
}

/**
 * What changes when anything on the board changes: the facilitator's version, and the voters' and items'
 * counts and latest ballot. Participants' writes leave the board row alone (so 200 phones do not queue on
 * one row); a projector compares this stamp a few times a second, in whichever app process it is served.
 */
export async function boardStamp(db: Executor, boardId: string): Promise<string | null> {
  const { rows } = await db.execute<{ stamp: string | null }>(sql`
    select b.version || ':' || (select count(*) from board_voters v where v.board_id = b.id) || ':' ||
      coalesce((select max(v.voted_at)::text from board_voters v where v.board_id = b.id), '') || ':' ||
      (select count(*) || ':' || coalesce(max(i.created_at)::text, '') from board_items i where i.board_id = b.id) as stamp
    from boards b where b.id = ${boardId}`);
  return rows[0]?.stamp ?? null;
}

export async function createBoard(db: Executor, actor: Actor, programmeId: string, activityId: string, input: BoardInput, requestId?: string): Promise<BoardRow> {
  const activity = await getActivity(db, programmeId, activityId);
  const dots = input.dotsPerPerson ?? 5;
  const perItem = input.maxDotsPerItem ?? 1;
  if (perItem > dots) throw invalidField('maxDotsPerItem', 'boards.errors.perItemAboveTotal', { max: dots });
  if (input.identity === 'code' && input.role) throw invalidField('role', 'boards.errors.roleOnCodeBoard');
  let board: BoardRow | undefined;
  // A fresh code until one is free (collisions are rare: 729 million codes).
  for (let attempt = 0; !board && attempt < 5; attempt++) {
    const [row] = await db
      .insert(boards)
      .values({
        programmeId, activityId, municipalityId: activity.municipalityId, title: input.title.trim(), purpose: input.purpose ?? 'prioritise', mode: input.mode,
        identity: input.identity ?? 'anonymous', role: input.role ?? null, dotsPerPerson: dots, maxDotsPerItem: perItem, allowIdeas: input.allowIdeas ?? true,
        joinCode: newJoinCode(), createdBy: actor.userId,
      })
      .onConflictDoNothing({ target: boards.joinCode })
      .returning();
    board = row;
  }
  if (!board) throw new DomainError(409, 'boards.errors.noFreeCode');
  let position = 0;
  for (const item of input.items ?? []) await insertItem(db, board.id, { ...item, position: position++ });
  for (const source of input.fromBoards ?? []) position = await carryItems(db, board, source, position);
  await recordAudit(db, { actorId: actor.userId, action: 'board.create', entity: 'board', entityId: board.id, programmeId, after: { activityId, mode: board.mode, identity: board.identity, role: board.role, purpose: board.purpose }, requestId });
  return board;
}

async function insertItem(db: Executor, boardId: string, item: NewItem & { position: number }) {
  const label = item.label.trim();
  if (!label) throw invalidField('items', 'boards.errors.itemEmpty');
  const [row] = await db.insert(boardItems).values({ boardId, kind: item.kind, label, description: item.description?.trim() ?? '', refId: item.refId ?? null, position: item.position }).returning();
  return row;
}

/** The source board's top items with their per-role figures as stored (small cells suppressed), kept apart. */
async function carryItems(db: Executor, board: BoardRow, source: { boardId: string; top: number }, position: number): Promise<number> {
  const from = await getBoard(db, board.programmeId, source.boardId).catch(() => {
    throw invalidField('fromBoards', 'boards.errors.unknownSourceBoard');
  });
  if (from.id === board.id || (from.municipalityId && board.municipalityId && from.municipalityId !== board.municipalityId)) throw invalidField('fromBoards', 'boards.errors.unknownSourceBoard');
  const tallies = await boardTallies(db, from.id, { forStorage: true });
  for (const t of tallies.items.slice(0, source.top)) {
    const carried = Object.fromEntries(Object.entries(t.byRole).filter(([, c]) => c.voters !== 0).map(([role, c]) => [role, { points: c.points, voters: c.voters }]));
    await db.insert(boardItems).values({ boardId: board.id, kind: 'carried', label: t.label, refId: t.refId, position: position++, sourceBoardId: from.id, carried });
  }
  return position;
}

export async function addBoardItem(db: Executor, actor: Actor, board: BoardRow, item: NewItem, requestId?: string): Promise<BoardItemRow> {
  if (board.status === 'closed') throw conflict('boards.errors.closed');
  const [{ next }] = await db.select({ next: sql<number>`coalesce(max(${boardItems.position}), -1) + 1` }).from(boardItems).where(eq(boardItems.boardId, board.id));
  const row = await insertItem(db, board.id, { ...item, position: Number(next) });
  await bumpBoard(db, board.id);
  await recordAudit(db, { actorId: actor.userId, action: 'board.item.add', entity: 'board_item', entityId: row.id, programmeId: board.programmeId, after: { boardId: board.id, kind: row.kind }, requestId });
  return row;
}

/** The facilitator shows a participant's idea or comment on the board (it can then be voted on) or sets it aside. */
export async function moderateItem(db: Executor, actor: Actor, board: BoardRow, itemId: string, status: 'shown' | 'rejected', requestId?: string): Promise<BoardItemRow> {
  const [row] = await db.update(boardItems).set({ status }).where(and(eq(boardItems.id, itemId), eq(boardItems.boardId, board.id), inArray(boardItems.kind, ['idea', 'comment']))).returning();
  if (!row) throw notFound();
  await bumpBoard(db, board.id);
  await recordAudit(db, { actorId: actor.userId, action: `board.item.${status === 'shown' ? 'accept' : 'reject'}`, entity: 'board_item', entityId: row.id, programmeId: board.programmeId, requestId });
  return row;
}

export async function openBoard(db: Executor, actor: Actor, board: BoardRow, requestId?: string): Promise<BoardRow> {
  const expires = new Date(Date.now() + joinCodeHours * 3600_000);
  const [row] = await db.update(boards).set({ status: 'open', openedAt: board.openedAt ?? new Date(), closedAt: null, codeExpiresAt: expires, version: sql`${boards.version} + 1` }).where(eq(boards.id, board.id)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'board.open', entity: 'board', entityId: board.id, programmeId: board.programmeId, requestId });
  return row;
}

export async function closeBoard(db: Executor, actor: Actor, board: BoardRow, requestId?: string): Promise<BoardRow> {
  if (board.status === 'draft') throw conflict('boards.errors.notOpenYet');
  const [row] = await db.update(boards).set({ status: 'closed', closedAt: new Date(), version: sql`${boards.version} + 1` }).where(eq(boards.id, board.id)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'board.close', entity: 'board', entityId: board.id, programmeId: board.programmeId, requestId });
  return row;
}

