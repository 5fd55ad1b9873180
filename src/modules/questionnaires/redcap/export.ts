import Papa from 'papaparse';
import type { Condition, InstrumentDefinition, InstrumentLanguage, Item, LocalText } from '../definition.js';
import { problem, type InterchangeProblem } from '../interchange/problems.js';
import { formatChoices, redcapColumns, type RedcapKey, type RedcapRow } from './columns.js';
import { tryParseFormula } from '../calc/expression.js';
import { formatFormula } from '../calc/format.js';
import { calcTextFormula } from './calc-fields.js';
import { formatRedcapLogic } from './logic.js';

/**
 * Instrument definition → REDCap data dictionary with exactly the 18 columns in REDCap's order. REDCap has one
 * language, so the texts of `language` are written (a missing one falls back to another language and is noted).
 * What a dictionary cannot hold (scales and their scoring, minimum text length) is listed in `notes`.
 */
export function exportRedcapDictionary(def: InstrumentDefinition, language: InstrumentLanguage): { csv: string; notes: InterchangeProblem[] } {
  return exportRedcapProject([def], language);
}

/**
 * Several instruments as one project dictionary (REDCap's instruments are its forms): one record ID first, then
 * each instrument's rows with its own form name, in the order given — what a multi-form dictionary imported into
 * Varde becomes again.
 */
export function exportRedcapProject(defs: InstrumentDefinition[], language: InstrumentLanguage): { csv: string; notes: InterchangeProblem[] } {
  const notes: InterchangeProblem[] = [problem('exportLanguage', {}, { language })];
  const rows: RedcapRow[] = [];
  const taken = new Set(defs.flatMap((def) => def.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'matrix' ? [i.name, ...i.rows.map((r) => r.name)] : [i.name])))));
  const emptyRow = (): RedcapRow => Object.fromEntries(redcapColumns.map((c) => [c.key, ''])) as RedcapRow;
  rows.push({ ...emptyRow(), form_name: defs[0].name, field_name: taken.has('record_id') ? 'varde_record_id' : 'record_id', field_type: 'text', field_label: 'Record ID' });
  for (const def of defs) formRows(def, language, notes, (values) => rows.push({ ...emptyRow(), form_name: def.name, ...values }));
  const csv = Papa.unparse({ fields: redcapColumns.map((c) => c.header), data: rows.map((r) => redcapColumns.map((c) => r[c.key])) }, { newline: '\n' });
  return { csv: `${csv}\n`, notes };
}

/** `${field}` piping (XLSForm) written as REDCap's `[field]`. */
const redcapPiping = (text: string) => text.replace(/\$\{([a-z][a-z0-9_]*)\}/g, '[$1]');

function formRows(def: InstrumentDefinition, language: InstrumentLanguage, notes: InterchangeProblem[], row: (values: Partial<Record<RedcapKey, string>>) => void) {
  const text = (t: LocalText | undefined, item: string): string => {
    if (!t) return '';
    const own = t[language];
    if (own !== undefined && own.trim() !== '') return redcapPiping(own);
    const other = [...def.languages, 'nb', 'nn', 'en'].map((l) => t[l as InstrumentLanguage]).find((v) => v && v.trim() !== '');
    if (other !== undefined || Object.keys(t).length > 0) notes.push(problem('exportMissingText', { item }, { language }));
    return redcapPiping(other ?? '');
  };
  /** Column E is required by REDCap: an item without any text (licensed wording not yet entered) is noted. */
  const label = (t: LocalText, item: string) => {
    const value = text(t, item);
    if (value === '') notes.push(problem('exportEmptyLabel', { item }));
    return value;
  };

  const logic = (c: Condition | undefined) => (c ? formatRedcapLogic(c) : '');
  const withTag = (annotation: string | undefined, tag: string, value: number | undefined) =>
    value === undefined || new RegExp(`@${tag}\\b`, 'i').test(annotation ?? '') ? (annotation ?? '') : `${annotation ? `${annotation} ` : ''}@${tag}=${value}`;

  for (const section of def.sections) {
    let header = text(section.title, section.name);
    for (const item of section.items) {
      const base: Partial<Record<RedcapKey, string>> = {
        field_name: item.name,
        section_header: header,
        field_label: label(item.label, item.name),
        field_note: text(item.hint, item.name),
        identifier: item.identifier ? 'y' : '',
        branching_logic: logic(item.showIf),
        required_field: item.required ? 'y' : '',
        custom_alignment: item.alignment ?? '',
        question_number: item.questionNumber ?? '',
        field_annotation: item.annotation ?? '',
      };
      header = '';
      if (item.type === 'matrix') {
        const matrixHeader = text(item.label, item.name);
        if (base.section_header && matrixHeader && base.section_header !== matrixHeader) notes.push(problem('exportSectionTitleMerged', { item: item.name }, { title: base.section_header }));
        item.rows.forEach((r, i) =>
          row({
            ...base,
            field_name: r.name,
            section_header: i === 0 ? matrixHeader || base.section_header : '',
            field_type: item.multiple ? 'checkbox' : 'radio',
            field_label: label(r.label, r.name),
            field_note: i === 0 ? base.field_note : '',
            select_choices_or_calculations: formatChoices(item.choices.map((c) => ({ code: c.code, label: text(c.label, item.name) }))),
            required_field: (r.required ?? item.required) ? 'y' : '',
            question_number: r.questionNumber ?? '',
            field_annotation: r.annotation ?? '',
            matrix_group_name: item.name,
            matrix_ranking: item.ranking ? 'y' : '',
          }),
        );
        continue;
      }
      row({ ...base, ...typeColumns(item, (t) => text(t, item.name), withTag, notes) });
    }
  }
  for (const scale of def.scales) notes.push(problem('exportScaleNotExported', { item: scale.name }));
}

