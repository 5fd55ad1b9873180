/**
 * Wilcoxon signed-rank test for paired data, computed the way R's wilcox.test(post, pre,
 * paired = TRUE) does, so that a reviewer re-running the analysis in R gets the same V and p.
 */
import { completePairs, type PairExclusions } from './pairs.js';
import { normalTwoSidedP } from './distributions.js';
import { unavailable, type MaybeNumber, type Result } from './result.js';

/**
 * Exact p is used below this many non-zero differences (and only without ties): R's default
 * (`exact = NULL` means exact when n < 50). The null distribution is enumerated exactly by
 * dynamic programming, so there is no accuracy reason to stop earlier.
 */
export const WILCOXON_EXACT_MAX_N = 49;

export type WilcoxonMethod =
  | { pValue: 'exact'; why: 'no_ties_no_zeros_small_n' }
  | { pValue: 'normal_approximation'; why: 'ties' | 'zero_differences_dropped' | 'large_n'; continuityCorrection: true; tieCorrection: boolean };

export interface WilcoxonSignedRank {
  /** Non-zero differences: the n the test is computed on. */
  n: number;
  /** Complete pairs before dropping zero differences. */
  nPairs: number;
  /** Pairs whose difference (post − pre) was exactly 0, dropped by Wilcoxon's (1945) original method. */
  zeroDifferences: number;
  zeroMethod: 'wilcoxon_drop_zeros';
  /** Missing pre/post, excluded before anything else. */
  excluded: PairExclusions;
  /** Whether some |differences| were tied; ties get the average of the ranks they span. */
  ties: boolean;
  method: WilcoxonMethod;
  /** V in R: the sum of the ranks of the positive differences (post > pre). */
  wPlus: number;
  /** Sum of the ranks of the negative differences; wPlus + wMinus = n(n + 1)/2. */
  wMinus: number;
  /** Normal deviate with tie and continuity correction; null when the exact p was used. */
  z: number | null;
  /** Two-sided p-value. */
  p: number;
  /**
   * Matched-pairs rank-biserial correlation (Kerby 2014): (W+ − W−)/(W+ + W−), from −1 (every
   * difference negative) to +1 (every difference positive).
   */
  rankBiserial: number;
  /**
   * r = Z/√N as the domain reference asks (Rosenthal 1991), N = number of non-zero differences and Z
   * the tie-corrected normal deviate WITHOUT continuity correction, so that r is not shrunk toward 0
   * in small samples. Computed even when the p-value is exact, because it is an effect size, not a test.
   */
  rZ: number;
}

export function roundForRanking(d: number): number {
  return Math.round(d * 1e9) / 1e9;
}

/** Ranks of |d| (1 = smallest) with tied values given the mean of the ranks they occupy. */
export function averageRanks(values: readonly number[]): { ranks: number[]; tieGroupSizes: number[] } {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length);
  const tieGroupSizes: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].v === order[start].v) end++;
    const rank = (start + end + 2) / 2; // mean of 1-based ranks start+1 … end+1
    for (let k = start; k <= end; k++) ranks[order[k].i] = rank;
    if (end > start) tieGroupSizes.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, tieGroupSizes };
}

/**
 * Exact null distribution of W+ for n untied ranks 1…n: counts[s] is the number of the 2^n sign
 * assignments with W+ = s. Built one rank at a time (each rank is either in W+ or not). The counts
 * are integers below 2^49, exactly representable in a double.
 */
export function signedRankCounts(n: number): number[] {
  const max = (n * (n + 1)) / 2;
  const counts = new Array<number>(max + 1).fill(0);
  counts[0] = 1;
  for (let r = 1; r <= n; r++) {
    for (let s = (r * (r + 1)) / 2; s >= r; s--) counts[s] += counts[s - r];
  }
  return counts;
}

/** Exact two-sided p as R's psignrank-based code: double the smaller tail, capped at 1. */
function exactTwoSidedP(wPlus: number, n: number): number {
  const counts = signedRankCounts(n);
  const total = 2 ** n;
  let tail = 0;
  if (wPlus > (n * (n + 1)) / 4) {
    for (let s = wPlus; s < counts.length; s++) tail += counts[s]; // P(W+ ≥ V)
  } else {
    for (let s = 0; s <= wPlus; s++) tail += counts[s]; // P(W+ ≤ V)
  }
  return Math.min(1, (2 * tail) / total);
}

export function wilcoxonSignedRank(pre: readonly MaybeNumber[], post: readonly MaybeNumber[]): Result<WilcoxonSignedRank> {
  const pairing = completePairs(pre, post);
  if (!pairing.ok) return unavailable('wilcoxon_signed_rank', 'length_mismatch', 0);
  const { differences, n: nPairs, excluded } = pairing.pairs;
  if (nPairs === 0) return unavailable('wilcoxon_signed_rank', 'too_few_pairs', 0);
  // Differences are rounded to 1e-9 before ranking: scale scores are often item means, and binary
  // floating point makes e.g. 3.3 − 1.1 differ from 2.2 in the 16th digit, which would split a tie
  // or turn "no change" into a tiny non-zero difference. No questionnaire score is that fine-grained.
  const nonZero = differences.map(roundForRanking).filter((d) => d !== 0);
  const zeroDifferences = nPairs - nonZero.length;
  const n = nonZero.length;
  if (n === 0) return unavailable('wilcoxon_signed_rank', 'all_differences_zero', nPairs);

  const { ranks, tieGroupSizes } = averageRanks(nonZero.map(Math.abs));
  let wPlus = 0;
  for (let i = 0; i < n; i++) if (nonZero[i] > 0) wPlus += ranks[i];
  const totalRank = (n * (n + 1)) / 2;
  const wMinus = totalRank - wPlus;
  const ties = tieGroupSizes.length > 0;

  // Normal approximation, as R: E(W+) = n(n+1)/4; Var = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 over tie groups.
  const expected = totalRank / 2;
  const tieAdjustment = tieGroupSizes.reduce((s, t) => s + t * t * t - t, 0) / 48;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieAdjustment);
  const deviation = wPlus - expected;
  // sigma > 0 always: even with every |d| tied, n(n+1)(2n+1)/24 − (n³ − n)/48 > 0 for n ≥ 1.
  const rZ = deviation / sigma / Math.sqrt(n);

  const base = {
    ok: true as const,
    test: 'wilcoxon_signed_rank' as const,
    n,
    nPairs,
    zeroDifferences,
    zeroMethod: 'wilcoxon_drop_zeros' as const,
    excluded,
    ties,
    wPlus,
    wMinus,
    rankBiserial: (wPlus - wMinus) / totalRank,
    rZ,
  };

  if (!ties && zeroDifferences === 0 && n <= WILCOXON_EXACT_MAX_N) {
    return { ...base, method: { pValue: 'exact', why: 'no_ties_no_zeros_small_n' }, z: null, p: exactTwoSidedP(wPlus, n) };
  }
  // Continuity correction of ½ toward the mean, as R's correct = TRUE.
  const z = (deviation - Math.sign(deviation) * 0.5) / sigma;
  const why = ties ? 'ties' : zeroDifferences > 0 ? 'zero_differences_dropped' : 'large_n';
  return {
    ...base,
    method: { pValue: 'normal_approximation', why, continuityCorrection: true, tieCorrection: ties },
    z,
    p: normalTwoSidedP(z),
  };
}
