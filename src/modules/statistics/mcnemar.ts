/**
 * McNemar's test for a yes/no item asked before and after: did the share answering "yes" change?
 * Only the discordant pairs carry information: b = yes before, no after; c = no before, yes after.
 */
import { binomialLowerTail, chiSquareUpperTail } from './distributions.js';
import { unavailable, type Result } from './result.js';

/** Below this many discordant pairs the exact binomial p is the one to report (chi-square is poor). */
export const MCNEMAR_EXACT_BELOW = 25;

export interface McNemar {
  /** Complete pairs used. */
  n: number;
  /** Pairs with a missing answer before or after (null/undefined), excluded. */
  excluded: number;
  /** Yes before, no after. */
  b: number;
  /** No before, yes after. */
  c: number;
  /** Both yes / both no (reported for the 2 × 2 table; they do not enter the test). */
  bothYes: number;
  bothNo: number;
  /**
   * max(0, |b − c| − 1)² / (b + c), 1 df: Edwards' continuity correction, as R's mcnemar.test default
   * except when b = c, where R returns 1/(b + c) (the correction overshoots); here it is 0 and p = 1.
   */
  chiSquare: number;
  df: 1;
  pChiSquare: number;
  /** Two-sided exact binomial p: 2·P(X ≤ min(b, c)), X ~ Bin(b + c, ½), capped at 1; as R's binom.test. */
  pExact: number;
  /** The p to report, and why. */
  p: number;
  method: { pValue: 'exact_binomial'; why: 'fewer_than_25_discordant_pairs' } | { pValue: 'chi_square_continuity_corrected'; why: 'at_least_25_discordant_pairs' };
}

export function mcNemar(pairs: readonly (readonly [boolean | null | undefined, boolean | null | undefined])[]): Result<McNemar> {
  let b = 0;
  let c = 0;
  let bothYes = 0;
  let bothNo = 0;
  let excluded = 0;
  for (const [before, after] of pairs) {
    if (typeof before !== 'boolean' || typeof after !== 'boolean') excluded++;
    else if (before && !after) b++;
    else if (!before && after) c++;
    else if (before) bothYes++;
    else bothNo++;
  }
  const n = pairs.length - excluded;
  if (n === 0) return unavailable('mcnemar', 'too_few_pairs', 0);
  // No one changed answer: the statistic is 0/0 and there is no evidence either way.
  if (b + c === 0) return unavailable('mcnemar', 'no_discordant_pairs', n);
  const chiSquare = Math.max(0, Math.abs(b - c) - 1) ** 2 / (b + c);
  const pChiSquare = chiSquareUpperTail(chiSquare, 1);
  const pExact = Math.min(1, 2 * binomialLowerTail(Math.min(b, c), b + c, 0.5));
  const exact = b + c < MCNEMAR_EXACT_BELOW;
  return {
    ok: true,
    test: 'mcnemar',
    n,
    excluded,
    b,
    c,
    bothYes,
    bothNo,
    chiSquare,
    df: 1,
    pChiSquare,
    pExact,
    p: exact ? pExact : pChiSquare,
    method: exact ? { pValue: 'exact_binomial', why: 'fewer_than_25_discordant_pairs' } : { pValue: 'chi_square_continuity_corrected', why: 'at_least_25_discordant_pairs' },
  };
}
