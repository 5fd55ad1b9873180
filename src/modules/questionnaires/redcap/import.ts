import { instrumentLanguages, type InstrumentLanguage } from '../definition.js';
import { checkedFormats } from '../answers-validate.js';
import { finishImport, humanise } from '../interchange/finish.js';
import { problem, type InterchangeProblem } from '../interchange/problems.js';
import { parseChoices } from './columns.js';
import { calcTextFormula, checkFormula } from './calc-fields.js';
import { decodeText } from './decode.js';
import { parseRedcapLogic } from './logic.js';
import { checkRows, firstRowIsRecordId, nameRule, readRows, type Row } from './rows.js';

/**
 * REDCap data dictionary (CSV) → instrument definitions, one per form (REDCap's instruments). A file that is not a
 * dictionary (see rows.ts) is refused whole with the row named; anything that is a valid dictionary but cannot be
 * represented is imported as far as possible and reported row by row. The record ID (rows.ts: only a real one)
 * is the record's key, not a question: it is left out and written back as record_id on export.
 */

export interface ImportOptions {
  /** REDCap has one language: the texts go into this one. */
  language?: InstrumentLanguage;
  title?: string;
  /** `instrument`: an instrument zip's instrument.csv (no record ID); `project`: a project's dictionary. */
  source?: 'project' | 'instrument' | 'unknown';
}

/** Other events' fields (`[event][field]`) and smart variables (`[record-name]`, `[survey-link:…]`) cannot be piped. */
const unsupportedPiping = /\]\[|\[[a-z][a-z0-9_]*-[a-z0-9_-]*(:[^\]]*)?\]/;

export type FormImport = ReturnType<typeof finishImport> & { form: string };

/** Every form of the dictionary as its own instrument; `problems` are the file's own (encoding, record ID, forms). */
export function importRedcapForms(text: string, options: ImportOptions = {}): { forms: FormImport[]; problems: InterchangeProblem[] } {
  const lang: InstrumentLanguage = options.language && instrumentLanguages.includes(options.language) ? options.language : 'nb';
  const rows = readRows(text);
  checkRows(rows);
  const problems: InterchangeProblem[] = [];
  const body = [...rows];
  if (firstRowIsRecordId(rows, options.source ?? 'unknown')) {
    const id = body.shift()!;
    problems.push(problem('recordIdSkipped', { row: id.row, item: id.field_name }));
  }
  // Forms in order of first appearance; REDCap keeps a form's rows together, but a hand-edited file may not.
  const order: string[] = [];
  const byForm = new Map<string, Row[]>();
  for (const r of body) {
    if (!byForm.has(r.form_name)) (order.push(r.form_name), byForm.set(r.form_name, []));
    byForm.get(r.form_name)!.push(r);
  }
  if (order.length > 1) problems.push(problem('formsSeparate', {}, { count: order.length, forms: order.join(', ') }));
  const allNames = new Set(rows.map((r) => r.field_name));
  const title = options.title?.trim();
  const forms = order.map((form, i) => {
    const name = nameRule.test(form) ? form : order.length > 1 ? `form_${i + 1}` : 'imported_form';
    const formTitle = order.length === 1 ? title || humanise(name) : title ? `${title}: ${humanise(name)}` : humanise(name);
    return { form: name, ...buildForm(byForm.get(form)!, name, formTitle, lang, allNames) };
  });
  return { forms, problems };
}

/** The bytes of an uploaded dictionary: the encoding is detected (decode.ts) and reported when not UTF-8. */
export function importRedcapFile(bytes: Uint8Array, options: ImportOptions = {}) {
  const { text, encoding } = decodeText(bytes);
  const result = importRedcapForms(text, options);
  if (encoding !== 'utf-8') result.problems.unshift(problem('encodingDetected', {}, { encoding: encoding === 'windows-1252' ? 'Windows-1252' : encoding.toUpperCase() }));
  return result;
}

