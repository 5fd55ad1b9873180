import { describe, expect, it } from 'vitest';
import { describe as describeValues, quantileType7, removeMissing } from './descriptive.js';

describe('describe (mean, SD, median, IQR)', () => {
  it('1…10: values checked by hand and against R', () => {
    // mean = 55/10 = 5.5; SS = Σ(i − 5.5)² = 82.5, SD = √(82.5/9) = 3.0276504.
    // Type 7 (R: quantile(1:10) → 3.25, 5.5, 7.75): h = 9·0.25 = 2.25 → x₂ + 0.25·(x₃ − x₂) = 3.25 (0-based);
    // h = 6.75 → 7 + 0.75 = 7.75; IQR = 4.5.
    const r = describeValues([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.n).toBe(10);
    expect(r.mean).toBe(5.5);
    expect(r.sd).toBeCloseTo(Math.sqrt(82.5 / 9), 12);
    expect(r.median).toBe(5.5);
    expect(r.q1).toBeCloseTo(3.25, 12);
    expect(r.q3).toBeCloseTo(7.75, 12);
    expect(r.iqr).toBeCloseTo(4.5, 12);
    expect(r.quantileMethod).toBe('hyndman_fan_type_7');
  });

  it('removes and counts null, undefined, NaN and Infinity', () => {
    // Left: 1, 3, 5 → mean 3, SD √((4 + 0 + 4)/2) = 2, median 3, Q1 at h = 0.5 → 2, Q3 → 4.
    const r = describeValues([1, null, 3, undefined, Number.NaN, 5, Number.POSITIVE_INFINITY]);
    expect(r).toMatchObject({ ok: true, n: 3, missing: 4, mean: 3, sd: 2, median: 3, q1: 2, q3: 4, iqr: 2 });
    expect(removeMissing([null, 2])).toEqual({ values: [2], missing: 1 });
  });

  it('one value: mean and median, but SD is null (needs two), never NaN', () => {
    expect(describeValues([4])).toMatchObject({ ok: true, n: 1, mean: 4, sd: null, median: 4, iqr: 0 });
  });

  it('all equal: SD 0 and IQR 0', () => {
    expect(describeValues([3, 3, 3, 3])).toMatchObject({ ok: true, sd: 0, iqr: 0, median: 3 });
  });

  it('nothing present: cannot be computed', () => {
    expect(describeValues([null, undefined])).toEqual({ ok: false, test: 'descriptive', reason: 'no_values', messageKey: 'statistics.unavailable.no_values', n: 0 });
  });

  it('type 7 quantile of an even-length sample (R: quantile(c(1, 2, 4, 8), .25) = 1.75)', () => {
    // h = 3·0.25 = 0.75 → 1 + 0.75·(2 − 1) = 1.75.
    expect(quantileType7([1, 2, 4, 8], 0.25)).toBeCloseTo(1.75, 12);
  });
});
