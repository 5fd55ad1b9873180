/**
 * The top items of a live board become target areas (issue 12 §4), each with its tally per role as
 * the board stores it (small cells already suppressed: a stored tally follows the small-cell rule)
 * and, for an item that was a touchpoint, that touchpoint behind it.
 */
import type { Executor } from '../../db/client.js';
import { invalidField } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { boardTallies } from './board-tallies.js';
import { getBoard } from './boards.js';
import { createTargetAreasFromItems, type TargetAreaRow } from './target-areas.js';

export async function createTargetAreasFromBoard(
  db: Executor, actor: Actor, programmeId: string, input: { boardId: string; itemIds: string[]; programmeWide?: boolean }, requestId?: string,
): Promise<TargetAreaRow[]> {
  const board = await getBoard(db, programmeId, input.boardId);
  const tallies = await boardTallies(db, board.id, { forStorage: true });
  const wanted = new Set(input.itemIds);
  const items = tallies.items.filter((i) => wanted.has(i.itemId)).sort((a, b) => a.rank - b.rank);
  if (items.length !== wanted.size) throw invalidField('itemIds', 'errors.notFound');
  return createTargetAreasFromItems(db, actor, programmeId, {
    municipalityId: input.programmeWide ? null : board.municipalityId,
    activityId: board.activityId,
    items: items.map((i) => ({
      label: i.label, boardItemId: i.itemId, rank: i.rank,
      tally: { recipient: i.byRole.recipient.points, provider: i.byRole.provider.points, leader: i.byRole.leader.points, unknown: 0 },
      touchpointIds: i.kind === 'touchpoint' && i.refId ? [i.refId] : undefined,
    })),
  }, requestId);
}
