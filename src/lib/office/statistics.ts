/**
 * Statistical symbols as APA sets them (7th ed. §6.45–6.46): Latin letters used as symbols in italics
 * (t, p, M, SD, n, r, …), subscripts that label a statistic lowered and upright (d_z, g_av, r_rb written
 * with an underscore in plain text), Greek letters upright (α stays as it is). Plain text in tables and
 * sentences keeps its symbols as text ("t(4) = 4,00"); these helpers turn it into runs both writers set.
 */
import type { OfficeRun } from './model.js';

type Style = Omit<OfficeRun, 'text' | 'ref'>;

/** Symbols of more than one letter: italic wherever they stand as a word. */
const words = ['SD', 'Mdn', 'SE'];
/** One-letter symbols: italic only where they stand as a statistic (see `isStatistic`). */
const letters = new Set(['M', 't', 'p', 'n', 'N', 'r', 'W', 'V', 'z', 'd', 'g', 'F', 'U', 'b', 'R']);

const letter = /[\p{L}\p{N}]/u;

/**
 * Whether a lone letter at `i` is a statistic: followed by its degrees of freedom and/or a comparison
 * ("t(4) = ", "p < ", "n = "), by "(SD)" or "[" as in a column header ("M (SD)", "M [95 % KI]"),
 * or alone in the text (a header "p").
 */
function isStatistic(text: string, i: number): boolean {
  const rest = text.slice(i + 1);
  if (!rest.trim()) return text.slice(0, i).trim() === '' || /[\s(]$/.test(text.slice(0, i));
  return /^(\([^()]{0,20}\))?\s*[=<>≤≥]/.test(rest) || /^\s*\((SD|df|IKV|IQR)\)/.test(rest) || /^\(df\)/.test(rest) || /^\s*\[/.test(rest);
}

/** Runs of a statistic string: symbols in italics, labelled subscripts lowered; other text unchanged. */
export function statisticRuns(text: string, style: Style = {}): OfficeRun[] {
  const runs: OfficeRun[] = [];
  let plain = '';
  const flush = () => {
    if (plain) runs.push({ text: plain, ...style });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const before = i > 0 ? text[i - 1] : '';
    const atWordStart = !before || !letter.test(before);
    if (atWordStart) {
      // d_z, g_av, r_rb: italic letter, upright subscript.
      const sub = /^([A-Za-z])_([A-Za-z]{1,3})(?![\p{L}\p{N}])/u.exec(text.slice(i));
      if (sub) {
        flush();
        runs.push({ text: sub[1], ...style, italic: true }, { text: sub[2], ...style, sub: true });
        i += sub[0].length;
        continue;
      }
      const word = words.find((w) => text.startsWith(w, i) && !letter.test(text[i + w.length] ?? ''));
      if (word) {
        flush();
        runs.push({ text: word, ...style, italic: true });
        i += word.length;
        continue;
      }
      if (letters.has(text[i]) && !letter.test(text[i + 1] ?? '') && text[i + 1] !== '_' && text[i + 1] !== '\'' && text[i + 1] !== '’' && isStatistic(text, i)) {
        flush();
        runs.push({ text: text[i], ...style, italic: true });
        i += 1;
        continue;
      }
    }
    plain += text[i];
    i += 1;
  }
  flush();
  return runs.length ? runs : [{ text: '', ...style }];
}

/** A cell as runs: text through `statisticRuns` when the table holds statistics, runs as given otherwise. */
export function cellRuns(cell: string | OfficeRun[], statistics: boolean, style: Style = {}): OfficeRun[] {
  if (typeof cell !== 'string') return cell.map((r) => ({ ...style, ...r }));
  return statistics ? statisticRuns(cell, style) : [{ text: cell, ...style }];
}

/** The plain text of a cell (for measuring widths). */
export const cellText = (cell: string | OfficeRun[]) => (typeof cell === 'string' ? cell.replace(/(?<![\p{L}\p{N}])([A-Za-z])_([A-Za-z]{1,3})/gu, '$1$2') : cell.map((r) => r.text).join(''));
