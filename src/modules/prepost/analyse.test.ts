import { describe, expect, it } from 'vitest';
import { analysePrePost } from './analyse.js';
import { handStudy } from './fixtures.js';
import { matchPrePostPairs } from './pairing.js';

// Course A, scale `total`: pre 2 3 3 4 5, post 3 4 3 5 6 → differences 1 1 0 1 1.
// Mean 0.8; SD = √((4·0.2² + 0.8²)/4) = √0.2; SE = √0.2/√5 = 0.2; t = 4 with df = 4.
// Two-sided p for t = 4, df = 4: 2·(1 − F(4)) = 0.016130 (t tables: F(4; 4) = 0.991935).
// CI: 0.8 ± t(0.975; 4)·0.2 = 0.8 ± 2.7764451·0.2 = [0.2447110, 1.3552890].
// Wilcoxon: the zero is dropped, four tied differences of 1 (ranks 2.5 each), W+ = 10, E = 5,
// Var = 4·5·9/24 − (4³ − 4)/48 = 7.5 − 1.25 = 6.25, z = (5 − 0.5)/2.5 = 1.8, p = 2·(1 − Φ(1.8)) = 0.071861.
describe('analysePrePost', () => {
  const input = handStudy();
  const full = analysePrePost(input, { smallCellThreshold: 5, mayShowSmall: true });
  const total = full.scales[0];
  const a = total.courses[0];

  it('pairs only complete pairs and counts every exclusion by cause', () => {
    expect(a.nPairs).toBe(5);
    expect(a.excluded).toEqual({ preWithoutPost: 1, postWithoutPre: 1, ambiguous: 3, noCode: 1, missingScore: 1 });
    expect(total.courses[1].nPairs).toBe(2);
    expect(total.pooled.nPairs).toBe(7);
    expect(total.pooled.excluded).toMatchObject({ preWithoutPost: 1, postWithoutPre: 1, ambiguous: 3, noCode: 1, missingScore: 1 });
  });

  it('matches the hand-computed paired t-test and Wilcoxon test', () => {
    if (!a.tests?.ok || !a.tests.pairedT.ok || !a.tests.wilcoxon.ok) throw new Error('expected both tests');
    const { pairedT: t, wilcoxon: w } = a.tests;
    expect(t.meanDifference).toBeCloseTo(0.8, 12);
    expect(t.t).toBeCloseTo(4, 10);
    expect(t.df).toBe(4);
    expect(t.p).toBeCloseTo(0.01613, 5);
    expect(t.ci.lower).toBeCloseTo(0.244711, 5);
    expect(t.ci.upper).toBeCloseTo(1.355289, 5);
    expect(w).toMatchObject({ n: 4, zeroDifferences: 1, wPlus: 10, ties: true, rankBiserial: 1, method: { pValue: 'normal_approximation', why: 'ties', tieCorrection: true } });
    expect(w.z).toBeCloseTo(1.8, 12);
    expect(w.p).toBeCloseTo(0.071861, 5);
    // Five pairs: too few to trust Shapiro–Wilk, so Wilcoxon is recommended, and both are there.
    expect(a.tests.recommended).toBe('wilcoxon_signed_rank');
    expect(a.tests.reason).toBe('too_few_pairs_to_check_normality');
  });

  it('describes pre and post with mean (SD) and median (IQR)', () => {
    expect(a.pre).toMatchObject({ ok: true, n: 5, mean: 3.4, median: 3, q1: 3, q3: 4 });
    expect(a.post).toMatchObject({ ok: true, n: 5, mean: 4.2, median: 4, q1: 3, q3: 5 });
  });

  it('a two-pair course gets its statistics or a clear reason, never NaN', () => {
    const b = total.courses[1];
    // Differences 1 and 0: mean 0.5, SD √0.5, t = 1 with df 1; Wilcoxon on one non-zero difference.
    if (!b.tests?.ok || !b.tests.pairedT.ok) throw new Error('expected t');
    expect(b.tests.pairedT.t).toBeCloseTo(1, 12);
    expect(b.tests.normality).toMatchObject({ ok: false, reason: 'too_few_values' });
    expect(JSON.stringify(full)).not.toMatch(/NaN|Infinity|null,"reason":undefined/);
  });

  it('the later courses are pooled beside the pilot, and the summary compares them', () => {
    expect(total.later).toMatchObject({ key: 'later', nPairs: 2 });
    expect(total.later!.tests).toMatchObject({ ok: true, pairedT: { meanDifference: expect.closeTo(0.5, 12) } });
    const noPilot = analysePrePost({ ...input, courses: input.courses.map((c) => ({ ...c, isPilot: false })) }, { smallCellThreshold: 5, mayShowSmall: true });
    expect(noPilot.scales[0].later).toBeNull();
  });

  it('subscales are analysed too', () => {
    expect(full.scales.map((s) => s.scale.name)).toEqual(['total', 'part']);
    expect(full.scales[1].courses[0].tests).toMatchObject({ ok: true, pairedT: { meanDifference: expect.closeTo(0.4, 12) } });
  });

  it('small cells: below the threshold a viewer who may not see them gets no figures, only the flag', () => {
    const limited = analysePrePost(input, { smallCellThreshold: 5, mayShowSmall: false });
    const [ca, cb] = limited.scales[0].courses;
    expect(ca.suppressed).toBe(false);
    expect(cb).toMatchObject({ suppressed: true, nPairs: 0, pre: null, post: null, tests: null, effectSizes: null });
    expect(limited.suppressing).toBe(true);
    expect(limited.scales[0].pooled.suppressed).toBe(false);
    const strict = analysePrePost(input, { smallCellThreshold: 10, mayShowSmall: false });
    expect(strict.scales[0].pooled.suppressed).toBe(true);
  });

  it('a course without any response is reported with zero pairs and reasons', () => {
    const empty = analysePrePost({ ...input, courses: [...input.courses, { waveGroupId: 'C', municipalityId: null, label: 'Tom', activityId: null, isPilot: false, mode: 'anonymous' }] }, { smallCellThreshold: 5, mayShowSmall: true });
    const c = empty.scales[0].courses[2];
    expect(c.nPairs).toBe(0);
    expect(c.pre).toMatchObject({ ok: false, reason: 'no_values' });
    expect(c.tests).toMatchObject({ ok: false, reason: 'too_few_pairs' });
  });

  it('pairs linked surveys by participant and anonymous ones by code', () => {
    const pairs = matchPrePostPairs(input.courses, input.responses);
    expect(pairs.get('A')!.pairs.map((p) => p.pre.total)).toEqual([2, 3, 3, 4, 5, 3]);
    expect(pairs.get('B')!.pairs).toHaveLength(2);
    expect(pairs.has('Z')).toBe(false);
  });
});
