import { describe, expect, it } from 'vitest';
import { completePairs } from './pairs.js';

describe('completePairs', () => {
  it('keeps only pairs with both values and counts exclusions by cause', () => {
    const r = completePairs([1, null, 3, undefined, 5, Number.NaN], [2, 4, null, undefined, 7, 1]);
    expect(r).toEqual({
      ok: true,
      pairs: { pre: [1, 5], post: [2, 7], differences: [1, 2], n: 2, excluded: { missingPre: 2, missingPost: 1, missingBoth: 1, total: 4 } },
    });
  });

  it('refuses arrays of different lengths instead of guessing the alignment', () => {
    expect(completePairs([1, 2], [1])).toEqual({ ok: false, reason: 'length_mismatch' });
  });

  it('empty input gives zero pairs', () => {
    expect(completePairs([], [])).toMatchObject({ ok: true, pairs: { n: 0 } });
  });
});
