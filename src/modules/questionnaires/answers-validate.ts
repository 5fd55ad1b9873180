import { answerableVariables, type AnswerValue, type Answers, type InstrumentDefinition, type Item } from './definition.js';
import { isAnswered, visibleVariables } from './logic.js';

/**
 * Validation of submitted answers at the edge: a forged variable, a value outside the item's range or codes, or
 * a required visible item left blank is refused with an i18n key per variable, so nothing half-valid is stored.
 */

export type AnswerErrorKey =
  | 'unknownVariable' | 'wrongType' | 'notAChoice' | 'notANumber' | 'notInteger' | 'tooManyDecimals' | 'belowMin' | 'aboveMax'
  | 'invalidDate' | 'dateBeforeMin' | 'dateAfterMax' | 'tooShort' | 'tooLong' | 'invalidFormat' | 'required' | 'tooManyChecked'
  | 'duplicateChoice' | 'rankingConflict';

export interface AnswerError {
  variable: string;
  /** Full i18n key, e.g. `questionnaires.answers.belowMin`. */
  key: `questionnaires.answers.${AnswerErrorKey}`;
  vars: Record<string, string | number>;
}

export interface ValidateOptions {
  /** The answers hold values computeCalculated put under calculated fields' names (never posted by a client). */
  serverCalculated?: boolean;
  /** Autosave of an unfinished response: required items may still be blank. */
  partial?: boolean;
}

type Entry = { item: Item; required: boolean };

function variableIndex(def: InstrumentDefinition): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const { name, item, row } of answerableVariables(def)) {
    const required = item.type === 'matrix' && row ? (item.rows.find((r) => r.name === name)?.required ?? item.required) : item.required;
    map.set(name, { item, required });
  }
  return map;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isIsoDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Formats Varde can check; others (kept from REDCap for round trips) are accepted as free text. */
export const checkedFormats: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  alpha_only: /^[\p{L}\s]+$/u,
  time: /^([01]\d|2[0-3]):[0-5]\d$/,
  postalcode_no: /^\d{4}$/,
};

