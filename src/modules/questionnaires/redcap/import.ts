import Papa from 'papaparse';
import { instrumentLanguages, type InstrumentLanguage } from '../definition.js';
import { checkedFormats } from '../answers-validate.js';
import { finishImport, humanise } from '../interchange/finish.js';
import { malformed, problem, type InterchangeProblem } from '../interchange/problems.js';
import { columnForHeader, parseChoices, redcapColumns, requiredColumns, type RedcapKey, type RedcapRow } from './columns.js';
import { parseRedcapLogic } from './logic.js';

/**
 * REDCap data dictionary (CSV) → instrument definition. A file that is not a dictionary (no header, a row without
 * name or type, a bad name, an unknown type, choices without codes) is refused whole with the row named; anything
 * that is a valid dictionary but cannot be represented is imported as far as possible and reported row by row.
 */

export interface ImportOptions {
  /** REDCap has one language: the texts go into this one. */
  language?: InstrumentLanguage;
  title?: string;
}

const fieldTypes = ['text', 'notes', 'dropdown', 'radio', 'checkbox', 'yesno', 'truefalse', 'calc', 'file', 'slider', 'descriptive', 'sql'];
const nameRule = /^[a-z][a-z0-9_]{0,99}$/;
const piping = /\[[a-z][a-z0-9_]*(\([^)]*\))?\]/;

type Row = RedcapRow & { row: number };

