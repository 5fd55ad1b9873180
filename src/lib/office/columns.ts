/**
 * Column widths that fit their content, for both writers. Each column gets at least the width of its
 * longest word (so "(normaltilnærming)" is never broken mid-word) and, where the page allows, the
 * width of its longest cell on one line; the room left is shared in proportion to what each column
 * would still need. When even the longest words do not fit, the table's type is made smaller first.
 */

/** Advance widths of a sans-serif body font (Calibri's, in 1/1000 em), by character class. */
function charWidth(ch: string): number {
  if (ch === ' ') return 226;
  if ('iljI.,:;\'|!'.includes(ch)) return 240;
  if ('ftr()[]'.includes(ch)) return 330;
  if ('mwMW%'.includes(ch)) return 830;
  if (/[0-9]/.test(ch)) return 507;
  if (/[A-ZÆØÅ]/.test(ch)) return 600;
  if ('æœ'.includes(ch)) return 780;
  return 490;
}

/** Width of a text in points at a font size, `factor` scaling for a wider font (Roboto ≈ 1.12 × Calibri) or bold. */
export function textWidth(text: string, fontSize: number, factor = 1): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * fontSize * factor;
}

export interface FitOptions {
  /** Width the table may take, in points. */
  available: number;
  fontSize: number;
  /** Left + right padding of a cell, in points. */
  padding: number;
  /** Font width relative to Calibri. */
  factor?: number;
  /** Smallest font size the table may shrink to. */
  minFontSize?: number;
}

export interface FittedColumns {
  /** Column widths in points, summing to `available`. */
  widths: number[];
  /** The font size the table is set in (smaller than asked when its words would not fit otherwise). */
  fontSize: number;
}

function measure(rows: string[][], columns: number, fontSize: number, factor: number, padding: number) {
  const min = new Array<number>(columns).fill(0);
  const pref = new Array<number>(columns).fill(0);
  // Bold header/total cells and rounding in the renderers: keep a small margin so a word that just fits still fits.
  const slack = 1.08;
  for (const row of rows)
    row.forEach((cell, c) => {
      if (c >= columns) return;
      const longestWord = Math.max(0, ...cell.split(/\s+/).map((w) => textWidth(w, fontSize, factor)));
      min[c] = Math.max(min[c], longestWord * slack + padding);
      pref[c] = Math.max(pref[c], textWidth(cell, fontSize, factor) * slack + padding);
    });
  return { min, pref };
}

export function fitColumns(rows: string[][], opts: FitOptions): FittedColumns {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const factor = opts.factor ?? 1;
  const floor = opts.minFontSize ?? Math.min(opts.fontSize, 7);
  let fontSize = opts.fontSize;
  let { min, pref } = measure(rows, columns, fontSize, factor, opts.padding);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  while (sum(min) > opts.available && fontSize > floor) {
    fontSize = Math.max(floor, Math.floor(fontSize * 2 * Math.min(0.95, opts.available / sum(min))) / 2);
    ({ min, pref } = measure(rows, columns, fontSize, factor, opts.padding));
  }
  const available = opts.available;
  // A table that would fit on one line per cell in slightly smaller type (at most 1,5 pt smaller) is set
  // so: a row per line reads better than wrapped cells.
  if (sum(pref) > available)
    for (let size = fontSize - 0.5; size >= Math.max(floor, fontSize - 1.5); size -= 0.5) {
      const m = measure(rows, columns, size, factor, opts.padding);
      if (sum(m.pref) <= available) {
        fontSize = size;
        ({ min, pref } = m);
        break;
      }
    }
  let widths: number[];
  if (sum(pref) <= available) {
    // Everything fits on one line: share the rest in proportion to the content, so the table spans the page.
    const scale = available / (sum(pref) || 1);
    widths = pref.map((p) => p * scale);
  } else if (sum(min) <= available) {
    // Columns that need little more than their longest word get their whole line first (a "t(11) = 4,00"
    // should not wrap so a long note can take one line less); the rest share what is left.
    widths = [...min];
    let left = available - sum(min);
    const order = pref.map((p, i) => ({ i, need: p - min[i] })).sort((a, b) => a.need - b.need);
    let k = 0;
    for (; k < order.length && order[k].need <= left / (order.length - k); k++) {
      widths[order[k].i] += order[k].need;
      left -= order[k].need;
    }
    const rest = order.slice(k);
    const restNeed = rest.reduce((a, o) => a + o.need, 0) || 1;
    for (const o of rest) widths[o.i] += (o.need * left) / restNeed;
  } else {
    const scale = available / sum(min);
    widths = min.map((m) => m * scale);
  }
  return { widths, fontSize };
}
