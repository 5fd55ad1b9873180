import { describe, expect, it } from 'vitest';
import {
  binomialLowerTail, chiSquareUpperTail, noncentralTCdf, normalTwoSidedP, studentTCdf, studentTQuantile, studentTTwoSidedP,
} from './distributions.js';

/**
 * Reference values computed with mpmath 1.2 (Debian's python3-mpmath) at 40 significant digits:
 * Student's t from mpmath's incomplete beta; the noncentral t by quadrature of
 * ∫ Φ(t·√(s/ν) − δ) f_χ²(s; ν) ds — a different route from the series under test (SciPy 1.10's
 * Boost nct agrees with every value to 1e-15). Varde must match them to 1e-12 relative, well inside
 * the 1e-9 a reviewer's SciPy comparison asks for.
 */
const close = (actual: number, expected: number, rel = 1e-12) => {
  expect(Math.abs(actual - expected) / Math.abs(expected), `${actual} vs ${expected}`).toBeLessThan(rel);
};

const tCdf: [number, number, number][] = [
  [-2.5, 9, 0.01693091384149286960482976],
  [1.3, 29, 0.898080408168985125151473],
  [0.2, 3, 0.5728648353768605273586972],
  [14.2, 40, 0.9999999999999999836974122],
  [-25, 24, 5.363193441069494130908198e-19],
  [40, 120, 1.0],
  [3.1, 1, 0.9006739078008814570147958],
  [-0.7, 2.5, 0.2717024715947740390986685],
];
const tTwoSided: [number, number, number][] = [
  [-2.5, 9, 0.03386182768298573920965951],
  [1.3, 29, 0.2038391836620297496970541],
  [0.2, 3, 0.8542703292462789452826055],
  [14.2, 40, 3.260517569470997352939361e-17],
  [-25, 24, 1.07263868821389882618164e-18],
  [40, 120, 3.13364839861653675293229e-71],
  [3.1, 1, 0.1986521843982370859704085],
  [-0.7, 2.5, 0.543404943189548078197337],
];
const nct: [number, number, number, number][] = [
  [2.1, 24, 1.5, 0.7099427495079646192949636],
  [0.5, 9, -0.8, 0.8993374081829806568057932],
  [-1.2, 14, 0.3, 0.07448377667696434897001039],
  [5.0, 29, 4.2, 0.7361383195052042580849857],
  [12.3, 40, 11.0, 0.7629551058042779883023707],
  [38.0, 60, 37.5, 0.5323910631116432883120575],
  [45.0, 99, 40.0, 0.9294939257449192583501701],
  [-3.0, 5, -2.5, 0.4041039885217043744126908],
  [1.0, 3, 2.0, 0.1573494339700365342637257],
];
const tQuantile: [number, number, number][] = [
  [0.975, 9, 2.262157162798204999202853],
  [0.025, 29, -2.045229642132704271714193],
  [0.995, 3, 5.840909309733355411261167],
  [0.9995, 120, 3.37345376856253361011575],
];
const chiUpper: [number, number, number][] = [
  [3.84, 1, 0.05004352124870510318916148],
  [45.0, 1, 1.970344471179916308195597e-11],
  [200.0, 3, 4.218541107192042337657128e-43],
  [0.5, 2, 0.7788007830714048682451703],
];
const normalTwo: [number, number][] = [
  [1.96, 0.04999579029644087242564738],
  [-3.2, 0.001374275875831696910235407],
  [8.5, 1.89590696444066367083021e-17],
  [12.0, 3.552964224155357995392342e-33],
];

describe('distributions match 40-digit references', () => {
  it("Student's t cdf, including far tails", () => {
    for (const [t, df, p] of tCdf) if (p < 1) close(studentTCdf(t, df), p);
  });
  it('two-sided t p-values keep their digits down to 1e-71 (never 0)', () => {
    for (const [t, df, p] of tTwoSided) close(studentTTwoSidedP(t, df), p);
  });
  it('the noncentral t for any noncentrality up to 40 and negative t', () => {
    for (const [t, df, ncp, p] of nct) close(noncentralTCdf(t, df, ncp), p, 1e-11);
  });
  it("Student's t quantiles", () => {
    for (const [p, df, q] of tQuantile) close(studentTQuantile(p, df), q);
  });
  it('chi-square upper tails computed as tails', () => {
    for (const [x, df, p] of chiUpper) close(chiSquareUpperTail(x, df), p);
  });
  it('normal two-sided p-values', () => {
    for (const [z, p] of normalTwo) close(normalTwoSidedP(z), p);
  });
  it('binomial lower tail equals the summed probabilities', () => {
    // P(X ≤ 2), X ~ Bin(20, ½) = (1 + 20 + 190) / 2^20.
    close(binomialLowerTail(2, 20, 0.5), 211 / 2 ** 20, 1e-14);
    expect(binomialLowerTail(20, 20, 0.5)).toBe(1);
  });
});
