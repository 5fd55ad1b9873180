import { computeSpc, type SpcInput, type SpcResult } from '../../lib/charts/spc.js';
import { spcChart, type SpcChart } from '../../lib/charts/spc-svg.js';
import type { Language } from '../../i18n/index.js';
import type { Indicator } from './indicators.js';
import type { Frequency } from './vocabulary.js';

/** The few fields of a measurement a chart needs (the bench and the overview read no more). */
export interface SeriesPoint {
  period: string;
  value: number;
  denominator: number | null;
  note?: string;
}

type ChartSpec = Pick<Indicator, 'chart' | 'valueType' | 'baselinePoints' | 'parts'>;

/**
 * The chart computation's input: numerators and denominators for ratios, the baseline only when it leaves
 * points after it. `hidden` points (the small-cell rule, small-cells.ts) are missing values.
 */
export function spcInputOf(indicator: ChartSpec, points: SeriesPoint[], hidden?: boolean[]): SpcInput {
  const ratio = indicator.valueType === 'proportion';
  const freeze = indicator.baselinePoints && indicator.baselinePoints >= 2 && indicator.baselinePoints < points.length ? indicator.baselinePoints : undefined;
  const part = indicator.parts.filter((p) => p > 0 && p < points.length);
  return {
    chart: indicator.chart,
    y: points.map((p, i) => (hidden?.[i] ? null : p.value)),
    ...(ratio ? { n: points.map((p, i) => (hidden?.[i] ? null : p.denominator)) } : {}),
    ...(freeze ? { freeze } : {}),
    ...(part.length ? { part } : {}),
    ...(indicator.chart === 'i' ? { screenMovingRanges: true } : {}),
  };
}

export function periodLabel(period: string, frequency: Frequency): string {
  if (frequency === 'month') return period.slice(0, 7);
  if (frequency === 'quarter') return `${period.slice(0, 4)} K${Math.floor((Number(period.slice(5, 7)) - 1) / 3) + 1}`;
  return period;
}

/** Index of the period holding the date (the last one starting on or before it): where a PDSA cycle is marked. */
export function pointIndexFor(points: SeriesPoint[], date: string): number | null {
  let found: number | null = null;
  for (let i = 0; i < points.length; i++) if (points[i].period <= date) found = i;
  // A date after the last period lies outside the chart.
  if (found === points.length - 1 && points.length > 1 && date > nextPeriodStart(points)) return null;
  return found;
}

/** The start of the period after the last, estimated from the spacing of the last two. */
function nextPeriodStart(points: SeriesPoint[]): string {
  const [a, b] = points.slice(-2).map((p) => Date.parse(p.period));
  return new Date(b + (b - a)).toISOString().slice(0, 10);
}

export interface ChartAnnotation { date: string; text: string }

export function buildIndicatorChart(
  indicator: Pick<Indicator, 'id' | 'name' | 'chart' | 'valueType' | 'baselinePoints' | 'parts' | 'frequency' | 'goal'>,
  points: SeriesPoint[], annotations: ChartAnnotation[], lang: Language, opts: { title?: string; compact?: boolean; hidden?: boolean[] } = {},
): { result: SpcResult; chart: SpcChart } {
  const result = computeSpc(spcInputOf(indicator, points, opts.hidden));
  const marks: { index: number; text: string }[] = [];
  for (const a of annotations) {
    const index = pointIndexFor(points, a.date);
    if (index !== null) marks.push({ index, text: a.text });
  }
  points.forEach((p, index) => { if (p.note) marks.push({ index, text: p.note }); });
  marks.sort((a, b) => a.index - b.index);
  const goal = indicator.goal === null ? null : indicator.valueType === 'proportion' && indicator.chart === 'p' && indicator.goal > 1 ? indicator.goal / 100 : indicator.goal;
  const chart = spcChart(result, {
    key: indicator.id, title: opts.title ?? indicator.name, xLabels: points.map((p) => periodLabel(p.period, indicator.frequency)),
    goal, annotations: marks, lang, ...(opts.compact ? { compact: true } : {}),
  });
  return { result, chart };
}

/** Whether anything fired, in one word per signal kind — what the network overview lists per chart. */
export function signalSummary(result: SpcResult): { runs: boolean; sigma: number; fewPoints: boolean } {
  return { runs: result.parts.some((p) => p.runsSignal), sigma: result.parts.reduce((n, p) => n + p.sigmaSignals, 0), fewPoints: result.fewPoints };
}
