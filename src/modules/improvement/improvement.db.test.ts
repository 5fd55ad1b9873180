import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { loadDemoData } from '../demo/load.js';
import { builtinMeasureKinds } from './vocabulary.js';

let t: TestApp;
let admin: Caller;
let sandnesContact: Caller;
let researcher: Caller;
let programmeId: string;
const municipality: Record<string, string> = {};
const json = async (res: Response) => (await res.json()) as any;
const api = (path: string) => `/api/v1/programmes/${programmeId}/improvement${path}`;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.database.db);
  admin = await t.signIn('koordinator@varde.example');
  sandnesContact = await t.signIn('kontakt.sandnes@varde.example');
  researcher = await t.signIn('forsker@varde.example');
  const superuser = await t.signIn('admin@varde.example', { isAdmin: true });
  programmeId = (await json(await t.call('GET', '/api/v1/programmes', { as: superuser }))).find((p: any) => p.kind === 'learning_network').id;
  // The demo's researcher works on the co-design programme; here they join the network too.
  await t.call('POST', `/api/v1/programmes/${programmeId}/roles`, { as: superuser, body: { email: 'forsker@varde.example', name: 'Ola Nordmann', role: 'researcher' } });
  for (const m of await json(await t.call('GET', `/api/v1/programmes/${programmeId}/municipalities`, { as: admin }))) municipality[m.name] = m.id;
});
afterAll(() => t.close());

async function newMeasure(as: Caller, where: string, body: Record<string, unknown> = {}) {
  const res = await t.call('POST', api(`/teams/${municipality[where]}/measures`), { as, body: { title: 'Faste samtaler om hva som er viktig', kind: 'what_matters', status: 'started', ...body } });
  return { status: res.status, id: res.status === 201 ? (await json(res)).id as string : '' };
}
async function newIndicator(as: Caller, measureId: string, body: Record<string, unknown> = {}) {
  const res = await t.call('POST', api(`/measures/${measureId}/indicators`), { as, body: { name: 'Andel samtaler', valueType: 'proportion', frequency: 'month', ...body } });
  expect(res.status).toBe(201);
  return (await json(res)).id as string;
}
const pointsOf = async (measureId: string, as: Caller = admin) => (await json(await t.call('GET', api(`/measures/${measureId}`), { as }))).indicators[0].measurements.length;

describe('the demo learning network', () => {
  it('holds measures of all nine kinds in 15 municipalities, data series with a shift, and two gatherings’ harvests', async () => {
    const overview = await json(await t.call('GET', api(''), { as: admin }));
    expect(overview.teams).toHaveLength(15);
    expect(new Set(overview.measures.map((m: any) => m.kind))).toEqual(new Set(builtinMeasureKinds));
    expect(overview.matrix.reduce((n: number, c: any) => n + c.count, 0)).toBe(overview.measures.length);
    const signals = overview.measures.flatMap((m: any) => m.signals);
    expect(signals.some((s: any) => s.runs && s.points === 14)).toBe(true);
    expect(signals.some((s: any) => !s.runs && s.points === 14)).toBe(true);
    const stavanger = overview.teams.find((x: any) => x.name === 'Stavanger');
    expect(stavanger).toMatchObject({ tasksDone: 8, gaps: [] });
    expect(overview.teams.find((x: any) => x.name === 'Sola').gaps).toContain('userExperience');
    expect(overview.attention.unstudiedCycles.length).toBeGreaterThan(0);
    // Signals are stored when data change; without them (or from an older computation) the overview computes the same.
    await t.database.db.execute(sql`update improvement_indicators set signals = null`);
    const recomputed = await json(await t.call('GET', api(''), { as: admin }));
    expect(recomputed.measures.flatMap((m: any) => m.signals)).toEqual(signals);
    const docs = await json(await t.call('GET', `/api/v1/programmes/${programmeId}/analysis/documents`, { as: admin }));
    expect(docs.filter((d: any) => d.kind === 'group_work_notes').length).toBe(6);
  });
});

