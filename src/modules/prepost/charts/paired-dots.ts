/**
 * Paired dot plot: each pair a line from its pre score to its post score, with the two means drawn
 * heavier. Shows what a mean hides — how many rose, fell or stayed, and by how much.
 */
import { chartId, closeChart, colours, formatNumber, linear, openSvg, text, ticks, type Chart, type ScoreChartInput, type Translate } from '../../../lib/charts/svg.js';

export type PairedDotsInput = ScoreChartInput;

/** Beyond this many pairs every k-th is drawn (deterministically) so the SVG stays small; the description says so. */
export const MAX_DRAWN_PAIRS = 600;

export function pairedDotPlot(input: PairedDotsInput, lang: string, t: Translate): Chart {
  const { pre, post } = input;
  const n = pre.length;
  const width = 420;
  const height = 320;
  const pad = { left: 56, right: 24, top: 36, bottom: 40 };
  const all = [...pre, ...post];
  const lo = input.min ?? (n ? Math.min(...all) : 0);
  const hi = input.max ?? (n ? Math.max(...all) : 1);
  const y = linear([lo, hi > lo ? hi : lo + 1], [height - pad.bottom, pad.top]);
  const xPre = pad.left + 70;
  const xPost = width - pad.right - 70;
  const up = pre.filter((v, i) => post[i] > v).length;
  const down = pre.filter((v, i) => post[i] < v).length;
  const same = n - up - down;
  const meanPre = n ? pre.reduce((s, v) => s + v, 0) / n : 0;
  const meanPost = n ? post.reduce((s, v) => s + v, 0) / n : 0;
  const step = Math.max(1, Math.ceil(n / MAX_DRAWN_PAIRS));
  const title = t('prepost.charts.pairedTitle', { scale: input.scaleLabel, group: input.groupLabel });
  const description = n === 0
    ? t('prepost.charts.noPairs')
    : t('prepost.charts.pairedDesc', {
        n, up, down, same, pre: formatNumber(lang, meanPre), post: formatNumber(lang, meanPost),
      }) + (step > 1 ? ' ' + t('prepost.charts.sampled', { shown: Math.ceil(n / step), n }) : '');
  const id = chartId('paired', input.key);
  const parts: string[] = [openSvg(id, width, height, title, description)];
  for (const v of ticks(lo, hi)) {
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${colours.grid}"/>`);
    parts.push(text(pad.left - 6, y(v) + 4, formatNumber(lang, v, Number.isInteger(v) ? 0 : 1), 'text-anchor="end"'));
  }
  parts.push(`<line x1="${pad.left}" x2="${pad.left}" y1="${pad.top}" y2="${height - pad.bottom}" stroke="${colours.axis}"/>`);
  for (let i = 0; i < n; i += step) {
    const colour = post[i] > pre[i] ? colours.post : post[i] < pre[i] ? colours.pilot : colours.pre;
    parts.push(`<line x1="${xPre}" y1="${y(pre[i]).toFixed(1)}" x2="${xPost}" y2="${y(post[i]).toFixed(1)}" stroke="${colour}" stroke-opacity="0.45"/>`);
    parts.push(`<circle cx="${xPre}" cy="${y(pre[i]).toFixed(1)}" r="2.5" fill="${colours.pre}"/><circle cx="${xPost}" cy="${y(post[i]).toFixed(1)}" r="2.5" fill="${colours.post}"/>`);
  }
  if (n > 0) {
    parts.push(`<line x1="${xPre}" y1="${y(meanPre).toFixed(1)}" x2="${xPost}" y2="${y(meanPost).toFixed(1)}" stroke="${colours.axis}" stroke-width="3"/>`);
    parts.push(`<rect x="${xPre - 5}" y="${(y(meanPre) - 5).toFixed(1)}" width="10" height="10" fill="${colours.axis}"/><rect x="${xPost - 5}" y="${(y(meanPost) - 5).toFixed(1)}" width="10" height="10" fill="${colours.axis}"/>`);
  }
  parts.push(text(xPre, height - 14, t('prepost.pre'), 'text-anchor="middle" font-weight="bold"'));
  parts.push(text(xPost, height - 14, t('prepost.post'), 'text-anchor="middle" font-weight="bold"'));
  parts.push(text(pad.left, 20, input.scaleLabel, 'font-weight="bold"'));
  return closeChart('paired_dots', parts, { width, height, title, description }, {
    headers: [t('prepost.table.pairs'), t('prepost.table.meanPre'), t('prepost.table.meanPost'), t('prepost.table.rose'), t('prepost.table.fell'), t('prepost.table.unchanged')],
    rows: n ? [[n, formatNumber(lang, meanPre), formatNumber(lang, meanPost), up, down, same]] : [],
  });
}
