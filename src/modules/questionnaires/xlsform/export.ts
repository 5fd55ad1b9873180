import type { InstrumentDefinition, InstrumentLanguage, Item, LocalText } from '../definition.js';
import { problem, type InterchangeProblem } from '../interchange/problems.js';
import { tryParseFormula } from '../calc/expression.js';
import { formatFormula } from '../calc/format.js';
import { formatConstraint, formatRelevant, type Constraint } from './logic.js';
import { languageNames, writeSheets } from './workbook.js';

/**
 * Instrument definition → XLSForm (.xlsx with survey, choices and settings sheets), every declared language in its
 * own `label::Norsk bokmål (nb)` column. A section with a title is a group; a matrix is a `table-list` group of
 * select questions sharing one list; a Likert item is select_one with appearance `likert`; yes/no is select_one of
 * a yes_no list. Identical choice lists are written once. What XLSForm cannot hold is listed in `notes`.
 */
export async function exportXlsForm(def: InstrumentDefinition): Promise<{ xlsx: Buffer; notes: InterchangeProblem[] }> {
  const notes: InterchangeProblem[] = [];
  const langs = def.languages;
  const hasHints = def.sections.some((s) => s.items.some((i) => i.hint && Object.values(i.hint).some(Boolean)));
  const textColumns = (column: string) => langs.map((l) => `${column}::${languageNames[l]}`);
  const surveyHeaders = ['type', 'name', ...textColumns('label'), ...(hasHints ? textColumns('hint') : []), 'required', 'relevant', 'constraint', 'appearance', 'calculation', 'parameters'];
  // REDCap piping [field] is XLSForm's ${field}; only names of this form are rewritten (pyxform refuses unknown ${…}).
  const known = new Set(def.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'matrix' ? [i.name, ...i.rows.map((r) => r.name)] : [i.name]))));
  const piped = (text: string) => text.replace(/\[([a-z][a-z0-9_]*)(?::(?:label|value))?\]/g, (whole, n: string) => (known.has(n) ? `\${${n}}` : whole));
  const texts = (column: string, t: LocalText | undefined) => Object.fromEntries(langs.map((l) => [`${column}::${languageNames[l]}`, piped(t?.[l] ?? '')]));

  const survey: Record<string, string>[] = [];
  const choices: Record<string, string>[] = [];
  const listNames = new Map<string, string>();
  /** One list per distinct set of choices, named after the first item that uses it. */
  const list = (owner: string, items: { code: string; label: LocalText }[]) => {
    const key = JSON.stringify(items.map((c) => [c.code, langs.map((l) => c.label[l] ?? '')]));
    const known = listNames.get(key);
    if (known) return known;
    listNames.set(key, owner);
    for (const c of items) choices.push({ list_name: owner, name: c.code, ...texts('label', c.label) });
    return owner;
  };
  const dropped = (item: Item, field: string) => notes.push(problem('exportFieldDropped', { item: item.name }, { field }));

  for (const section of def.sections) {
    const grouped = section.title !== undefined && Object.values(section.title).some(Boolean);
    if (grouped) survey.push({ type: 'begin group', name: section.name, ...texts('label', section.title) });
    for (const item of section.items) {
      for (const field of ['identifier', 'questionNumber', 'annotation', 'alignment'] as const) if (item[field] !== undefined) dropped(item, field);
      // XLSForm needs a label on every question but calculate: an item whose wording is still to be entered is noted.
      const rowsLabels = item.type === 'matrix' ? item.rows.map((r) => r.label) : [];
      if (item.type !== 'calc' && [item.label, ...rowsLabels].some((l) => !Object.values(l).some((v) => v && v.trim()))) notes.push(problem('exportEmptyLabel', { item: item.name }));
      const base = { name: item.name, ...texts('label', item.label), ...(hasHints ? texts('hint', item.hint) : {}), required: item.required ? 'yes' : '', relevant: item.showIf ? formatRelevant(item.showIf) : '' };
      const constraint = (c: Constraint) => formatConstraint(Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Constraint);
      switch (item.type) {
        case 'matrix': {
          if (item.ranking) dropped(item, 'ranking');
          const listName = list(item.name, item.choices);
          survey.push({ ...base, type: 'begin group', appearance: 'table-list', required: '' });
          for (const r of item.rows) {
            if (r.questionNumber !== undefined) dropped(item, `${r.name}.questionNumber`);
            if (r.annotation !== undefined) dropped(item, `${r.name}.annotation`);
            survey.push({ type: `${item.multiple ? 'select_multiple' : 'select_one'} ${listName}`, name: r.name, ...texts('label', r.label), required: (r.required ?? item.required) ? 'yes' : '' });
          }
          survey.push({ type: 'end group' });
          break;
        }
        case 'likert': {
          const points = item.points.map((p) => ({ code: String(p.value), label: p.label }));
          for (const special of [item.notApplicable, item.dontKnow]) if (special) points.push(special);
          survey.push({ ...base, type: `select_one ${list(item.name, points)}`, appearance: 'likert' });
          break;
        }
        case 'single_choice':
          survey.push({ ...base, type: `select_one ${list(item.name, item.choices)}`, appearance: item.display === 'dropdown' ? 'minimal' : '' });
          break;
        case 'multiple_choice':
          survey.push({ ...base, type: `select_multiple ${list(item.name, item.choices)}`, constraint: constraint({ maxChecked: item.maxChecked }) });
          break;
        case 'yes_no': {
          const yes = item.variant === 'truefalse' ? { nb: 'Sant', nn: 'Sant', en: 'True' } : { nb: 'Ja', nn: 'Ja', en: 'Yes' };
          const no = item.variant === 'truefalse' ? { nb: 'Usant', nn: 'Usant', en: 'False' } : { nb: 'Nei', nn: 'Nei', en: 'No' };
          survey.push({ ...base, type: `select_one ${list(item.variant === 'truefalse' ? 'true_false' : 'yes_no', [{ code: '1', label: yes }, { code: '0', label: no }])}` });
          break;
        }
        case 'text':
          if (item.format) dropped(item, 'format');
          survey.push({ ...base, type: 'text', appearance: item.multiline ? 'multiline' : '', constraint: constraint({ minLength: item.minLength, maxLength: item.maxLength }) });
          break;
        case 'number':
          if (item.decimals !== undefined) dropped(item, 'decimals');
          survey.push({ ...base, type: item.integer ? 'integer' : 'decimal', constraint: constraint({ min: item.min, max: item.max }) });
          break;
        case 'date':
          if (item.order) dropped(item, 'order');
          survey.push({ ...base, type: 'date', constraint: constraint({ minDate: item.min, maxDate: item.max }) });
          break;
        case 'slider':
          if (item.labels.length) dropped(item, 'labels');
          survey.push({ ...base, type: 'range', parameters: `start=${item.min} end=${item.max} step=1` });
          break;
        case 'descriptive':
          survey.push({ ...base, type: 'note' });
          break;
        case 'calc': {
          // A REDCap formula ([a] + [b], <>, ^) is written as XPath (${a} + ${b}, !=, pow()); one that cannot be read is noted.
          const parsed = tryParseFormula(item.formula);
          if (!parsed.ok) notes.push(problem('exportFormulaAsWritten', { item: item.name }, { formula: item.formula.slice(0, 200) }));
          survey.push({ ...base, type: 'calculate', calculation: parsed.ok ? formatFormula(parsed.expr, 'xpath') : item.formula });
          break;
        }
      }
    }
    if (grouped) survey.push({ type: 'end group' });
  }
  for (const scale of def.scales) notes.push(problem('exportScaleNotExported', { item: scale.name }));
  const defaultLanguage: InstrumentLanguage = langs[0];
  if (langs.some((l) => l !== defaultLanguage && def.title[l] && def.title[l] !== def.title[defaultLanguage])) notes.push(problem('exportTitleOneLanguage', {}, { language: defaultLanguage }));
  const settings = { form_title: def.title[defaultLanguage] ?? Object.values(def.title).find(Boolean) ?? def.name, form_id: def.name, version: def.sourceVersion ?? '', default_language: languageNames[defaultLanguage] };
  const xlsx = await writeSheets([
    { name: 'survey', headers: surveyHeaders, rows: survey },
    { name: 'choices', headers: ['list_name', 'name', ...textColumns('label')], rows: choices },
    { name: 'settings', headers: Object.keys(settings), rows: [settings] },
  ]);
  return { xlsx, notes };
}
