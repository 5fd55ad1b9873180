import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../definition.js';
import { importRedcapForms } from '../redcap/import.js';
import { multiFormDictionary } from '../redcap/fixtures-projects.js';
import { templateDefinition, templateKeys } from '../templates/index.js';
import { exportXlsForm } from './export.js';
import { readSheets } from './workbook.js';

/**
 * The rules pyxform's xls2xform enforces, checked on Varde's own exports (the converter itself was run on these
 * exports by hand; it is not part of the suite): every question but a calculate has a label or a hint, names are
 * unique, every ${reference} names a question of the form, every select's list exists, a calculate has a calculation.
 */
async function pyxformRuleBreaches(def: InstrumentDefinition): Promise<string[]> {
  const sheets = (await readSheets((await exportXlsForm(def)).xlsx))!;
  const survey = sheets.get('survey')!.rows.map((r) => r.cells);
  const lists = new Set(sheets.get('choices')!.rows.map((r) => r.cells.list_name));
  const names = survey.filter((r) => r.name).map((r) => r.name);
  const breaches: string[] = [];
  const seen = new Set<string>();
  for (const n of names) (seen.has(n) ? breaches.push(`duplicate name ${n}`) : seen.add(n));
  for (const r of survey) {
    const type = r.type ?? '';
    if (/^end /.test(type)) continue;
    if (!r.name) breaches.push(`no name: ${type}`);
    const text = Object.entries(r).some(([k, v]) => /^(label|hint)(::|$)/.test(k) && v.trim() !== '');
    if (type !== 'calculate' && !/^begin /.test(type) && !text) breaches.push(`${r.name}: no label or hint`);
    if (type === 'calculate' && !r.calculation) breaches.push(`${r.name}: no calculation`);
    const list = /^select_(?:one|multiple) (\S+)$/.exec(type)?.[1];
    if (list && !lists.has(list)) breaches.push(`${r.name}: unknown list ${list}`);
    for (const [column, value] of Object.entries(r))
      for (const [, ref] of value.matchAll(/\$\{([^}]*)\}/g)) if (!seen.has(ref) && !names.includes(ref)) breaches.push(`${r.name}.${column}: \${${ref}}`);
  }
  return breaches;
}

/** Licensed instruments ship without wording: an organisation enters it under its licence before use. */
function withWording(def: InstrumentDefinition): InstrumentDefinition {
  const copy = structuredClone(def);
  const fill = (t: Record<string, string | undefined> | undefined, what: string) => {
    if (t) for (const l of copy.languages) if (!t[l]) t[l] = `${what} (${l})`;
  };
  for (const s of copy.sections)
    for (const i of s.items) {
      fill(i.label, i.name);
      if (i.type === 'matrix') for (const r of i.rows) fill(r.label, r.name);
      if (i.type === 'likert') for (const p of i.points) fill(p.label, `${i.name} ${p.value}`);
      if ('choices' in i) for (const c of i.choices) fill(c.label, `${i.name} ${c.code}`);
    }
  return copy;
}

describe('Varde’s XLSForm exports keep pyxform’s rules', { timeout: 60_000 }, () => {
  it.each(templateKeys)('the %s template', async (key) => {
    expect(await pyxformRuleBreaches(withWording(templateDefinition(key)!))).toEqual([]);
  });
  it('a REDCap project’s forms, with calculated fields and piping rewritten as XPath', async () => {
    for (const { definition } of importRedcapForms(multiFormDictionary).forms) expect(await pyxformRuleBreaches(definition)).toEqual([]);
  });
  it('finds the breaches it looks for', async () => {
    const def = withWording(templateDefinition('user-interview')!);
    const first = def.sections[0].items[0];
    first.label = {};
    const calc = { type: 'calc' as const, name: 'bad_calc', label: {}, required: false, formula: '${nowhere} + 1' };
    def.sections[0].items.push(calc);
    expect(await pyxformRuleBreaches(def)).toEqual([`${first.name}: no label or hint`, 'bad_calc.calculation: ${nowhere}']);
  });
});
