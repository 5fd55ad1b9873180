/**
 * Run and control charts as SVG with the table behind them and the signals in plain words (nb, nn,
 * en). Signals never rely on colour alone: a point outside the limits is a larger diamond, a part
 * with a runs signal has a dashed centre line, and both are in the table and the explanation.
 */
import { translate, type Language } from '../../i18n/index.js';
import { chartId, closeChart, escapeXml, formatNumber, linear, openSvg, text, ticks, type Chart } from './svg.js';
import type { SpcResult } from './spc.js';

export interface SpcChartOptions {
  key: string;
  title: string;
  /** One label per point (e.g. "2017-03"). */
  xLabels: string[];
  yLabel?: string;
  goal?: number | null;
  /** PDSA cycles and notes, shown as numbered marks at their point. */
  annotations?: { index: number; text: string }[];
  lang: Language;
  /** Smaller chart for small multiples. */
  compact?: boolean;
}

export type SpcChart = Chart & { signals: string[] };

const ink = { line: '#0b5fa5', centre: '#1e2b3c', limit: '#5a6b7d', signal: '#a34700', goal: '#1d6b3a', grid: '#d5dbe1', note: '#5b2a86' };

export function spcChart(result: SpcResult, opts: SpcChartOptions): SpcChart {
  const t = (key: string, vars?: Record<string, string | number>) => translate(opts.lang, `spc.${key}`, vars);
  const percent = result.chart === 'p';
  const digits = percent ? 1 : 2;
  const fmt = (v: number | null) => (v === null ? '–' : percent ? `${formatNumber(opts.lang, v * 100, digits)} %` : formatNumber(opts.lang, v, digits));
  const signals = explainSpc(result, opts.lang);
  const width = opts.compact ? 340 : 720;
  const height = opts.compact ? 190 : 320;
  const pad = { left: opts.compact ? 44 : 60, right: opts.compact ? 12 : 118, top: 24, bottom: opts.compact ? 34 : 58 };
  const title = opts.title;
  const description = t('description', { chart: t(`chartNames.${result.chart}`), points: result.points.filter((p) => p.y !== null).length, signals: signals.join(' ') });
  const id = chartId(`spc${result.chart}`, opts.key);
  const parts = [openSvg(id, width, height, title, description)];
  const values = result.points.flatMap((p) => [p.y, p.cl, p.lcl, p.ucl]).filter((v): v is number => v !== null);
  if (opts.goal != null) values.push(opts.goal);
  if (!values.length) {
    parts.push(text(width / 2, height / 2, t('noData'), 'text-anchor="middle"'));
    return { ...closeChart(result.chart, parts, { width, height, title, description }, tableOf(result, opts, fmt, t)), signals };
  }
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const margin = (hi - lo) * 0.06;
  const count = result.points.length;
  const x = linear([0, Math.max(1, count - 1)], [pad.left + 8, width - pad.right - 8]);
  const y = linear([lo - margin, hi + margin], [height - pad.bottom, pad.top]);
  const px = (i: number) => x(i).toFixed(1);
  const py = (v: number) => y(v).toFixed(1);

  for (const v of ticks(lo - margin, hi + margin, opts.compact ? 4 : 6)) {
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${py(v)}" y2="${py(v)}" stroke="${ink.grid}"/>`);
    parts.push(text(pad.left - 6, y(v) + 4, percent ? `${formatNumber(opts.lang, v * 100, 0)} %` : formatNumber(opts.lang, v, Math.abs(hi - lo) < 5 ? 1 : 0), 'text-anchor="end"'));
  }
  parts.push(`<line x1="${pad.left}" x2="${pad.left}" y1="${pad.top}" y2="${height - pad.bottom}" stroke="${ink.centre}"/>`);
  parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${height - pad.bottom}" y2="${height - pad.bottom}" stroke="${ink.centre}"/>`);
  const every = Math.max(1, Math.ceil(count / (opts.compact ? 4 : 12)));
  opts.xLabels.forEach((label, i) => {
    if (i % every !== 0 && i !== count - 1) return;
    parts.push(text(x(i), height - pad.bottom + 14, label, `text-anchor="end" transform="rotate(-35 ${px(i)} ${(height - pad.bottom + 14).toFixed(1)})" font-size="${opts.compact ? 9 : 10}"`));
  });
  if (opts.yLabel && !opts.compact) parts.push(text(12, pad.top - 8, opts.yLabel, 'font-weight="bold"'));

  // Baseline (frozen) span, shaded lightly so the reader sees what the centre line comes from.
  const baselineEnd = result.points.findIndex((p) => !p.baseline);
  if (baselineEnd > 0) {
    parts.push(`<rect x="${pad.left}" y="${pad.top}" width="${(x(baselineEnd - 0.5) - pad.left).toFixed(1)}" height="${height - pad.top - pad.bottom}" fill="#eef3f8"/>`);
    parts.push(text(pad.left + 4, pad.top + 12, t('baseline'), 'font-size="10"'));
  }

  for (const part of result.parts) {
    const pts = result.points.filter((p) => p.part === part.part);
    const x0 = x(part.from);
    if (part.from > 0) parts.push(`<line x1="${(x(part.from) - (x(1) - x(0)) / 2).toFixed(1)}" x2="${(x(part.from) - (x(1) - x(0)) / 2).toFixed(1)}" y1="${pad.top}" y2="${height - pad.bottom}" stroke="${ink.limit}" stroke-dasharray="2 3"/>`);
    for (const key of ['lcl', 'ucl'] as const) parts.push(stepLine(pts.map((p) => [x(p.index), p[key] === null ? null : y(p[key]!)]), `stroke="${ink.limit}" stroke-width="1.2" stroke-dasharray="6 3"`));
    if (part.centre !== null) {
      const dash = part.runsSignal ? ` stroke-dasharray="8 4"` : '';
      const colour = part.runsSignal ? ink.signal : ink.centre;
      parts.push(`<line x1="${x0.toFixed(1)}" x2="${x(part.to).toFixed(1)}" y1="${py(part.centre)}" y2="${py(part.centre)}" stroke="${colour}" stroke-width="1.6"${dash}/>`);
    }
    // The data line, broken where a value is missing.
    let d = '';
    let pen = false;
    for (const p of pts) {
      if (p.y === null) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${px(p.index)} ${py(p.y)}`;
      pen = true;
    }
    if (d) parts.push(`<path d="${d}" fill="none" stroke="${ink.line}" stroke-width="1.5"/>`);
    for (const p of pts) {
      if (p.y === null) continue;
      if (p.sigmaSignal) parts.push(`<polygon points="${px(p.index)},${(y(p.y) - 6).toFixed(1)} ${(x(p.index) + 6).toFixed(1)},${py(p.y)} ${px(p.index)},${(y(p.y) + 6).toFixed(1)} ${(x(p.index) - 6).toFixed(1)},${py(p.y)}" fill="${ink.signal}"/>`);
      else parts.push(`<circle cx="${px(p.index)}" cy="${py(p.y)}" r="${opts.compact ? 2.5 : 3.5}" fill="${p.runsSignal ? ink.signal : ink.line}"/>`);
    }
  }
  if (opts.goal != null) {
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${py(opts.goal)}" y2="${py(opts.goal)}" stroke="${ink.goal}" stroke-width="1.4" stroke-dasharray="2 3"/>`);
  }
  if (!opts.compact) {
    // Labels for the last part's lines at the right edge, nudged apart so they never overlap.
    const last = result.points[result.points.length - 1];
    const labels: [number, string, string][] = [];
    if (last.cl !== null) labels.push([y(last.cl), `${result.chart === 'run' ? t('median') : t('centre')} ${fmt(last.cl)}`, ink.centre]);
    if (last.ucl !== null) labels.push([y(last.ucl), `UCL ${fmt(last.ucl)}`, ink.limit]);
    if (last.lcl !== null) labels.push([y(last.lcl), `LCL ${fmt(last.lcl)}`, ink.limit]);
    if (opts.goal != null) labels.push([y(opts.goal), `${t('goal')} ${fmt(opts.goal)}`, ink.goal]);
    labels.sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < labels.length; k++) labels[k][0] = Math.max(labels[k][0], labels[k - 1][0] + 13);
    for (const [ly, label, colour] of labels) parts.push(`<text x="${width - pad.right + 6}" y="${(ly + 4).toFixed(1)}" fill="${colour}" font-size="11">${escapeXml(label)}</text>`);
  }
  (opts.annotations ?? []).forEach((a, k) => {
    if (a.index < 0 || a.index >= count) return;
    parts.push(`<line x1="${px(a.index)}" x2="${px(a.index)}" y1="${pad.top}" y2="${height - pad.bottom}" stroke="${ink.note}" stroke-width="1" stroke-dasharray="1 3"/>`);
    parts.push(`<circle cx="${px(a.index)}" cy="${pad.top - 6}" r="7" fill="${ink.note}"/>`);
    parts.push(`<text x="${px(a.index)}" y="${pad.top - 2}" fill="#ffffff" font-size="9" text-anchor="middle">${k + 1}</text>`);
  });
  return { ...closeChart(result.chart, parts, { width, height, title, description }, tableOf(result, opts, fmt, t)), signals };
}

