import Papa from 'papaparse';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller } from '../../../test/support/app.js';
import { auditLog } from '../audit/schema.js';
import { allItems, type InstrumentDefinition } from './definition.js';
import { baselineDictionary, unsupportedDictionary } from './redcap/fixtures.js';
import { instrumentVersions, instruments } from './schema.js';
import { multilingualForm, workbook } from './xlsform/fixtures.js';
import { readSheets } from './xlsform/workbook.js';

const t = await createTestApp();
const db = t.database.db;
let admin: Caller;
let facilitator: Caller;
let programmeId: string;

async function post(path: string, body: unknown, as = admin) {
  const res = await t.call('POST', `/api/v1${path}`, { as, body });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as any;
}
const form = (data: string | Buffer, name: string, fields: Record<string, string> = {}) => {
  const f = new FormData();
  f.append('file', new Blob([data as BlobPart]), name);
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};
const instrumentCount = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(instruments).where(eq(instruments.programmeId, programmeId)))[0].n;
const draftOf = async (versionId: string) => (await db.select().from(instrumentVersions).where(eq(instrumentVersions.id, versionId)))[0];

beforeAll(async () => {
  admin = await t.signIn('admin@varde.test', { isAdmin: true });
  programmeId = (await post('/programmes', { kind: 'codesign', name: 'Utveksling', startsOn: '2026-01-01', endsOn: '2026-12-31' })).id;
  await post(`/programmes/${programmeId}/roles`, { email: 'fasilitator@varde.test', name: 'Fasilitator', role: 'facilitator' });
  facilitator = await t.signIn('fasilitator@varde.test');
});
afterAll(() => t.close());

describe('templates', () => {
  it('lists the shipped templates, licensed ones marked as wording required', async () => {
    const res = await t.call('GET', `/api/v1/programmes/${programmeId}/instrument-templates`, { as: facilitator });
    expect(res.status).toBe(200);
    const list = (await res.json()) as { key: string; wordingRequired: boolean }[];
    expect(list.map((x) => x.key)).toEqual(['municipality-survey', 'service-mapping', 'user-interview', 'course-evaluation', 'rki', 'raq-7', 'rsa-r-provider', 'rsa-r-person']);
    expect(list.filter((x) => x.wordingRequired).map((x) => x.key)).toEqual(['rki', 'raq-7', 'rsa-r-provider', 'rsa-r-person']);
  });
});

