import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { participantCsv, participantXlsx, sampleRows, uploadForm } from '../../../test/support/participant-files.js';
import { setUserLanguage } from '../auth/users.js';
import { participants } from './schema.js';

let t: TestApp;
let admin: Caller;
let programmeId: string;
const api = (path: string) => `/api/v1/programmes/${programmeId}${path}`;
const json = async (res: Response) => (await res.json()) as any;
const countParticipants = async () => (await t.database.db.select({ n: count() }).from(participants).where(eq(participants.programmeId, programmeId)))[0].n;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  await setUserLanguage(t.database.db, admin.userId, 'nn');
  programmeId = (await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Import', startsOn: '2026-01-01', endsOn: '2026-12-31' } }))).id;
  for (const number of ['3201', '5501']) await t.call('POST', api('/municipalities'), { as: admin, body: { number } });
});
afterAll(() => t.close());

describe('importing a participant list', () => {
  const rows = sampleRows(30, ['Bærum', '5501']);
  rows[4] = { ...rows[4], kommune: 'Atlantis' };
  rows[11] = { ...rows[11], 'e-post': 'ikkje-ei-adresse', rolle: 'astronaut' };

  it('previews every row of a CSV with per-cell errors in the user’s language, and writes nothing', async () => {
    const res = await t.call('POST', api('/participants/import/preview'), { as: admin, body: uploadForm(participantCsv(rows), 'liste.csv') });
    expect(res.status).toBe(200);
    const preview = await json(res);
    expect(preview.rows).toHaveLength(30);
    expect(preview.errorCount).toBe(2);
    expect(preview.rows[4].errors).toEqual([{ field: 'municipality', message: 'Ukjend kommune «Atlantis» i dette prosjektet.' }]);
    expect(preview.rows[11].errors.map((e: any) => e.field).sort()).toEqual(['email', 'role']);
    expect(preview.rows[11].errors.find((e: any) => e.field === 'role').message).toContain('Ukjend rolle');
    expect(await countParticipants()).toBe(0);
  });

  it('commit with errors writes nothing and names each bad cell', async () => {
    const res = await t.call('POST', api('/participants/import'), { as: admin, body: { rows: rows.map(toFields) } });
    expect(res.status).toBe(400);
    const problem = await json(res);
    expect(problem.errors.map((e: any) => e.path).sort()).toEqual(['rows.11.email', 'rows.11.role', 'rows.4.municipality']);
    expect(await countParticipants()).toBe(0);
  });

  it('a 30-row XLSX with the rows fixed imports fully, in one go', async () => {
    rows[4] = { ...rows[4], kommune: 'Bærum' };
    rows[11] = { ...rows[11], 'e-post': 'fiksa@deltaker.example', rolle: 'leder' };
    const preview = await json(await t.call('POST', api('/participants/import/preview'), { as: admin, body: uploadForm(await participantXlsx(rows), 'liste.xlsx') }));
    expect(preview.errorCount).toBe(0);
    const res = await t.call('POST', api('/participants/import'), { as: admin, body: { rows: preview.rows.map((r: any) => r.values) } });
    expect(res.status).toBe(201);
    expect((await json(res)).created).toBe(30);
    expect(await countParticipants()).toBe(30);
  });

  it('refuses a file that is not a participant list', async () => {
    const res = await t.call('POST', api('/participants/import/preview'), { as: admin, body: uploadForm(Buffer.from('a,b\n1,2\n'), 'x.csv') });
    expect(res.status).toBe(400);
  });
});

function toFields(r: ReturnType<typeof sampleRows>[number]) {
  return { name: r.navn, municipality: r.kommune, role: r.rolle, email: r['e-post'], phone: r.telefon, language: r.språk };
}
