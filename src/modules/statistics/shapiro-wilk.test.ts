import { describe, expect, it } from 'vitest';
import { shapiroWilk } from './shapiro-wilk.js';
import { normalQuantile } from './distributions.js';
import { sleepGroup1, sleepGroup2 } from './fixtures.js';

// References: R's shapiro.test and SciPy 1.17's stats.shapiro both run the Fortran/C AS R94 code;
// the SciPy values below were computed for this file (R prints the same to its 4–5 digits).

describe('shapiroWilk', () => {
  it('n = 11 skewed sample: W = 0.78881, p = 0.006704', () => {
    // shapiro.test(c(148,154,158,160,161,162,166,170,182,195,236)): W = 0.78881, p-value = 0.006704.
    const r = shapiroWilk([148, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236]);
    expect(r).toMatchObject({ ok: true, n: 11, algorithm: 'royston_1995_as_r94' });
    if (!r.ok) return;
    expect(r.w).toBeCloseTo(0.7888146948631716, 8);
    expect(r.p).toBeCloseTo(0.006703814061898823, 8);
  });

  it('sleep differences: W = 0.82987, p = 0.03334 (R)', () => {
    const r = shapiroWilk(sleepGroup1.map((x, i) => x - sleepGroup2[i]));
    if (!r.ok) throw new Error('expected result');
    expect(r.w).toBeCloseTo(0.8298713320953406, 8);
    expect(r.p).toBeCloseTo(0.0333416087851211, 8);
  });

  it('n = 3 uses the exact p; W by hand for 1, 2, 4', () => {
    // a = (−1/√2, 0, 1/√2): (Σ a·x)² = (3/√2)² = 4.5; SS = 42/9 → W = 4.5·9/42 = 27/28.
    // p = (6/π)(asin √W − asin √(3/4)) = 0.6368868.
    const r = shapiroWilk([1, 2, 4]);
    if (!r.ok) throw new Error('expected result');
    expect(r.w).toBeCloseTo(27 / 28, 12);
    expect(r.p).toBeCloseTo((6 / Math.PI) * (Math.asin(Math.sqrt(27 / 28)) - Math.PI / 3), 12);
    // Two equal and one different value is the least normal a sample of 3 can be: W = 3/4, p = 0.
    const tied = shapiroWilk([1, 1, 2]);
    expect(tied).toMatchObject({ ok: true, w: expect.closeTo(0.75, 12) });
    if (tied.ok) expect(tied.p).toBeLessThan(1e-12);
  });

  it('small-sample branch (n = 4…11) and n = 12', () => {
    const six = shapiroWilk([1, 2, 3, 4, 5, 7]);
    expect(six).toMatchObject({ ok: true, w: expect.closeTo(0.9825867831964573, 8), p: expect.closeTo(0.9636699100511322, 8) });
    const five = shapiroWilk([0, 0, 0, 0, 1]);
    expect(five).toMatchObject({ ok: true, w: expect.closeTo(0.552181683501241, 8), p: expect.closeTo(0.00013097817774592973, 9) });
    const twelve = shapiroWilk([2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 3.9, 4.1, 3.0, 2.5, 3.7]);
    expect(twelve).toMatchObject({ ok: true, w: expect.closeTo(0.972087225922381, 8), p: expect.closeTo(0.9313913919024256, 8) });
  });

  it('normal-looking data gives a high p; skewed data a tiny one', () => {
    // Expected normal quantiles for n = 50: as normal as a sample gets (SciPy: W = 0.99920, p = 1.0).
    const normal = shapiroWilk(Array.from({ length: 50 }, (_, i) => normalQuantile((i + 0.5) / 50)));
    expect(normal).toMatchObject({ ok: true, w: expect.closeTo(0.9992035683859155, 8) });
    if (normal.ok) expect(normal.p).toBeGreaterThan(0.99);
    // exp of the normal quantiles, n = 100 (log-normal): SciPy W = 0.6712994, p = 1.2145e-13.
    const skewed = shapiroWilk(Array.from({ length: 100 }, (_, i) => Math.exp(normalQuantile((i + 0.5) / 100))));
    if (!skewed.ok) throw new Error('expected result');
    expect(skewed.w).toBeCloseTo(0.6712994303585191, 8);
    expect(skewed.p / 1.2144942578586242e-13).toBeCloseTo(1, 3);
  });

  it('n = 5000 (the upper limit): W matches SciPy; p is below 1e-15', () => {
    // x_i = (i mod 97) + sin i, i = 1…5000: SciPy W = 0.95545055, p = 1.4e-36. jStat's normal tail
    // is computed as 1 + erf(−z) and rounds to 0 below ~1e-16, which still displays as "p < .001".
    const r = shapiroWilk(Array.from({ length: 5000 }, (_, k) => ((k + 1) % 97) + Math.sin(k + 1)));
    if (!r.ok) throw new Error('expected result');
    expect(r.w).toBeCloseTo(0.9554505460945406, 8);
    expect(r.p).toBeLessThan(1e-15);
    expect(Number.isNaN(r.p)).toBe(false);
  });

  it('cannot be computed: n < 3, n > 5000, all values equal; missing values removed and counted', () => {
    expect(shapiroWilk([1, 2])).toMatchObject({ ok: false, reason: 'too_few_values', n: 2 });
    expect(shapiroWilk(Array.from({ length: 5001 }, (_, i) => i))).toMatchObject({ ok: false, reason: 'too_many_values' });
    expect(shapiroWilk([4, 4, 4, 4])).toMatchObject({ ok: false, reason: 'all_values_equal', n: 4 });
    expect(shapiroWilk([1, null, 2, undefined, 4, Number.NaN])).toMatchObject({ ok: true, n: 3, missing: 3, w: expect.closeTo(27 / 28, 12) });
  });
});
