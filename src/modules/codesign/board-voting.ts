import { and, eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/client.js';
import { DomainError, conflict } from '../../lib/errors.js';
import type { Language } from '../../i18n/index.js';
import { recordAudit } from '../audit/record.js';
import { listParticipants } from '../people/participants.js';
import { checkIdea, readBallot } from './board-ballot-rules.js';
import { voterTokenHash } from './board-codes.js';
import { boardItems, boardVoters, boardVotes, type BoardRole } from './board-schema.js';
import { gateOpen, listItems, voteable, type BoardRow } from './boards.js';

/**
 * What a phone does on a board: join (no account), cast a ballot, add an idea or a comment. Each is one
 * transaction that first passes the board's open gate (gateOpen), so nothing is written on a closed
 * board or with an expired code. A ballot replaces the voter's earlier one: reloading the page or
 * pressing the button twice leaves exactly one ballot.
 */
export type VoterRow = typeof boardVoters.$inferSelect;

const refuse = (key: string, vars: Record<string, string | number> = {}, status: 409 | 422 = 422) => new DomainError(status, key as never, vars);

export async function voterBySecret(db: Executor, boardId: string, secret: string | undefined): Promise<VoterRow | null> {
  if (!secret || secret.length > 100) return null;
  const [row] = await db.select().from(boardVoters).where(and(eq(boardVoters.tokenHash, voterTokenHash(secret)), eq(boardVoters.boardId, boardId)));
  return row ?? null;
}

export interface JoinInput { role?: string; participantCode?: string; language: Language }

/** Returns the voter and the secret for their cookie. */
export async function joinBoard(db: Executor, board: BoardRow, input: JoinInput): Promise<{ voter: VoterRow; secret: string }> {
  await gateOpen(db, board.id);
  const secret = randomBytes(24).toString('base64url');
  const tokenHash = voterTokenHash(secret);
  if (board.identity === 'code') {
    const code = (input.participantCode ?? '').trim().toUpperCase();
    if (!code) throw refuse('boards.errors.codeRequired');
    if (code.length > 40) throw refuse('boards.errors.unknownParticipant');
    const people = await listParticipants(db, board.programmeId, 'all', board.municipalityId ? { municipalityId: board.municipalityId } : {});
    const person = people.find((p) => p.code.toUpperCase() === code);
    if (!person) throw refuse('boards.errors.unknownParticipant');
    // The same person on a second phone: one voter, the newest phone holds the key.
    const [voter] = await db
      .insert(boardVoters)
      .values({ boardId: board.id, role: person.role, participantId: person.id, tokenHash, language: input.language })
      .onConflictDoUpdate({ target: [boardVoters.boardId, boardVoters.participantId], set: { tokenHash, language: input.language } })
      .returning();
    await recordAudit(db, { actorId: null, action: 'board.join', entity: 'board', entityId: board.id, programmeId: board.programmeId, after: { code: person.code, role: person.role } });
    return { voter, secret };
  }
  const role = (board.role ?? input.role) as BoardRole | undefined;
  if (!role || !['recipient', 'provider', 'leader'].includes(role)) throw refuse('boards.errors.roleRequired');
  // An anonymous voter: a role and a cookie, nothing that points to a person.
  const [voter] = await db.insert(boardVoters).values({ boardId: board.id, role, participantId: null, tokenHash, language: input.language }).returning();
  await recordAudit(db, { actorId: null, action: 'board.join', entity: 'board', entityId: board.id, programmeId: board.programmeId, after: { role } });
  return { voter, secret };
}

export async function castBallot(db: Executor, board: BoardRow, voter: VoterRow, form: Record<string, unknown>): Promise<{ marks: number }> {
  const open = await gateOpen(db, board.id);
  // One ballot per voter at a time: a double tap waits here, then replaces the first one's marks.
  await db.select({ id: boardVoters.id }).from(boardVoters).where(eq(boardVoters.id, voter.id)).for('update');
  const items = voteable(await listItems(db, board.id));
  const result = readBallot({ mode: open.mode, dotsPerPerson: open.dotsPerPerson, maxDotsPerItem: open.maxDotsPerItem, itemIds: items.map((i) => i.id) }, form);
  if (!result.ok) throw new DomainError(422, 'boards.errors.ballotRefused' as never, {}, result.problems.map((p) => ({ path: 'ballot', key: p.key, vars: p.vars })));
  await db.delete(boardVotes).where(eq(boardVotes.voterId, voter.id));
  await db.insert(boardVotes).values(result.marks.map((m) => ({ boardId: board.id, voterId: voter.id, itemId: m.itemId, value: m.value })));
  await db.update(boardVoters).set({ votedAt: new Date() }).where(eq(boardVoters.id, voter.id));
  await recordAudit(db, { actorId: null, action: 'board.ballot', entity: 'board', entityId: board.id, programmeId: board.programmeId, after: { role: voter.role, marks: result.marks.length } });
  return { marks: result.marks.length };
}

export async function myMarks(db: Executor, voterId: string): Promise<Map<string, number>> {
  const rows = await db.select({ itemId: boardVotes.itemId, value: boardVotes.value }).from(boardVotes).where(eq(boardVotes.voterId, voterId));
  return new Map(rows.map((r) => [r.itemId, r.value]));
}

/** An idea (prioritising boards) or a comment (the closing event), waiting for the facilitator. */
export async function addIdea(db: Executor, board: BoardRow, voter: VoterRow, text: string): Promise<void> {
  if (!board.allowIdeas && board.purpose !== 'respond') throw conflict('boards.errors.ideasOff');
  const problem = checkIdea(text);
  if (problem) throw refuse(problem.key, problem.vars);
  await gateOpen(db, board.id);
  const kind = board.purpose === 'respond' ? 'comment' : 'idea';
  const [row] = await db.insert(boardItems).values({ boardId: board.id, kind, label: text.trim(), status: 'pending', position: 10_000, voterId: voter.id, authorRole: voter.role }).returning();
  await recordAudit(db, { actorId: null, action: `board.${kind}`, entity: 'board_item', entityId: row.id, programmeId: board.programmeId, after: { role: voter.role } });
}