describe('measures and sharing', () => {
  it('a contact edits only their own municipality’s team; other teams are readable but not writable', async () => {
    expect((await newMeasure(sandnesContact, 'Sandnes')).status).toBe(201);
    expect((await newMeasure(sandnesContact, 'Stavanger')).status).toBe(403);
    expect((await t.call('GET', api(`/teams/${municipality.Stavanger}`), { as: sandnesContact })).status).toBe(200);
    expect((await t.call('PUT', api(`/teams/${municipality.Stavanger}/tasks`), { as: sandnesContact, body: { task: 'roles', done: false } })).status).toBe(403);
    expect((await t.call('PUT', api(`/teams/${municipality.Sandnes}/tasks`), { as: sandnesContact, body: { task: 'roles', done: true } })).status).toBe(200);
  });

  it('an unshared measure is invisible to other municipalities, but seen by its own team and programme-wide roles', async () => {
    const { id } = await newMeasure(admin, 'Stavanger', { title: 'Internt forsøk', shared: false });
    expect((await t.call('GET', api(`/measures/${id}`), { as: sandnesContact })).status).toBe(404);
    expect((await t.call('PATCH', api(`/measures/${id}`), { as: sandnesContact, body: { status: 'stopped' } })).status).toBe(404);
    expect((await t.call('GET', api(`/measures/${id}`), { as: researcher })).status).toBe(200);
    const forContact = await json(await t.call('GET', api(''), { as: sandnesContact }));
    expect(forContact.measures.map((m: any) => m.id)).not.toContain(id);
    expect((await json(await t.call('GET', api(''), { as: researcher }))).measures.map((m: any) => m.id)).toContain(id);
    const own = await newMeasure(sandnesContact, 'Sandnes', { shared: false });
    expect((await t.call('GET', api(`/measures/${own.id}`), { as: sandnesContact })).status).toBe(200);
  });

  it('refuses an unknown kind and dates in the wrong order; a programme may add its own kind', async () => {
    expect((await newMeasure(admin, 'Sandnes', { kind: 'no_such_kind' })).status).toBe(400);
    expect((await newMeasure(admin, 'Sandnes', { startsOn: '2017-05-01', endsOn: '2017-01-01' })).status).toBe(400);
    expect((await t.call('POST', api('/kinds'), { as: sandnesContact, body: { key: 'housing', labels: { nb: 'Bolig', nn: 'Bustad', en: 'Housing' } } })).status).toBe(403);
    expect((await t.call('POST', api('/kinds'), { as: admin, body: { key: 'housing', labels: { nb: 'Bolig', nn: 'Bustad', en: 'Housing' } } })).status).toBe(201);
    expect((await newMeasure(sandnesContact, 'Sandnes', { kind: 'housing' })).status).toBe(201);
  });
});

