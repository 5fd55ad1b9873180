/**
 * Small helpers shared by the charts. Charts are SVG strings built on the server so the same bytes go
 * into the staff page, the .docx report and any other report unchanged; each carries <title>/<desc>
 * and role="img", and comes with the table behind it (the accessible alternative shown beside it).
 */

export interface ChartTable {
  caption: string;
  headers: string[];
  rows: (string | number)[][];
}

export interface Chart {
  /** Which chart this is (prepost: paired_dots, forest, distribution; spc: run, i, mr, p, u, c; codesign: emotional_map …). */
  kind: string;
  svg: string;
  width: number;
  height: number;
  title: string;
  /** The text alternative: what the chart shows, in a sentence or three. */
  description: string;
  table: ChartTable;
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** One scale's scores before and after, for one group (a course or pooled): what the paired-dot and distribution charts draw. */
export interface ScoreChartInput {
  key: string;
  scaleLabel: string;
  groupLabel: string;
  pre: number[];
  post: number[];
  /** Axis range; the data's range when the scale's is unknown. */
  min?: number;
  max?: number;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Numbers as the reader's language writes them (decimal comma in nb/nn), never NaN: callers pass finite values. */
export function formatNumber(lang: string, value: number, digits = 2): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A linear map from a data range to pixels. */
export function linear(domain: [number, number], range: [number, number]) {
  const [d0, d1] = domain;
  const span = d1 - d0 || 1;
  return (v: number) => range[0] + ((v - d0) / span) * (range[1] - range[0]);
}

/** Round tick values covering the domain (about `count` of them). */
export function ticks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
    const tick = Math.round(v / step) * step;
    out.push(Math.abs(tick) < step * 1e-9 ? 0 : tick); // never "−0"
  }
  return out;
}

/** Ticks for counts: whole numbers from 0 up to a round value at or above `max` (0, 10, 20, 30, 40 for 34). */
export function countTicks(max: number, count = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  const raw = top / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw);
  const out: number[] = [];
  for (let v = 0; v < top + step; v += step) out.push(v);
  return out;
}

/** The opening tag with the accessibility wiring; ids are unique per chart so several can share a page. */
export function openSvg(id: string, width: number, height: number, title: string, description: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-labelledby="${id}-title ${id}-desc" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`
  );
}

export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" fill="#1e2b3c" ${attrs}>${escapeXml(content)}</text>`;
}

/** Colours with at least 4.5:1 contrast on white; pre and post also differ in shape/dash, not colour alone. */
export const colours = { pre: '#5a6b7d', post: '#0b5fa5', axis: '#1e2b3c', grid: '#d5dbe1', ci: '#1e2b3c', pilot: '#8a4b00' };

/** Stable, short ids for chart elements. */
export function chartId(kind: string, key: string): string {
  return `${kind}-${key.replace(/[^a-zA-Z0-9]/g, '').slice(0, 12)}`;
}

/** Closes the SVG begun with openSvg and returns the chart; the table's caption is the chart's title. */
export function closeChart(
  kind: Chart['kind'],
  parts: string[],
  frame: { width: number; height: number; title: string; description: string },
  table: Omit<ChartTable, 'caption'>,
): Chart {
  parts.push('</svg>');
  return { kind, svg: parts.join(''), ...frame, table: { caption: frame.title, ...table } };
}
