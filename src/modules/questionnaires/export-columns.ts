import type { Language } from '../../i18n/index.js';
import { translate } from '../../i18n/index.js';
import { localText as pickText } from './local-text.js';
import { allItems, type AnswerValue, type InstrumentDefinition, type Item, type LocalText } from './definition.js';

/**
 * The columns of a response export, worked out once from the instrument definition: one column per
 * variable, a multiple-choice item (or multiple-choice matrix row) as one 0/1 column per choice named
 * `var___code` as REDCap does, then one column per scale score. Pure: the streaming writers call `cells`.
 */

/** One response as read from the database, with the participant's pseudonymous code looked up (linked mode). */
export interface ExportRow {
  id: string;
  participantCode: string | null;
  pairingKey: string | null;
  status: string;
  language: string;
  answers: Record<string, AnswerValue>;
  scores: Record<string, number | null> | null;
  startedAt: Date;
  submittedAt: Date | null;
}

export type Cell = string | number | null;

export interface Column {
  header: string;
  value: (row: ExportRow) => Cell;
}

export interface ExportOptions {
  /** Choice labels instead of codes. */
  labels: boolean;
  lang: Language;
  /** Linked mode: the participant's pseudonymous code (never a name). */
  participantCode: boolean;
  /** Anonymous pre/post: the keyed hash of the self-generated code, so pairs can be made outside Varde too. */
  pairingKey: boolean;
}

/** A text in the chosen language; a missing translation falls back visibly, tagged with the language it came from. */
export function localText(text: LocalText | undefined, lang: Language): string {
  const t = pickText(text, lang);
  return t.missing ? `[${t.lang}] ${t.text}` : t.text;
}

/**
 * Spreadsheet formula injection: a text cell beginning with =, +, -, @, tab or carriage return is run as
 * a formula by Excel and LibreOffice. Prefixing an apostrophe makes it plain text (OWASP's advice).
 * Numbers are written as numbers and never reach here.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function choiceLabel(item: Item, code: string, lang: Language): string {
  if (item.type === 'single_choice' || item.type === 'multiple_choice' || item.type === 'matrix') {
    const choice = item.choices.find((c) => c.code === code);
    return choice ? localText(choice.label, lang) : code;
  }
  if (item.type === 'likert') {
    if (item.notApplicable?.code === code) return localText(item.notApplicable.label, lang);
    if (item.dontKnow?.code === code) return localText(item.dontKnow.label, lang);
    const point = item.points.find((p) => String(p.value) === code);
    return point ? localText(point.label, lang) : code;
  }
  if (item.type === 'yes_no') {
    const variant = item.variant === 'truefalse' ? (code === '1' ? 'true' : 'false') : code === '1' ? 'yes' : 'no';
    return code === '1' || code === '0' ? translate(lang, `questionnaires.export.values.${variant}`) : code;
  }
  return code;
}

/** A single answer as a cell: numbers stay numbers (unless labels are asked for), text is neutralised. */
function answerCell(item: Item, value: AnswerValue | undefined, opts: ExportOptions): Cell {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return neutralise(value.join(','));
  const codedTypes: Item['type'][] = ['single_choice', 'likert', 'yes_no', 'matrix'];
  if (opts.labels && codedTypes.includes(item.type)) return neutralise(choiceLabel(item, String(value), opts.lang));
  if (typeof value === 'number') return value;
  // Codes that are numbers ("1", "2.5") are written as numbers so statistics packages read them as such.
  if (codedTypes.includes(item.type) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return neutralise(value);
}

function checkboxColumns(variable: string, item: Item & { choices: { code: string }[] }, opts: ExportOptions): Column[] {
  const checked = translate(opts.lang, 'questionnaires.export.values.checked');
  const unchecked = translate(opts.lang, 'questionnaires.export.values.unchecked');
  return item.choices.map((choice) => ({
    header: `${variable}___${choice.code.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`,
    value: (row: ExportRow) => {
      const answer = row.answers[variable];
      // REDCap writes 0 for every choice not ticked, also when the item was never shown; so do we.
      const isChecked = Array.isArray(answer) && answer.includes(choice.code);
      return opts.labels ? (isChecked ? checked : unchecked) : isChecked ? 1 : 0;
    },
  }));
}

/** The scales' column names: the scale's own name, or `<name>_score` should it clash with a variable. */
export function scaleColumnName(scaleName: string, variables: Set<string>): string {
  return variables.has(scaleName) ? `${scaleName}_score` : scaleName;
}

export function exportColumns(def: InstrumentDefinition, opts: ExportOptions): Column[] {
  const columns: Column[] = [{ header: 'response_id', value: (r) => r.id }];
  if (opts.participantCode) columns.push({ header: 'participant_code', value: (r) => r.participantCode });
  if (opts.pairingKey) columns.push({ header: 'pairing_key', value: (r) => r.pairingKey });
  columns.push(
    { header: 'status', value: (r) => r.status },
    { header: 'language', value: (r) => r.language },
    { header: 'started_at', value: (r) => iso(r.startedAt) },
    { header: 'submitted_at', value: (r) => iso(r.submittedAt) },
  );
  const variables = new Set<string>();
  for (const item of allItems(def)) {
    if (item.type === 'descriptive') continue;
    if (item.type === 'calc') {
      // The server's computed value (calc/compute.ts), one column as REDCap exports a calc field.
      variables.add(item.name);
      columns.push({ header: item.name, value: (r) => answerCell(item, r.answers[item.name], opts) });
      continue;
    }
    const names = item.type === 'matrix' ? item.rows.map((r) => r.name) : [item.name];
    for (const name of names) {
      variables.add(name);
      if (item.type === 'multiple_choice' || (item.type === 'matrix' && item.multiple)) columns.push(...checkboxColumns(name, item, opts));
      else columns.push({ header: name, value: (r) => answerCell(item, r.answers[name], opts) });
    }
  }
  for (const scale of def.scales)
    columns.push({ header: scaleColumnName(scale.name, variables), value: (r) => r.scores?.[scale.name] ?? null });
  return columns;
}

/** The row's cells in column order. */
export function cells(columns: Column[], row: ExportRow): Cell[] {
  return columns.map((c) => c.value(row));
}