/** A dictionary as one instrument (the first form's); the file's and every form's problems together. */
export function importRedcapDictionary(text: string, options: ImportOptions = {}) {
  const { forms, problems } = importRedcapForms(text, options);
  const all = [...problems, ...forms.flatMap((f) => f.problems)];
  return { definition: forms[0]?.definition, problems: all, blocking: forms.flatMap((f) => f.blocking), forms };
}

const yes = (v: string) => v.trim().toLowerCase() === 'y' || v.trim() === '1';
const num = (v: string) => (v.trim() === '' ? undefined : Number(v.trim().replace(',', '.')));
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** One form's rows (record ID already taken out) → one instrument definition, with what could not be carried over. */
function buildForm(body: Row[], formName: string, title: string, lang: InstrumentLanguage, allNames: Set<string>) {
  const L = (s: string) => (s ? { [lang]: s } : {});
  const problems: InterchangeProblem[] = [];
  const rowOf = new Map<string, number>();
  const report = (key: string, r: Row, vars: Record<string, string | number> = {}) => problems.push(problem(key, { row: r.row, item: r.field_name }, vars));

  type Section = { name: string; title?: Record<string, string>; items: Record<string, unknown>[] };
  const sections: Section[] = [{ name: formName, items: [] }];
  const startSection = (title: string) => {
    const current = sections[sections.length - 1];
    if (current.items.length === 0 && !current.title) current.title = title ? L(title) : undefined;
    else sections.push({ name: `section_${sections.length + 1}`, ...(title ? { title: L(title) } : {}), items: [] });
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
    // [field] piping shows earlier answers on participant pages; other events' fields and smart variables cannot.
    if (unsupportedPiping.test(r.field_label) || unsupportedPiping.test(r.field_note)) report('pipingKept', r);
    actionTags(r);
    return base;
  };
  // Action tags are kept verbatim for the round trip; Varde honours @CHARLIMIT and @MAXCHECKED, and says so for the rest.
  const actionTags = (r: Row) => {
    const tags = [...new Set(r.field_annotation.match(/@[A-Z][A-Z0-9_-]*/g) ?? [])].filter((tag) => !['@CHARLIMIT', '@MAXCHECKED', '@CALCTEXT'].includes(tag));
    if (tags.length) report('actionTagsIgnored', r, { tags: tags.join(', ') });
  };
  const choicesOf = (r: Row) => (parseChoices(r.select_choices_or_calculations) as { code: string; label: string }[]).map((c) => ({ code: c.code, label: L(c.label) }));
  const limit = (annotation: string, tag: string) => {
    const m = new RegExp(`@${tag}\\s*=\\s*['"]?(\\d+)`, 'i').exec(annotation);
    return m ? Number(m[1]) : undefined;
  };

  const fieldNames = allNames;
  const matrixNames = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    const r = body[i];
    const type = r.field_type.toLowerCase();
    if (r.section_header && !r.matrix_group_name) startSection(r.section_header);
    const items = sections[sections.length - 1].items;
    rowOf.set(r.field_name, r.row);

    if (r.matrix_group_name && (type === 'radio' || type === 'checkbox')) {
      // Consecutive rows of one matrix group with identical choices become one matrix item.
      const group = [r];
      while (body[i + 1]?.matrix_group_name === r.matrix_group_name && body[i + 1].field_type.toLowerCase() === type && body[i + 1].select_choices_or_calculations === r.select_choices_or_calculations && !body[i + 1].section_header) group.push(body[++i]);
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
    const calcText = type === 'text' ? calcTextFormula(r.field_annotation) : undefined;
    if (calcText !== undefined) {
      // @CALCTEXT: a text field whose value the formula gives; a calc item that exports back as the same text field.
      checkFormula(calcText, r, report);
      items.push({ ...base, type: 'calc', formula: calcText, textResult: true });
      continue;
    }
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
        checkFormula(r.select_choices_or_calculations, r, report);
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

  const draft = {
    name: formName,
    title: L(title),
    languages: [lang],
    sections: sections.filter((s) => s.items.length > 0 || sections.length === 1),
    scales: [],
  };
  return finishImport(draft, (n) => ({ row: rowOf.get(n) }), problems);
}