describe('REDCap import and export over HTTP', () => {
  it('imports a dictionary as a new instrument with a draft, lists what it could not carry, and exports it back', async () => {
    const res = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-redcap`, { as: admin, body: form(baselineDictionary, 'baseline.csv', { language: 'en', title: 'Baseline' }) });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { instrumentId: string; versionId: string; problems: { row: number; item: string; message: string }[] };
    expect(body.problems[0]).toEqual({ row: 2, item: 'record_id', key: 'questionnaires.interchange.recordIdSkipped', message: expect.stringContaining('post-ID') });
    expect(body.problems.map((p) => p.item)).toEqual(['record_id', 'consent_date', 'mood_3']);
    const draft = await draftOf(body.versionId);
    expect(draft.status).toBe('draft');
    expect((draft.definition as InstrumentDefinition).title).toEqual({ en: 'Baseline' });
    expect(allItems(draft.definition as InstrumentDefinition)).toHaveLength(18);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, body.instrumentId));
    expect(audit.map((a) => a.action).sort()).toEqual(['instrument.create', 'instrument.import_redcap']);

    const out = await t.call('GET', `/api/v1/programmes/${programmeId}/instrument-versions/${body.versionId}/redcap.csv?lang=en`, { as: facilitator });
    expect(out.status).toBe(200);
    expect(out.headers.get('content-language')).toBe('en');
    expect(out.headers.get('content-disposition')).toContain('baseline_survey-v1-en.csv');
    const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data;
    expect(cells(await out.text())).toEqual(cells(baselineDictionary));
    const notes = JSON.parse(decodeURIComponent(out.headers.get('x-export-notes')!)) as string[];
    expect(notes[0]).toBe('REDCap har bare ett språk: tekstene er skrevet på «en».');
  });

  it('reports unsupported fields row by row, in the user’s language', async () => {
    const res = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-redcap`, { as: admin, body: form(unsupportedDictionary, 'intake.csv') });
    expect(res.status).toBe(201);
    const { problems } = (await res.json()) as { problems: { row: number; item: string; message: string }[] };
    expect(problems.find((p) => p.item === 'cv')).toMatchObject({ row: 4, message: '«cv»: felttypen «file» kan ikke gjengis i Varde og er ikke importert.' });
  });

  it('refuses a malformed dictionary naming the row, and stores nothing', async () => {
    const before = await instrumentCount();
    const header = baselineDictionary.split('\n')[0];
    const bad = `${header}\nrecord_id,f,,text,Record ID\nage,f,,text,Age\nQ 2,f,,radio,Q,"1, A"\n`;
    const res = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-redcap`, { as: admin, body: form(bad, 'bad.csv') });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { title: string; detail?: string; errors?: { path: string }[] };
    expect(JSON.stringify(problem)).toContain('Rad 4: variabelnavnet «Q 2»');
    expect(await instrumentCount()).toBe(before);
  });

  it('refuses a dictionary whose result cannot be a draft (duplicate choice codes), naming the row', async () => {
    const before = await instrumentCount();
    const header = baselineDictionary.split('\n')[0];
    const res = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-redcap`, { as: admin, body: form(`${header}\nrecord_id,f,,text,Record ID\nq,f,,radio,Q,"1, A | 1, B"\n`, 'dup.csv') });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain('row 3');
    expect(await instrumentCount()).toBe(before);
  });

  it('asks for the file when none is sent, and lets only instrument managers import', async () => {
    const none = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-redcap`, { as: admin, body: new FormData() });
    expect(none.status).toBe(400);
    const denied = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-redcap`, { as: facilitator, body: form(baselineDictionary, 'b.csv') });
    expect(denied.status).toBe(403);
  });
});

describe('XLSForm import and export over HTTP', () => {
  it('imports a multilingual form and exports it with every language', async () => {
    const res = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-xlsform`, { as: admin, body: form(await workbook(multilingualForm), 'form.xlsx') });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { versionId: string; problems: unknown[] };
    const draft = await draftOf(body.versionId);
    expect((draft.definition as InstrumentDefinition).languages).toEqual(['nb', 'nn', 'en']);
    const out = await t.call('GET', `/api/v1/programmes/${programmeId}/instrument-versions/${body.versionId}/xlsform.xlsx`, { as: facilitator });
    expect(out.status).toBe(200);
    const sheets = (await readSheets(Buffer.from(await out.arrayBuffer())))!;
    expect(sheets.get('survey')!.headers).toEqual(expect.arrayContaining(['label::Norsk bokmål (nb)', 'label::Norsk nynorsk (nn)', 'label::English (en)']));
    expect(sheets.get('survey')!.rows.find((r) => r.cells.name === 'role')!.cells['label::Norsk nynorsk (nn)']).toBe('Kva er rolla di?');
  });

  it('refuses an XLSX with a missing sheet naming the sheet, and stores nothing', async () => {
    const before = await instrumentCount();
    const res = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-xlsform`, { as: admin, body: form(await workbook([multilingualForm[1], multilingualForm[2]]), 'no-survey.xlsx') });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain('mangler arket «survey»');
    const noChoices = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-xlsform`, { as: admin, body: form(await workbook([multilingualForm[0]]), 'no-choices.xlsx') });
    expect(noChoices.status).toBe(422);
    expect(JSON.stringify(await noChoices.json())).toContain('mangler arket «choices»');
    const notXlsx = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-xlsform`, { as: admin, body: form('type,name\n', 'x.xlsx') });
    expect(notXlsx.status).toBe(422);
    expect(await instrumentCount()).toBe(before);
  });
});
