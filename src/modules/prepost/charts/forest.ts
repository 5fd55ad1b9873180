/**
 * Forest plot: the mean change (post − pre) with its 95 % CI for each course and pooled, against a
 * line at zero. Rows without a computable CI (too few pairs, suppressed) are listed with the reason.
 */
import { chartId, closeChart, colours, formatNumber, linear, openSvg, text, ticks, type Chart, type Translate } from '../../../lib/charts/svg.js';

export interface ForestRow {
  label: string;
  isPilot: boolean;
  isPooled: boolean;
  n: number;
  /** null when no CI could be computed; `note` then says why. */
  estimate: { mean: number; lower: number; upper: number } | null;
  note?: string;
}

export function forestPlot(key: string, scaleLabel: string, rows: ForestRow[], lang: string, t: Translate): Chart {
  const width = 560;
  const rowHeight = 26;
  const pad = { left: 190, right: 150, top: 40, bottom: 40 };
  const height = pad.top + pad.bottom + rowHeight * Math.max(1, rows.length);
  const bounds = rows.flatMap((r) => (r.estimate ? [r.estimate.lower, r.estimate.upper] : []));
  const lo = Math.min(0, ...bounds);
  const hi = Math.max(0, ...bounds);
  const margin = (hi - lo) * 0.05 || 1;
  const x = linear([lo - margin, hi + margin], [pad.left, width - pad.right]);
  const title = t('prepost.charts.forestTitle', { scale: scaleLabel });
  const shown = rows.filter((r) => r.estimate);
  const above = shown.filter((r) => r.estimate!.lower > 0).length;
  const below = shown.filter((r) => r.estimate!.upper < 0).length;
  const description = t('prepost.charts.forestDesc', { groups: rows.length, shown: shown.length, above, below, across: shown.length - above - below });
  const id = chartId('forest', key);
  const parts = [openSvg(id, width, height, title, description)];
  for (const v of ticks(lo - margin, hi + margin, 6)) {
    parts.push(`<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${pad.top - 6}" y2="${height - pad.bottom}" stroke="${colours.grid}"/>`);
    parts.push(text(x(v), height - pad.bottom + 16, formatNumber(lang, v, 1), 'text-anchor="middle"'));
  }
  parts.push(`<line x1="${x(0).toFixed(1)}" x2="${x(0).toFixed(1)}" y1="${pad.top - 6}" y2="${height - pad.bottom}" stroke="${colours.axis}" stroke-dasharray="4 3"/>`);
  parts.push(text(pad.left, 22, t('prepost.charts.forestAxis'), 'font-weight="bold"'));
  rows.forEach((r, i) => {
    const cy = pad.top + rowHeight * i + rowHeight / 2;
    const label = r.label + (r.isPilot ? ` (${t('prepost.pilot')})` : '');
    parts.push(text(8, cy + 4, label, r.isPooled ? 'font-weight="bold"' : ''));
    if (!r.estimate) {
      parts.push(text(pad.left + 4, cy + 4, r.note ?? '–', 'font-style="italic"'));
      return;
    }
    const { mean, lower, upper } = r.estimate;
    parts.push(`<line x1="${x(lower).toFixed(1)}" x2="${x(upper).toFixed(1)}" y1="${cy}" y2="${cy}" stroke="${colours.ci}" stroke-width="1.5"/>`);
    if (r.isPooled) parts.push(`<polygon points="${x(lower).toFixed(1)},${cy} ${x(mean).toFixed(1)},${cy - 7} ${x(upper).toFixed(1)},${cy} ${x(mean).toFixed(1)},${cy + 7}" fill="${colours.post}"/>`);
    else parts.push(`<rect x="${(x(mean) - 4).toFixed(1)}" y="${cy - 4}" width="8" height="8" fill="${r.isPilot ? colours.pilot : colours.post}"/>`);
    parts.push(text(width - pad.right + 8, cy + 4, `${formatNumber(lang, mean)} [${formatNumber(lang, lower)}, ${formatNumber(lang, upper)}]`));
  });
  return closeChart('forest', parts, { width, height, title, description }, {
    headers: [t('prepost.table.group'), t('prepost.table.pairs'), t('prepost.table.change'), t('prepost.table.ci')],
    rows: rows.map((r) => [
      r.label + (r.isPilot ? ` (${t('prepost.pilot')})` : ''),
      r.n,
      r.estimate ? formatNumber(lang, r.estimate.mean) : (r.note ?? '–'),
      r.estimate ? `${formatNumber(lang, r.estimate.lower)} – ${formatNumber(lang, r.estimate.upper)}` : '–',
    ]),
  });
}
