import { describe, expect, it } from 'vitest';
import { agreementTable, cohensKappa, krippendorffAlpha } from './agreement.js';
import { nominalAgreement } from './agreement-nominal.js';

/** Codings of one character each, from a string of values per unit ('-' = not coded). */
const perCharacter = (values: string[]) =>
  values.flatMap((code, i) => (code === '-' ? [] : [{ code, start: i, end: i + 1 }]));

describe('agreement on a nominal variable with several values', () => {
  it("reproduces Krippendorff's (2011) two-observer nominal example and NLTK's kappa", () => {
    // Krippendorff, "Computing Krippendorff's Alpha-Reliability", section C: α = 0.692.
    // References from NLTK 3.8 (Debian python3-nltk) AnnotationTask: kappa 0.6842105263157895, alpha 0.6919642857142858.
    const a = 'a a b b d c c c e d d a'.split(' ');
    const b = 'b a b b b c c c e d d d'.split(' ');
    const r = nominalAgreement(12, perCharacter(a), perCharacter(b), ['a', 'b', 'c', 'd', 'e']);
    expect(r.units).toBe(12);
    expect(r.values).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(r.percentAgreement).toEqual({ ok: true, value: 9 / 12 });
    expect(r.cohensKappa.ok && r.cohensKappa.value).toBeCloseTo(0.6842105263157895, 14);
    expect(r.krippendorffAlpha.ok && r.krippendorffAlpha.value).toBeCloseTo(0.6919642857142858, 14);
  });

  it('counts characters, treats a passage only one coder chose as none for the other, and skips what nobody chose', () => {
    // 60 characters; 50–60 coded by nobody. NLTK on the 50 decided units: kappa 0.4468085106382978, alpha 0.4521072796934865.
    const a = [{ code: 'x', start: 0, end: 30 }, { code: 'y', start: 30, end: 40 }, { code: 'x', start: 45, end: 50 }];
    const b = [{ code: 'x', start: 0, end: 28 }, { code: 'y', start: 28, end: 39 }, { code: 'x', start: 39, end: 45 }];
    const r = nominalAgreement(60, a, b, ['x', 'y']);
    expect(r.units).toBe(50);
    expect(r.values).toEqual(['x', 'y', 'none']);
    expect(r.cohensKappa.ok && r.cohensKappa.value).toBeCloseTo(0.4468085106382978, 14);
    expect(r.krippendorffAlpha.ok && r.krippendorffAlpha.value).toBeCloseTo(0.4521072796934865, 14);
  });

  it('two alternatives on one character by one coder is the value "several", shown rather than hidden', () => {
    const r = nominalAgreement(10, [{ code: 'x', start: 0, end: 10 }, { code: 'y', start: 5, end: 10 }], [{ code: 'x', start: 0, end: 10 }], ['x', 'y']);
    expect(r.values).toContain('several');
    expect(r.confusion[r.values.indexOf('several')][r.values.indexOf('x')]).toBe(5);
  });

  it('with two values it is the binary formula of the per-code agreement', () => {
    const a = [{ code: 'x', start: 0, end: 12 }, { code: 'y', start: 12, end: 20 }];
    const b = [{ code: 'x', start: 0, end: 9 }, { code: 'y', start: 9, end: 20 }];
    const r = nominalAgreement(20, a, b, ['x', 'y']);
    const table = agreementTable(20, [{ start: 0, end: 12 }], [{ start: 0, end: 9 }]);
    const k = cohensKappa(table);
    const al = krippendorffAlpha(table);
    expect(r.cohensKappa.ok && k.ok && Math.abs(r.cohensKappa.value - k.value)).toBeLessThan(1e-15);
    expect(r.krippendorffAlpha.ok && al.ok && Math.abs(r.krippendorffAlpha.value - al.value)).toBeLessThan(1e-15);
  });

  it('says why when there is nothing to compute, never NaN', () => {
    expect(nominalAgreement(10, [], [], ['x', 'y']).cohensKappa).toMatchObject({ ok: false, reason: 'no_units' });
    const same = nominalAgreement(10, [{ code: 'x', start: 0, end: 10 }], [{ code: 'x', start: 0, end: 10 }], ['x', 'y']);
    expect(same.krippendorffAlpha).toMatchObject({ ok: false, reason: 'no_variation' });
  });
});
