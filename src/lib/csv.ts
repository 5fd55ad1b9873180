/**
 * The one CSV writer (DESIGN §3: one mechanism per need). Every export — responses, codebooks,
 * pre/post pairs and results, indicators, the REDCap dictionary — writes through it, so a file opens
 * the same way everywhere:
 *  - RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF,
 *    quotes doubled — and also when it holds a semicolon, because Excel in a Norwegian locale splits
 *    on `;` when it guesses the separator;
 *  - a UTF-8 byte order mark first (`csvDocument`, `csvBom`), so Excel reads æ, ø and å;
 *  - numbers with a decimal point (machine-readable), booleans as 1/0, missing values as the
 *    caller's convention (`''` as REDCap does, `NA` for R);
 *  - optionally, text that starts with = + - @ (a formula to a spreadsheet) gets a leading apostrophe.
 */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** What a missing or non-finite value is written as. Default ''. */
  missing?: string;
  /** Neutralise text that a spreadsheet would run as a formula. Default false (research data stays as typed). */
  formulaSafe?: boolean;
}

export const csvBom = '\uFEFF';

export function csvField(value: CsvCell, opts: CsvOptions = {}): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return opts.missing ?? '';
  let text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  if (opts.formulaSafe && typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[], opts: CsvOptions = {}): string {
  return `${cells.map((c) => csvField(c, opts)).join(',')}\r\n`;
}

/** A whole file: byte order mark, header, rows. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[], opts: CsvOptions = {}): string {
  return csvBom + csvLine(header, opts) + rows.map((r) => csvLine(r, opts)).join('');
}
