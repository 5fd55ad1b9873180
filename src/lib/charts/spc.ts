/**
 * Statistical process control for improvement work: run charts with the Anhøj rules and Shewhart
 * control charts (I, MR, P, U, C), computed as the R package qicharts2 computes them (its `qic()`
 * with `method = 'anhoej'`, as attached by `library(qicharts2)`, so I-chart moving ranges are
 * screened). Pure: no I/O, never NaN in what it returns (null where a value cannot exist).
 *
 * The rules, from qicharts2's helper functions (reference/domain.md §11):
 * - Each part (split by `part`) is analysed on its own; `freeze` makes the first k points the
 *   baseline for the centre line and limits (qicharts2 ignores freeze when parts are given).
 * - Run chart centre: median of the baseline; I: mean; MR: mean moving range; C: mean count;
 *   P and U: Σ numerators / Σ denominators of the baseline.
 * - Runs analysis over every point of the part against its centre line, points on the line dropped:
 *   longest run > round(log2(n)) + 3, or crossings < qbinom(0.05, n − 1, 0.5), is a signal.
 *   Not done for MR charts.
 * - Sigma signals: a point above the upper or below the lower 3-sigma limit.
 */

import { runsAnalysis } from './anhoej.js';

export { qbinomHalf, runsAnalysis, type RunsAnalysis } from './anhoej.js';

export type SpcChartType = 'run' | 'i' | 'mr' | 'p' | 'u' | 'c';

export interface SpcInput {
  chart: SpcChartType;
  /** Values in time order, one per period; for P and U (and run/I charts of a ratio) the numerators. null = missing. */
  y: (number | null)[];
  /** Denominators, required for P and U; optional for run and I charts of a ratio. */
  n?: (number | null)[];
  /** Baseline: the centre line and limits come from the first `freeze` points. */
  freeze?: number;
  /** Split the chart after these 1-based point counts (each part gets its own centre and limits). */
  part?: number[];
  /** Screen I-chart moving ranges above 3.267 × their mean (qicharts2's default once attached). */
  screenMovingRanges?: boolean;
}

export interface SpcPoint {
  index: number;
  /** What is plotted: y, y/n for ratios, the moving range for MR. */
  y: number | null;
  cl: number | null;
  lcl: number | null;
  ucl: number | null;
  part: number;
  baseline: boolean;
  sigmaSignal: boolean;
  /** The point belongs to a part whose runs analysis signals. */
  runsSignal: boolean;
}

export interface SpcPart {
  part: number;
  /** 0-based indexes of the part's first and last points. */
  from: number;
  to: number;
  nObs: number;
  nUseful: number;
  longestRun: number | null;
  longestRunMax: number | null;
  crossings: number | null;
  crossingsMin: number | null;
  runsSignal: boolean;
  sigmaSignals: number;
  centre: number | null;
}

export interface SpcResult {
  chart: SpcChartType;
  points: SpcPoint[];
  parts: SpcPart[];
  /** Fewer than 10 useful points in some part: the runs rules are unreliable (the computation is unchanged). */
  fewPoints: boolean;
}

/** The few-points threshold of the issue and of Anhøj's tables. */
export const minUsefulPoints = 10;

const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function computeSpc(input: SpcInput): SpcResult {
  const { chart } = input;
  const count = input.y.length;
  const needsN = chart === 'p' || chart === 'u';
  if (needsN && (!input.n || input.n.length !== count)) throw new RangeError(`a ${chart} chart needs a denominator for every point`);
  if (input.n && input.n.length !== count) throw new RangeError('y and n must have the same length');
  const screen = input.screenMovingRanges ?? true;

  // As qic(): with a denominator, a point is missing unless both numerator and denominator are there.
  const num: (number | null)[] = input.y.map((v, i) => {
    if (!isNum(v)) return null;
    if (input.n) return isNum(input.n[i]) ? v : null;
    return v;
  });
  const den: (number | null)[] = input.n ? input.n.map((v, i) => (isNum(v) && num[i] !== null ? v : null)) : [];
  const value: (number | null)[] = num.map((v, i) => {
    if (v === null) return null;
    if (!input.n) return v;
    const d = den[i]!;
    return d === 0 ? null : v / d; // 0/0 is missing in R too (NaN, then dropped)
  });

  const partOf = makeParts(input.part ?? [], count);
  const freeze = input.part && input.part.length ? Infinity : (input.freeze ?? Infinity);
  const points: SpcPoint[] = [];
  const parts: SpcPart[] = [];
  for (const [partNo, idx] of groupByPart(partOf)) {
    const baseline = idx.map((i) => i < freeze);
    const ys = idx.map((i) => value[i]);
    const ns = idx.map((i) => (input.n ? den[i] : null));
    const sums = idx.map((i) => num[i]);
    const limits = chartLimits(chart, ys, ns, sums, baseline, screen);
    const runs = chart === 'mr' ? null : runsAnalysis(limits.y, limits.cl);
    let sigmaSignals = 0;
    idx.forEach((i, k) => {
      const y = limits.y[k];
      const lcl = finite(limits.lcl[k]);
      const ucl = finite(limits.ucl[k]);
      const sigmaSignal = y !== null && ((ucl !== null && y > ucl) || (lcl !== null && y < lcl));
      if (sigmaSignal) sigmaSignals++;
      points.push({ index: i, y, cl: finite(limits.cl[k]), lcl, ucl, part: partNo, baseline: baseline[k], sigmaSignal, runsSignal: runs?.signal ?? false });
    });
    parts.push({
      part: partNo,
      from: idx[0],
      to: idx[idx.length - 1],
      nObs: idx.length,
      nUseful: runs?.nUseful ?? 0,
      longestRun: runs?.longestRun ?? null,
      longestRunMax: runs?.longestRunMax ?? null,
      crossings: runs?.crossings ?? null,
      crossingsMin: runs?.crossingsMin ?? null,
      runsSignal: runs?.signal ?? false,
      sigmaSignals,
      centre: finite(limits.cl[0]),
    });
  }
  const fewPoints = chart !== 'mr' && parts.some((p) => p.nUseful < minUsefulPoints);
  return { chart, points, parts, fewPoints };
}

