import Papa from 'papaparse';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller } from '../../../test/support/app.js';
import { honestEntry, writeZip } from '../../lib/archive/bombs.js';
import { allItems, type InstrumentDefinition } from './definition.js';
import { cp1252Text, encodeWindows1252, instrumentCsv, multiFormDictionary } from './redcap/fixtures-projects.js';
import { instrumentVersions, instruments } from './schema.js';

const t = await createTestApp();
const db = t.database.db;
let admin: Caller;
let programmeId: string;

const form = (data: Uint8Array | string, name: string, fields: Record<string, string> = {}) => {
  const f = new FormData();
  f.append('file', new Blob([data as BlobPart]), name);
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};
const importRedcap = async (body: FormData) => {
  const res = await t.call('POST', `/api/v1/programmes/${programmeId}/instruments/import-redcap`, { as: admin, body });
  return { status: res.status, body: (await res.json()) as any };
};
const definitionOf = async (versionId: string) => (await db.select().from(instrumentVersions).where(eq(instrumentVersions.id, versionId)))[0].definition as InstrumentDefinition;
const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data;

beforeAll(async () => {
  admin = await t.signIn('admin@varde.test', { isAdmin: true });
  const res = await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Prosjekter', startsOn: '2026-01-01', endsOn: '2026-12-31' } });
  programmeId = ((await res.json()) as { id: string }).id;
});
afterAll(() => t.close());

describe('REDCap projects over HTTP', () => {
  it('imports a three-form dictionary as three instruments and exports them back as one dictionary', async () => {
    const { status, body } = await importRedcap(form(multiFormDictionary, 'project.csv', { language: 'nb' }));
    expect(status).toBe(201);
    expect(body.instruments.map((i: { name: string }) => i.name)).toEqual(['screening', 'phq_baseline', 'followup']);
    expect(body.versionId).toBe(body.instruments[0].versionId);
    expect(body.problems.map((p: { key: string }) => p.key.split('.').pop())).toEqual(['recordIdSkipped', 'formsSeparate', 'calcUnsupported', 'pipingKept']);
    expect(body.problems[1].message).toBe('Ordboken har 3 skjemaer (screening, phq_baseline, followup). Hvert skjema er importert som sitt eget spørreskjema.');
    for (const p of body.problems) expect(p.message).not.toMatch(/questionnaires\.|errors\./);
    const [first, ...rest] = body.instruments.map((i: { versionId: string }) => i.versionId);
    const out = await t.call('GET', `/api/v1/programmes/${programmeId}/instrument-versions/${first}/redcap.csv?lang=nb&with=${rest.join(',')}`, { as: admin });
    expect(out.status).toBe(200);
    expect(cells(await out.text())).toEqual(cells(multiFormDictionary));
    const bad = await t.call('GET', `/api/v1/programmes/${programmeId}/instrument-versions/${first}/redcap.csv?with=not-an-id`, { as: admin });
    expect(bad.status).toBe(400);
  });

  it('reads a Windows-1252 file with its letters intact and says which encoding it used', async () => {
    const { status, body } = await importRedcap(form(encodeWindows1252(cp1252Text), 'excel.csv', { language: 'nb' }));
    expect(status).toBe(201);
    expect(body.problems[0]).toMatchObject({ key: 'questionnaires.interchange.encodingDetected', message: expect.stringContaining('Windows-1252') });
    const def = await definitionOf(body.versionId);
    expect(allItems(def).find((i) => i.name === 'kommentar')!.label.nb).toBe('Æ Ø Å æ ø å é ü – noe mer?');
  });

  it('reads an instrument zip’s instrument.csv without dropping its first question', async () => {
    const zip = writeZip([honestEntry('instrument.csv', instrumentCsv), honestEntry('OriginID.txt', 'x')]);
    const { status, body } = await importRedcap(form(zip, 'PSQI.zip'));
    expect(status).toBe(201);
    expect(allItems(await definitionOf(body.versionId)).map((i) => i.name)).toEqual(['bedtime', 'sleep_latency', 'wake_time']);
    const before = (await db.select({ n: sql<number>`count(*)::int` }).from(instruments).where(eq(instruments.programmeId, programmeId)))[0].n;
    const empty = await importRedcap(form(writeZip([honestEntry('readme.txt', 'x')]), 'other.zip'));
    expect(empty.status).toBe(422);
    expect(JSON.stringify(empty.body)).toContain('instrument.csv');
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(instruments).where(eq(instruments.programmeId, programmeId)))[0].n).toBe(before);
  });
});
