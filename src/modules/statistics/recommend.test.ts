import { describe, expect, it } from 'vitest';
import { recommendPairedTest } from './recommend.js';
import { normalQuantile } from './distributions.js';
import { sleepGroup1, sleepGroup2 } from './fixtures.js';

describe('recommendPairedTest', () => {
  it('sleep data: differences not normal (SW p = 0.033) → Wilcoxon; both results returned', () => {
    const r = recommendPairedTest(sleepGroup2, sleepGroup1);
    expect(r).toMatchObject({
      ok: true,
      n: 10,
      recommended: 'wilcoxon_signed_rank',
      reason: 'differences_not_normal',
      normality: { ok: true, p: expect.closeTo(0.03334, 5) },
      pairedT: { ok: true, t: expect.closeTo(-4.0621, 4) },
      wilcoxon: { ok: true, wPlus: 0 },
    });
  });

  it('normal-looking differences with n ≥ 10 → paired t', () => {
    const d = Array.from({ length: 20 }, (_, i) => 0.5 + normalQuantile((i + 0.5) / 20));
    const r = recommendPairedTest(d.map(() => 3), d.map((x) => 3 + x));
    expect(r).toMatchObject({ ok: true, recommended: 'paired_t', reason: 'differences_consistent_with_normality' });
  });

  it('fewer than 10 pairs → Wilcoxon, because Shapiro–Wilk cannot show normality that small', () => {
    const r = recommendPairedTest([1, 2, 3, 4, 5], [2, 4, 5, 5, 7]);
    expect(r).toMatchObject({ ok: true, recommended: 'wilcoxon_signed_rank', reason: 'too_few_pairs_to_check_normality' });
  });

  it('constant change: t not computable → Wilcoxon; no change at all → no test', () => {
    const pre = Array.from({ length: 12 }, (_, i) => i);
    expect(recommendPairedTest(pre, pre.map((x) => x + 1))).toMatchObject({
      ok: true,
      recommended: 'wilcoxon_signed_rank',
      reason: 'only_wilcoxon_computable',
      normality: { ok: false, reason: 'all_values_equal' },
      pairedT: { ok: false, reason: 'zero_variance' },
    });
    expect(recommendPairedTest(pre, pre)).toMatchObject({ ok: true, recommended: 'none', reason: 'no_test_computable' });
  });

  it('no complete pairs / mismatched lengths', () => {
    expect(recommendPairedTest([null], [1])).toMatchObject({ ok: false, reason: 'too_few_pairs' });
    expect(recommendPairedTest([1], [1, 2])).toMatchObject({ ok: false, reason: 'length_mismatch' });
  });
});
