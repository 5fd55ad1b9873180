import { mayShowSmallCells, protectCount } from '../../lib/small-cells.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import type { Indicator } from './indicators.js';

/**
 * The small-cell rule for improvement measurements (issue 13 §8). Measurements are service-level figures,
 * not people, so they are shown as entered — unless the indicator is marked as counting this programme's
 * own participants. Then a viewer subject to the rule (anyone but coordinators, researchers and admins,
 * and everyone in a shareable export such as the PNG for Word) sees a period whose count of people is
 * 1..threshold−1 as hidden: for a count its value; for a proportion its numerator, its denominator or
 * the people not counted (denominator − numerator).
 *
 * A hidden period is left out of the chart's computation for that viewer (it becomes a missing point),
 * so no centre line, mean or per-point p/u limit can be used to work the hidden value back out.
 */
export interface SmallCellView {
  threshold: number;
  mayShowSmall: boolean;
}

export function smallCellView(actor: Actor, scope: ProgrammeScope, threshold: number, opts: { shareable?: boolean } = {}): SmallCellView {
  return { threshold, mayShowSmall: mayShowSmallCells({ roles: scope.roles, isAdmin: actor.isAdmin }, opts) };
}

type Counted = { value: number; denominator: number | null };

/** Which periods this viewer may not see (one flag per point, in order); all false when nothing is hidden. */
export function hiddenPoints(indicator: Pick<Indicator, 'countsParticipants' | 'valueType'>, points: Counted[], view: SmallCellView): boolean[] {
  if (!indicator.countsParticipants || view.mayShowSmall || indicator.valueType === 'continuous') return points.map(() => false);
  const small = (n: number) => protectCount(n, view.threshold, false).suppressed;
  return points.map((p) => {
    if (small(p.value)) return true;
    if (indicator.valueType !== 'proportion' || p.denominator === null) return false;
    const notCounted = p.denominator - p.value; // negative for a rate (events per exposure): no people to protect
    return small(p.denominator) || (notCounted > 0 && small(notCounted));
  });
}

/** The points as this viewer may see them: hidden ones keep their period and note, with no numbers. */
export function protectPoints<T extends Counted>(points: T[], hidden: boolean[]): (Omit<T, 'value' | 'denominator'> & { value: number | null; denominator: number | null; suppressed: boolean })[] {
  return points.map((p, i) => (hidden[i] ? { ...p, value: null, denominator: null, suppressed: true } : { ...p, suppressed: false }));
}
