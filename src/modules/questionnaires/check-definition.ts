import { allItems, type Condition, type InstrumentDefinition, type InstrumentLanguage, type Item, type LocalText } from './definition.js';
import { itemVariables } from './logic.js';
import { numericItem } from './scoring.js';

/**
 * Problems the schema cannot see because they span items: names, branching order, scales, translations.
 * Each names the item (or section / scale) so the builder can put the message beside it, and an import can
 * list them row by row. Errors block publishing; missing translations are warnings (shown, not blocking).
 */

export type DefinitionProblemKey =
  | 'duplicateVariable' | 'duplicateSection' | 'duplicateScale' | 'duplicateChoiceCode' | 'duplicatePointValue' | 'specialCodeClash'
  | 'minAboveMax' | 'lengthOrder' | 'conditionUnknownItem' | 'conditionLaterItem' | 'conditionSelf' | 'conditionNotChoice'
  | 'conditionUnknownCode' | 'scaleUnknownItem' | 'scaleNonNumeric' | 'reverseNotInScale' | 'minAnsweredTooHigh' | 'scaleUnknownParent' | 'wordingMissing'
  | `missingTranslation.${InstrumentLanguage}`;

export interface DefinitionProblem {
  /** The item, section or scale name the problem is about. */
  item: string;
  key: `questionnaires.check.${DefinitionProblemKey}`;
  vars: Record<string, string | number>;
  severity: 'error' | 'warning';
}

