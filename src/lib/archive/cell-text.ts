/**
 * What a spreadsheet cell shows, as text, from exceljs's value. exceljs's own `cell.text` gives "[object Object]"
 * for a hyperlink whose text is rich text (what Excel writes when a link is formatted) and for formula errors,
 * and JavaScript's long date string for dates. Here: rich text runs joined, a hyperlink's visible text, a
 * formula's cached result (an error result as its code, #N/A), a date as ISO (yyyy-mm-dd, with the time when it has one).
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: unknown }[]; text?: unknown; hyperlink?: unknown; formula?: unknown; sharedFormula?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((run) => cellText(run.text)).join('');
    if ('text' in v && v.text !== undefined) return cellText(v.text);
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if (typeof v.error === 'string') return v.error;
    if (typeof v.hyperlink === 'string') return v.hyperlink;
  }
  return '';
}
