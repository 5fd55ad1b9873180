import { describe, expect, it } from 'vitest';
import { hedgesJ, pairedEffectSizes } from './effect-sizes.js';
import { sleepGroup1, sleepGroup2 } from './fixtures.js';

// Reference CIs for d_z were computed independently with SciPy 1.17: the noncentral t (stats.nct)
// inverted with brentq (xtol 1e-12) — λ such that P(T ≤ t | 9, λ) = 0.975 and 0.025, divided by √n.

describe('pairedEffectSizes', () => {
  it('sleep data: d_z = t/√n, noncentral-t CI, Hedges J with df = n − 1', () => {
    const r = pairedEffectSizes(sleepGroup2, sleepGroup1);
    expect(r.ok).toBe(true);
    if (!r.ok || !r.dz.ok || !r.dav.ok) throw new Error('expected results');
    // d_z = −1.58/1.2299955 = −1.2845576 = t/√n = −4.0621277/√10.
    expect(r.dz.d).toBeCloseTo(-4.062127683 / Math.sqrt(10), 8);
    expect(r.dz).toMatchObject({ denominator: 'sd_of_differences', ciMethod: 'noncentral_t' });
    expect(r.dz.ci.lower).toBeCloseTo(-2.1180165139816003, 7);
    expect(r.dz.ci.upper).toBeCloseTo(-0.4146277563804568, 7);
    // J = 1 − 3/(4·9 − 1) = 32/35.
    expect(r.dz.hedges).toMatchObject({ ok: true, df: 9 });
    if (r.dz.hedges.ok) {
      expect(r.dz.hedges.j).toBeCloseTo(32 / 35, 14);
      expect(r.dz.hedges.g).toBeCloseTo((32 / 35) * r.dz.d, 14);
      expect(r.dz.hedges.ci.lower).toBeCloseTo((32 / 35) * -2.1180165139816003, 7);
    }
    // d_av: SD(group 2) = 2.0022487, SD(group 1) = 1.7890097, mean 1.8956292 → d_av = −1.58/1.8956292.
    expect(r.dav.denominatorValue).toBeCloseTo((2.002248735796829 + 1.7890096577591623) / 2, 12);
    expect(r.dav.d).toBeCloseTo(-0.8334963413127044, 12);
    expect(r.dav.ciMethod).toBe('normal_approximation_delta_method');
    // Delta-method CI evaluated in NumPy from the formula in effect-sizes.ts (pre–post r = 0.7951702).
    // The formula itself was checked by simulation (20 000 bivariate-normal samples each at n = 25,
    // 50, 100): mean SE within 1.5 % of the empirical SD of d_av, coverage 94.6–94.8 %.
    expect(r.dav.ci.lower).toBeCloseTo(-1.365306889427952, 10);
    expect(r.dav.ci.upper).toBeCloseTo(-0.3016857931974569, 10);
  });

  it('n = 3, differences 1, 2, 3: d_z = 2 and its noncentral-t CI (SciPy: −0.1415642 … 4.1054946)', () => {
    const r = pairedEffectSizes([0, 0, 0], [1, 2, 3]);
    if (!r.ok || !r.dz.ok) throw new Error('expected results');
    expect(r.dz.d).toBeCloseTo(2, 12);
    expect(r.dz.ci.lower).toBeCloseTo(-0.1415641786022323, 7);
    expect(r.dz.ci.upper).toBeCloseTo(4.1054945945973955, 7);
    // J = 1 − 3/(4·2 − 1) = 4/7.
    expect(r.dz.hedges).toMatchObject({ ok: true, j: expect.closeTo(4 / 7, 14), g: expect.closeTo(8 / 7, 12) });
    // pre SD 0 but post SD 1: d_av = 2/((0 + 1)/2) = 4.
    expect(r.dav).toMatchObject({ ok: true, d: expect.closeTo(4, 12) });
  });

  it('12 pairs: CI matches SciPy (0.4790305 … 2.0177806)', () => {
    const d = [0.5, 1.5, 2.0, 3.0, -0.5, 1.0, 2.5, 1.5, 0.0, 2.0, 1.0, 3.5];
    const r = pairedEffectSizes(d.map(() => 10), d.map((x) => 10 + x));
    if (!r.ok || !r.dz.ok) throw new Error('expected results');
    expect(r.dz.d).toBeCloseTo(1.2636353087613477, 10);
    expect(r.dz.ci.lower).toBeCloseTo(0.479030498424185, 7);
    expect(r.dz.ci.upper).toBeCloseTo(2.017780623361088, 7);
  });

  it('large t (n = 1000, t = 67): the exact noncentral-t CI, as SciPy computes it (2.0093395 … 2.2328623)', () => {
    const d = Array.from({ length: 1000 }, (_, k) => 1.5 + Math.sin(k));
    const r = pairedEffectSizes(d.map(() => 0), d);
    if (!r.ok || !r.dz.ok) throw new Error('expected results');
    expect(r.dz).toMatchObject({ ciMethod: 'noncentral_t', ciWhy: 'exact_under_normality' });
    expect(r.dz.d).toBeCloseTo(2.1212833109639475, 9);
    // SciPy 1.10: brentq on nct.cdf with xtol 1e-14.
    expect(Math.abs(r.dz.ci.lower / 2.0093394768194432 - 1)).toBeLessThan(1e-9);
    expect(Math.abs(r.dz.ci.upper / 2.2328623182236997 - 1)).toBeLessThan(1e-9);
  });

  it('very large t (t > 100): falls back to the normal approximation and says so', () => {
    const d = Array.from({ length: 1000 }, (_, k) => 1.5 + 0.3 * Math.sin(k));
    const r = pairedEffectSizes(d.map(() => 0), d);
    if (!r.ok || !r.dz.ok) throw new Error('expected results');
    expect(r.dz).toMatchObject({ ciMethod: 'normal_approximation_delta_method', ciWhy: 'noncentral_t_out_of_numeric_range' });
    expect(r.dz.ci.lower).toBeLessThan(r.dz.d);
    expect(r.dz.ci.upper).toBeGreaterThan(r.dz.d);
  });

  it('the caller may ask for the approximate d_z CI (cheaper); the result says it was requested', () => {
    const r = pairedEffectSizes(sleepGroup2, sleepGroup1, { dzCi: 'normal_approximation_delta_method' });
    if (!r.ok || !r.dz.ok) throw new Error('expected results');
    expect(r.dz).toMatchObject({ ciMethod: 'normal_approximation_delta_method', ciWhy: 'approximation_requested' });
    // SE² = 1/10 + d²/(2·9) with d = −1.2845576.
    const se = Math.sqrt(0.1 + r.dz.d ** 2 / 18);
    expect(r.dz.ci.lower).toBeCloseTo(r.dz.d - 1.959963985 * se, 8);
  });

  it('n = 2: d is computable, Hedges g is not (df = 1 makes J = 0)', () => {
    expect(hedgesJ(1)).toBe(0);
    const r = pairedEffectSizes([1, 2], [2, 4]);
    if (!r.ok || !r.dz.ok) throw new Error('expected results');
    // differences 1, 2: d_z = 1.5/√0.5.
    expect(r.dz.d).toBeCloseTo(1.5 / Math.SQRT1_2, 12);
    expect(r.dz.hedges).toEqual({ ok: false, reason: 'too_few_pairs' });
    expect(Number.isFinite(r.dz.ci.lower) && Number.isFinite(r.dz.ci.upper)).toBe(true);
  });

  it('everyone changed by the same amount: d_z not computable, d_av is', () => {
    const r = pairedEffectSizes([1, 2, 3, 4], [2, 3, 4, 5]);
    if (!r.ok) throw new Error('expected result');
    expect(r.dz).toEqual({ ok: false, reason: 'zero_variance' });
    // SD of 1…4 is √(5/3) both times: d_av = 1/√(5/3).
    expect(r.dav).toMatchObject({ ok: true, d: expect.closeTo(1 / Math.sqrt(5 / 3), 12) });
  });

  it('all-equal data: neither is computable, with reasons', () => {
    const r = pairedEffectSizes([3, 3, 3], [3, 3, 3]);
    expect(r).toMatchObject({ ok: true, dz: { ok: false, reason: 'all_differences_zero' }, dav: { ok: false, reason: 'zero_variance' } });
  });

  it('missing values and too few pairs', () => {
    expect(pairedEffectSizes([1, null], [2, 3])).toMatchObject({ ok: false, reason: 'too_few_pairs', n: 1 });
    expect(pairedEffectSizes([0, 0, 0, null], [1, 2, 3, 4])).toMatchObject({ ok: true, n: 3, excluded: { missingPre: 1 } });
  });
});
