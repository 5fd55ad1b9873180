/**
 * Which paired test to report. Domain reference §9 (after Lakens 2013): the paired t-test when the
 * differences are roughly normal by Shapiro–Wilk, otherwise the Wilcoxon signed-rank test. Both
 * results are returned so the user can see both; the recommendation only says which to lead with.
 */
import { completePairs, type PairExclusions } from './pairs.js';
import { pairedTTest, type PairedTTest } from './paired-t.js';
import { wilcoxonSignedRank, type WilcoxonSignedRank } from './wilcoxon.js';
import { shapiroWilk, type ShapiroWilk } from './shapiro-wilk.js';
import { unavailable, type MaybeNumber, type Result } from './result.js';

/**
 * Below this many pairs Shapiro–Wilk has almost no power, so "not significant" is no evidence of
 * normality and the t-test is not recommended on its strength.
 */
export const MIN_PAIRS_FOR_T_RECOMMENDATION = 10;
export const NORMALITY_ALPHA = 0.05;

export type RecommendationReason =
  | 'differences_consistent_with_normality' // SW p ≥ .05 and n ≥ minimum
  | 'differences_not_normal' // SW p < .05
  | 'too_few_pairs_to_check_normality' // n below the minimum: Wilcoxon makes no normality assumption
  | 'normality_not_checkable' // SW not computable (e.g. all differences equal)
  | 'only_wilcoxon_computable' // the t-test is not computable (e.g. zero variance of differences)
  | 'only_t_computable'
  | 'no_test_computable';

export interface PairedTestRecommendation {
  n: number;
  excluded: PairExclusions;
  recommended: 'paired_t' | 'wilcoxon_signed_rank' | 'none';
  reason: RecommendationReason;
  normality: Result<ShapiroWilk>;
  pairedT: Result<PairedTTest>;
  wilcoxon: Result<WilcoxonSignedRank>;
}

export function recommendPairedTest(pre: readonly MaybeNumber[], post: readonly MaybeNumber[]): Result<PairedTestRecommendation> {
  const pairing = completePairs(pre, post);
  if (!pairing.ok) return unavailable('paired_test_recommendation', 'length_mismatch', 0);
  const { differences, n, excluded } = pairing.pairs;
  if (n === 0) return unavailable('paired_test_recommendation', 'too_few_pairs', 0);
  const normality = shapiroWilk(differences);
  const pairedT = pairedTTest(pre, post);
  const wilcoxon = wilcoxonSignedRank(pre, post);

  let recommended: PairedTestRecommendation['recommended'];
  let reason: RecommendationReason;
  if (!pairedT.ok && !wilcoxon.ok) [recommended, reason] = ['none', 'no_test_computable'];
  else if (!pairedT.ok) [recommended, reason] = ['wilcoxon_signed_rank', 'only_wilcoxon_computable'];
  else if (!wilcoxon.ok) [recommended, reason] = ['paired_t', 'only_t_computable'];
  else if (n < MIN_PAIRS_FOR_T_RECOMMENDATION) [recommended, reason] = ['wilcoxon_signed_rank', 'too_few_pairs_to_check_normality'];
  else if (!normality.ok) [recommended, reason] = ['wilcoxon_signed_rank', 'normality_not_checkable'];
  else if (normality.p >= NORMALITY_ALPHA) [recommended, reason] = ['paired_t', 'differences_consistent_with_normality'];
  else [recommended, reason] = ['wilcoxon_signed_rank', 'differences_not_normal'];

  return { ok: true, test: 'paired_test_recommendation', n, excluded, recommended, reason, normality, pairedT, wilcoxon };
}
