import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import type { Actor } from '../access/actor.js';
import { getActivity } from '../activities/activities.js';
import { importDocument } from '../analysis/documents.js';
import type { OriginalsKey } from '../analysis/originals.js';
import { boardItems, boards } from './board-schema.js';
import { boardTallies } from './board-tallies.js';
import type { BoardRow } from './boards.js';

/**
 * The closing event (EBCD's last stage): participants answer the results — a rating of each result and
 * comments — and their answers feed the evaluation. When such a board closes, its comments (all but
 * those the facilitator set aside) go to the qualitative workspace as one `survey_free_text` document
 * (pseudonymised there like every import), and the ratings are kept as stored tallies (small cells
 * suppressed).
 */
export async function sendClosingCommentsToAnalysis(db: Executor, actor: Actor, board: BoardRow, keys: OriginalsKey, lang: Language, requestId?: string): Promise<string | null> {
  if (board.purpose !== 'respond' || board.documentId) return board.documentId;
  const comments = await db
    .select({ label: boardItems.label, role: boardItems.authorRole })
    .from(boardItems)
    .where(and(eq(boardItems.boardId, board.id), inArray(boardItems.kind, ['comment', 'idea']), inArray(boardItems.status, ['shown', 'pending'])))
    .orderBy(boardItems.createdAt);
  if (comments.length === 0) return null;
  const activity = await getActivity(db, board.programmeId, board.activityId);
  const text = comments.map((c) => `${c.role ? `[${translate(lang, `boards.roles.${c.role}`)}] ` : ''}${c.label}`).join('\n\n');
  const doc = await importDocument(db, actor, board.programmeId, {
    title: translate(lang, 'boards.closing.documentTitle', { title: board.title }), kind: 'survey_free_text', municipalityId: board.municipalityId, activityType: activity.typeKey,
    attributes: { source: 'closing_event_board', boardId: board.id },
  }, { text }, keys, requestId);
  await db.update(boards).set({ documentId: doc.id }).where(eq(boards.id, board.id));
  return doc.id;
}

/** What the evaluation keeps of a closing event: ratings per role as stored (small cells suppressed) and how many commented. */
export async function closingEvaluation(db: Executor, board: BoardRow) {
  const tallies = await boardTallies(db, board.id, { forStorage: true });
  const comments = await db.select({ id: boardItems.id }).from(boardItems).where(and(eq(boardItems.boardId, board.id), eq(boardItems.kind, 'comment'), inArray(boardItems.status, ['shown', 'pending'])));
  return { boardId: board.id, title: board.title, status: board.status, documentId: board.documentId, comments: comments.length, tallies };
}
