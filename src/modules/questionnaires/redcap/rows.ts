import Papa from 'papaparse';
import { malformed, problem, type InterchangeProblem } from '../interchange/problems.js';
import { columnForHeader, parseChoices, redcapColumns, requiredColumns, type RedcapRow } from './columns.js';

/**
 * The rows of a data dictionary as cells by column, and the checks that make a file not a dictionary at all
 * (refused whole, every such row named): no header, a row without name or type, a bad or repeated name, an
 * unknown type, choices without codes.
 */
export const fieldTypes = ['text', 'notes', 'dropdown', 'radio', 'checkbox', 'yesno', 'truefalse', 'calc', 'file', 'slider', 'descriptive', 'sql'];
export const nameRule = /^[a-z][a-z0-9_]{0,99}$/;

export type Row = RedcapRow & { row: number };

export function readRows(text: string): Row[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const errs = parsed.errors.filter((e) => e.type === 'Quotes');
  if (errs.length) throw malformed(errs.map((e) => problem('csvUnreadable', { row: (e.row ?? 0) + 1 }, { reason: e.message })));
  const [header, ...body] = parsed.data;
  if (!header || body.length === 0) throw malformed([problem('redcapEmpty', { row: 1 })]);
  const columns = header.map((h) => columnForHeader(String(h)));
  const missing = requiredColumns.filter((k) => !columns.includes(k));
  if (missing.length) throw malformed([problem('redcapMissingColumns', { row: 1 }, { columns: missing.map((k) => redcapColumns.find((c) => c.key === k)!.header).join(', ') })]);
  const bad: InterchangeProblem[] = [];
  const rows = body.map((cells, i) => {
    const row = { row: i + 2 } as Row;
    for (const c of redcapColumns) row[c.key] = '';
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ''))
      bad.push(problem('redcapCellCount', { row: i + 2 }, { count: cells.length, expected: header.length }));
    columns.forEach((key, j) => {
      if (key) row[key] = String(cells[j] ?? '').trim();
    });
    return row;
  });
  if (bad.length) throw malformed(bad);
  return rows;
}

export function checkRows(rows: Row[]): void {
  const bad: InterchangeProblem[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const where = { row: r.row, item: r.field_name };
    if (!r.field_name) bad.push(problem('redcapMissingName', where));
    else if (!nameRule.test(r.field_name)) bad.push(problem('redcapBadName', where));
    else if (seen.has(r.field_name)) bad.push(problem('redcapDuplicateName', where, { first: seen.get(r.field_name)! }));
    else seen.set(r.field_name, r.row);
    const type = r.field_type.toLowerCase();
    if (!fieldTypes.includes(type)) bad.push(problem('redcapUnknownType', where, { type: r.field_type }));
    if (['dropdown', 'radio', 'checkbox'].includes(type)) {
      const choices = parseChoices(r.select_choices_or_calculations);
      if ('bad' in choices) bad.push(problem('redcapBadChoice', where, { choice: choices.bad }));
      else if (choices.length === 0) bad.push(problem('redcapNoChoices', where, { type }));
    }
  }
  if (bad.length) throw malformed(bad);
}

/**
 * Whether the first row is the project's record ID. A project dictionary always begins with it (REDCap makes the
 * first field of the first form the record ID, whatever its name); an instrument zip's instrument.csv never has
 * one. A single file of unknown origin: only a text field named or labelled like an ID counts — a first question
 * such as the PSQI's bedtime or a month of birth is a question, not an ID.
 */
const idName = /^(record|study|participant|subject|patient|person|respondent|case|part)_?(id|no|nr|number|code)$|^id$/;
const idLabel = /\b(record|study|participant|subject|patient|respondent|case)[\s_-]*(id|no\.?|number|code)\b/i;
export function firstRowIsRecordId(rows: Row[], source: 'project' | 'instrument' | 'unknown'): boolean {
  const first = rows[0];
  if (!first || source === 'instrument' || first.field_type.toLowerCase() !== 'text') return false;
  if (source === 'project') return true;
  if (idName.test(first.field_name) || idLabel.test(first.field_label)) return true;
  // Several forms in one file: only a whole-project export has that, so its first field is the record ID.
  return new Set(rows.map((r) => r.form_name)).size > 1;
}
