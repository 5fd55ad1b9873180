import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { translate, languages } from '../../../i18n/index.js';
import { computeCalculated } from '../calc/compute.js';
import { allItems, type InstrumentDefinition } from '../definition.js';
import { exportRedcapProject } from './export.js';
import { importRedcapDictionary, importRedcapFile, importRedcapForms } from './import.js';
import { countryChoices, cp1252Text, encodeWindows1252, instrumentCsv, longConsent, multiFormDictionary } from './fixtures-projects.js';
import { baselineDictionary } from './fixtures.js';

const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data;
const short = (p: { row?: number; item?: string; key: string }) => `${p.row ?? ''}:${p.item ?? ''}:${p.key.split('.').pop()}`;
const item = (def: InstrumentDefinition, name: string) => allItems(def).find((i) => i.name === name)!;

describe('a project dictionary with several forms', () => {
  const { forms, problems } = importRedcapForms(multiFormDictionary, { language: 'nb' });
  const defs = forms.map((f) => f.definition);

  it('becomes one instrument per form, each with its own rows, and says so', () => {
    expect(defs.map((d) => d.name)).toEqual(['screening', 'phq_baseline', 'followup']);
    expect(defs.map((d) => d.title.nb)).toEqual(['Screening', 'Phq baseline', 'Followup']);
    expect(defs.map((d) => allItems(d).map((i) => i.name))).toEqual([
      ['consent_info', 'dob', 'country', 'age_years', 'adult'],
      ['phq', 'phq_total', 'phq_mean', 'phq_band', 'phq_note'],
      ['visits', 'visits_max', 'visits_sd', 'event_pipe'],
    ]);
    expect(problems.map(short)).toEqual(['2:record_id:recordIdSkipped', '::formsSeparate']);
    expect(problems[1].vars).toMatchObject({ count: 3, forms: 'screening, phq_baseline, followup' });
    expect(forms.map((f) => f.problems.map(short))).toEqual([[], [], ['16:visits_sd:calcUnsupported', '17:event_pipe:pipingKept']]);
    expect(forms[2].problems.find((p) => p.item === 'visits_sd')!.vars).toMatchObject({ reason: 'function stdev()' });
    expect(forms.flatMap((f) => f.blocking)).toEqual([]);
  });

  it('keeps calc and @CALCTEXT formulas, long HTML labels and a 249-option list', () => {
    expect(item(defs[0], 'age_years')).toMatchObject({ type: 'calc', formula: "rounddown(datediff([dob], 'today', 'y', 'ymd'))" });
    expect(item(defs[1], 'phq_band')).toMatchObject({ type: 'calc', textResult: true, formula: "if([phq_total] >= 3, 'forhøyet', 'lavt')" });
    expect(longConsent.length).toBeGreaterThan(4000);
    expect(item(defs[0], 'consent_info').label.nb).toBe(longConsent);
    const country = item(defs[0], 'country');
    expect(country.type === 'single_choice' && country.choices.length).toBe(249);
    expect(country.type === 'single_choice' && country.choices[248]).toEqual({ code: '249', label: { nb: 'Land 249 (Sør-O, é)' } });
  });

  it('computes the calculated fields from the answers, as REDCap would', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    expect(computeCalculated(defs[0], { dob: '2000-06-02', country: '1' }, now)).toMatchObject({ age_years: 25, adult: 1 });
    expect(computeCalculated(defs[1], { phq_1: '2', phq_2: '3' }, now)).toMatchObject({ phq_total: 5, phq_mean: 2.5, phq_band: 'forhøyet' });
    expect(computeCalculated(defs[1], { phq_1: '0' }, now)).toMatchObject({ phq_total: 0, phq_mean: 0, phq_band: 'lavt' });
    expect(computeCalculated(defs[2], { visits: 7 }, now)).toEqual({ visits: 7, visits_max: 7 });
  });

  it('exports back as one dictionary with each row’s own form name, cell for cell', () => {
    const { csv } = exportRedcapProject(defs, 'nb');
    expect(cells(csv)).toEqual(cells(multiFormDictionary));
    expect(new Set(cells(csv).slice(1).map((r) => r[1]))).toEqual(new Set(['screening', 'phq_baseline', 'followup']));
  });
});

