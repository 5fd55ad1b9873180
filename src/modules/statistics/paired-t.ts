/**
 * Paired-samples t-test on complete pairs: the one-sample t-test of the differences (post − pre)
 * against 0, as R's t.test(post, pre, paired = TRUE) and SPSS's "Paired-Samples T Test".
 */
import { completePairs, type PairExclusions } from './pairs.js';
import { maxAbs, mean, sampleSd } from './descriptive.js';
import { studentTQuantile, studentTTwoSidedP } from './distributions.js';
import { unavailable, type ConfidenceInterval, type MaybeNumber, type Result } from './result.js';

export interface PairedTTest {
  /** Complete pairs used. */
  n: number;
  excluded: PairExclusions;
  /** Why this test: states the assumption it rests on; the recommendation explains the choice. */
  why: 'mean_change_assuming_normal_differences';
  t: number;
  df: number;
  /** Two-sided p-value. */
  p: number;
  /** Mean of post − pre. */
  meanDifference: number;
  sdDifference: number;
  standardError: number;
  /** 95 % CI of the mean difference: mean ± t(0.975, n − 1)·SE. */
  ci: ConfidenceInterval;
}

/** The smallest n with a defined SD of differences (df = n − 1 ≥ 1). */
export const PAIRED_T_MIN_PAIRS = 2;

export function pairedTTest(pre: readonly MaybeNumber[], post: readonly MaybeNumber[]): Result<PairedTTest> {
  const pairing = completePairs(pre, post);
  if (!pairing.ok) return unavailable('paired_t', 'length_mismatch', 0);
  const { differences: d, n, excluded } = pairing.pairs;
  if (n < PAIRED_T_MIN_PAIRS) return unavailable('paired_t', 'too_few_pairs', n);
  const meanDifference = mean(d);
  const sdDifference = sampleSd(d);
  // All differences equal (including all zero): SE = 0 and t = ±∞ or 0/0, which must not be shown.
  // Compared against the scale of the data, since a constant difference such as 0.1 computed in
  // floating point leaves an SD of ~1e-17 rather than an exact 0.
  const scale = maxAbs(d);
  if (sdDifference <= 1e-12 * scale) {
    return unavailable('paired_t', meanDifference === 0 ? 'all_differences_zero' : 'zero_variance', n);
  }
  const df = n - 1;
  const standardError = sdDifference / Math.sqrt(n);
  const t = meanDifference / standardError;
  const q = studentTQuantile(0.975, df);
  return {
    ok: true,
    test: 'paired_t',
    n,
    excluded,
    why: 'mean_change_assuming_normal_differences',
    t,
    df,
    p: studentTTwoSidedP(t, df),
    meanDifference,
    sdDifference,
    standardError,
    ci: { lower: meanDifference - q * standardError, upper: meanDifference + q * standardError, level: 0.95 },
  };
}
