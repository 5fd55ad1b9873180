import type { FieldError } from '../../lib/errors.js';
import type { Frequency, ValueType } from './vocabulary.js';

/** A row as typed or read from a file: text, before any checking. `row` is the number the person sees (file line or form row). */
export interface RawMeasurement {
  row: number;
  period: string;
  value: string;
  denominator?: string;
  note?: string;
}

export interface CheckedMeasurement {
  period: string;
  value: number;
  denominator: number | null;
  note: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A period as the first day it covers (YYYY-MM-DD): months and quarters start on day 1, weeks on the date
 * given. Accepts 2026-03-15, 2026-03, 15.03.2026 and 03.2026. Null when it is not a date.
 */
export function normalisePeriod(text: string, frequency: Frequency): string | null {
  const s = text.trim();
  let y: number, m: number, d = 1;
  let match: RegExpMatchArray | null;
  if ((match = s.match(/^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$/))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)];
  else if ((match = s.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = s.match(/^(\d{1,2})[./](\d{4})$/))) [m, y] = [Number(match[1]), Number(match[2])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (frequency === 'month') d = 1;
  if (frequency === 'quarter') [m, d] = [Math.floor((m - 1) / 3) * 3 + 1, 1];
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A number as people write it here: decimal comma or point, spaces as thousands separators. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/**
 * Checks a batch of measurements before anything is written: every period a date, in order, none
 * twice (in the batch or already stored), values numbers, a denominator (above 0) where the measure
 * is a proportion. Returns the rows or the problems, each naming its row.
 */
export function checkMeasurements(
  rows: RawMeasurement[], opts: { valueType: ValueType; frequency: Frequency; stored: Set<string> },
): { ok: true; rows: CheckedMeasurement[] } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const out: CheckedMeasurement[] = [];
  const seen = new Map<string, number>();
  let previous: { period: string; row: number } | undefined;
  for (const r of rows) {
    const at = (field: string) => `rows.${r.row}.${field}`;
    const period = normalisePeriod(r.period, opts.frequency);
    if (!period) errors.push({ path: at('period'), key: 'improvement.import.badPeriod', vars: { row: r.row, value: r.period } });
    const value = parseNumber(r.value);
    if (value === null) errors.push({ path: at('value'), key: 'improvement.import.notNumber', vars: { row: r.row, value: r.value } });
    else if (value < 0 && opts.valueType !== 'continuous') errors.push({ path: at('value'), key: 'improvement.import.negative', vars: { row: r.row } });
    let denominator: number | null = null;
    const denText = (r.denominator ?? '').trim();
    if (opts.valueType === 'proportion') {
      if (denText === '') errors.push({ path: at('denominator'), key: 'improvement.import.denominatorMissing', vars: { row: r.row } });
      else if ((denominator = parseNumber(denText)) === null) errors.push({ path: at('denominator'), key: 'improvement.import.notNumber', vars: { row: r.row, value: denText } });
      else if (denominator <= 0) errors.push({ path: at('denominator'), key: 'improvement.import.denominatorZero', vars: { row: r.row } });
      else if (value !== null && value > denominator) errors.push({ path: at('value'), key: 'improvement.import.numeratorAboveDenominator', vars: { row: r.row } });
    }
    if (period) {
      if (seen.has(period)) errors.push({ path: at('period'), key: 'improvement.import.periodTwice', vars: { row: r.row, first: seen.get(period)!, period } });
      else if (opts.stored.has(period)) errors.push({ path: at('period'), key: 'improvement.import.periodStored', vars: { row: r.row, period } });
      if (previous && period < previous.period) errors.push({ path: at('period'), key: 'improvement.import.outOfOrder', vars: { row: r.row, previous: previous.row } });
      seen.set(period, r.row);
      previous = { period, row: r.row };
    }
    if (period && value !== null) out.push({ period, value, denominator, note: (r.note ?? '').trim() });
  }
  if (rows.length === 0) errors.push({ path: 'rows', key: 'improvement.import.empty' });
  return errors.length ? { ok: false, errors } : { ok: true, rows: out };
}
