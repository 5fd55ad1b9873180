import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { allItems } from '../definition.js';
import { checkDefinition } from '../check-definition.js';
import { templateDefinition, templateKeys } from '../templates/index.js';
import { redcapColumns } from './columns.js';
import { exportRedcapDictionary } from './export.js';
import { importRedcapDictionary } from './import.js';
import { baselineDictionary, unsupportedDictionary } from './fixtures.js';

const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data;
const short = (p: { row?: number; item?: string; key: string }) => `${p.row}:${p.item}:${p.key.split('.').pop()}`;

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected the import to be refused');
}

describe('REDCap data dictionary import', () => {
  const { definition, problems } = importRedcapDictionary(baselineDictionary, { language: 'en' });
  const item = (name: string) => allItems(definition).find((i) => i.name === name)!;

  it('reads every supported field type and column', () => {
    expect(problems.map(short)).toEqual(['2:record_id:recordIdSkipped', '3:consent_date:actionTagsIgnored', '14:mood_3:actionTagsIgnored']);
    expect(problems[1].vars.tags).toBe('@TODAY');
    expect(definition.name).toBe('baseline_survey');
    expect(definition.languages).toEqual(['en']);
    expect(definition.sections.map((s) => s.title?.en)).toEqual(['Consent', 'How you feel', 'Finally']);
    expect(item('consent_date')).toMatchObject({ type: 'date', order: 'ymd', min: '2024-01-01', max: '2030-12-31', required: true, annotation: '@TODAY' });
    expect(item('age')).toMatchObject({ type: 'number', integer: true, min: 16, max: 99, hint: { en: 'Years' }, questionNumber: '1' });
    expect(item('gender')).toMatchObject({ type: 'single_choice', display: 'radio', alignment: 'RH' });
    expect(item('gender').type === 'single_choice' && item('gender')).toMatchObject({ choices: [{ code: '1' }, { code: '2' }, { code: '3', label: { en: 'Other, or prefer to describe' } }, { code: '9' }] });
    expect(item('gender_other')).toMatchObject({ type: 'text', maxLength: 50, showIf: { item: 'gender', op: 'eq', value: '3' } });
    expect(item('services')).toMatchObject({ type: 'multiple_choice', maxChecked: 3 });
    expect(item('services_other')).toMatchObject({ type: 'text', multiline: true, showIf: { item: 'services', op: 'selected', value: '4' } });
    expect(item('email')).toMatchObject({ type: 'text', format: 'email', identifier: true });
    expect(item('mood')).toMatchObject({ type: 'matrix', label: { en: 'In the last two weeks, how often have you…' }, required: true, multiple: false, rows: [{ name: 'mood_1', questionNumber: '5a' }, { name: 'mood_2' }, { name: 'mood_3', required: false, annotation: '@HIDDEN-SURVEY' }] });
    expect(item('priorities')).toMatchObject({ type: 'matrix', ranking: true, showIf: { any: [{ item: 'employed', op: 'eq', value: '0' }, { item: 'age', op: 'lt', value: 30 }] } });
    expect(item('weekly_schedule')).toMatchObject({ type: 'matrix', multiple: true });
    expect(item('satisfaction')).toMatchObject({ type: 'slider', min: 0, max: 100, showNumber: true, labels: [{ en: 'Very unhappy' }, { en: 'Neutral' }, { en: 'Very happy' }] });
    expect(item('hours')).toMatchObject({ type: 'number', integer: false, decimals: 1, showIf: { item: 'employed', op: 'answered' } });
    expect(item('mood_total')).toMatchObject({ type: 'calc', formula: 'sum([mood_1],[mood_2],[mood_3])' });
    expect(item('adult')).toMatchObject({ type: 'yes_no', variant: 'truefalse', alignment: 'LV' });
    expect(item('fruit')).toMatchObject({ type: 'single_choice', display: 'dropdown' });
    expect(checkDefinition(definition)).toEqual([]);
  });

  it('round trips dictionary → Varde → dictionary keeping every cell', () => {
    const { csv } = exportRedcapDictionary(definition, 'en');
    expect(cells(csv)).toEqual(cells(baselineDictionary));
    expect(cells(csv)[0]).toEqual(redcapColumns.map((c) => c.header));
  });

  it('reads the older 17-column and the API snake_case headers alike', () => {
    const seventeen = cells(baselineDictionary).map((r) => r.slice(0, 17));
    const older = importRedcapDictionary(Papa.unparse(seventeen), { language: 'en' }).definition;
    expect(allItems(older).map((i) => i.name)).toEqual(allItems(definition).map((i) => i.name));
    expect(item('gender_other').annotation).toBe('@CHARLIMIT=50');
    expect(allItems(older).find((i) => i.name === 'gender_other')!.annotation).toBeUndefined();
    const snake = [redcapColumns.map((c) => c.key), ...cells(baselineDictionary).slice(1)];
    expect(importRedcapDictionary(Papa.unparse(snake), { language: 'en' }).definition).toEqual(definition);
  });

  it('reports what it cannot represent row by row, and still imports the rest', () => {
    const result = importRedcapDictionary(unsupportedDictionary);
    expect(result.problems.map(short)).toEqual([
      '2:record_id:recordIdSkipped',
      '4:cv:unsupportedType', '5:sign:unsupportedType', '6:lookup:unsupportedType',
      '7:older:branchingUnsupported', '8:visit:branchingUnsupported',
      '11:phone:validationUnchecked',
      '9:later:branchingDropped',
    ]);
    expect(result.problems.find((p) => p.item === 'sign')!.vars.type).toBe('signature');
    expect(result.problems.find((p) => p.item === 'older')!.vars.reason).toBe('function datediff()');
    expect(allItems(result.definition).map((i) => i.name)).toEqual(['dob', 'older', 'visit', 'later', 'final', 'phone']);
    expect(allItems(result.definition).find((i) => i.name === 'later')!.showIf).toBeUndefined();
    expect(result.definition.languages).toEqual(['nb']);
  });

  it('splits a matrix group at a section header or a change of choices, renaming the second part', () => {
    const header = baselineDictionary.split('\n')[0];
    const csv = `${header}
record_id,f,,text,Record ID
a1,f,Part one,radio,A1,"1, Low | 2, High",,,,,,,,,,grid,,
a2,f,Part two,radio,A2,"1, Low | 2, High",,,,,,,,,,grid,,
a3,f,,radio,A3,"1, No | 2, Yes",,,,,,,,,,grid,,
`;
    const { definition, problems } = importRedcapDictionary(csv);
    expect(allItems(definition).map((i) => (i.type === 'matrix' ? `${i.name}[${i.rows.map((r) => r.name)}]` : i.name))).toEqual(['grid[a1]', 'grid_2[a2]', 'grid_3[a3]']);
    expect(problems.map(short)).toEqual(['2:record_id:recordIdSkipped', '4:a2:matrixSplit', '5:a3:matrixChoicesDiffer', '4:a2:matrixRenamed', '5:a3:matrixRenamed']);
  });

  it('refuses a malformed dictionary naming the row', () => {
    const header = baselineDictionary.split('\n')[0];
    const missing = refusal(() => importRedcapDictionary(`"Variable / Field Name","Form Name","Field Label"\nage,f,Age\n`));
    expect([missing.status, missing.key, missing.vars.row, missing.vars.columns]).toEqual([422, 'questionnaires.interchange.redcapMissingColumns', 1, 'Field Type']);
    const badName = refusal(() => importRedcapDictionary(`${header}\nrecord_id,f,,text,Record ID\n2age,f,,text,Age\nAge,f,,radio,Age,"1, A"\n`));
    expect(badName.fieldErrors.map((e) => `${e.path}:${String(e.key).split('.').pop()}`)).toEqual(['row 3:redcapBadName', 'row 4:redcapBadName']);
    const type = refusal(() => importRedcapDictionary(`${header}\nrecord_id,f,,text,Record ID\nq,f,,checkboxes,Q,"1, A"\n`));
    expect([type.key, type.vars.row, type.vars.type]).toEqual(['questionnaires.interchange.redcapUnknownType', 3, 'checkboxes']);
    const choice = refusal(() => importRedcapDictionary(`${header}\nrecord_id,f,,text,Record ID\nq,f,,radio,Q,"1, Yes | No"\n`));
    expect([choice.key, choice.vars.row, choice.vars.choice]).toEqual(['questionnaires.interchange.redcapBadChoice', 3, 'No']);
    const dup = refusal(() => importRedcapDictionary(`${header}\nrecord_id,f,,text,Record ID\nq,f,,yesno,Q\nq,f,,yesno,Q\n`));
    expect([dup.key, dup.vars.row, dup.vars.first]).toEqual(['questionnaires.interchange.redcapDuplicateName', 4, 3]);
    const quotes = refusal(() => importRedcapDictionary(`${header}\nrecord_id,f,,text,"Record ID\n`));
    expect(quotes.key).toBe('questionnaires.interchange.csvUnreadable');
    expect(refusal(() => importRedcapDictionary('')).key).toBe('questionnaires.interchange.redcapEmpty');
    expect(refusal(() => importRedcapDictionary('not,a,dictionary\n1,2,3\n')).key).toBe('questionnaires.interchange.redcapMissingColumns');
  });
});

