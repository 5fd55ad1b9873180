/**
 * Probability distributions, all from jStat (issue 6: no hand-rolled approximations). This file
 * only adapts jStat's API and guards its known weak spots, noted at each function.
 */
import jStat from 'jstat';

/** Two-sided p-value of a t statistic. Uses the lower tail of −|t| so that small p keep their digits. */
export function studentTTwoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * jStat.studentt.cdf(-Math.abs(t), df));
}

/**
 * Quantile of Student's t. jStat's inverse is accurate to about 1e-8; one Newton step on jStat's
 * own cdf/pdf brings it to the ~1e-12 accuracy of the cdf, so CIs match R to the printed digits.
 */
export function studentTQuantile(p: number, df: number): number {
  const x0 = jStat.studentt.inv(p, df);
  const x1 = x0 - (jStat.studentt.cdf(x0, df) - p) / jStat.studentt.pdf(x0, df);
  return Number.isFinite(x1) ? x1 : x0;
}

/** P(T ≤ x) for the noncentral t. jStat's series underflows (returns 0 or 1) once |ncp| ≳ 37. */
export function noncentralTCdf(x: number, df: number, ncp: number): number {
  return jStat.noncentralt.cdf(x, df, ncp);
}

/** Largest |ncp| for which jStat's noncentral t series is trusted (checked against SciPy's nct). */
export const NONCENTRAL_T_MAX_NCP = 30;

export function normalCdf(z: number): number {
  return jStat.normal.cdf(z, 0, 1);
}

/** Upper tail P(Z > z). For z > 0 this is computed as the lower tail of −z (same value by symmetry). */
export function normalUpperTail(z: number): number {
  return jStat.normal.cdf(-z, 0, 1);
}

/** Two-sided p-value of a standard normal statistic. */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, 2 * jStat.normal.cdf(-Math.abs(z), 0, 1));
}

export function normalQuantile(p: number): number {
  return jStat.normal.inv(p, 0, 1);
}

/** Upper tail of chi-square; jStat has only the cdf, so this is 1 − cdf (fine for p ≳ 1e-15). */
export function chiSquareUpperTail(x: number, df: number): number {
  return Math.max(0, 1 - jStat.chisquare.cdf(x, df));
}

/**
 * P(X ≤ k) for X ~ Binomial(n, p), summed from jStat's exact pmf. jStat's binomial cdf rounds its
 * result to 1e-10, which would wipe out the small p-values of an exact McNemar test.
 */
export function binomialLowerTail(k: number, n: number, p: number): number {
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += jStat.binomial.pdf(i, n, p);
  return Math.min(1, sum);
}