function decimalsOf(n: number): number {
  const s = String(n);
  if (s.includes('e')) return 20;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

type Err = { key: AnswerErrorKey; vars?: Record<string, string | number> } | undefined;

function checkCode(value: AnswerValue, codes: string[]): Err {
  if (typeof value !== 'string') return { key: 'wrongType' };
  return codes.includes(value) ? undefined : { key: 'notAChoice' };
}

function checkCodes(value: AnswerValue, codes: string[], maxChecked?: number): Err {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return { key: 'wrongType' };
  if (value.some((v) => !codes.includes(v))) return { key: 'notAChoice' };
  if (new Set(value).size !== value.length) return { key: 'duplicateChoice' };
  if (maxChecked !== undefined && value.length > maxChecked) return { key: 'tooManyChecked', vars: { max: maxChecked } };
  return undefined;
}

function checkRange(value: number, min?: number, max?: number): Err {
  if (min !== undefined && value < min) return { key: 'belowMin', vars: { min } };
  if (max !== undefined && value > max) return { key: 'aboveMax', vars: { max } };
  return undefined;
}

function checkValue(item: Item, value: AnswerValue): Err {
  switch (item.type) {
    case 'likert': {
      if (typeof value === 'number') return item.points.some((p) => p.value === value) ? undefined : { key: 'notAChoice' };
      const special = [item.notApplicable?.code, item.dontKnow?.code].filter((c): c is string => c !== undefined);
      return typeof value === 'string' ? (special.includes(value) ? undefined : { key: 'notAChoice' }) : { key: 'wrongType' };
    }
    case 'single_choice':
      return checkCode(value, item.choices.map((c) => c.code));
    case 'multiple_choice':
      return checkCodes(value, item.choices.map((c) => c.code), item.maxChecked);
    case 'matrix':
      return item.multiple ? checkCodes(value, item.choices.map((c) => c.code)) : checkCode(value, item.choices.map((c) => c.code));
    case 'yes_no':
      return checkCode(value, ['1', '0']);
    case 'number':
    case 'slider': {
      if (typeof value === 'string') return { key: 'notANumber' };
      if (typeof value !== 'number' || !Number.isFinite(value)) return { key: 'wrongType' };
      if (item.type === 'number' && item.integer && !Number.isInteger(value)) return { key: 'notInteger' };
      if (item.type === 'number' && item.decimals !== undefined && decimalsOf(value) > item.decimals) return { key: 'tooManyDecimals', vars: { decimals: item.decimals } };
      return checkRange(value, item.min, item.max);
    }
    case 'date': {
      if (typeof value !== 'string') return { key: 'wrongType' };
      if (!isIsoDate(value)) return { key: 'invalidDate' };
      if (item.min && value < item.min) return { key: 'dateBeforeMin', vars: { min: item.min } };
      if (item.max && value > item.max) return { key: 'dateAfterMax', vars: { max: item.max } };
      return undefined;
    }
    case 'text': {
      if (typeof value !== 'string') return { key: 'wrongType' };
      const length = [...value].length;
      if (item.minLength !== undefined && length < item.minLength) return { key: 'tooShort', vars: { min: item.minLength } };
      const max = item.maxLength ?? 20000;
      if (length > max) return { key: 'tooLong', vars: { max } };
      const format = item.format ? checkedFormats[item.format] : undefined;
      if (format && !format.test(value)) return { key: 'invalidFormat', vars: { format: item.format! } };
      return undefined;
    }
    default:
      return { key: 'wrongType' };
  }
}

export function validateAnswers(def: InstrumentDefinition, answers: Answers, options: ValidateOptions = {}): { ok: boolean; errors: AnswerError[] } {
  const index = variableIndex(def);
  // Calculated fields' values are the server's (calc/compute.ts): accepted only when the caller computed them itself.
  const calculated = new Set(def.sections.flatMap((s) => s.items.filter((i) => i.type === 'calc').map((i) => i.name)));
  const errors: AnswerError[] = [];
  const push = (variable: string, key: AnswerErrorKey, vars: Record<string, string | number> = {}) =>
    errors.push({ variable, key: `questionnaires.answers.${key}`, vars: { variable, ...vars } });

  for (const [variable, value] of Object.entries(answers)) {
    const entry = index.get(variable);
    if (!entry && options.serverCalculated && calculated.has(variable)) continue;
    if (!entry) {
      push(variable, 'unknownVariable');
      continue;
    }
    if (!isAnswered(value)) continue;
    const err = checkValue(entry.item, value);
    if (err) push(variable, err.key, err.vars);
  }

  // Matrix ranking: no two rows of the same matrix may share a value.
  for (const section of def.sections)
    for (const item of section.items) {
      if (item.type !== 'matrix' || !item.ranking) continue;
      const seen = new Map<string, string>();
      for (const row of item.rows) {
        const v = answers[row.name];
        if (typeof v !== 'string' || v === '') continue;
        if (seen.has(v)) push(row.name, 'rankingConflict', { value: v });
        else seen.set(v, row.name);
      }
    }

  if (!options.partial) {
    const shown = visibleVariables(def, answers);
    for (const [variable, entry] of index)
      if (entry.required && shown.has(variable) && !isAnswered(answers[variable]) && !errors.some((e) => e.variable === variable)) push(variable, 'required');
  }
  return { ok: errors.length === 0, errors };
}

/** What a no-JS form post gives per field: one string, or several for repeated checkbox names. */
export type FormFields = Record<string, string | string[] | undefined>;

/** Reads "3,5" and "3.5" alike (Norwegian keyboards); anything else stays a string so validation can name it. */
function formNumber(raw: string): number | string {
  const t = raw.trim().replace(/\s/g, '');
  if (/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return Number(t.replace(',', '.'));
  return raw.trim();
}

/** A browser without a date picker sends what was typed: Norwegian 1.5.2024 / 01.05.2024 becomes 2024-05-01. */
function formDate(raw: string): string {
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(raw);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : raw;
}

/**
 * Turns the fields of an HTML form post into typed answers. Fields whose names begin with `_` (csrf, action,
 * page) and names in `ignore` are control fields and skipped; any other unknown name is passed through so
 * validateAnswers reports it as forged. Empty fields are left out (a blank is no answer).
 */
export function normaliseFormAnswers(def: InstrumentDefinition, fields: FormFields, ignore: readonly string[] = []): Answers {
  const index = variableIndex(def);
  const out: Answers = {};
  for (const [name, raw] of Object.entries(fields)) {
    if (raw === undefined || name.startsWith('_') || ignore.includes(name)) continue;
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v) => typeof v === 'string');
    const entry = index.get(name);
    const multiple = entry && (entry.item.type === 'multiple_choice' || (entry.item.type === 'matrix' && entry.item.multiple));
    if (multiple) {
      const codes = values.map((v) => v.trim()).filter((v) => v !== '');
      if (codes.length) out[name] = codes;
      continue;
    }
    // A single-valued field sent twice is a forged post; keep the list so validation refuses it as the wrong type.
    if (values.length > 1) {
      out[name] = values;
      continue;
    }
    const value = values[0] ?? '';
    if (!entry) {
      if (value !== '') out[name] = value;
      continue;
    }
    const item = entry.item;
    if (item.type === 'text') {
      if (value.trim() !== '') out[name] = value.replace(/\r\n/g, '\n');
      continue;
    }
    const trimmed = value.trim();
    if (trimmed === '') continue;
    if (item.type === 'number' || item.type === 'slider') out[name] = formNumber(trimmed);
    else if (item.type === 'date') out[name] = formDate(trimmed);
    else if (item.type === 'likert') {
      const n = formNumber(trimmed);
      out[name] = typeof n === 'number' && item.points.some((p) => p.value === n) ? n : trimmed;
    } else out[name] = trimmed;
  }
  return out;
}
