import { describe, expect, it } from 'vitest';
import { pairedTTest } from './paired-t.js';
import { sleepGroup1, sleepGroup2 } from './fixtures.js';

describe('pairedTTest', () => {
  it('sleep data matches R: t = −4.0621, df = 9, p = 0.002833, CI −2.4598858 … −0.7001142', () => {
    // R> t.test(extra ~ group, data = sleep, paired = TRUE)   (R ≥ 4.4: t.test(Pair(x, y) ~ 1))
    // t = -4.0621, df = 9, p-value = 0.002833; 95 % CI -2.4598858 -0.7001142; mean difference -1.58.
    const r = pairedTTest(sleepGroup2, sleepGroup1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.n).toBe(10);
    expect(r.t).toBeCloseTo(-4.0621, 4);
    expect(r.df).toBe(9);
    expect(r.p).toBeCloseTo(0.002833, 6);
    expect(r.meanDifference).toBeCloseTo(-1.58, 12);
    expect(r.sdDifference).toBeCloseTo(1.2299955, 6);
    expect(r.ci.lower).toBeCloseTo(-2.4598858, 7);
    expect(r.ci.upper).toBeCloseTo(-0.7001142, 7);
  });

  it('n = 2 by hand: differences 1, 2 → t = 3, df = 1 (Cauchy, so p and the quantile are closed-form)', () => {
    // mean 1.5, SD = √0.5, SE = √0.5/√2 = 0.5, t = 3. With 1 df, t is Cauchy: P(T > 3) = ½ − atan(3)/π,
    // so p = 1 − 2·atan(3)/π = 0.2048328; t(0.975, 1) = tan(0.475π) = 12.7062047.
    const r = pairedTTest([1, 2], [2, 4]);
    expect(r).toMatchObject({ ok: true, n: 2, df: 1 });
    if (!r.ok) return;
    expect(r.t).toBeCloseTo(3, 12);
    expect(r.p).toBeCloseTo(1 - (2 * Math.atan(3)) / Math.PI, 9);
    expect(r.ci.lower).toBeCloseTo(1.5 - 0.5 * Math.tan(0.475 * Math.PI), 6);
    expect(r.ci.upper).toBeCloseTo(1.5 + 0.5 * Math.tan(0.475 * Math.PI), 6);
  });

  it('missing values: only complete pairs, exclusions reported', () => {
    const r = pairedTTest([...sleepGroup2, null, 3], [...sleepGroup1, 2, undefined]);
    expect(r).toMatchObject({ ok: true, n: 10, excluded: { missingPre: 1, missingPost: 1, total: 2 } });
    if (r.ok) expect(r.t).toBeCloseTo(-4.0621, 4);
  });

  it('one pair: cannot be computed (too_few_pairs)', () => {
    expect(pairedTTest([1, null], [2, 3])).toMatchObject({ ok: false, reason: 'too_few_pairs', n: 1, messageKey: 'statistics.unavailable.too_few_pairs' });
  });

  it('all-equal data (no change): all_differences_zero, not NaN', () => {
    expect(pairedTTest([3, 3, 3], [3, 3, 3])).toMatchObject({ ok: false, reason: 'all_differences_zero', n: 3 });
  });

  it('everyone changed by exactly the same amount: zero_variance (t would be infinite)', () => {
    // 0.1 steps are not exact in binary floating point; the SD comes out ~1e-17, still refused.
    expect(pairedTTest([1, 2, 3.3], [1.1, 2.1, 3.4])).toMatchObject({ ok: false, reason: 'zero_variance' });
  });

  it('length mismatch is refused', () => {
    expect(pairedTTest([1, 2, 3], [1, 2])).toMatchObject({ ok: false, reason: 'length_mismatch' });
  });
});
