import { describe, expect, it } from 'vitest';
import { cronbachAlphaForScale, scaleItemValues, scoreResponse } from './scoring.js';
import { sampleDefinition } from './fixtures.js';

const def = sampleDefinition();

describe('scoreResponse', () => {
  it('sums with reverse-scored items mirrored in their own range', () => {
    // core = q1 + (6 − q2) + g1 + g2 (grid codes 1–4), grid_mean = mean(g1, g2, g3)
    expect(scoreResponse(def, { q1: 5, q2: 1, g1: '4', g2: '3', g3: '2' })).toEqual({ core: 5 + 5 + 4 + 3, grid_mean: 3 });
  });
  it('treats N/A and don’t know as missing and prorates a sum over enough answered items', () => {
    // 3 of 4 answered (q1 is N/A): mean (4 + 2 + 3) / 3 = 3, × 4 items = 12
    expect(scoreResponse(def, { q1: 'na', q2: 2, g1: '2', g2: '3' })).toEqual({ core: 12, grid_mean: 2.5 });
    expect(scoreResponse(def, { q1: 'dk', q2: 2, g1: '2' })).toEqual({ core: null, grid_mean: null });
  });
  it('applies the minimum-answered rule to a mean', () => {
    expect(scoreResponse(def, { g1: '1' }).grid_mean).toBeNull();
    expect(scoreResponse(def, { g1: '1', g3: '4' }).grid_mean).toBe(2.5);
  });
  it('mirrors a 0–4 item as 4 − v', () => {
    const zeroBased = sampleDefinition();
    const q2 = zeroBased.sections[0].items[2];
    if (q2.type === 'likert') q2.points = [0, 1, 2, 3, 4].map((value) => ({ value, label: { nb: String(value) } }));
    expect(scaleItemValues(zeroBased, zeroBased.scales[0], { q1: 1, q2: 0, g1: '1', g2: '1' })).toEqual([1, 4, 1, 1]);
  });
});

describe('cronbachAlphaForScale', () => {
  it('computes alpha over collected responses with reversal applied', () => {
    const responses = [
      { q1: 5, q2: 1, g1: '4', g2: '4' },
      { q1: 4, q2: 2, g1: '3', g2: '4' },
      { q1: 2, q2: 4, g1: '2', g2: '1' },
      { q1: 1, q2: 5, g1: '1', g2: '2' },
      { q1: 3, q2: 3, g1: '3', g2: '2' },
      { q1: 'na', q2: 3, g1: '3', g2: '2' },
    ];
    const result = cronbachAlphaForScale(def, 'core', responses);
    expect(result?.ok).toBe(true);
    if (result?.ok) {
      expect(result.n).toBe(5);
      expect(result.excludedIncomplete).toBe(1);
      // By hand: item variances 2.5, 2.5, 1.3, 1.8 (sum 8.1); totals 18, 15, 7, 5, 11 have variance 29.2 → 0.96347
      expect(result.alpha).toBeCloseTo((4 / 3) * (1 - 8.1 / 29.2), 9);
    }
    expect(cronbachAlphaForScale(def, 'nope', responses)).toBeUndefined();
  });
});
