import { describe, expect, it } from 'vitest';
import { averageRanks, signedRankCounts, wilcoxonSignedRank } from './wilcoxon.js';
import { sleepGroup1, sleepGroup2 } from './fixtures.js';

/** Builds pre = 0 and post = d so that post − pre is exactly the given differences. */
function fromDifferences(d: number[]): [number[], number[]] {
  return [d.map(() => 0), d];
}

describe('wilcoxonSignedRank', () => {
  it('sleep data matches R: V = 0, p = 0.009091, normal approximation (ties and a zero)', () => {
    // R> wilcox.test(extra ~ group, data = sleep, paired = TRUE)  → V = 0, p-value = 0.009091, with
    // warnings "cannot compute exact p-value with ties / with zeroes". By hand: differences
    // −1.2 −2.4 −1.3 −1.3 0 −1.0 −1.8 −0.8 −4.6 −1.4; the 0 is dropped (n = 9); |d| ranks
    // 0.8→1, 1.0→2, 1.2→3, 1.3→4.5, 1.3→4.5, 1.4→6, 1.8→7, 2.4→8, 4.6→9. All negative: W+ = 0, W− = 45.
    // E = 9·10/4 = 22.5; Var = 9·10·19/24 − (2³ − 2)/48 = 71.25 − 0.125 = 71.125;
    // z = (0 − 22.5 + 0.5)/√71.125 = −2.608624; p = 2Φ(−2.608624) = 0.009091.
    const r = wilcoxonSignedRank(sleepGroup2, sleepGroup1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r).toMatchObject({ n: 9, nPairs: 10, zeroDifferences: 1, ties: true, wPlus: 0, wMinus: 45, rankBiserial: -1 });
    expect(r.method).toEqual({ pValue: 'normal_approximation', why: 'ties', continuityCorrection: true, tieCorrection: true });
    expect(r.z).toBeCloseTo(-22 / Math.sqrt(71.125), 10);
    expect(r.p).toBeCloseTo(0.009091, 6);
    // r = Z/√N without continuity correction: −22.5/√71.125/3.
    expect(r.rZ).toBeCloseTo(-22.5 / Math.sqrt(71.125) / 3, 10);
  });

  it('exact p without ties, by counting: differences −1, 2…6', () => {
    // Ranks 1…6, W+ = 2+3+4+5+6 = 20, W− = 1. Of the 2⁶ = 64 sign patterns, W+ ≥ 20 happens for
    // W+ = 21 (all positive) and W+ = 20 (only rank 1 negative): 2/64. Two-sided p = 4/64 = 0.0625,
    // as R's wilcox.test(c(-1, 2:6)) (V = 20, p-value = 0.0625).
    const r = wilcoxonSignedRank(...fromDifferences([-1, 2, 3, 4, 5, 6]));
    expect(r).toMatchObject({ ok: true, n: 6, wPlus: 20, wMinus: 1, z: null, ties: false, method: { pValue: 'exact', why: 'no_ties_no_zeros_small_n' } });
    if (!r.ok) return;
    expect(r.p).toBeCloseTo(0.0625, 12);
    expect(r.rankBiserial).toBeCloseTo(19 / 21, 12);
  });

  it('exact p, n = 30, matches SciPy 1.17 (stats.wilcoxon(method="exact")): W+ = 320, p = 0.0732441', () => {
    // d_i = i for i not divisible by 3 counted from 0, i.e. (i + 1)·(i % 3 ? 1 : −1), i = 0…29.
    const d = Array.from({ length: 30 }, (_, i) => (i + 1) * (i % 3 ? 1 : -1));
    const r = wilcoxonSignedRank(...fromDifferences(d));
    expect(r).toMatchObject({ ok: true, n: 30, wPlus: 320, wMinus: 145, method: { pValue: 'exact' } });
    if (r.ok) expect(r.p).toBeCloseTo(0.07324407435953617, 10);
  });

  it('n = 2 without ties: exact p = 0.5 (W+ = 3 happens in 1 of 4 sign patterns, doubled)', () => {
    const r = wilcoxonSignedRank([1, 1], [2, 3]);
    expect(r).toMatchObject({ ok: true, n: 2, wPlus: 3, p: 0.5, method: { pValue: 'exact' } });
  });

  it('ties without zeros: normal approximation with tie correction (hand and SciPy agree)', () => {
    // d = 1, 1, 2, 3: ranks 1.5, 1.5, 3, 4; W+ = 10; E = 5; Var = 4·5·9/24 − (8 − 2)/48 = 7.375;
    // z = (10 − 5 − 0.5)/√7.375 = 1.657023; p = 0.0975125 (SciPy: wilcoxon([1,1,2,3], method="approx")).
    const r = wilcoxonSignedRank(...fromDifferences([1, 1, 2, 3]));
    expect(r).toMatchObject({ ok: true, wPlus: 10, ties: true, method: { pValue: 'normal_approximation', why: 'ties' } });
    if (!r.ok) return;
    expect(r.z).toBeCloseTo(4.5 / Math.sqrt(7.375), 10);
    expect(r.p).toBeCloseTo(0.0975125381781096, 10);
  });

  it('zero differences are dropped (Wilcoxon method) and force the approximation, as in R', () => {
    // d = 0, 1…6: n = 6 after dropping, W+ = 21, E = 10.5, Var = 6·7·13/24 = 22.75;
    // z = (21 − 10.5 − 0.5)/√22.75; p = 0.0360317 (SciPy zero_method="wilcox", correction=True).
    const r = wilcoxonSignedRank(...fromDifferences([0, 1, 2, 3, 4, 5, 6]));
    expect(r).toMatchObject({ ok: true, n: 6, nPairs: 7, zeroDifferences: 1, zeroMethod: 'wilcoxon_drop_zeros', method: { why: 'zero_differences_dropped' } });
    if (r.ok) expect(r.p).toBeCloseTo(0.03603168621823355, 10);
  });

  it('n = 60 without ties: normal approximation because n is large (SciPy p = 0.0169017)', () => {
    const d = Array.from({ length: 60 }, (_, i) => (i + 1) * (i % 3 ? 1 : -1));
    const r = wilcoxonSignedRank(...fromDifferences(d));
    expect(r).toMatchObject({ ok: true, n: 60, wPlus: 1240, method: { pValue: 'normal_approximation', why: 'large_n', tieCorrection: false } });
    if (r.ok) expect(r.p).toBeCloseTo(0.016901653275967533, 9);
  });

  it('all differences zero (all-equal data): cannot be computed', () => {
    expect(wilcoxonSignedRank([2, 3, 4], [2, 3, 4])).toMatchObject({ ok: false, reason: 'all_differences_zero', n: 3 });
  });

  it('no complete pairs / missing values', () => {
    expect(wilcoxonSignedRank([null, 1], [2, null])).toMatchObject({ ok: false, reason: 'too_few_pairs', n: 0 });
    const r = wilcoxonSignedRank([0, 0, null, 0], [1, 2, 5, undefined]);
    expect(r).toMatchObject({ ok: true, n: 2, excluded: { missingPre: 1, missingPost: 1, total: 2 } });
  });

  it('floating-point noise does not break ties: 0.3 − 0.1 and 0.4 − 0.2 tie', () => {
    const r = wilcoxonSignedRank([0.1, 0.2, 0], [0.3, 0.4, 1]);
    expect(r).toMatchObject({ ok: true, ties: true, wPlus: 6 });
  });

  it('averageRanks and the exact null distribution by hand', () => {
    expect(averageRanks([3, 1, 3, 2])).toEqual({ ranks: [3.5, 1, 3.5, 2], tieGroupSizes: [2] });
    // Subsets of {1, 2, 3} by sum: 0:{}, 1:{1}, 2:{2}, 3:{3},{1,2}, 4:{1,3}, 5:{2,3}, 6:{1,2,3}.
    expect(signedRankCounts(3)).toEqual([1, 1, 1, 2, 1, 1, 1]);
    expect(signedRankCounts(20).reduce((a, b) => a + b, 0)).toBe(2 ** 20);
  });
});
