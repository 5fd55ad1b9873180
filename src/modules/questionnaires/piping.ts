import { allItems, type Answers, type InstrumentDefinition, type InstrumentLanguage, type Item } from './definition.js';
import { localText } from './local-text.js';

/**
 * What a piped `[field]` shows on a participant page: the earlier answer as the person gave it — a choice's label
 * (`[field:value]` gives the code), a number with a decimal comma in Norwegian, a date as written, several
 * choices joined with commas. Undefined for a name that is not a variable of the form (the text stays as written).
 */
export type PipeDisplay = (name: string, asLabel: boolean) => string | undefined;

export function pipingDisplay(def: InstrumentDefinition, answers: Answers, lang: InstrumentLanguage): PipeDisplay {
  const items = new Map<string, Item>();
  for (const item of allItems(def)) {
    items.set(item.name, item);
    if (item.type === 'matrix') for (const r of item.rows) items.set(r.name, item);
  }
  const number = (n: number) => (lang === 'en' ? String(n) : String(n).replace('.', ','));
  const label = (item: Item, code: string): string => {
    if (item.type === 'single_choice' || item.type === 'multiple_choice' || item.type === 'matrix') {
      const c = item.choices.find((x) => x.code === code);
      return c ? localText(c.label, lang).text : code;
    }
    if (item.type === 'likert') {
      const special = [item.notApplicable, item.dontKnow].find((s) => s?.code === code);
      const point = item.points.find((p) => String(p.value) === code);
      return special ? localText(special.label, lang).text : point ? localText(point.label, lang).text : code;
    }
    if (item.type === 'yes_no') return { '1': { nb: 'Ja', nn: 'Ja', en: 'Yes' }, '0': { nb: 'Nei', nn: 'Nei', en: 'No' } }[code]?.[lang] ?? code;
    return code;
  };
  return (name, asLabel) => {
    const item = items.get(name);
    if (!item) return undefined;
    const value = answers[name];
    if (value === undefined) return '';
    if (Array.isArray(value)) return value.map((v) => (asLabel ? label(item, v) : v)).join(', ');
    if (typeof value === 'number') return asLabel && item.type === 'likert' ? label(item, String(value)) : number(value);
    return asLabel ? label(item, value) : value;
  };
}
