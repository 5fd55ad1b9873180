/**
 * Standardised mean differences for pre/post designs (Lakens 2013, Front Psychol 4:863), always
 * naming the denominator, because "Cohen's d" alone is ambiguous for paired data:
 *  - d_z  = mean difference / SD of the differences (= t/√n; what power analysis uses);
 *  - d_av = mean difference / ((SD_pre + SD_post)/2) (comparable with a between-groups d).
 * Each with Hedges' small-sample correction J = 1 − 3/(4·df − 1), df = n − 1 for both (Lakens 2013),
 * giving g_z and g_av.
 */
import { completePairs, type PairExclusions } from './pairs.js';
import { maxAbs, mean, sampleSd } from './descriptive.js';
import { NONCENTRAL_T_MAX_NCP, noncentralTCdf, normalQuantile } from './distributions.js';
import { unavailable, type ConfidenceInterval, type MaybeNumber, type Result, type UnavailableReason } from './result.js';

export type EffectSizeCiMethod =
  /** Invert the noncentral t distribution of t = d_z·√n (Cumming & Finch 2001); exact under normality. */
  | 'noncentral_t'
  /**
   * d ± z(0.975)·SE with the large-sample (delta-method) SE. For d_z: SE² = 1/n + d²/(2(n − 1)).
   * For d_av: SE² = SD_diff²/(n·S²) + d²·(SD_pre² + SD_post² + 2r²·SD_pre·SD_post)/(8(n − 1)·S²), where
   * S = (SD_pre + SD_post)/2 and r the pre–post correlation; the same construction as Bonett (2015,
   * Psychol Methods 20:285), with the mean of the SDs as standardiser instead of their root mean square.
   */
  | 'normal_approximation_delta_method';

export type HedgesCorrection =
  | { ok: true; g: number; j: number; df: number; ci: ConfidenceInterval }
  /** n = 2 gives df = 1 and J = 0: g would be 0 whatever the data, so it is refused. */
  | { ok: false; reason: 'too_few_pairs' };

export interface StandardizedDifference {
  d: number;
  denominator: 'sd_of_differences' | 'mean_of_pre_and_post_sd';
  denominatorValue: number;
  ci: ConfidenceInterval;
  ciMethod: EffectSizeCiMethod;
  /** Why this CI method: noncentral t when usable; otherwise the reason for the approximation. */
  ciWhy: 'exact_under_normality' | 'noncentral_t_out_of_numeric_range' | 'no_exact_method_for_d_av' | 'approximation_requested';
  /** g = J·d; its CI is J times the CI of d. */
  hedges: HedgesCorrection;
}

export type StandardizedDifferenceResult = { ok: true } & StandardizedDifference | { ok: false; reason: UnavailableReason };

export interface PairedEffectSizes {
  n: number;
  excluded: PairExclusions;
  meanDifference: number;
  dz: StandardizedDifferenceResult;
  dav: StandardizedDifferenceResult;
}

const Z975 = normalQuantile(0.975);

/** Hedges' approximate correction factor; stated as the approximation, not the gamma-function form. */
export function hedgesJ(df: number): number {
  return 1 - 3 / (4 * df - 1);
}

function hedges(d: number, ci: ConfidenceInterval, n: number): HedgesCorrection {
  if (n < 3) return { ok: false, reason: 'too_few_pairs' };
  const df = n - 1;
  const j = hedgesJ(df);
  return { ok: true, g: j * d, j, df, ci: { lower: j * ci.lower, upper: j * ci.upper, level: ci.level } };
}

/**
 * The noncentrality parameter λ with P(T ≤ t | df, λ) = target. The cdf decreases in λ, so a
 * bracket is grown around the normal-approximation guess and closed by the Illinois variant of
 * regula falsi (few cdf evaluations). Returns null when λ would leave the range where the exact
 * interval is solved (NONCENTRAL_T_MAX_NCP); the caller then falls back to the approximation.
 */
export function solveNoncentrality(t: number, df: number, target: number): number | null {
  const f = (ncp: number) => noncentralTCdf(t, df, ncp) - target;
  const spread = Math.sqrt(1 + (t * t) / (2 * df));
  const guess = t - normalQuantile(target) * spread;
  let step = 0.5 * spread;
  let a = guess - step;
  let b = guess + step;
  let fa = f(a);
  let fb = f(b);
  for (let i = 0; fa < 0 && i < 60; i++) { step *= 2; a = guess - step; fa = f(a); if (Math.abs(a) > NONCENTRAL_T_MAX_NCP + 5) return null; }
  for (let i = 0; fb > 0 && i < 60; i++) { step *= 2; b = guess + step; fb = f(b); if (Math.abs(b) > NONCENTRAL_T_MAX_NCP + 5) return null; }
  if (!(fa >= 0 && fb <= 0) || !Number.isFinite(fa) || !Number.isFinite(fb)) return null;
  let side = 0;
  for (let i = 0; i < 200; i++) {
    const c = (a * fb - b * fa) / (fb - fa);
    const fc = f(c);
    if (!Number.isFinite(fc)) return null;
    // 1e-14 in probability and 1e-12 in λ: a reviewer's SciPy agrees to 1e-9 relative (issue 17 §4).
    if (Math.abs(fc) < 1e-14 || Math.abs(b - a) < 1e-12 * Math.max(1, Math.abs(c))) return c;
    if (fc > 0) { a = c; fa = fc; if (side === 1) fb /= 2; side = 1; }
    else { b = c; fb = fc; if (side === -1) fa /= 2; side = -1; }
  }
  return null;
}

