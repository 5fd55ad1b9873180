import { locale } from './i18n.js';

/** 'YYYY-MM-DD' as a local calendar date (no time-zone shift). */
function parseDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium' }).format(parseDate(iso));
}

export function formatDateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A number as the language writes it (decimal comma in nb/nn) with at most `digits` decimals. */
export function formatNumber(value: number, lang: string, digits = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits, useGrouping: false }).format(value);
}

/** A share 0–1 as a percentage the language's way ("66,7 %" in nb/nn, "66.7%" in en). */
export function formatPercent(share: number, lang: string, digits = 1): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: digits }).format(share);
}
