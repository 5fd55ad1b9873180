import { describe, expect, it } from 'vitest';
import { agreementByCode, agreementTable, codeAgreement, concatenateDocuments, mergeRanges, type AgreementResult } from './agreement.js';
import type { TextRange } from './text-positions.js';

function figures(result: AgreementResult) {
  if (!result.ok) throw new Error(`expected figures, got ${result.reason}`);
  return {
    percent: result.percentAgreement,
    kappa: result.cohensKappa.ok ? result.cohensKappa.value : result.cohensKappa.reason,
    alpha: result.krippendorffAlpha.ok ? result.krippendorffAlpha.value : result.krippendorffAlpha.reason,
  };
}

/** Ranges from a 0/1 string, one character per unit ("0110" → [1, 3)). */
function rangesOf(bits: string): TextRange[] {
  return [...bits.matchAll(/1+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Independent check: Krippendorff's alpha (nominal) from the per-unit values with the general
 * coincidence-matrix definition, Do = Σ_{c≠k} o_ck / n and De = Σ_{c≠k} n_c·n_k / (n(n − 1)).
 */
function alphaByDefinition(a: number[], b: number[]): number {
  const o = [
    [0, 0],
    [0, 0],
  ];
  for (let u = 0; u < a.length; u++) {
    // 2 values per unit, each ordered pair weighted 1/(m_u − 1) = 1.
    o[a[u]][b[u]] += 1;
    o[b[u]][a[u]] += 1;
  }
  const n = 2 * a.length;
  const nc = [o[0][0] + o[0][1], o[1][0] + o[1][1]];
  const Do = (o[0][1] + o[1][0]) / n;
  const De = (nc[0] * nc[1] + nc[1] * nc[0]) / (n * (n - 1));
  return 1 - Do / De;
}

describe('codeAgreement — the reference of issue 7', () => {
  // 1,000 characters; coder A codes [0, 200), coder B codes [100, 300).
  // Table: both 100, only A 100, only B 100, neither 700.
  // Percent agreement: (100 + 700) / 1000 = 0.8.
  // Cohen's kappa: pA = pB = 0.2, pe = 0.2·0.2 + 0.8·0.8 = 0.68, kappa = (0.8 − 0.68)/(1 − 0.68) = 0.12/0.32 = 0.375.
  // Krippendorff's alpha: n = 2 · 1000 = 2000 pairable values; o01 = o10 = 100 + 100 = 200;
  //   n1 = 2·100 + 200 = 400, n0 = 2·700 + 200 = 1600;
  //   Do = (o01 + o10)/n = 400/2000 = 0.2; De = 2·n0·n1/(n(n − 1)) = 1,280,000/3,998,000 = 0.320160…;
  //   alpha = 1 − Do/De = 1 − (n − 1)·o01/(n0·n1) = 1 − 1999·200/640,000 = 1 − 0.6246875 = 0.3753125.
  //   (Slightly above kappa and Scott's pi, 0.375: alpha's small-sample correction n/(n − 1).)
  it('gives 80 % agreement, kappa 0.375 and alpha 0.3753125', () => {
    const result = codeAgreement(1000, [{ start: 0, end: 200 }], [{ start: 100, end: 300 }]);
    expect(result).toMatchObject({ ok: true, unit: 'character', units: 1000, both: 100, onlyA: 100, onlyB: 100, neither: 700 });
    const f = figures(result);
    expect(f.percent).toBeCloseTo(0.8, 12);
    expect(f.kappa).toBeCloseTo(0.375, 12);
    expect(f.alpha).toBeCloseTo(0.3753125, 12);
  });
});

describe('codeAgreement — other hand-computed cases', () => {
  it("reproduces Krippendorff's (2011) binary two-observer example: alpha = 1 − 19·4/(14·6) ≈ 0.095", () => {
    // Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section A:
    // A = 0100000010, B = 1110010000 → o01 = 4, n0 = 14, n1 = 6, n = 20.
    // Kappa by hand: po = 0.6, pA = 0.2, pB = 0.4, pe = 0.08 + 0.48 = 0.56, kappa = 0.04/0.44 = 1/11.
    const f = figures(codeAgreement(10, rangesOf('0100000010'), rangesOf('1110010000')));
    expect(f.alpha).toBeCloseTo(1 - 76 / 84, 12);
    expect(f.alpha).toBeCloseTo(0.095, 3);
    expect(f.kappa).toBeCloseTo(1 / 11, 12);
    expect(f.percent).toBeCloseTo(0.6, 12);
  });

  it('gives 1 for identical codings', () => {
    expect(figures(codeAgreement(50, [{ start: 5, end: 20 }], [{ start: 5, end: 20 }]))).toEqual({ percent: 1, kappa: 1, alpha: 1 });
  });

  it('gives what the formulas give for disjoint codings', () => {
    // 100 chars, A [0,50), B [50,100): po = 0, pe = 0.5 → kappa = −1; o01 = 100, n0 = n1 = 100 → alpha = 1 − 199·100/10000 = −0.99.
    expect(figures(codeAgreement(100, [{ start: 0, end: 50 }], [{ start: 50, end: 100 }]))).toEqual({ percent: 0, kappa: -1, alpha: expect.closeTo(-0.99, 12) });
    // 100 chars, A [0,10), B [90,100): po = 0.8, pe = 0.1·0.1 + 0.9·0.9 = 0.82 → kappa = −0.02/0.18 = −1/9;
    // o01 = 20, n1 = 20, n0 = 180 → alpha = 1 − 199·20/3600 = −0.10555…
    const f = figures(codeAgreement(100, [{ start: 0, end: 10 }], [{ start: 90, end: 100 }]));
    expect(f.kappa).toBeCloseTo(-1 / 9, 12);
    expect(f.alpha).toBeCloseTo(1 - (199 * 20) / 3600, 12);
  });

  it('says "cannot be computed" for a code nobody used, and for no variation — never NaN', () => {
    expect(codeAgreement(100, [], [])).toEqual({ ok: false, reason: 'code_not_used', messageKey: 'analysis.agreement.unavailable.code_not_used' });
    expect(codeAgreement(0, [], [])).toMatchObject({ ok: false, reason: 'empty_document' });
    // Both coders coded everything: 100 % agreement, but kappa and alpha are 0/0.
    const all = codeAgreement(10, [{ start: 0, end: 10 }], [{ start: 0, end: 10 }]);
    expect(all).toMatchObject({ ok: true, percentAgreement: 1, cohensKappa: { ok: false, reason: 'no_variation' }, krippendorffAlpha: { ok: false, reason: 'no_variation' } });
    expect(JSON.stringify(all)).not.toMatch(/NaN|null/);
  });

  it("merges one coder's overlapping ranges before counting", () => {
    expect(mergeRanges([{ start: 50, end: 120 }, { start: 0, end: 100 }, { start: 120, end: 130 }, { start: 200, end: 210 }])).toEqual([
      { start: 0, end: 130 },
      { start: 200, end: 210 },
    ]);
    const overlapping = codeAgreement(1000, [{ start: 0, end: 150 }, { start: 50, end: 200 }], [{ start: 100, end: 300 }]);
    expect(figures(overlapping)).toEqual(figures(codeAgreement(1000, [{ start: 0, end: 200 }], [{ start: 100, end: 300 }])));
  });

  it('refuses ranges outside the document', () => {
    expect(() => agreementTable(100, [{ start: 90, end: 101 }], [])).toThrow(/errors.rangeOutOfBounds/);
  });

  it('agrees with the coincidence-matrix definition on pseudo-random codings', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let trial = 0; trial < 20; trial++) {
      const length = 50 + Math.floor(random() * 200);
      const a = Array.from({ length }, () => (random() < 0.3 ? 1 : 0));
      const b = a.map((v) => (random() < 0.2 ? 1 - v : v));
      const f = figures(codeAgreement(length, rangesOf(a.join('')), rangesOf(b.join(''))));
      expect(f.alpha).toBeCloseTo(alphaByDefinition(a, b), 12);
    }
  });
});

describe('agreementByCode', () => {
  const codingsA = [
    { code: 'hope', start: 0, end: 200 },
    { code: 'identity', start: 500, end: 600 },
  ];
  const codingsB = [
    { code: 'hope', start: 100, end: 300 },
    { code: 'identity', start: 500, end: 600 },
  ];

  it('reports per code, unused codes as unavailable, and the pooled overall figure', () => {
    const report = agreementByCode(1000, codingsA, codingsB, ['hope', 'identity', 'meaning']);
    expect(report.perCode.map((p) => [p.code, p.result.ok])).toEqual([
      ['hope', true],
      ['identity', true],
      ['meaning', false],
    ]);
    // Pooled over the two used codes: both 100 + 100, only A 100, only B 100, neither 700 + 900; N = 2000.
    // po = 1800/2000 = 0.9; pA = pB = 300/2000 = 0.15; pe = 0.0225 + 0.7225 = 0.745; kappa = 0.155/0.255.
    // alpha: n = 4000, o01 = 200, n1 = 400 + 200 = 600, n0 = 3200 + 200 = 3400 → 1 − 3999·200/(3400·600).
    expect(report.overall).toMatchObject({ ok: true, units: 2000, both: 200, onlyA: 100, onlyB: 100, neither: 1600 });
    const f = figures(report.overall);
    expect(f.percent).toBeCloseTo(0.9, 12);
    expect(f.kappa).toBeCloseTo(0.155 / 0.255, 12);
    expect(f.alpha).toBeCloseTo(1 - (3999 * 200) / (3400 * 600), 12);
  });

  it('says so when no code was used at all', () => {
    expect(agreementByCode(100, [], [], ['hope']).overall).toMatchObject({ ok: false, reason: 'no_codings' });
  });

  it('computes over several documents by concatenating them', () => {
    const joined = concatenateDocuments([
      { length: 1000, codingsA: [{ code: 'hope', start: 0, end: 200 }], codingsB: [{ code: 'hope', start: 100, end: 300 }] },
      { length: 500, codingsA: [], codingsB: [{ code: 'hope', start: 0, end: 500 }] },
    ]);
    expect(joined.length).toBe(1500);
    expect(joined.codingsB[1]).toEqual({ code: 'hope', start: 1000, end: 1500 });
    const result = agreementByCode(joined.length, joined.codingsA, joined.codingsB).perCode[0].result;
    expect(result).toMatchObject({ both: 100, onlyA: 100, onlyB: 600, neither: 700 });
    expect(() => concatenateDocuments([{ length: 10, codingsA: [{ code: 'x', start: 5, end: 11 }], codingsB: [] }])).toThrow(/rangeOutOfBounds/);
  });
});
