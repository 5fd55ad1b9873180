import { describe, expect, it } from 'vitest';
import { computeSpc, makeParts, qbinomHalf, runsAnalysis } from './spc.js';
import { explainSpc, spcChart } from './spc-svg.js';

/** P(X ≤ x) for X ~ Bin(size, ½), exactly, with big integers: an independent check of qbinomHalf. */
function exactQbinom(p: number, size: number): number {
  const total = 2n ** BigInt(size);
  let c = 1n;
  let acc = 0n;
  for (let x = 0; x <= size; x++) {
    acc += c;
    // acc / total >= p  ⇔  acc * 10^6 >= p * 10^6 * total (p given with ≤ 6 decimals)
    if (acc * 1_000_000n >= BigInt(Math.round(p * 1_000_000)) * total) return x;
    c = (c * BigInt(size - x)) / BigInt(x + 1);
  }
  return size;
}

describe('Anhøj rules', () => {
  it('minimum crossings are R’s qbinom(0.05, n − 1, 0.5) for every n up to 400', () => {
    for (let n = 1; n <= 400; n++) expect(qbinomHalf(0.05, n - 1), `n = ${n}`).toBe(exactQbinom(0.05, n - 1));
  });

  it('matches Anhøj’s published limits at a few sizes', () => {
    // n useful → [longest run max, crossings min] (Anhøj & Olesen 2014, table 1)
    const table: Record<number, [number, number]> = { 10: [6, 2], 12: [7, 3], 20: [7, 6], 24: [8, 8], 30: [8, 10], 50: [9, 19] };
    for (const [n, [runMax, crossMin]] of Object.entries(table)) {
      const ys = Array.from({ length: Number(n) }, (_, i) => (i % 2 ? 1 : -1));
      const r = runsAnalysis(ys, ys.map(() => 0));
      expect([r.longestRunMax, r.crossingsMin], `n = ${n}`).toEqual([runMax, crossMin]);
    }
  });

  it('drops points on the centre line before counting runs and crossings', () => {
    const r = runsAnalysis([1, 2, 3, 4, 5], [3, 3, 3, 3, 3]);
    expect(r).toMatchObject({ nUseful: 4, longestRun: 2, crossings: 1, signal: false });
  });

  it('finds a shift in a run chart of 24 months', () => {
    const y = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 9, 10, 9, 10, 9, 10, 9, 10, 9, 10, 9, 10];
    const r = computeSpc({ chart: 'run', y });
    expect(r.parts[0]).toMatchObject({ centre: 7.5, nUseful: 24, longestRun: 12, longestRunMax: 8, crossings: 1, crossingsMin: 8, runsSignal: true });
    expect(r.points.every((p) => p.runsSignal && !p.sigmaSignal && p.ucl === null)).toBe(true);
    expect(r.fewPoints).toBe(false);
    expect(explainSpc(r, 'en')[0]).toContain('12 points in a row');
  });

  it('random-looking data give no signal', () => {
    const y = [3, 5, 4, 6, 3, 5, 4, 6, 5, 3, 6, 4, 5, 3, 4, 6];
    const r = computeSpc({ chart: 'run', y });
    expect(r.parts[0].runsSignal).toBe(false);
    expect(explainSpc(r, 'nb')).toEqual(['Ingen signal om ikke-tilfeldig variasjon.']);
  });
});

describe('baseline and parts', () => {
  it('freezes the centre line on the first k points and tests every point against it', () => {
    const y = [4, 5, 6, 5, 4, 6, 8, 9, 8, 9, 8, 9];
    const r = computeSpc({ chart: 'run', y, freeze: 6 });
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0].centre).toBe(5); // median of 4 5 6 5 4 6
    expect(r.points.slice(0, 6).every((p) => p.baseline)).toBe(true);
    expect(r.points.slice(6).some((p) => p.baseline)).toBe(false);
    // 4 and 6 and 4 and 6 around 5; two points on the line are dropped; the last six are above.
    expect(r.parts[0].nUseful).toBe(10);
  });

  it('splits into parts with their own centre lines, ignoring freeze as qicharts2 does', () => {
    expect(makeParts([6], 12)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(makeParts([0, 20, 3], 5)).toEqual([1, 1, 1, 2, 2]);
    const r = computeSpc({ chart: 'run', y: [4, 5, 6, 5, 4, 6, 8, 9, 8, 9, 8, 10], part: [6], freeze: 2 });
    expect(r.parts.map((p) => p.centre)).toEqual([5, 8.5]);
    expect(r.points.every((p) => p.baseline)).toBe(true);
    expect(r.fewPoints).toBe(true);
  });
});