export interface EffectSizeOptions {
  /**
   * The noncentral-t CI of d_z costs ~20 jStat cdf evaluations (~2 ms); a caller computing thousands
   * (e.g. every municipality × scale) may ask for the approximation instead, and the result says so.
   */
  dzCi?: 'noncentral_t' | 'normal_approximation_delta_method';
}

function dzEffect(differences: number[], n: number, method: EffectSizeOptions['dzCi']): StandardizedDifferenceResult {
  const md = mean(differences);
  const sd = sampleSd(differences);
  const scale = maxAbs(differences);
  if (sd <= 1e-12 * scale) return { ok: false, reason: md === 0 ? 'all_differences_zero' : 'zero_variance' };
  const d = md / sd;
  const df = n - 1;
  const t = d * Math.sqrt(n);
  let ci: ConfidenceInterval | null = null;
  if (method !== 'normal_approximation_delta_method' && Math.abs(t) <= NONCENTRAL_T_MAX_NCP) {
    const lower = solveNoncentrality(t, df, 0.975);
    const upper = solveNoncentrality(t, df, 0.025);
    if (lower !== null && upper !== null) ci = { lower: lower / Math.sqrt(n), upper: upper / Math.sqrt(n), level: 0.95 };
  }
  if (ci) return { ok: true, d, denominator: 'sd_of_differences', denominatorValue: sd, ci, ciMethod: 'noncentral_t', ciWhy: 'exact_under_normality', hedges: hedges(d, ci, n) };
  const se = Math.sqrt(1 / n + (d * d) / (2 * df));
  ci = { lower: d - Z975 * se, upper: d + Z975 * se, level: 0.95 };
  return { ok: true, d, denominator: 'sd_of_differences', denominatorValue: sd, ci, ciMethod: 'normal_approximation_delta_method', ciWhy: method === 'normal_approximation_delta_method' ? 'approximation_requested' : 'noncentral_t_out_of_numeric_range', hedges: hedges(d, ci, n) };
}

function davEffect(pre: number[], post: number[], differences: number[], n: number): StandardizedDifferenceResult {
  const sdPre = sampleSd(pre);
  const sdPost = sampleSd(post);
  const sAv = (sdPre + sdPost) / 2;
  const scale = Math.max(maxAbs(pre), maxAbs(post));
  if (sAv <= 1e-12 * scale) return { ok: false, reason: 'zero_variance' };
  const md = mean(differences);
  const sdDiff = sampleSd(differences);
  const d = md / sAv;
  // Covariance of pre and post; r²·SD_pre·SD_post = cov²/(SD_pre·SD_post), taken as 0 if one SD is 0.
  const mPre = mean(pre);
  const mPost = mean(post);
  let cov = 0;
  for (let i = 0; i < n; i++) cov += (pre[i] - mPre) * (post[i] - mPost);
  cov /= n - 1;
  const r2s1s2 = sdPre > 0 && sdPost > 0 ? (cov * cov) / (sdPre * sdPost) : 0;
  const variance = (sdDiff * sdDiff) / (n * sAv * sAv) + (d * d * (sdPre ** 2 + sdPost ** 2 + 2 * r2s1s2)) / (8 * (n - 1) * sAv * sAv);
  const se = Math.sqrt(variance);
  const ci = { lower: d - Z975 * se, upper: d + Z975 * se, level: 0.95 };
  return { ok: true, d, denominator: 'mean_of_pre_and_post_sd', denominatorValue: sAv, ci, ciMethod: 'normal_approximation_delta_method', ciWhy: 'no_exact_method_for_d_av', hedges: hedges(d, ci, n) };
}

/** d_z, d_av and their Hedges-corrected forms on complete pairs (n ≥ 2: each needs an SD). */
export function pairedEffectSizes(pre: readonly MaybeNumber[], post: readonly MaybeNumber[], options: EffectSizeOptions = {}): Result<PairedEffectSizes> {
  const pairing = completePairs(pre, post);
  if (!pairing.ok) return unavailable('paired_effect_sizes', 'length_mismatch', 0);
  const { pre: a, post: b, differences, n, excluded } = pairing.pairs;
  if (n < 2) return unavailable('paired_effect_sizes', 'too_few_pairs', n);
  return {
    ok: true,
    test: 'paired_effect_sizes',
    n,
    excluded,
    meanDifference: mean(differences),
    dz: dzEffect(differences, n, options.dzCi ?? 'noncentral_t'),
    dav: davEffect(a, b, differences, n),
  };
}