describe('measurements', () => {
  it('bad input names the row and writes nothing', async () => {
    const { id } = await newMeasure(sandnesContact, 'Sandnes');
    const ind = await newIndicator(sandnesContact, id);
    const post = (rows: unknown[]) => t.call('POST', api(`/measures/${id}/indicators/${ind}/measurements`), { as: sandnesContact, body: { rows } });
    const cases: [unknown[], RegExp][] = [
      [[{ period: '2017-02', value: '3', denominator: '10' }, { period: '2017-01', value: '4', denominator: '10' }], /Rad 2: .*rad 1/],
      [[{ period: '2017-01', value: '3', denominator: '10' }, { period: '2017-01-20', value: '4', denominator: '10' }], /Rad 2: perioden 2017-01-01 står allerede i rad 1/],
      [[{ period: '2017-01', value: '3', denominator: '0' }], /Rad 1: nevneren kan ikke være 0/],
      [[{ period: '2017-01', value: 'tre', denominator: '10' }], /Rad 1: «tre» er ikke et tall/],
    ];
    for (const [rows, message] of cases) {
      const res = await post(rows);
      expect(res.status).toBe(400);
      expect(JSON.stringify(await json(res))).toMatch(message);
    }
    expect(await pointsOf(id)).toBe(0);
    expect((await post([{ period: '2017-01', value: '3', denominator: '10' }, { period: '2017-02', value: '4,5', denominator: '10' }])).status).toBe(200);
    expect(await pointsOf(id)).toBe(2);
    const again = await post([{ period: '2017-03', value: '3', denominator: '10' }, { period: '2017-02', value: '4', denominator: '10' }]);
    expect(JSON.stringify(await json(again))).toMatch(/allerede registrert/);
    expect(await pointsOf(id)).toBe(2);
  });

  it('imports CSV and XLSX; a text cell in a numeric column is named by its file row and nothing is written', async () => {
    const { id } = await newMeasure(sandnesContact, 'Sandnes');
    const ind = await newIndicator(sandnesContact, id, { valueType: 'count', chart: 'c' });
    const upload = (name: string, bytes: BlobPart) => {
      const form = new FormData();
      form.append('file', new Blob([bytes]), name);
      return t.call('POST', api(`/measures/${id}/indicators/${ind}/import`), { as: sandnesContact, body: form });
    };
    const bad = await upload('data.csv', 'Periode;Verdi\n2017-01;4\n2017-02;fire\n');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await json(bad))).toMatch(/Rad 3: «fire» er ikke et tall/);
    expect(await pointsOf(id)).toBe(0);
    expect((await upload('data.csv', 'Periode;Verdi;Merknad\n2017-01;4;\n2017-02;6;PDSA startet\n')).status).toBe(200);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['Period', 'Value']);
    for (const [p, v] of [['2017-03', 5], ['2017-04', 7]] as const) sheet.addRow([p, v]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    expect((await upload('data.xlsx', new Uint8Array(xlsx))).status).toBe(200);
    const detail = await json(await t.call('GET', api(`/measures/${id}`), { as: researcher }));
    expect(detail.indicators[0].measurements.map((m: any) => m.period)).toEqual(['2017-01-01', '2017-02-01', '2017-03-01', '2017-04-01']);
    expect(detail.indicators[0].chart.signals.join(' ')).toMatch(/\S/);
    const png = await t.call('GET', api(`/measures/${id}/indicators/${ind}/chart.png`), { as: researcher });
    expect(png.headers.get('content-type')).toBe('image/png');
  });
});

