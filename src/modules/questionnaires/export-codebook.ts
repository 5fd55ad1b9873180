import type { Language } from '../../i18n/index.js';
import { translate } from '../../i18n/index.js';
import { conditionText } from './condition-text.js';
import type { InstrumentDefinition, Item } from './definition.js';
import { localText, neutralise, scaleColumnName } from './export-columns.js';

/**
 * The codebook beside a response export: one row per exported column of answers and scores, with the
 * label in the chosen language, the item type, codes → labels, validation, branching and — for scores —
 * how the scale is computed. Headers are variable names so it lines up with the data file.
 */
export { conditionText };

export const codebookHeaders = ['variable', 'item', 'section', 'label', 'type', 'values', 'validation', 'required', 'show_if', 'scale'] as const;
export type CodebookRow = Record<(typeof codebookHeaders)[number], string>;

function valuesText(item: Item, lang: Language): string {
  switch (item.type) {
    case 'likert': {
      const points = item.points.map((p) => `${p.value} = ${localText(p.label, lang)}`);
      if (item.notApplicable) points.push(`${item.notApplicable.code} = ${localText(item.notApplicable.label, lang)}`);
      if (item.dontKnow) points.push(`${item.dontKnow.code} = ${localText(item.dontKnow.label, lang)}`);
      return points.join(' | ');
    }
    case 'single_choice':
    case 'multiple_choice':
    case 'matrix':
      return item.choices.map((c) => `${c.code} = ${localText(c.label, lang)}`).join(' | ');
    case 'yes_no': {
      const [yes, no] = item.variant === 'truefalse' ? ['true', 'false'] : ['yes', 'no'];
      return `1 = ${translate(lang, `questionnaires.export.values.${yes}`)} | 0 = ${translate(lang, `questionnaires.export.values.${no}`)}`;
    }
    default:
      return '';
  }
}

function validationText(item: Item): string {
  const range = (min?: number | string, max?: number | string) => (min !== undefined || max !== undefined ? `${min ?? ''}–${max ?? ''}` : '');
  switch (item.type) {
    case 'number':
      return [item.integer ? 'integer' : 'number', range(item.min, item.max)].filter(Boolean).join(' ');
    case 'slider':
      return `slider ${range(item.min, item.max)}`;
    case 'date':
      return ['date (yyyy-mm-dd)', range(item.min, item.max)].filter(Boolean).join(' ');
    case 'text':
      return [item.format, item.minLength !== undefined || item.maxLength !== undefined ? `length ${range(item.minLength, item.maxLength)}` : ''].filter(Boolean).join(' ');
    case 'multiple_choice':
      return item.maxChecked ? `at most ${item.maxChecked}` : '';
    default:
      return '';
  }
}

export function codebookRows(def: InstrumentDefinition, lang: Language): CodebookRow[] {
  const rows: CodebookRow[] = [];
  const scalesOf = (variable: string) => def.scales.filter((s) => s.items.includes(variable)).map((s) => (s.reverse.includes(variable) ? `${s.name} (reversed)` : s.name)).join(', ');
  const variables = new Set<string>();
  for (const section of def.sections)
    for (const item of section.items) {
      if (item.type === 'descriptive') continue;
      if (item.type === 'calc') {
        // The data export has a column per calc (computed by the server); the codebook gives its formula.
        variables.add(item.name);
        rows.push({ variable: item.name, item: item.name, section: section.name, type: 'calc', label: localText(item.label, lang), values: '', validation: `= ${item.formula}`, required: 'no', show_if: item.showIf ? conditionText(item.showIf) : '', scale: '' });
        continue;
      }
      const base = { section: section.name, type: item.type, values: valuesText(item, lang), validation: validationText(item), show_if: item.showIf ? conditionText(item.showIf) : '' };
      const vars = item.type === 'matrix' ? item.rows.map((r) => ({ name: r.name, label: `${localText(item.label, lang)} — ${localText(r.label, lang)}`, required: r.required ?? item.required })) : [{ name: item.name, label: localText(item.label, lang), required: item.required }];
      const checkbox = item.type === 'multiple_choice' || (item.type === 'matrix' && item.multiple);
      for (const v of vars) {
        variables.add(v.name);
        rows.push({ variable: v.name, item: item.name, ...base, label: v.label, required: v.required ? 'yes' : 'no', scale: scalesOf(v.name) });
        if (checkbox && 'choices' in item)
          for (const choice of item.choices)
            rows.push({ variable: `${v.name}___${choice.code.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`, item: item.name, ...base, type: 'checkbox', label: `${v.label}: ${localText(choice.label, lang)}`, values: '1 = checked | 0 = unchecked', required: '', scale: '' });
      }
    }
  for (const scale of def.scales) {
    const reverse = scale.reverse.length ? `; reversed: ${scale.reverse.join(', ')}` : '';
    rows.push({
      variable: scaleColumnName(scale.name, variables), item: '', section: '', label: localText(scale.label, lang), type: 'score', values: '',
      validation: `${scale.method} of ${scale.items.join(', ')}${reverse}; missing when fewer than ${scale.minAnswered} answered (N/A and don't know count as missing)`,
      required: '', show_if: '', scale: scale.parent ? `subscale of ${scale.parent}` : '',
    });
  }
  // Labels are free text written by people: neutralised like every other text cell.
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, neutralise(v)])) as CodebookRow);
}
