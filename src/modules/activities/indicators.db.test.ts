import Papa from 'papaparse';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { demoCodesignProgramme } from '../../../test/support/demo-programme.js';
import { participants } from '../people/schema.js';
import { services } from '../programmes/schema.js';
import { attendance, invitations } from './invitations-schema.js';
import { activities } from './schema.js';

let t: TestApp;
let admin: Caller;
let programmeId: string;
let baerum: string;
const json = async (res: Response) => (await res.json()) as any;
const api = (path: string) => `/api/v1/programmes/${programmeId}${path}`;

beforeAll(async () => {
  t = await createTestApp();
  ({ admin, programmeId } = await demoCodesignProgramme(t));
  await t.call('POST', api('/activity-plan/generate'), { as: admin, body: { template: 'codesign' } });
  const db = t.database.db;
  const plan = await json(await t.call('GET', api('/activities'), { as: admin }));
  baerum = plan.municipalities.find((m: any) => m.name === 'Bærum').id;
  const ofType = (typeKey: string) => plan.activities.filter((a: any) => a.typeKey === typeKey && a.municipalityId === baerum).map((a: any) => a.id as string);
  const feedback = ofType('feedback_meeting');
  const mapping = ofType('mapping_meeting')[0];
  // Three feedback meetings and the mapping meeting held; Bærum's 3 recipients and 3 providers invited to all three.
  await db.update(activities).set({ status: 'held', startsAt: new Date('2026-02-01T10:00:00Z'), endsAt: new Date('2026-02-01T12:00:00Z') }).where(inArray(activities.id, [...feedback, mapping]));
  const recipients = await db.select().from(participants).where(and(eq(participants.municipalityId, baerum), eq(participants.role, 'recipient'))).limit(3);
  const providers = await db.select().from(participants).where(and(eq(participants.municipalityId, baerum), eq(participants.role, 'provider'))).limit(3);
  const people = [...recipients, ...providers];
  expect(people.length).toBe(6);
  for (const p of people) for (const activityId of feedback) await db.insert(invitations).values({ programmeId, activityId, participantId: p.id });
  // Recipients attended 0, 1 and 2 of the three meetings, providers all three: 12 of 18 invitations.
  const attendedCount = [0, 1, 2, 3, 3, 3];
  for (const [i, p] of people.entries()) {
    for (const [j, activityId] of feedback.entries()) await db.insert(attendance).values({ programmeId, activityId, participantId: p.id, attended: j < attendedCount[i], method: 'list' });
  }
  const [service] = await db.select().from(services).where(eq(services.municipalityId, baerum)).limit(1);
  await t.call('POST', api(`/activities/${mapping}/outputs`), { as: admin, body: { kind: 'priority_list', title: 'Prioriteringer', serviceId: service.id, items: ['Brukermedvirkning', 'Arbeid'] } });
  await t.call('POST', api(`/activities/${ofType('codesign_workshop')[0]}/outputs`), { as: admin, body: { kind: 'training_material', title: '=HYPERLINK("http://x.example")' } });
});
afterAll(() => t.close());

describe('process indicators', () => {
  it('counts planned vs held, invited vs attended per role, came regularly with N, and engagement', async () => {
    const view = await json(await t.call('GET', api(`/activity-indicators?municipalityId=${baerum}&regularN=2`), { as: admin }));
    expect(view.activities.find((a: any) => a.typeKey === 'feedback_meeting')).toEqual({ typeKey: 'feedback_meeting', planned: 3, held: 3, cancelled: 0 });
    expect(view.attendance.find((a: any) => a.role === 'recipient')).toEqual({ role: 'recipient', invited: 9, attended: 3, rate: 3 / 9, suppressed: false });
    expect(view.attendance.find((a: any) => a.role === 'provider')).toEqual({ role: 'provider', invited: 9, attended: 9, rate: 1, suppressed: false });
    expect(view.totals).toMatchObject({ invited: 18, attended: 12, rate: 12 / 18 });
    expect(view.regular.find((r: any) => r.role === 'recipient')).toMatchObject({ participants: 3, regular: 1 });
    expect(view.regular.find((r: any) => r.role === 'provider')).toMatchObject({ participants: 3, regular: 3 });
    const n3 = await json(await t.call('GET', api(`/activity-indicators?municipalityId=${baerum}&regularN=3`), { as: admin }));
    expect(n3.regular.find((r: any) => r.role === 'recipient').regular).toBe(0);
    expect(n3.engagement.participation.find((p: any) => p.typeKey === 'feedback_meeting')).toMatchObject({ invited: 18, attended: 12 });
    expect([view.engagement.servicesMapped, view.engagement.servicesTotal]).toEqual([1, 5]);
    expect(view.engagement.materials).toHaveLength(1);
    const programme = await json(await t.call('GET', api('/activity-indicators'), { as: admin }));
    expect(programme.byMunicipality).toHaveLength(4);
    // Held: the four set above, plus the two interviews and the workshop the demo holds in Bærum (issue 12).
    expect(programme.byMunicipality.find((m: any) => m.municipalityId === baerum)).toMatchObject({ invited: 18, attended: 12, held: 7 });
    expect(programme.totals.planned).toBe(65);
  });

  it('suppresses small counts for a municipal contact, and a contact cannot ask for another municipality', async () => {
    const contact = await t.signIn('kontakt.baerum@varde.example');
    const view = await json(await t.call('GET', api('/activity-indicators?regularN=3'), { as: contact }));
    expect(view.municipalityId).toBe(baerum);
    // 3 regular providers (fewer than the threshold 5) is suppressed; 0 and 9 are not.
    expect(view.regular.find((r: any) => r.role === 'provider')).toMatchObject({ regular: null, suppressed: true });
    expect(view.attendance.find((a: any) => a.role === 'provider')).toMatchObject({ invited: 9, attended: 9, suppressed: false });
    expect(view.attendance.find((a: any) => a.role === 'recipient')).toMatchObject({ invited: 9, attended: null, rate: null, suppressed: true });
    const other = view.municipalities.length === 1 ? (await json(await t.call('GET', api('/activities'), { as: admin }))).municipalities.find((m: any) => m.id !== baerum).id : null;
    expect((await t.call('GET', api(`/activity-indicators?municipalityId=${other}`), { as: contact })).status).toBe(404);
  });

  it('exports the tables as CSV and XLSX with formula-like text neutralised', async () => {
    const csv = await t.call('GET', api(`/activity-indicators/export?format=csv&municipalityId=${baerum}`), { as: admin });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark, for Excel
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('table,row,label,measure,value');
    // Tidy long form: (table, row, measure) is unique, so a pivot never meets duplicate keys.
    const keys = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map((r) => `${r.table}|${r.row}|${r.measure}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(text).toContain(`"'=HYPERLINK(""http://x.example"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const xlsx = await t.call('GET', api(`/activity-indicators/export?format=xlsx&municipalityId=${baerum}`), { as: admin });
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(book.worksheets.length).toBeGreaterThanOrEqual(6);
    const cells = book.worksheets.flatMap((s) => s.getSheetValues().flat()).filter((v) => typeof v === 'string') as string[];
    expect(cells).toContain(`'=HYPERLINK("http://x.example")`);
    const attendanceSheet = book.worksheets[1];
    expect(attendanceSheet.getRow(2).values).toEqual([undefined, 'Tjenestemottakere', 9, 3, 33.3]);
  });
});
