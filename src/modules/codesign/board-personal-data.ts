import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { declareNonPersonalColumns, registerFreeTextSource } from '../privacy/free-text-sources.js';
import { onWithdrawal } from '../privacy/withdraw.js';
import { boardItems, boards, boardVoters, boardVotes } from './board-schema.js';

/**
 * Boards and privacy. An anonymous board's voters hold a role and a cookie hash, nothing that leads to a
 * person. On a code-tied board the voter row names the participant; their votes and ideas hang on it.
 * A withdrawal — erase or anonymise alike — removes that voter with everything they gave (the issue
 * asks for it: a code-tied vote or idea must not outlive the person's consent), and the boards' version
 * goes up so an open projector view drops the votes at once. Erasure alone would also cascade.
 */
export async function removeBoardContributions(tx: Executor, participantId: string): Promise<number> {
  const gone = await tx.delete(boardVoters).where(eq(boardVoters.participantId, participantId)).returning({ boardId: boardVoters.boardId });
  const boardIds = [...new Set(gone.map((g) => g.boardId))];
  if (boardIds.length) await tx.update(boards).set({ version: sql`${boards.version} + 1` }).where(inArray(boards.id, boardIds));
  return gone.length;
}

onWithdrawal(async (tx, participantId) => {
  await removeBoardContributions(tx, participantId);
});

/** For an access request (GDPR art. 15): the person's votes and ideas on code-tied boards, by board. */
export async function collectBoardContributions(db: Executor, participantId: string) {
  const voters = await db.select({ id: boardVoters.id, boardId: boardVoters.boardId, role: boardVoters.role, title: boards.title }).from(boardVoters).innerJoin(boards, eq(boards.id, boardVoters.boardId)).where(eq(boardVoters.participantId, participantId));
  if (!voters.length) return [];
  const ids = voters.map((v) => v.id);
  const votes = await db.select({ voterId: boardVotes.voterId, item: boardItems.label, value: boardVotes.value, createdAt: boardVotes.createdAt }).from(boardVotes).innerJoin(boardItems, eq(boardItems.id, boardVotes.itemId)).where(inArray(boardVotes.voterId, ids));
  const ideas = await db.select({ voterId: boardItems.voterId, kind: boardItems.kind, text: boardItems.label, status: boardItems.status, createdAt: boardItems.createdAt }).from(boardItems).where(inArray(boardItems.voterId, ids));
  return voters.map((v) => ({
    board: v.title,
    role: v.role,
    votes: votes.filter((x) => x.voterId === v.id).map(({ voterId: _v, ...x }) => x),
    ideas: ideas.filter((x) => x.voterId === v.id).map(({ voterId: _v, ...x }) => x),
  }));
}

// Participants' ideas and comments are free text that may name someone; board titles and items too.
const viaBoard = '(select b.programme_id from boards b where b.id = t.board_id)';
registerFreeTextSource({ key: 'codesign.board_items.label', table: 'board_items', column: 'label', programmeSql: viaBoard, labelKey: 'boards.freeText.item' });
registerFreeTextSource({ key: 'codesign.board_items.description', table: 'board_items', column: 'description', programmeSql: viaBoard, labelKey: 'boards.freeText.itemDescription' });
registerFreeTextSource({ key: 'codesign.boards.title', table: 'boards', column: 'title', programmeColumn: 'programme_id', labelKey: 'boards.freeText.title' });
declareNonPersonalColumns('boards', ['purpose', 'mode', 'identity', 'role', 'status', 'join_code'], 'closed word lists and the random join code');
declareNonPersonalColumns('board_voters', ['role', 'language', 'token_hash'], 'a role, a language code and a hash of a random cookie secret');
declareNonPersonalColumns('board_items', ['kind', 'status', 'author_role', 'carried'], 'closed word lists and vote counts per role');
