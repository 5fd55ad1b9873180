import { protectCount } from '../../lib/small-cells.js';
import { boardRoles, type BoardMode, type BoardRole, type CarriedTallies } from './board-schema.js';

/**
 * Tallies from raw marks, pure. Dots: points are the dots. Ranking: a Borda count — with n items,
 * rank 1 earns n points, rank n earns 1, an unranked item 0. Rating: the mean of the 1–5 ratings.
 * Every figure is kept per role: EBCD compares what recipients and staff prioritise.
 */
export interface Mark { itemId: string; voterId: string; role: BoardRole; value: number }
export interface TallyItem { id: string; label: string; kind: string; refId: string | null; carried: CarriedTallies | null }
export interface RoleTally { points: number | null; voters: number | null; mean: number | null; suppressed: boolean }
export interface ItemTally { itemId: string; label: string; kind: string; refId: string | null; rank: number; byRole: Record<BoardRole, RoleTally>; total: RoleTally; carried: CarriedTallies | null }
export interface Tallies {
  mode: BoardMode;
  /** true: small cells suppressed (anything stored, reported or exported); false: in the room, in full. */
  forStorage: boolean;
  threshold: number;
  /** How many people of each role cast a ballot. */
  voters: Record<BoardRole, { value: number | null; suppressed: boolean }>;
  /** Everyone who cast a ballot; null when stored and below the threshold. */
  ballots: number | null;
  items: ItemTally[];
}

export const bordaPoints = (rank: number, itemCount: number) => Math.max(0, itemCount - rank + 1);

const round2 = (x: number) => Math.round(x * 100) / 100;

function cell(points: number, voters: number, mode: BoardMode, threshold: number, forStorage: boolean): RoleTally {
  const guarded = protectCount(voters, threshold, !forStorage);
  if (guarded.suppressed) return { points: null, voters: null, mean: null, suppressed: true };
  return { points, voters, mean: mode === 'rating' && voters > 0 ? round2(points / voters) : null, suppressed: false };
}

export function tallyMarks(mode: BoardMode, items: TallyItem[], marks: Mark[], opts: { threshold: number; forStorage: boolean }): Tallies {
  const n = items.length;
  const raw = new Map(items.map((i) => [i.id, new Map(boardRoles.map((r) => [r, { points: 0, voters: new Set<string>() }]))]));
  const ballotsByRole = new Map(boardRoles.map((r) => [r, new Set<string>()]));
  for (const m of marks) {
    const perItem = raw.get(m.itemId);
    if (!perItem) continue;
    const slot = perItem.get(m.role)!;
    slot.points += mode === 'ranking' ? bordaPoints(m.value, n) : m.value;
    slot.voters.add(m.voterId);
    ballotsByRole.get(m.role)!.add(m.voterId);
  }
  const tallies = items.map((item) => {
    const perItem = raw.get(item.id)!;
    const byRole = Object.fromEntries(boardRoles.map((r) => [r, cell(perItem.get(r)!.points, perItem.get(r)!.voters.size, mode, opts.threshold, opts.forStorage)])) as Record<BoardRole, RoleTally>;
    let points = 0;
    let voters = 0;
    for (const r of boardRoles) (points += perItem.get(r)!.points), (voters += perItem.get(r)!.voters.size);
    const sortKey = mode === 'rating' ? (voters ? points / voters : 0) : points;
    return { tally: { itemId: item.id, label: item.label, kind: item.kind, refId: item.refId, rank: 0, byRole, total: cell(points, voters, mode, opts.threshold, opts.forStorage), carried: item.carried }, sortKey, voters };
  });
  // Ranked by the true figures (a suppressed cell must not reorder the list); ties keep the board's order.
  tallies.sort((a, b) => b.sortKey - a.sortKey || b.voters - a.voters);
  tallies.forEach((t, i) => (t.tally.rank = i + 1));
  const voters = Object.fromEntries(boardRoles.map((r) => [r, protectCount(ballotsByRole.get(r)!.size, opts.threshold, !opts.forStorage)])) as Tallies['voters'];
  const ballots = boardRoles.reduce((s, r) => s + ballotsByRole.get(r)!.size, 0);
  return { mode, forStorage: opts.forStorage, threshold: opts.threshold, voters, ballots: protectCount(ballots, opts.threshold, !opts.forStorage).value, items: tallies.map((t) => t.tally) };
}
