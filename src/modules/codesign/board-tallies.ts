import { and, asc, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import { getProgramme } from '../programmes/programmes.js';
import { boardItems, boards, boardVoters, boardVotes } from './board-schema.js';
import { tallyMarks, type Tallies } from './board-tally-core.js';

/**
 * A board's tallies per role. `forStorage: false` is the room (projector and phones during the
 * meeting): every figure in full, since the people voting are the people looking. `forStorage: true`
 * is anything kept, reported or exported — target areas, the closing event's evaluation, a joint
 * meeting's carried items: a role's figures on an item with fewer voters than the programme's
 * small-cell threshold are suppressed.
 */
export async function boardTallies(db: Executor, boardId: string, opts: { forStorage: boolean }): Promise<Tallies & { boardId: string }> {
  const [board] = await db.select().from(boards).where(eq(boards.id, boardId));
  if (!board) throw notFound();
  const programme = await getProgramme(db, board.programmeId);
  const items = await db
    .select()
    .from(boardItems)
    .where(and(eq(boardItems.boardId, boardId), eq(boardItems.status, 'shown'), ne(boardItems.kind, 'comment')))
    .orderBy(asc(boardItems.position), asc(boardItems.createdAt));
  const marks = await db
    .select({ itemId: boardVotes.itemId, voterId: boardVotes.voterId, role: boardVoters.role, value: boardVotes.value })
    .from(boardVotes)
    .innerJoin(boardVoters, eq(boardVoters.id, boardVotes.voterId))
    .where(eq(boardVotes.boardId, boardId));
  const tallies = tallyMarks(
    board.mode,
    items.map((i) => ({ id: i.id, label: i.label, kind: i.kind, refId: i.refId, carried: i.carried ?? null })),
    marks,
    { threshold: programme.smallCellThreshold, forStorage: opts.forStorage },
  );
  return { boardId, ...tallies };
}
