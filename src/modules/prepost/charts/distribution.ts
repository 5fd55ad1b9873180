/**
 * Distribution of the scale scores before and after, as a grouped histogram over the scale's range
 * (pre and post bars side by side, told apart by fill and outline, not colour alone).
 */
import { chartId, closeChart, colours, countTicks, formatNumber, linear, openSvg, text, type Chart, type ScoreChartInput, type Translate } from '../../../lib/charts/svg.js';

export type DistributionInput = ScoreChartInput;

/** Equal-width bins over [min, max]; the last bin includes max. */
export function binCounts(values: readonly number[], min: number, max: number, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const width = (max - min) / bins || 1;
  for (const v of values) counts[Math.min(bins - 1, Math.max(0, Math.floor((v - min) / width)))]++;
  return counts;
}

export function distributionChart(input: DistributionInput, lang: string, t: Translate): Chart {
  const all = [...input.pre, ...input.post];
  const min = input.min ?? (all.length ? Math.min(...all) : 0);
  const rawMax = input.max ?? (all.length ? Math.max(...all) : 1);
  const max = rawMax > min ? rawMax : min + 1;
  const bins = 8;
  const pre = binCounts(input.pre, min, max, bins);
  const post = binCounts(input.post, min, max, bins);
  const width = 520;
  const height = 330;
  const pad = { left: 64, right: 24, top: 40, bottom: 76 };
  // Whole-number ticks up to a round top (0, 10, 20, 30, 40 rather than 0 and 34), with grid lines.
  const yTicks = countTicks(Math.max(1, ...pre, ...post));
  const top = yTicks[yTicks.length - 1];
  const y = linear([0, top], [height - pad.bottom, pad.top]);
  const slot = (width - pad.left - pad.right) / bins;
  const binWidth = (max - min) / bins;
  const edge = (i: number) => formatNumber(lang, min + i * binWidth, 1);
  const title = t('prepost.charts.distributionTitle', { scale: input.scaleLabel, group: input.groupLabel });
  const description = t('prepost.charts.distributionDesc', { nPre: input.pre.length, nPost: input.post.length, bins, min: formatNumber(lang, min, 1), max: formatNumber(lang, max, 1) });
  const id = chartId('dist', input.key);
  const parts = [openSvg(id, width, height, title, description)];
  for (const v of yTicks) {
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${v === 0 ? colours.axis : colours.grid}"/>`);
    parts.push(text(pad.left - 6, y(v) + 4, String(v), 'text-anchor="end" font-size="10"'));
  }
  parts.push(`<line x1="${pad.left}" x2="${pad.left}" y1="${pad.top}" y2="${height - pad.bottom}" stroke="${colours.axis}"/>`);
  const midY = (pad.top + height - pad.bottom) / 2;
  parts.push(text(16, midY, t('prepost.charts.countAxis'), `text-anchor="middle" transform="rotate(-90 16 ${midY.toFixed(1)})"`));
  parts.push(text((pad.left + width - pad.right) / 2, height - pad.bottom + 34, t('prepost.charts.scoreAxis'), 'text-anchor="middle"'));
  for (let i = 0; i < bins; i++) {
    const x0 = pad.left + i * slot;
    const bw = slot / 2 - 3;
    parts.push(`<rect x="${(x0 + 2).toFixed(1)}" y="${y(pre[i]).toFixed(1)}" width="${bw.toFixed(1)}" height="${(y(0) - y(pre[i])).toFixed(1)}" fill="#ffffff" stroke="${colours.pre}" stroke-width="1.5"/>`);
    parts.push(`<rect x="${(x0 + slot / 2 + 1).toFixed(1)}" y="${y(post[i]).toFixed(1)}" width="${bw.toFixed(1)}" height="${(y(0) - y(post[i])).toFixed(1)}" fill="${colours.post}"/>`);
    parts.push(`<line x1="${x0.toFixed(1)}" x2="${x0.toFixed(1)}" y1="${height - pad.bottom}" y2="${height - pad.bottom + 4}" stroke="${colours.axis}"/>`);
    parts.push(text(x0, height - pad.bottom + 15, edge(i), 'text-anchor="middle" font-size="10"'));
  }
  parts.push(text(pad.left + bins * slot, height - pad.bottom + 15, edge(bins), 'text-anchor="middle" font-size="10"'));
  const ly = height - 16;
  parts.push(`<rect x="${pad.left}" y="${ly - 9}" width="12" height="10" fill="#ffffff" stroke="${colours.pre}" stroke-width="1.5"/>`, text(pad.left + 16, ly, t('prepost.pre')));
  parts.push(`<rect x="${pad.left + 90}" y="${ly - 9}" width="12" height="10" fill="${colours.post}"/>`, text(pad.left + 106, ly, t('prepost.post')));
  parts.push(text(pad.left, 22, input.scaleLabel, 'font-weight="bold"'));
  return closeChart('distribution', parts, { width, height, title, description }, {
    headers: [t('prepost.table.bin'), t('prepost.pre'), t('prepost.post')],
    rows: pre.map((c, i) => [`${edge(i)} – ${edge(i + 1)}`, c, post[i]]),
  });
}