function typeColumns(
  item: Exclude<Item, { type: 'matrix' }>,
  text: (t: LocalText) => string,
  withTag: (annotation: string | undefined, tag: string, value: number | undefined) => string,
  notes: InterchangeProblem[],
): Partial<Record<RedcapKey, string>> {
  const n = (v: number | undefined) => (v === undefined ? '' : String(v));
  switch (item.type) {
    case 'likert': {
      // A Likert item is a radio field whose codes are the point values; N/A and don't know are extra choices.
      const choices = item.points.map((p) => ({ code: String(p.value), label: text(p.label) }));
      for (const special of [item.notApplicable, item.dontKnow]) if (special) choices.push({ code: special.code, label: text(special.label) });
      return { field_type: 'radio', select_choices_or_calculations: formatChoices(choices) };
    }
    case 'single_choice':
      return { field_type: item.display, select_choices_or_calculations: formatChoices(item.choices.map((c) => ({ code: c.code, label: text(c.label) }))) };
    case 'multiple_choice':
      return { field_type: 'checkbox', select_choices_or_calculations: formatChoices(item.choices.map((c) => ({ code: c.code, label: text(c.label) }))), field_annotation: withTag(item.annotation, 'MAXCHECKED', item.maxChecked) };
    case 'text':
      if (item.minLength !== undefined) notes.push(problem('exportMinLength', { item: item.name }, { min: item.minLength }));
      if (item.multiline && item.format) notes.push(problem('exportFormatDropped', { item: item.name }, { format: item.format }));
      return { field_type: item.multiline ? 'notes' : 'text', text_validation_type_or_show_slider_number: item.multiline ? '' : (item.format ?? ''), field_annotation: withTag(item.annotation, 'CHARLIMIT', item.maxLength) };
    case 'number': {
      const kind = item.integer ? 'integer' : item.decimals !== undefined && item.decimals > 0 ? `number_${item.decimals}dp` : 'number';
      const validation = item.commaDecimal && kind !== 'integer' ? `${kind}_comma_decimal` : kind;
      return { field_type: 'text', text_validation_type_or_show_slider_number: validation, text_validation_min: n(item.min), text_validation_max: n(item.max) };
    }
    case 'date':
      return { field_type: 'text', text_validation_type_or_show_slider_number: `date_${item.order ?? 'ymd'}`, text_validation_min: item.min ?? '', text_validation_max: item.max ?? '' };
    case 'yes_no':
      return { field_type: item.variant };
    case 'slider': {
      const defaultRange = item.min === 0 && item.max === 100;
      return {
        field_type: 'slider',
        select_choices_or_calculations: item.labels.map(text).join(' | '),
        text_validation_type_or_show_slider_number: item.showNumber ? 'number' : '',
        text_validation_min: defaultRange ? '' : n(item.min),
        text_validation_max: defaultRange ? '' : n(item.max),
      };
    }
    case 'calc': {
      // A formula read from an XLSForm (${x}, div, !=) is written in REDCap's syntax; REDCap's own stays verbatim.
      const parsed = item.formula.includes('${') ? tryParseFormula(item.formula) : undefined;
      const formula = parsed?.ok ? formatFormula(parsed.expr, 'redcap') : item.formula;
      if (parsed && !parsed.ok) notes.push(problem('exportFormulaAsWritten', { item: item.name }, { formula: item.formula.slice(0, 200) }));
      if (!item.textResult) return { field_type: 'calc', select_choices_or_calculations: formula };
      const annotation = calcTextFormula(item.annotation ?? '') !== undefined ? (item.annotation ?? '') : `${item.annotation ? `${item.annotation} ` : ''}@CALCTEXT(${formula})`;
      return { field_type: 'text', field_annotation: annotation };
    }
    case 'descriptive':
      return { field_type: 'descriptive' };
  }
}