describe('the record ID', () => {
  it('is not looked for in an instrument zip: its first question is kept', () => {
    const zip = importRedcapForms(instrumentCsv, { source: 'instrument' });
    expect(allItems(zip.forms[0].definition).map((i) => i.name)).toEqual(['bedtime', 'sleep_latency', 'wake_time']);
    expect(zip.problems).toEqual([]);
  });
  it('is only a field named or labelled like an ID when the origin is unknown', () => {
    expect(allItems(importRedcapDictionary(instrumentCsv).definition)[0].name).toBe('bedtime');
    const header = baselineDictionary.split('\n')[0];
    const monthFirst = `${header}\nbirth_month,f,,text,Month of birth,,,,,,,,,,,,,\nq,f,,yesno,Q,,,,,,,,,,,,,\n`;
    expect(allItems(importRedcapDictionary(monthFirst).definition).map((i) => i.name)).toEqual(['birth_month', 'q']);
    const studyId = `${header}\nstudy_id,f,,text,Study ID,,,,,,,,,,,,,\nq,f,,yesno,Q,,,,,,,,,,,,,\n`;
    expect(importRedcapDictionary(studyId).problems.map(short)).toEqual(['2:study_id:recordIdSkipped']);
    expect(importRedcapForms(monthFirst, { source: 'project' }).problems.map(short)).toEqual(['2:birth_month:recordIdSkipped']);
  });
});

describe('encodings', () => {
  const expected = importRedcapDictionary(cp1252Text, { language: 'nb' }).definition;
  it('reads Windows-1252 as Excel on Windows writes it, and reports the encoding', () => {
    const result = importRedcapFile(encodeWindows1252(cp1252Text), { language: 'nb' });
    expect(result.problems.map(short)).toEqual(['::encodingDetected', '2:record_id:recordIdSkipped']);
    expect(result.problems[0].vars.encoding).toBe('Windows-1252');
    const def = result.forms[0].definition;
    expect(def).toEqual(expected);
    expect(item(def, 'kommentar').label.nb).toBe('Æ Ø Å æ ø å é ü – noe mer?');
    expect(item(def, 'utgift').hint!.nb).toBe('Skriv “0” hvis du ikke betaler');
    expect(JSON.stringify(def)).not.toContain('\uFFFD');
  });
  it('reads UTF-8 with and without a BOM and UTF-16 (LE and BE, with a BOM) to the same definition', () => {
    const utf8 = Buffer.from(cp1252Text, 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cp1252Text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const bytes of [utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), le, Buffer.concat([Buffer.from([0xfe, 0xff]), be])])
      expect(importRedcapFile(bytes, { language: 'nb' }).forms[0].definition).toEqual(expected);
    expect(importRedcapFile(le).problems[0].vars.encoding).toBe('UTF-16LE');
    expect(importRedcapFile(utf8).problems.map(short)).toEqual(['2:record_id:recordIdSkipped']);
  });
});

describe('messages', () => {
  it('never show an internal key: a schema limit is a translated message with its number', () => {
    const header = baselineDictionary.split('\n')[0];
    const longCode = `${header}\nrecord_id,f,,text,Record ID\nq,f,,radio,Q,"${'x'.repeat(60)}, Too long a code"\n`;
    let error: DomainError | undefined;
    try {
      importRedcapDictionary(longCode);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.key).toBe('questionnaires.interchange.invalidFieldTooLong');
    for (const lang of languages) {
      const message = translate(lang, error!.key, error!.vars);
      expect(message).toContain('50');
      expect(message).not.toMatch(/errors\.|\{"|questionnaires\./);
    }
    const keys = new Set([...importRedcapForms(multiFormDictionary).forms.flatMap((f) => f.problems), ...importRedcapFile(encodeWindows1252(cp1252Text)).problems].map((p) => p.key));
    for (const key of keys) for (const lang of languages) expect(translate(lang, key), key).not.toBe(key);
  });
});

it('writes the 249 countries back as they came', () => {
  const { forms } = importRedcapForms(multiFormDictionary);
  const row = cells(exportRedcapProject([forms[0].definition], 'nb').csv).find((r) => r[0] === 'country')!;
  expect(row[5]).toBe(countryChoices);
});