/** A polyline through points that may be missing (null y breaks the line), drawn as steps so varying limits read per period. */
function stepLine(points: [number, number | null][], attrs: string): string {
  let d = '';
  points.forEach(([px, py], k) => {
    if (py === null) return;
    const prev = k > 0 && points[k - 1][1] !== null ? points[k - 1][0] : null;
    const next = k + 1 < points.length && points[k + 1][1] !== null ? points[k + 1][0] : null;
    // Each period's limit spans half-way to its neighbours; the ends stop at the first and last point.
    const left = prev === null ? px : (prev + px) / 2;
    const right = next === null ? px : (px + next) / 2;
    d += `${prev === null ? 'M' : 'L'}${left.toFixed(1)} ${py.toFixed(1)}L${right.toFixed(1)} ${py.toFixed(1)}`;
  });
  return d ? `<path d="${d}" fill="none" ${attrs}/>` : '';
}

function tableOf(result: SpcResult, opts: SpcChartOptions, fmt: (v: number | null) => string, t: (k: string, v?: Record<string, string | number>) => string) {
  const notes = new Map<number, string[]>();
  (opts.annotations ?? []).forEach((a, k) => notes.set(a.index, [...(notes.get(a.index) ?? []), `${k + 1}. ${a.text}`]));
  const multiPart = result.parts.length > 1;
  return {
    headers: [t('period'), t('value'), result.chart === 'run' ? t('median') : t('centre'), t('lcl'), t('ucl'), t('signal'), t('annotations')],
    rows: result.points.map((p) => [
      (opts.xLabels[p.index] ?? String(p.index + 1)) + (multiPart ? ` (${t('part', { part: p.part })})` : '') + (p.baseline && result.points.some((q) => !q.baseline) ? ` – ${t('baseline')}` : ''),
      fmt(p.y),
      fmt(p.cl),
      fmt(p.lcl),
      fmt(p.ucl),
      [p.sigmaSignal ? t('signalOutside') : '', p.runsSignal && p.y !== null ? t('signalRun') : ''].filter(Boolean).join('; ') || '–',
      (notes.get(p.index) ?? []).join(' ') || '',
    ]),
  };
}

/** What fired, in plain words, part by part; and the warning when there are too few points. */
export function explainSpc(result: SpcResult, lang: Language): string[] {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, `spc.${key}`, vars);
  const centre = (result.chart === 'run' ? t('median') : t('centre')).toLowerCase();
  const out: string[] = [];
  for (const part of result.parts) {
    if (part.longestRun !== null && part.longestRunMax !== null && part.longestRun > part.longestRunMax) out.push(t('runsLong', { part: part.part, longest: part.longestRun, max: part.longestRunMax, centre }));
    if (part.crossings !== null && part.crossingsMin !== null && part.crossings < part.crossingsMin) out.push(t('runsCrossings', { part: part.part, crossings: part.crossings, min: part.crossingsMin, centre }));
    if (part.sigmaSignals > 0) out.push(t('sigmaSignal', { part: part.part, count: part.sigmaSignals }));
  }
  if (!out.length) out.push(t('noSignals'));
  if (result.fewPoints) out.push(t('fewPoints'));
  return out;
}
