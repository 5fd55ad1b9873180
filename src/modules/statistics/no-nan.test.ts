import { describe, expect, it } from 'vitest';
import { cronbachAlpha, describe as describeValues, mcNemar, pairedEffectSizes, pairedTTest, recommendPairedTest, shapiroWilk, wilcoxonSignedRank } from './index.js';

/** Every number anywhere in the result is finite: NaN/Infinity must never reach a screen or report. */
function expectAllFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => expectAllFinite(v, `${path}[${i}]`));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
}

// Awkward inputs: empty, one pair, n = 2, all equal, constant change, a single change, missing, huge scale.
const cases: [string, (number | null)[], (number | null)[]][] = [
  ['empty', [], []],
  ['one pair', [1], [2]],
  ['n = 2', [1, 2], [2, 4]],
  ['n = 2 tied', [1, 2], [2, 3]],
  ['all equal', [3, 3, 3, 3], [3, 3, 3, 3]],
  ['constant change', [1, 2, 3, 4], [2, 3, 4, 5]],
  ['one changed', [1, 1, 1, 1], [1, 1, 1, 2]],
  ['all missing', [null, null], [null, 1]],
  ['large scale', [1e9, 1e9 + 1, 1e9 + 3], [1e9 + 2, 1e9 + 2, 1e9 + 7]],
  ['huge effect', Array.from({ length: 40 }, () => 0), Array.from({ length: 40 }, (_, i) => 100 + (i % 3))],
];

describe('no NaN or Infinity in any result', () => {
  for (const [name, pre, post] of cases) {
    it(name, () => {
      for (const r of [pairedTTest(pre, post), wilcoxonSignedRank(pre, post), pairedEffectSizes(pre, post), recommendPairedTest(pre, post), shapiroWilk(post), describeValues(pre)]) {
        expectAllFinite(r);
        if (!r.ok) expect(r.messageKey).toBe(`statistics.unavailable.${r.reason}`);
      }
      expectAllFinite(cronbachAlpha(pre.map((p, i) => [p, post[i]])));
      expectAllFinite(mcNemar(pre.map((p, i) => [p === null ? null : p > 1, post[i] === null ? null : post[i]! > 1])));
    });
  }
});
