import type { Condition, InstrumentDefinition, InstrumentLanguage, Item, ItemType, LocalText, Scale } from '../../../modules/questionnaires/definition.js';

/**
 * The instrument builder's editing steps as pure functions over the definition (the same shape the
 * server validates and stores). The page keeps one definition in state and replaces it with each step.
 */
export type { Condition, InstrumentDefinition, InstrumentLanguage, Item, ItemType, LocalText, Scale };

export const builderLanguages: InstrumentLanguage[] = ['nb', 'nn', 'en'];
/** Item types the builder offers; `calc` comes only from REDCap/XLSForm imports and is shown read-only. */
export const creatableTypes: ItemType[] = ['likert', 'single_choice', 'multiple_choice', 'matrix', 'text', 'number', 'date', 'yes_no', 'slider', 'descriptive'];

/** Every variable-like name in use (items, matrix rows, sections, scales share REDCap's one namespace for the first two). */
export function namesInUse(def: InstrumentDefinition): Set<string> {
  const names = new Set<string>();
  for (const s of def.sections)
    for (const item of s.items) {
      names.add(item.name);
      if (item.type === 'matrix') for (const r of item.rows) names.add(r.name);
    }
  return names;
}

/** The first free `${prefix}${n}`. */
export function freeName(used: Set<string>, prefix: string): string {
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

const likertPoints = () => [1, 2, 3, 4, 5].map((value) => ({ value, label: {} as LocalText }));

/** A new item of a type: valid against the schema, texts left empty for the author (and flagged as missing). */
export function newItem(type: ItemType, name: string, keep: Partial<Pick<Item, 'label' | 'hint' | 'required' | 'showIf'>> = {}): Item {
  const base = { name, label: keep.label ?? {}, hint: keep.hint, required: keep.required ?? false, showIf: keep.showIf };
  switch (type) {
    case 'likert': return { ...base, type, points: likertPoints() };
    case 'single_choice': return { ...base, type, choices: [{ code: '1', label: {} }, { code: '2', label: {} }], display: 'radio' };
    case 'multiple_choice': return { ...base, type, choices: [{ code: '1', label: {} }, { code: '2', label: {} }] };
    case 'matrix': return { ...base, type, rows: [{ name: `${name}_1`, label: {} }], choices: [1, 2, 3].map((c) => ({ code: String(c), label: {} })), multiple: false };
    case 'text': return { ...base, type, multiline: false };
    case 'number': return { ...base, type, integer: false };
    case 'date': return { ...base, type };
    case 'yes_no': return { ...base, type, variant: 'yesno' };
    case 'slider': return { ...base, type, min: 0, max: 100, labels: [], showNumber: false };
    case 'descriptive': return { ...base, type, required: false };
    case 'calc': return { ...base, type, formula: '' };
  }
}

/** A changed type keeps the name, texts, required and branching. */
export function changeType(item: Item, type: ItemType): Item {
  return newItem(type, item.name, { label: item.label, hint: item.hint, required: item.required, showIf: item.showIf });
}

/** Edits a copy: `fn` may mutate the copy it is given. */
export function edit<T>(value: T, fn: (draft: T) => void): T {
  const copy = structuredClone(value);
  fn(copy);
  return copy;
}

export function addItem(def: InstrumentDefinition, sectionIndex: number, type: ItemType): InstrumentDefinition {
  return edit(def, (d) => void d.sections[sectionIndex].items.push(newItem(type, freeName(namesInUse(d), 'q'))));
}

/** Moves an item up or down within its section, or into the neighbouring section at the edge. */
export function moveItem(def: InstrumentDefinition, sectionIndex: number, itemIndex: number, delta: -1 | 1): InstrumentDefinition {
  return edit(def, (d) => {
    const items = d.sections[sectionIndex].items;
    const target = itemIndex + delta;
    if (target >= 0 && target < items.length) [items[itemIndex], items[target]] = [items[target], items[itemIndex]];
    else if (d.sections[sectionIndex + delta]) {
      const [item] = items.splice(itemIndex, 1);
      const other = d.sections[sectionIndex + delta].items;
      if (delta < 0) other.push(item);
      else other.unshift(item);
    }
  });
}

export function removeItem(def: InstrumentDefinition, sectionIndex: number, itemIndex: number): InstrumentDefinition {
  return edit(def, (d) => void d.sections[sectionIndex].items.splice(itemIndex, 1));
}

export function addSection(def: InstrumentDefinition): InstrumentDefinition {
  return edit(def, (d) => void d.sections.push({ name: freeName(new Set(d.sections.map((s) => s.name)), 'section_'), items: [] }));
}

/** Removing a section keeps its items: they move to the section before (or after, for the first). */
export function removeSection(def: InstrumentDefinition, sectionIndex: number): InstrumentDefinition {
  if (def.sections.length < 2) return def;
  return edit(def, (d) => {
    const [gone] = d.sections.splice(sectionIndex, 1);
    const into = d.sections[Math.max(0, sectionIndex - 1)];
    if (sectionIndex === 0) into.items.unshift(...gone.items);
    else into.items.push(...gone.items);
  });
}

/** The languages of `languages` a text lacks (blank counts as missing). */
export function missingLanguages(text: LocalText | undefined, languages: InstrumentLanguage[]): InstrumentLanguage[] {
  return languages.filter((l) => !text?.[l]?.trim());
}

/** Answerable items before `itemName`, in order: what a "show if" may refer to (never itself, never later). */
export function earlierItems(def: InstrumentDefinition, itemName: string): Item[] {
  const out: Item[] = [];
  for (const s of def.sections)
    for (const item of s.items) {
      if (item.name === itemName) return out;
      if (item.type !== 'descriptive' && item.type !== 'calc' && item.type !== 'matrix') out.push(item);
    }
  return out;
}

/** Variables a scale may use: Likert, single choice, number, slider items and matrix rows. */
export function scalableVariables(def: InstrumentDefinition): string[] {
  const out: string[] = [];
  for (const s of def.sections)
    for (const item of s.items) {
      if (item.type === 'matrix') out.push(...item.rows.map((r) => r.name));
      else if (['likert', 'single_choice', 'number', 'slider'].includes(item.type)) out.push(item.name);
    }
  return out;
}

export function newScale(def: InstrumentDefinition): Scale {
  return { name: freeName(new Set(def.scales.map((s) => s.name)), 'scale_'), label: {}, items: [], reverse: [], method: 'mean', minAnswered: 1 };
}

/** A simple condition's parts for the form; compound conditions (from imports) are shown read-only. */
export function simpleCondition(cond: Condition | undefined): { item: string; op: string; value: string } | null {
  if (!cond) return { item: '', op: 'eq', value: '' };
  if ('all' in cond || 'any' in cond) return null;
  return { item: cond.item, op: cond.op, value: 'value' in cond ? String(cond.value) : '' };
}

/** The condition from the form's parts; none when no item is chosen. Numbers stay numbers for < and >. */
export function conditionFrom(item: string, op: string, value: string): Condition | undefined {
  if (!item) return undefined;
  if (op === 'answered' || op === 'unanswered') return { item, op };
  if (op === 'selected' || op === 'notSelected') return { item, op, value };
  const numeric = value.trim() !== '' && !Number.isNaN(Number(value)) && ['lt', 'lte', 'gt', 'gte'].includes(op);
  return { item, op: op as 'eq', value: numeric ? Number(value) : value };
}

/** The item (or section, scale) a validation path points into: `definition.sections.0.items.2.label` → the item's name. */
export function nameAtPath(def: InstrumentDefinition, path: string): string {
  const parts = path.split('.').filter((p) => p !== 'definition');
  if (parts[0] === 'sections') {
    const section = def.sections[Number(parts[1])];
    if (parts[2] === 'items') return section?.items[Number(parts[3])]?.name ?? section?.name ?? def.name;
    return section?.name ?? def.name;
  }
  if (parts[0] === 'scales') return def.scales[Number(parts[1])]?.name ?? def.name;
  return parts.length === 1 && def.sections.some((s) => s.items.some((i) => i.name === parts[0])) ? parts[0] : def.name;
}
