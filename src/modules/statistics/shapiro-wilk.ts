/**
 * Shapiro–Wilk normality test by Royston's (1995) algorithm AS R94 (Appl Statist 44:547–551), the
 * algorithm behind R's shapiro.test and SciPy's stats.shapiro, for 3 ≤ n ≤ 5000. Used on the pre/post
 * differences to choose between the paired t-test and the Wilcoxon test (domain reference §9).
 *
 * No JavaScript library provides it reliably, so it is implemented here from the paper's description;
 * the polynomial coefficients were checked against R's src/library/stats/src/swilk.c, and the
 * results against R/SciPy values in shapiro-wilk.test.ts. Uncensored samples only (AS R94's
 * censoring branch is never used by R either).
 */
import { removeMissing, sortedCopy } from './descriptive.js';
import { normalQuantile, normalUpperTail } from './distributions.js';
import { unavailable, type MaybeNumber, type Result } from './result.js';

export const SHAPIRO_WILK_MIN_N = 3;
export const SHAPIRO_WILK_MAX_N = 5000;

// Royston (1995) polynomial approximations, lowest order first: c[0] + c[1]·x + c[2]·x² + …
/** Last coefficient a_n as a polynomial in 1/√n (minus the normalised expected order statistic). */
const C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
/** Second-to-last coefficient a_{n−1}, likewise (used for n > 5). */
const C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
/** n = 4…11: mean and log-SD of −log(γ − log(1 − W)), polynomials in n. */
const C3 = [0.544, -0.39978, 0.025054, -6.714e-4];
const C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
/** n ≥ 12: mean and log-SD of log(1 − W), polynomials in log n. */
const C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
const C6 = [-0.4803, -0.082676, 0.0030302];
/** n = 4…11: the bound γ(n) = −2.273 + 0.459·n on log(1 − W). */
const G = [-2.273, 0.459];

function poly(c: readonly number[], x: number): number {
  let result = 0;
  for (let i = c.length - 1; i >= 0; i--) result = result * x + c[i];
  return result;
}

/**
 * The Shapiro–Wilk coefficients for the upper half of the ordered sample, a[0] for the largest
 * value (the lower half is the same with opposite sign). Royston's approximation: expected normal
 * order statistics m_i = Φ⁻¹((i − 3/8)/(n + 1/4)), normalised, with the two outermost corrected
 * by the C1/C2 polynomials.
 */
export function shapiroWilkCoefficients(n: number): number[] {
  const half = Math.floor(n / 2);
  if (n === 3) return [Math.SQRT1_2];
  // m[i] for the upper half, largest first: by symmetry −Φ⁻¹((i + 1 − 3/8)/(n + 1/4)).
  const m = Array.from({ length: half }, (_, i) => -normalQuantile((i + 1 - 0.375) / (n + 0.25)));
  const summ2 = 2 * m.reduce((s, v) => s + v * v, 0);
  const ssumm2 = Math.sqrt(summ2);
  const rsn = 1 / Math.sqrt(n);
  const a = new Array<number>(half);
  a[0] = poly(C1, rsn) + m[0] / ssumm2;
  let first: number;
  let fac: number;
  if (n > 5) {
    a[1] = poly(C2, rsn) + m[1] / ssumm2;
    fac = Math.sqrt((summ2 - 2 * m[0] ** 2 - 2 * m[1] ** 2) / (1 - 2 * a[0] ** 2 - 2 * a[1] ** 2));
    first = 2;
  } else {
    fac = Math.sqrt((summ2 - 2 * m[0] ** 2) / (1 - 2 * a[0] ** 2));
    first = 1;
  }
  for (let i = first; i < half; i++) a[i] = m[i] / fac;
  return a;
}

export interface ShapiroWilk {
  n: number;
  missing: number;
  w: number;
  p: number;
  algorithm: 'royston_1995_as_r94';
}

export function shapiroWilk(values: readonly MaybeNumber[]): Result<ShapiroWilk> {
  const { values: present, missing } = removeMissing(values);
  const n = present.length;
  if (n < SHAPIRO_WILK_MIN_N) return unavailable('shapiro_wilk', 'too_few_values', n);
  if (n > SHAPIRO_WILK_MAX_N) return unavailable('shapiro_wilk', 'too_many_values', n);
  const x = sortedCopy(present);
  const range = x[n - 1] - x[0];
  // Identical values (up to rounding, relative to their size): W is 0/0.
  if (!(range > 1e-10 * Math.max(1, Math.abs(x[0]), Math.abs(x[n - 1])))) return unavailable('shapiro_wilk', 'all_values_equal', n);

  // W is the squared correlation between the ordered sample and the coefficient vector. The data
  // are divided by the range first (as AS R94 does) and 1 − W is computed as
  // (√(SSa·SSx) − Sax)(√(SSa·SSx) + Sax)/(SSa·SSx) to keep its digits when W is close to 1.
  const a = shapiroWilkCoefficients(n);
  const coef = new Array<number>(n).fill(0);
  for (let i = 0; i < a.length; i++) {
    coef[n - 1 - i] = a[i];
    coef[i] = -a[i];
  }
  const xs = x.map((v) => v / range);
  const meanCoef = coef.reduce((s, v) => s + v, 0) / n;
  const meanX = xs.reduce((s, v) => s + v, 0) / n;
  let ssa = 0;
  let ssx = 0;
  let sax = 0;
  for (let i = 0; i < n; i++) {
    const ca = coef[i] - meanCoef;
    const cx = xs[i] - meanX;
    ssa += ca * ca;
    ssx += cx * cx;
    sax += ca * cx;
  }
  const root = Math.sqrt(ssa * ssx);
  const oneMinusW = Math.max(0, ((root - sax) * (root + sax)) / (ssa * ssx));
  const w = 1 - oneMinusW;
  return { ok: true, test: 'shapiro_wilk', n, missing, w, p: shapiroWilkP(w, oneMinusW, n), algorithm: 'royston_1995_as_r94' };
}

/** Significance level of W by AS R94: exact for n = 3, Royston's normalising transformations otherwise. */
function shapiroWilkP(w: number, oneMinusW: number, n: number): number {
  if (n === 3) {
    // Exact: P = (6/π)·(asin √W − asin √(3/4)); W ≥ 3/4 always for n = 3.
    return Math.min(1, Math.max(0, (6 / Math.PI) * (Math.asin(Math.sqrt(Math.min(1, w))) - Math.asin(Math.sqrt(0.75)))));
  }
  if (oneMinusW === 0) return 1; // a perfect fit to the expected order statistics
  let y = Math.log(oneMinusW);
  let m: number;
  let s: number;
  if (n <= 11) {
    const gamma = poly(G, n);
    // Beyond the transformation's support: R returns 1e-99 ("obviously" non-normal); so do we.
    if (y >= gamma) return 1e-99;
    y = -Math.log(gamma - y);
    m = poly(C3, n);
    s = Math.exp(poly(C4, n));
  } else {
    const ln = Math.log(n);
    m = poly(C5, ln);
    s = Math.exp(poly(C6, ln));
  }
  return normalUpperTail((y - m) / s);
}