describe('REDCap data dictionary export', () => {
  it.each(templateKeys)('writes the %s template in the chosen language with 18 columns, and reads it back', (key) => {
    const def = templateDefinition(key)!;
    const { csv, notes } = exportRedcapDictionary(def, 'nn');
    const table = cells(csv);
    expect(table.every((r) => r.length === 18)).toBe(true);
    expect(notes[0]).toMatchObject({ key: 'questionnaires.interchange.exportLanguage', vars: { language: 'nn' } });
    expect(notes.filter((n) => n.key.endsWith('exportScaleNotExported'))).toHaveLength(def.scales.length);
    const back = importRedcapDictionary(csv, { language: 'nn' });
    expect(allItems(back.definition).map((i) => i.name)).toEqual(allItems(def).map((i) => i.name));
    if (!def.wordingRequired) expect(allItems(back.definition).map((i) => i.label.nn)).toEqual(allItems(def).map((i) => i.label.nn));
  });
  it('writes Likert N/A and don’t know as extra choices, branching in REDCap syntax', () => {
    const table = cells(exportRedcapDictionary(templateDefinition('rsa-r-person')!, 'en').csv);
    expect(table[2][5]).toBe('1, Strongly disagree | 2, Disagree | 3, Neither agree nor disagree | 4, Agree | 5, Strongly agree | na, Not applicable | dk, Don’t know');
    const survey = cells(exportRedcapDictionary(templateDefinition('municipality-survey')!, 'nb').csv);
    expect(survey.find((r) => r[0] === 'm02_which')![11]).toBe(`[m02_feedback_tools] = '1'`);
    expect(survey.find((r) => r[0] === 'm02_feedback_tools')![3]).toBe('yesno');
  });
});

describe('REDCap messages', () => {
  it('has a translation for every problem and refusal the importer and exporter give', async () => {
    const { translate, languages } = await import('../../../i18n/index.js');
    const keys = new Set<string>();
    for (const csv of [baselineDictionary, unsupportedDictionary]) for (const p of importRedcapDictionary(csv).problems) keys.add(p.key);
    for (const key of templateKeys) for (const n of exportRedcapDictionary(templateDefinition(key)!, 'nb').notes) keys.add(n.key);
    const header = baselineDictionary.split('\n')[0];
    for (const bad of ['', 'a,b\n1,2\n', `${header}\nq,f,,radio,Q,"x"\n`, `${header}\nQ,f,,text,Q\n`, `${header}\nq,f,,zz,Q\n`, `${header}\nq,f,,radio,Q,\n`, `${header}\n,f,,text,Q\n`])
      try {
        importRedcapDictionary(bad);
      } catch (e) {
        keys.add((e as DomainError).key);
      }
    expect(keys.size).toBeGreaterThan(12);
    for (const key of keys) for (const lang of languages) expect(translate(lang, key), `${lang} ${key}`).not.toBe(key);
  });
});
