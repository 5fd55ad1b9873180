import { describe, expect, it } from 'vitest';
import { mcNemar } from './mcnemar.js';

function pairs(b: number, c: number, bothYes = 0, bothNo = 0): [boolean, boolean][] {
  return [
    ...Array.from({ length: b }, (): [boolean, boolean] => [true, false]),
    ...Array.from({ length: c }, (): [boolean, boolean] => [false, true]),
    ...Array.from({ length: bothYes }, (): [boolean, boolean] => [true, true]),
    ...Array.from({ length: bothNo }, (): [boolean, boolean] => [false, false]),
  ];
}

describe('mcNemar', () => {
  it('b = 10, c = 2: exact binomial p reported (b + c < 25), both computed by hand', () => {
    // chi² = (|10 − 2| − 1)²/12 = 49/12 = 4.0833, p = 0.0433081 (R: mcnemar.test(matrix(c(5,2,10,7),2))).
    // Exact: 2·P(X ≤ 2), X ~ Bin(12, ½) = 2·(1 + 12 + 66)/4096 = 158/4096 = 0.0385742 (R: binom.test(2, 12)).
    const r = mcNemar([...pairs(10, 2, 5, 7), [true, null]]);
    expect(r).toMatchObject({ ok: true, n: 24, excluded: 1, b: 10, c: 2, bothYes: 5, bothNo: 7, df: 1, method: { pValue: 'exact_binomial' } });
    if (!r.ok) return;
    expect(r.chiSquare).toBeCloseTo(49 / 12, 12);
    expect(r.pChiSquare).toBeCloseTo(0.04330814281079206, 9);
    expect(r.pExact).toBeCloseTo(158 / 4096, 14);
    expect(r.p).toBe(r.pExact);
  });

  it('b = 30, c = 15: chi-square with continuity correction reported', () => {
    // chi² = (15 − 1)²/45 = 196/45; p = 0.0368884 (SciPy chi2.sf); exact 0.0356978 (SciPy binomtest(15, 45)).
    const r = mcNemar(pairs(30, 15));
    expect(r).toMatchObject({ ok: true, method: { pValue: 'chi_square_continuity_corrected', why: 'at_least_25_discordant_pairs' } });
    if (!r.ok) return;
    expect(r.chiSquare).toBeCloseTo(196 / 45, 12);
    expect(r.p).toBeCloseTo(0.036888425707049914, 9);
    expect(r.pExact).toBeCloseTo(0.035697803555194696, 12);
  });

  it('b = c: no evidence of change, chi² = 0 and p = 1', () => {
    expect(mcNemar(pairs(5, 5))).toMatchObject({ ok: true, chiSquare: 0, pChiSquare: 1, pExact: 1, p: 1 });
  });

  it('nobody changed answer: cannot be computed (0/0)', () => {
    expect(mcNemar(pairs(0, 0, 3, 4))).toMatchObject({ ok: false, reason: 'no_discordant_pairs', n: 7 });
    expect(mcNemar([[null, true]])).toMatchObject({ ok: false, reason: 'too_few_pairs', n: 0 });
  });
});
