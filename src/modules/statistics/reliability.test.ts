import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from './reliability.js';

// 5 respondents × 3 items, small enough to do by hand (fractions below are exact).
// Item variances (n − 1): 2.5, 1.7, 1.3 → Σ = 5.5. Totals 8, 13, 8, 14, 5 (mean 9.6): variance 57.2/4 = 14.3.
// alpha = 3/2·(1 − 5.5/14.3) = 3/2 · 8/13 = 12/13.
// Without item 1: totals 6, 9, 5, 9, 4 → var 5.3; items 1.7 + 1.3 = 3 → alpha = 2·(1 − 3/5.3) = 46/53.
// Without item 2: totals 5, 9, 6, 9, 3 → var 6.8; items 2.5 + 1.3 = 3.8 → alpha = 2·3/6.8 = 15/17.
// Without item 3: totals 5, 8, 5, 10, 3 → var 7.7; items 2.5 + 1.7 = 4.2 → alpha = 2·3.5/7.7 = 10/11.
// Corrected item-total r of item 2 (3, 4, 2, 5, 2) with items 1 + 3 (5, 9, 6, 9, 3):
// Sxy = 5.8, Sxx = 6.8, Syy = 27.2 → r = 5.8/√(6.8·27.2) = 5.8/13.6 = 29/34.
const data = [
  [2, 3, 3],
  [4, 4, 5],
  [3, 2, 3],
  [5, 5, 4],
  [1, 2, 2],
];

describe('cronbachAlpha', () => {
  it('alpha, item-deleted alphas and corrected item-total correlations computed by hand', () => {
    const r = cronbachAlpha(data);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r).toMatchObject({ n: 5, k: 3, excludedIncomplete: 0, deletion: 'listwise' });
    expect(r.alpha).toBeCloseTo(12 / 13, 12);
    expect(r.items.map((i) => (i.alphaIfDeleted.ok ? i.alphaIfDeleted.value : null))).toEqual([
      expect.closeTo(46 / 53, 12),
      expect.closeTo(15 / 17, 12),
      expect.closeTo(10 / 11, 12),
    ]);
    const item2 = r.items[1].correctedItemTotal;
    expect(item2.ok && item2.value).toBeCloseTo(29 / 34, 12);
  });

  it('missing answers: listwise deletion, the same alpha on the complete respondents', () => {
    const r = cronbachAlpha([...data, [1, null, 3], [undefined, 2, 2], [4, 4]]);
    expect(r).toMatchObject({ ok: true, n: 5, excludedIncomplete: 3 });
    if (r.ok) expect(r.alpha).toBeCloseTo(12 / 13, 12);
  });

  it('two items: alpha is computable, item-deleted alpha is not (one item left)', () => {
    // Items 1 and 2 only: totals 5, 8, 5, 10, 3 → alpha = 10/11 (see above).
    const r = cronbachAlpha(data.map((row) => row.slice(0, 2)));
    expect(r).toMatchObject({ ok: true, k: 2 });
    if (!r.ok) return;
    expect(r.alpha).toBeCloseTo(10 / 11, 12);
    expect(r.items[0].alphaIfDeleted).toEqual({ ok: false, reason: 'too_few_items' });
  });

  it('all-equal answers: zero variance of the total, cannot be computed', () => {
    expect(cronbachAlpha([[3, 3], [3, 3], [3, 3]])).toMatchObject({ ok: false, reason: 'zero_variance', n: 3 });
  });

  it('an item everyone answered alike: alpha computable, its item-total r is not', () => {
    const r = cronbachAlpha(data.map((row) => [...row, 4]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.items[3].correctedItemTotal).toEqual({ ok: false, reason: 'zero_variance' });
  });

  it('too few items or respondents', () => {
    expect(cronbachAlpha([[1], [2], [3]])).toMatchObject({ ok: false, reason: 'too_few_items' });
    expect(cronbachAlpha([[1, 2, 3], [1, null, 2]])).toMatchObject({ ok: false, reason: 'too_few_respondents', n: 1 });
    expect(cronbachAlpha([])).toMatchObject({ ok: false, reason: 'too_few_respondents', n: 0 });
  });
});