function finite(v: number | null): number | null {
  return isNum(v) ? v : null;
}

/** qicharts2's makeparts: part numbers 1.. for each point, splitting after the given counts. */
export function makeParts(splits: number[], count: number): number[] {
  const cuts = [...new Set([0, ...splits.map((s) => Math.trunc(s))])].filter((s) => s >= 0 && s < count).sort((a, b) => a - b);
  const out: number[] = [];
  cuts.forEach((cut, k) => {
    const end = k + 1 < cuts.length ? cuts[k + 1] : count;
    for (let i = cut; i < end; i++) out.push(k + 1);
  });
  return out;
}

function groupByPart(partOf: number[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  partOf.forEach((p, i) => groups.set(p, [...(groups.get(p) ?? []), i]));
  return groups;
}

/**
 * The mean as R computes it: an accurate sum (R accumulates in long double; compensated summation
 * comes closest in doubles), then one correcting pass. It matters: a point that lies exactly on the
 * mean does not count in the runs analysis, and a naive sum can put it a hair off the line.
 */
export function mean(xs: number[]): number {
  if (!xs.length) return NaN;
  const m = accurateSum(xs) / xs.length;
  return Number.isFinite(m) ? m + accurateSum(xs.map((x) => x - m)) / xs.length : m;
}

function accurateSum(xs: number[]): number {
  let sum = 0;
  let c = 0;
  for (const x of xs) {
    const t = sum + x;
    c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + c;
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface Limits {
  y: (number | null)[];
  cl: (number | null)[];
  lcl: (number | null)[];
  ucl: (number | null)[];
}

/** Centre line and 3-sigma limits for one part, as qic.run / qic.i / qic.mr / qic.p / qic.u / qic.c. */
function chartLimits(chart: SpcChartType, ys: (number | null)[], ns: (number | null)[], sums: (number | null)[], baseline: boolean[], screen: boolean): Limits {
  const len = ys.length;
  const base = (arr: (number | null)[]) => arr.filter((v, k): v is number => baseline[k] && isNum(v));
  const constant = (v: number) => Array<number | null>(len).fill(Number.isFinite(v) ? v : null);
  const none = () => Array<number | null>(len).fill(null);
  switch (chart) {
    case 'run':
      return { y: ys, cl: constant(median(base(ys))), lcl: none(), ucl: none() };
    case 'i': {
      const cl = mean(base(ys));
      // Moving ranges between consecutive baseline positions; a missing value breaks the pair (R's diff gives NA).
      const baseYs = ys.filter((_, k) => baseline[k]);
      let mr: number[] = [];
      for (let k = 1; k < baseYs.length; k++) if (isNum(baseYs[k]) && isNum(baseYs[k - 1])) mr.push(Math.abs(baseYs[k]! - baseYs[k - 1]!));
      let amr = mean(mr);
      if (screen) {
        const ulmr = 3.267 * amr;
        mr = mr.filter((r) => r < ulmr);
        amr = mean(mr);
      }
      const sd = amr / 1.128;
      return { y: ys, cl: constant(cl), lcl: constant(cl - 3 * sd), ucl: constant(cl + 3 * sd) };
    }
    case 'mr': {
      const mrY: (number | null)[] = ys.map((v, k) => (k > 0 && isNum(v) && isNum(ys[k - 1]) ? Math.abs(v - ys[k - 1]!) : null));
      const cl = mean(base(mrY));
      return { y: mrY, cl: constant(cl), lcl: constant(0), ucl: constant(3.267 * cl) };
    }
    case 'c': {
      const cl = mean(base(ys));
      const sd = Math.sqrt(cl);
      return { y: ys, cl: constant(cl), lcl: constant(Math.max(0, cl - 3 * sd)), ucl: constant(cl + 3 * sd) };
    }
    case 'p':
    case 'u': {
      let top = 0;
      let bottom = 0;
      sums.forEach((s, k) => {
        if (baseline[k] && isNum(s) && isNum(ns[k])) {
          top += s;
          bottom += ns[k]!;
        }
      });
      const cl = bottom > 0 ? top / bottom : NaN;
      const lcl: (number | null)[] = [];
      const ucl: (number | null)[] = [];
      ns.forEach((n) => {
        if (!isNum(n) || n <= 0 || !Number.isFinite(cl)) {
          lcl.push(null);
          ucl.push(null);
          return;
        }
        const sd = chart === 'p' ? Math.sqrt((cl * (1 - cl)) / n) : Math.sqrt(cl / n);
        lcl.push(Math.max(0, cl - 3 * sd));
        ucl.push(chart === 'p' ? Math.min(1, cl + 3 * sd) : cl + 3 * sd);
      });
      return { y: ys, cl: constant(cl), lcl, ucl };
    }
  }
}