function readRows(text: string): Row[] {
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

/** Refuses the whole file for what makes it not a dictionary, listing every such row. */
function checkRows(rows: Row[]): void {
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

const yes = (v: string) => v.trim().toLowerCase() === 'y' || v.trim() === '1';
const num = (v: string) => (v.trim() === '' ? undefined : Number(v.trim().replace(',', '.')));
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function importRedcapDictionary(text: string, options: ImportOptions = {}) {
  const lang: InstrumentLanguage = options.language && instrumentLanguages.includes(options.language) ? options.language : 'nb';
  const L = (s: string) => (s ? { [lang]: s } : {});
  const rows = readRows(text);
  checkRows(rows);
  const problems: InterchangeProblem[] = [];
  const rowOf = new Map<string, number>();
  const report = (key: string, r: Row, vars: Record<string, string | number> = {}) => problems.push(problem(key, { row: r.row, item: r.field_name }, vars));

  const body = [...rows];
  // REDCap's first field is the record ID: the record's key, not a question. Export writes record_id back.
  if (body[0].field_type.toLowerCase() === 'text') report('recordIdSkipped', body.shift()!);
  const forms = [...new Set(rows.map((r) => r.form_name))];
  if (forms.length > 1) problems.push(problem('formsMerged', {}, { count: forms.length, forms: forms.join(', ') }));

  type Section = { name: string; title?: Record<string, string>; items: Record<string, unknown>[] };
  let form = body[0]?.form_name;
  const sections: Section[] = [{ name: form && nameRule.test(form) ? form : 'section_1', items: [] }];
  // A new form of a multi-form dictionary starts a section named after the form, so the boundary stays visible.
  const startSection = (title: string, formName?: string) => {
    const current = sections[sections.length - 1];
    const name = formName && nameRule.test(formName) && !sections.some((x) => x.name === formName) ? formName : `section_${sections.length + 1}`;
    if (current.items.length === 0 && !current.title) {
      current.title = title ? L(title) : undefined;
      if (formName) current.name = name;
    } else sections.push({ name, ...(title ? { title: L(title) } : {}), items: [] });
  };

  const common = (r: Row) => {
    const base: Record<string, unknown> = { name: r.field_name, label: L(r.field_label), required: yes(r.required_field) };
    if (r.field_note) base.hint = L(r.field_note);
    if (yes(r.identifier)) base.identifier = true;
    if (r.question_number) base.questionNumber = r.question_number;
    if (r.field_annotation) base.annotation = r.field_annotation;
    if (r.custom_alignment) {
      if (['RV', 'RH', 'LV', 'LH'].includes(r.custom_alignment.toUpperCase())) base.alignment = r.custom_alignment.toUpperCase();
      else report('alignmentIgnored', r, { value: r.custom_alignment });
    }
    if (r.branching_logic) {
      const logic = parseRedcapLogic(r.branching_logic);
      if (logic.ok) base.showIf = logic.condition;
      else report('branchingUnsupported', r, { logic: r.branching_logic, reason: logic.reason });
    }
    if (piping.test(r.field_label) || piping.test(r.field_note)) report('pipingKept', r);
    actionTags(r);
    return base;
  };
  // Action tags are kept verbatim for the round trip; Varde honours @CHARLIMIT and @MAXCHECKED, and says so for the rest.
  const actionTags = (r: Row) => {
    const tags = [...new Set(r.field_annotation.match(/@[A-Z][A-Z0-9_-]*/g) ?? [])].filter((tag) => !['@CHARLIMIT', '@MAXCHECKED'].includes(tag));
    if (tags.length) report('actionTagsIgnored', r, { tags: tags.join(', ') });
  };
  const choicesOf = (r: Row) => (parseChoices(r.select_choices_or_calculations) as { code: string; label: string }[]).map((c) => ({ code: c.code, label: L(c.label) }));
  const limit = (annotation: string, tag: string) => {
    const m = new RegExp(`@${tag}\\s*=\\s*['"]?(\\d+)`, 'i').exec(annotation);
    return m ? Number(m[1]) : undefined;
  };

  const fieldNames = new Set(rows.map((r) => r.field_name));
  const matrixNames = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    const r = body[i];
    const type = r.field_type.toLowerCase();
    if (r.form_name !== form) {
      form = r.form_name;
      startSection(r.matrix_group_name ? '' : r.section_header, r.form_name);
    } else if (r.section_header && !r.matrix_group_name) startSection(r.section_header);
    const items = sections[sections.length - 1].items;
    rowOf.set(r.field_name, r.row);

    if (r.matrix_group_name && (type === 'radio' || type === 'checkbox')) {
      // Consecutive rows of one matrix group with identical choices become one matrix item.
      const group = [r];
      while (body[i + 1]?.matrix_group_name === r.matrix_group_name && body[i + 1].field_type.toLowerCase() === type && body[i + 1].select_choices_or_calculations === r.select_choices_or_calculations && body[i + 1].form_name === r.form_name && !body[i + 1].section_header) group.push(body[++i]);
      const next = body[i + 1];
      if (next?.matrix_group_name === r.matrix_group_name) report(next.section_header ? 'matrixSplit' : 'matrixChoicesDiffer', next, { group: r.matrix_group_name });
      // The group name becomes the matrix's name: it must not clash with a field or an earlier (split) matrix.
      let matrixName = r.matrix_group_name;
      for (let n = 2; fieldNames.has(matrixName) || matrixNames.has(matrixName); n++) matrixName = `${r.matrix_group_name}_${n}`;
      if (matrixName !== r.matrix_group_name) report('matrixRenamed', r, { from: r.matrix_group_name, to: matrixName });
      matrixNames.add(matrixName);
      const first = common(r);
      const rowsOut = group.map((g) => {
        rowOf.set(g.field_name, g.row);
        if (g !== r) {
          if (g.branching_logic !== r.branching_logic) report('matrixRowBranching', g);
          if (g.field_note) report('matrixRowNote', g);
          if (yes(g.identifier) !== yes(r.identifier)) report('matrixRowIdentifier', g);
          actionTags(g);
        }
        return {
          name: g.field_name,
          label: L(g.field_label),
          ...(yes(g.required_field) !== yes(r.required_field) ? { required: yes(g.required_field) } : {}),
          ...(g.question_number ? { questionNumber: g.question_number } : {}),
          ...(g.field_annotation ? { annotation: g.field_annotation } : {}),
        };
      });
      const { questionNumber: _q, annotation: _a, ...rest } = first;
      rowOf.set(matrixName, r.row);
      items.push({ ...rest, name: matrixName, label: L(r.section_header), type: 'matrix', rows: rowsOut, choices: choicesOf(r), multiple: type === 'checkbox', ...(yes(r.matrix_ranking) ? { ranking: true } : {}) });
      continue;
    }
    if (r.matrix_group_name) report('matrixTypeUnsupported', r, { type });

    const base = common(r);
    const validation = r.text_validation_type_or_show_slider_number;
    switch (type) {
      case 'text': {
        const v = validation.toLowerCase();
        const date = /^date_(ymd|mdy|dmy)$/.exec(v);
        const number = /^(integer|number)(?:_(\d)dp)?(_comma_decimal)?$/.exec(v);
        if (date) {
          const [min, max] = [r.text_validation_min, r.text_validation_max];
          for (const bound of [min, max]) if (bound && !isoDate.test(bound)) report('minMaxIgnored', r, { value: bound });
          items.push({ ...base, type: 'date', order: date[1], ...(isoDate.test(min) ? { min } : {}), ...(isoDate.test(max) ? { max } : {}) });
        } else if (number) {
          const [min, max] = [num(r.text_validation_min), num(r.text_validation_max)];
          for (const [bound, raw] of [[min, r.text_validation_min], [max, r.text_validation_max]] as const) if (bound !== undefined && !Number.isFinite(bound)) report('minMaxIgnored', r, { value: raw });
          items.push({
            ...base, type: 'number', integer: number[1] === 'integer',
            ...(number[2] ? { decimals: Number(number[2]) } : {}), ...(number[3] ? { commaDecimal: true } : {}),
            ...(Number.isFinite(min) ? { min } : {}), ...(Number.isFinite(max) ? { max } : {}),
          });
        } else {
          if (v && !checkedFormats[v]) report('validationUnchecked', r, { type: validation });
          if (v && (r.text_validation_min || r.text_validation_max)) report('minMaxIgnored', r, { value: `${r.text_validation_min}–${r.text_validation_max}` });
          const maxLength = limit(r.field_annotation, 'CHARLIMIT');
          items.push({ ...base, type: 'text', multiline: false, ...(v ? { format: v } : {}), ...(maxLength ? { maxLength } : {}) });
        }
        break;
      }
      case 'notes': {
        const maxLength = limit(r.field_annotation, 'CHARLIMIT');
        items.push({ ...base, type: 'text', multiline: true, ...(maxLength ? { maxLength } : {}) });
        break;
      }
      case 'dropdown':
      case 'radio':
        if (type === 'dropdown' && validation === 'autocomplete') report('autocompleteIgnored', r);
        items.push({ ...base, type: 'single_choice', choices: choicesOf(r), display: type });
        break;
      case 'checkbox': {
        const maxChecked = limit(r.field_annotation, 'MAXCHECKED');
        items.push({ ...base, type: 'multiple_choice', choices: choicesOf(r), ...(maxChecked ? { maxChecked } : {}) });
        break;
      }
      case 'yesno':
      case 'truefalse':
        items.push({ ...base, type: 'yes_no', variant: type });
        break;
      case 'calc':
        items.push({ ...base, type: 'calc', formula: r.select_choices_or_calculations });
        break;
      case 'descriptive':
        items.push({ ...base, type: 'descriptive' });
        break;
      case 'slider': {
        const labels = r.select_choices_or_calculations ? r.select_choices_or_calculations.split('|').map((s) => s.trim()) : [];
        if (labels.length > 3) report('sliderLabels', r, { count: labels.length });
        const [min, max] = [num(r.text_validation_min), num(r.text_validation_max)];
        items.push({ ...base, type: 'slider', labels: labels.slice(0, 3).map((s) => L(s)), showNumber: validation.toLowerCase() === 'number', ...(Number.isFinite(min) ? { min } : {}), ...(Number.isFinite(max) ? { max } : {}) });
        break;
      }
      default:
        // file (and signature), sql: no place for them in a questionnaire answered on a public page.
        rowOf.delete(r.field_name);
        report('unsupportedType', r, { type: type === 'file' && validation === 'signature' ? 'signature' : type });
    }
  }

  const name = nameRule.test(rows[0].form_name) ? rows[0].form_name : 'imported_form';
  const draft = {
    name,
    title: L(options.title?.trim() || humanise(name)),
    languages: [lang],
    sections: sections.filter((s) => s.items.length > 0 || sections.length === 1),
    scales: [],
  };
  return finishImport(draft, (n) => ({ row: rowOf.get(n) }), problems);
}