function conditionLeaves(cond: Condition): Extract<Condition, { item: string }>[] {
  if ('all' in cond) return cond.all.flatMap(conditionLeaves);
  if ('any' in cond) return cond.any.flatMap(conditionLeaves);
  return [cond];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Every text of an item with the field it is, for the translation check. */
function itemTexts(item: Item): [string, LocalText][] {
  const out: [string, LocalText][] = [['label', item.label]];
  if (item.hint) out.push(['hint', item.hint]);
  if ('choices' in item) for (const c of item.choices) out.push([`choice ${c.code}`, c.label]);
  if (item.type === 'likert') {
    for (const p of item.points) out.push([`point ${p.value}`, p.label]);
    if (item.notApplicable) out.push(['notApplicable', item.notApplicable.label]);
    if (item.dontKnow) out.push(['dontKnow', item.dontKnow.label]);
  }
  if (item.type === 'matrix') for (const r of item.rows) out.push([`row ${r.name}`, r.label]);
  if (item.type === 'slider') item.labels.forEach((l, i) => out.push([`slider label ${i + 1}`, l]));
  return out;
}

const hasText = (t: LocalText | undefined, lang: InstrumentLanguage) => typeof t?.[lang] === 'string' && t[lang]!.trim() !== '';

export function checkDefinition(def: InstrumentDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (item: string, key: DefinitionProblemKey, vars: Record<string, string | number> = {}, severity: 'error' | 'warning' = 'error') =>
    problems.push({ item, key: `questionnaires.check.${key}`, vars: { name: item, ...vars }, severity });

  const items = allItems(def);
  // Item names and matrix row names share one namespace: each becomes a column in REDCap and in exports.
  for (const name of duplicates(items.flatMap((i) => (i.type === 'matrix' ? [i.name, ...i.rows.map((r) => r.name)] : [i.name])))) add(name, 'duplicateVariable');
  for (const name of duplicates(def.sections.map((s) => s.name))) add(name, 'duplicateSection');
  for (const name of duplicates(def.scales.map((s) => s.name))) add(name, 'duplicateScale');

  // Position of every item and variable, for "refers to a later item".
  const position = new Map<string, number>();
  items.forEach((item, i) => {
    if (!position.has(item.name)) position.set(item.name, i);
    for (const v of itemVariables(item)) if (!position.has(v)) position.set(v, i);
  });
  const owner = new Map<string, Item>();
  for (const item of items) for (const v of itemVariables(item)) if (!owner.has(v)) owner.set(v, item);
  // A calculated field's value (computed by the server, calc/compute.ts) may drive later branching, as in REDCap.
  for (const item of items) if (item.type === 'calc' && !owner.has(item.name)) owner.set(item.name, item);

  items.forEach((item, index) => {
    if ('choices' in item) for (const code of duplicates(item.choices.map((c) => c.code))) add(item.name, 'duplicateChoiceCode', { code });
    if (item.type === 'likert') {
      for (const value of duplicates(item.points.map((p) => String(p.value)))) add(item.name, 'duplicatePointValue', { value });
      for (const special of [item.notApplicable?.code, item.dontKnow?.code])
        if (special !== undefined && item.points.some((p) => String(p.value) === special.trim())) add(item.name, 'specialCodeClash', { code: special });
    }
    if ((item.type === 'number' || item.type === 'slider') && item.min !== undefined && item.max !== undefined && item.min > item.max) add(item.name, 'minAboveMax');
    if (item.type === 'date' && item.min && item.max && item.min > item.max) add(item.name, 'minAboveMax');
    if (item.type === 'text' && item.minLength !== undefined && item.maxLength !== undefined && item.minLength > item.maxLength) add(item.name, 'lengthOrder');

    if (item.showIf)
      for (const leaf of conditionLeaves(item.showIf)) {
        const at = position.get(leaf.item);
        const target = owner.get(leaf.item);
        if (at === undefined || !target) add(item.name, 'conditionUnknownItem', { target: leaf.item });
        else if (at === index) add(item.name, 'conditionSelf', { target: leaf.item });
        else if (at > index) add(item.name, 'conditionLaterItem', { target: leaf.item });
        else if (leaf.op === 'selected' || leaf.op === 'notSelected') {
          const multiple = target.type === 'multiple_choice' || (target.type === 'matrix' && target.multiple);
          if (!multiple) add(item.name, 'conditionNotChoice', { target: leaf.item });
          else if ('choices' in target && !target.choices.some((c) => c.code === leaf.value)) add(item.name, 'conditionUnknownCode', { target: leaf.item, code: leaf.value });
        }
      }
  });

  const scaleNames = new Set(def.scales.map((s) => s.name));
  for (const scale of def.scales) {
    for (const variable of scale.items) {
      const item = owner.get(variable);
      if (!item) add(scale.name, 'scaleUnknownItem', { target: variable });
      else if (!numericItem(item)) add(scale.name, 'scaleNonNumeric', { target: variable });
    }
    for (const variable of scale.reverse) {
      if (!scale.items.includes(variable)) add(scale.name, 'reverseNotInScale', { target: variable });
      else {
        // A reversed number item needs both ends of its range, else there is nothing to mirror within.
        const numeric = owner.get(variable) && numericItem(owner.get(variable)!);
        if (numeric && (numeric.min === undefined || numeric.max === undefined)) add(scale.name, 'scaleNonNumeric', { target: variable });
      }
    }
    if (scale.minAnswered > scale.items.length) add(scale.name, 'minAnsweredTooHigh', { min: scale.minAnswered, count: scale.items.length });
    if (scale.parent !== undefined && (!scaleNames.has(scale.parent) || scale.parent === scale.name)) add(scale.name, 'scaleUnknownParent', { target: scale.parent });
  }

  for (const lang of def.languages) {
    const missing = (name: string, field: string, text: LocalText | undefined) => {
      if (!hasText(text, lang)) add(name, `missingTranslation.${lang}`, { field }, 'warning');
    };
    missing(def.name, 'title', def.title);
    // Optional texts are only checked when some language has them: a hint in one language needs the others.
    if (def.description && Object.values(def.description).some((v) => v?.trim())) missing(def.name, 'description', def.description);
    for (const section of def.sections) if (section.title && Object.values(section.title).some((v) => v?.trim())) missing(section.name, 'title', section.title);
    for (const item of items)
      for (const [field, text] of itemTexts(item)) {
        // A calculated field without any label is a hidden computation (XLSForm calculate), not a translation gap.
        // Likewise a matrix without a header (REDCap matrix groups often have none): its rows carry the questions.
        if ((item.type === 'calc' || item.type === 'matrix') && field === 'label' && !Object.values(text).some((v) => v?.trim())) continue;
        // A licensed instrument shipped without wording: its item labels are entered later, not a translation gap.
        if (def.wordingRequired && (field === 'label' || field.startsWith('row ')) && !Object.values(text).some((v) => v?.trim())) {
          if (lang === def.languages[0]) add(item.name, 'wordingMissing', { field }, 'warning');
          continue;
        }
        missing(item.name, field, text);
      }
    for (const scale of def.scales) missing(scale.name, 'label', scale.label);
  }
  return problems;
}

/** Only the problems that block publishing (missing translations are shown but do not block). */
export function blockingProblems(def: InstrumentDefinition): DefinitionProblem[] {
  return checkDefinition(def).filter((p) => p.severity === 'error');
}