describe('control charts', () => {
  it('I chart: mean, moving ranges screened as Nelson (3.267 × mean MR), sigma signals', () => {
    const y = [10, 11, 10, 11, 10, 60, 10, 11];
    const r = computeSpc({ chart: 'i', y });
    const cl = 133 / 8;
    // MRs 1 1 1 1 50 50 1: mean 15, limit 49.005, so the two 50s are left out and the mean MR is 1.
    expect(r.points[0].cl).toBeCloseTo(cl, 12);
    expect(r.points[0].ucl).toBeCloseTo(cl + 3 / 1.128, 12);
    expect(r.points[0].lcl).toBeCloseTo(cl - 3 / 1.128, 12);
    // With so tight limits the big value is above and every ordinary one below the lower limit.
    expect(r.points.filter((p) => p.sigmaSignal).map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const unscreened = computeSpc({ chart: 'i', y, screenMovingRanges: false });
    expect(unscreened.points[0].ucl).toBeCloseTo(cl + (3 * 15) / 1.128, 12);
  });

  it('I chart: a missing value breaks the moving range on both sides', () => {
    const r = computeSpc({ chart: 'i', y: [10, 12, null, 11, 13] });
    // MRs: |12−10| = 2 and |13−11| = 2 → mean 2; mean of values 46/4.
    expect(r.points[0].cl).toBeCloseTo(11.5, 12);
    expect(r.points[0].ucl).toBeCloseTo(11.5 + (3 * 2) / 1.128, 12);
    expect(r.points[2]).toMatchObject({ y: null, sigmaSignal: false });
  });

  it('MR chart: moving ranges, centre their mean, UCL 3.267 × mean, no runs analysis', () => {
    const r = computeSpc({ chart: 'mr', y: [1, 3, 2, 6] });
    expect(r.points.map((p) => p.y)).toEqual([null, 2, 1, 4]);
    expect(r.points[1].cl).toBeCloseTo(7 / 3, 12);
    expect(r.points[1].ucl).toBeCloseTo(3.267 * (7 / 3), 12);
    expect(r.points[1].lcl).toBe(0);
    expect(r.parts[0].runsSignal).toBe(false);
    expect(r.fewPoints).toBe(false);
  });

  it('P chart: pooled proportion, limits per denominator, clamped to [0, 1]', () => {
    const r = computeSpc({ chart: 'p', y: [5, 10, 2], n: [50, 100, 40] });
    const cl = 17 / 190;
    expect(r.points.map((p) => p.y)).toEqual([0.1, 0.1, 0.05]);
    expect(r.points[0].ucl).toBeCloseTo(cl + 3 * Math.sqrt((cl * (1 - cl)) / 50), 12);
    expect(r.points[1].ucl).toBeCloseTo(cl + 3 * Math.sqrt((cl * (1 - cl)) / 100), 12);
    expect(r.points[0].lcl).toBe(0);
    const tiny = computeSpc({ chart: 'p', y: [1, 1], n: [2, 2] });
    expect(tiny.points[0].ucl).toBe(1);
  });

  it('U chart and C chart', () => {
    const u = computeSpc({ chart: 'u', y: [3, 6], n: [10, 20] });
    expect(u.points[0].cl).toBeCloseTo(0.3, 12);
    expect(u.points[0].ucl).toBeCloseTo(0.3 + 3 * Math.sqrt(0.3 / 10), 12);
    expect(u.points[0].lcl).toBe(0);
    const c = computeSpc({ chart: 'c', y: [2, 4, 3, 0, 1] });
    expect(c.points[0].cl).toBe(2);
    expect(c.points[0].ucl).toBeCloseTo(2 + 3 * Math.SQRT2, 12);
    expect(c.points[0].lcl).toBe(0);
  });

  it('a point missing its denominator is missing; P without denominators is refused', () => {
    const r = computeSpc({ chart: 'p', y: [5, 4, 3], n: [50, null, 30] });
    expect(r.points[1].y).toBeNull();
    expect(r.points[0].cl).toBeCloseTo(8 / 80, 12);
    expect(() => computeSpc({ chart: 'p', y: [1, 2] })).toThrow(RangeError);
  });

  it('a point exactly on the mean is on the line, as in R (a naive sum puts 44.6 a hair off)', () => {
    const r = computeSpc({ chart: 'i', y: [39.8, 49.4, 44.6] });
    expect(r.points[0].cl).toBe(44.6);
    expect(r.parts[0]).toMatchObject({ nUseful: 2, longestRun: 1 });
  });

  it('never returns NaN, even with no data', () => {
    const r = computeSpc({ chart: 'i', y: [null, null] });
    expect(JSON.stringify(r)).not.toContain('NaN');
    expect(r.points[0]).toMatchObject({ cl: null, ucl: null, lcl: null });
  });
});

describe('the chart', () => {
  it('is accessible SVG with its table, annotations and the signal explained', () => {
    const y = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 9, 10, 9, 10, 9, 10, 9, 10, 9, 10, 9, 10];
    const chart = spcChart(computeSpc({ chart: 'run', y }), {
      key: 'm1',
      title: 'Andel med plan',
      xLabels: y.map((_, i) => `2017-${String((i % 12) + 1).padStart(2, '0')}`),
      annotations: [{ index: 12, text: 'PDSA 1: <ny rutine>' }],
      goal: 11,
      lang: 'nn',
    });
    expect(chart.svg).toMatch(/^<svg [^>]*role="img"/);
    expect(chart.svg).not.toContain('NaN');
    expect(chart.table.rows).toHaveLength(24);
    expect(chart.table.rows[12][6]).toBe('1. PDSA 1: <ny rutine>');
    expect(chart.signals[0]).toContain('12 punkt på rad');
    expect(chart.description).toContain('Seriediagram med 24 punkt');
  });

  it('warns when there are fewer than ten useful points', () => {
    const chart = spcChart(computeSpc({ chart: 'run', y: [1, 2, 3] }), { key: 'x', title: 'T', xLabels: ['a', 'b', 'c'], lang: 'en' });
    expect(chart.signals.at(-1)).toMatch(/fewer than 10 useful points/);
  });
});
