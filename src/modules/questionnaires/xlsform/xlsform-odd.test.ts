import { describe, expect, it } from 'vitest';
import { translate, languages } from '../../../i18n/index.js';
import { computeCalculated } from '../calc/compute.js';
import { allItems } from '../definition.js';
import { exportXlsForm } from './export.js';
import { importXlsForm } from './import.js';
import { oddForm } from './fixtures-odd.js';
import { readSheets } from './workbook.js';

const short = (p: { sheet?: string; row?: number; item?: string; key: string }) => `${p.sheet ?? ''}:${p.row ?? ''}:${p.item ?? ''}:${p.key.split('.').pop()}`;

describe('an XLSForm with odd rows', { timeout: 60_000 }, () => {
  it('imports what can be represented and lists the rest item by item', async () => {
    const { definition, problems, blocking } = await importXlsForm(await oddForm());
    expect(blocking).toEqual([]);
    expect(allItems(definition).map((i) => `${i.name}:${i.type}`)).toEqual([
      'note_2:descriptive', 'visits_count:number', 'service:single_choice', 'times:number', 'visits_double:calc', 'summary:descriptive', 'more:text',
    ]);
    const listed = problems.map(short);
    for (const expected of [
      'choices:4::duplicateChoice',
      'survey:2:note_2:nameGenerated',
      'survey:3:visits_count:nameChanged',
      'survey:4:phone:unsupportedType',
      'survey:14:voice:unknownTypeSkipped',
      'survey:5:street:unsupportedType',
      'survey:6:building:unsupportedType',
      'survey:7:service:orOtherIgnored',
      'survey:8:per_service:loopFlattened',
    ])
      expect(listed).toContain(expected);
    expect(problems.find((p) => p.key.endsWith('unknownTypeSkipped'))!.vars.type).toBe('voice-note');
    expect(problems.find((p) => p.item === 'phone')!.vars.type).toBe('phone number');
    expect(problems.find((p) => p.key.endsWith('duplicateChoice'))!.vars).toMatchObject({ choice: 'work', list: 'service' });
    const service = allItems(definition).find((i) => i.name === 'service')!;
    expect(service.type === 'single_choice' && service.choices.map((c) => c.label.en)).toEqual(['Housing', 'Work']);
    for (const p of problems) for (const lang of languages) expect(translate(lang, p.key, p.vars)).not.toMatch(/questionnaires\.|errors\./);
  });

  it('reads a hyperlinked cell as its text, ${field} as piping and renames references everywhere', async () => {
    const { definition } = await importXlsForm(await oddForm());
    const item = (n: string) => allItems(definition).find((i) => i.name === n)!;
    expect(item('more').label).toEqual({ en: 'Read the terms', nb: 'Mer?' });
    expect(item('summary').label.en).toBe('You told us ${visits_count} visits (${visits_double} doubled).');
    expect(item('summary').showIf).toEqual({ item: 'visits_count', op: 'gt', value: 0 });
    expect(item('visits_double')).toMatchObject({ type: 'calc', formula: '${visits_count} * 2' });
    expect(computeCalculated(definition, { visits_count: 4 })).toMatchObject({ visits_double: 8 });
    // settings.version =NOW(): the formula's cached result is the version label.
    expect(definition.sourceVersion).toBe('2024-11-01 08:30:15');
  });

  it('leaves out a settings version that cannot be one (over 50 characters), saying so', async () => {
    const { workbook } = await import('./fixtures.js');
    const form = await workbook([
      { name: 'survey', rows: [['type', 'name', 'label'], ['text', 'a', 'A']] },
      { name: 'settings', rows: [['form_id', 'version'], ['f', `v ${'x'.repeat(60)}`]] },
    ]);
    const { definition, problems } = await importXlsForm(form);
    expect(definition.sourceVersion).toBeUndefined();
    expect(problems.map(short)).toContain('settings:2::versionIgnored');
  });

  it('exports a form that reads back the same, with references that name its own fields', async () => {
    const { definition } = await importXlsForm(await oddForm());
    const { xlsx } = await exportXlsForm(definition);
    const sheets = (await readSheets(xlsx))!;
    const names = new Set(sheets.get('survey')!.rows.map((r) => r.cells.name).filter(Boolean));
    for (const r of sheets.get('survey')!.rows)
      for (const v of Object.values(r.cells)) for (const [, ref] of v.matchAll(/\$\{([^}]+)\}/g)) expect(names.has(ref), `${r.cells.name}: ${ref}`).toBe(true);
    const back = await importXlsForm(xlsx);
    expect(back.blocking).toEqual([]);
    expect(allItems(back.definition)).toEqual(allItems(definition));
  });
});