describe('team workspace', () => {
  it('fixed meeting times land in the activity plan; a round opens a survey; a harvest becomes a document', async () => {
    const team = `/teams/${municipality.Sandnes}`;
    const meetings = await t.call('POST', api(`${team}/meetings`), { as: sandnesContact, body: { firstStartsAt: '2016-11-01T13:00:00+01:00', everyWeeks: 4, count: 3, location: 'Rådhuset' } });
    expect(meetings.status).toBe(201);
    const round = await t.call('POST', api(`${team}/rounds`), { as: sandnesContact, body: { instrument: 'municipality-survey' } });
    expect(round.status).toBe(201);
    expect((await json(round)).link).toMatch(/\/s\//);
    const harvest = await t.call('POST', api(`${team}/harvests`), { as: sandnesContact, body: { kind: 'user_interview', text: 'Brukeren opplever at tjenestene samarbeider dårlig.' } });
    expect(harvest.status).toBe(201);
    expect((await t.call('POST', api(`${team}/progress`), { as: sandnesContact, body: { gathering: 1, score: 1.5, reason: 'I gang' } })).status).toBe(200);
    expect((await t.call('POST', api(`${team}/progress`), { as: sandnesContact, body: { gathering: 1, score: 1.7, reason: 'x' } })).status).toBe(400);
    const ws = await json(await t.call('GET', api(team), { as: sandnesContact }));
    expect(ws.meetings).toHaveLength(3);
    expect(ws.rounds[0].rounds).toHaveLength(1);
    expect(ws.rounds[0].questions.length).toBeGreaterThanOrEqual(11);
    expect(ws.harvests[0].documentId).toBeTruthy();
    expect(ws.progress).toEqual([{ gathering: 1, score: 1.5, reason: 'I gang' }]);
    expect(ws.canEdit).toBe(true);
  });
});

describe('the small-cell rule on a measure counting the programme’s participants', () => {
  // Eight months with 2 participants, then eight with 9: for the coordinator a clear shift; a municipal
  // contact (subject to the rule, threshold 5) sees the 2s hidden and left out of the computation.
  const values = [2, 2, 2, 2, 2, 2, 2, 2, 9, 9, 9, 9, 9, 9, 9, 0];
  const rows = values.map((v, k) => ({ period: `${2018 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`, value: String(v) }));

  it('hides 1–4 from viewers under the rule in the table, the chart, the overview’s signals and small multiples; zero and larger counts stay', async () => {
    const { id } = await newMeasure(sandnesContact, 'Sandnes', { title: 'Deltakere på kurs' });
    const continuous = await t.call('POST', api(`/measures/${id}/indicators`), { as: sandnesContact, body: { name: 'Ventetid', valueType: 'continuous', countsParticipants: true } });
    expect(continuous.status).toBe(400);
    const ind = await newIndicator(sandnesContact, id, { name: 'Deltakere fra egen kommune', valueType: 'count', countsParticipants: true });
    expect((await t.call('POST', api(`/measures/${id}/indicators/${ind}/measurements`), { as: sandnesContact, body: { rows } })).status).toBe(200);

    const full = (await json(await t.call('GET', api(`/measures/${id}`), { as: admin }))).indicators[0];
    expect(full.countsParticipants).toBe(true);
    expect(full.measurements.map((m: any) => m.value)).toEqual(values);
    expect(full.chart.table.rows.map((r: string[]) => r[1])).toContain('2,00');

    const limited = (await json(await t.call('GET', api(`/measures/${id}`), { as: sandnesContact }))).indicators[0];
    expect(limited.measurements.slice(0, 8).every((m: any) => m.value === null && m.suppressed)).toBe(true);
    expect(limited.measurements.slice(8).map((m: any) => m.value)).toEqual(values.slice(8));
    expect(limited.measurements.at(-1)).toMatchObject({ value: 0, suppressed: false });
    expect(limited.chart.table.rows.slice(0, 8).map((r: string[]) => r[1])).toEqual(Array(8).fill('–'));
    expect(limited.chart.table.rows.slice(8).map((r: string[]) => r[1])).not.toContain('2,00');
    expect(limited.chart.signals.join(' ')).toMatch(/8 periode\(r\) med færre enn 5 personer er skjult/);
    // The median comes from what the viewer sees (not 5.5 from the hidden 2s), so it cannot be used to work them out.
    expect(limited.chart.table.rows[8][2]).not.toBe(full.chart.table.rows[8][2]);

    const signals = async (as: Caller) => (await json(await t.call('GET', api(''), { as }))).measures.find((m: any) => m.id === id).signals[0];
    expect((await signals(admin)).runs).toBe(true);
    expect((await signals(sandnesContact)).runs).toBe(false);
    const multiples = async (as: Caller) => (await json(await t.call('GET', api(`/small-multiples?name=${encodeURIComponent('Deltakere fra egen kommune')}`), { as })))[0].chart;
    expect((await multiples(sandnesContact)).table.rows[0][1]).toBe('–');
    expect((await multiples(researcher)).table.rows[0][1]).toBe('2,00');

    // Turned off in the chart settings, the figures are service-level again and shown to everyone.
    expect((await t.call('PATCH', api(`/measures/${id}/indicators/${ind}`), { as: sandnesContact, body: { countsParticipants: false } })).status).toBe(200);
    expect((await json(await t.call('GET', api(`/measures/${id}`), { as: sandnesContact }))).indicators[0].measurements.map((m: any) => m.value)).toEqual(values);
  });

  it('a data point entered by mistake is removed by its team only, and the chart is computed again', async () => {
    const { id } = await newMeasure(sandnesContact, 'Sandnes');
    const ind = await newIndicator(sandnesContact, id, { valueType: 'count' });
    await t.call('POST', api(`/measures/${id}/indicators/${ind}/measurements`), { as: sandnesContact, body: { rows: rows.slice(8) } });
    const [first] = (await json(await t.call('GET', api(`/measures/${id}`), { as: admin }))).indicators[0].measurements;
    // Readable by the whole network, removable only by the team's own municipality (or a coordinator).
    expect((await t.call('DELETE', api(`/measures/${id}/indicators/${ind}/measurements/${first.id}`), { as: researcher })).status).toBe(403);
    expect((await t.call('DELETE', api(`/measures/${id}/indicators/${ind}/measurements/${first.id}`), { as: sandnesContact })).status).toBe(204);
    expect(await pointsOf(id)).toBe(values.length - 9);
    expect((await t.call('DELETE', api(`/measures/${id}/indicators/${ind}/measurements/${first.id}`), { as: sandnesContact })).status).toBe(404);
  });
});
