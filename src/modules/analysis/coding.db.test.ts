import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisApi } from '../../../test/support/analysis-api.js';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';

let t: TestApp;
let admin: Caller;
let coordinator: Caller;
let researcher: Caller;
let researcher2: Caller;
let p: string;
let mA: string;
let mB: string;
const { api, json, post, get, addDoc, code, coding } = analysisApi(() => ({ t, programmeId: p, coordinator }));

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  const programme = await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Koding', startsOn: '2026-01-01', endsOn: '2026-12-31' } }));
  p = programme.id;
  for (const [email, role] of [['k@test.example', 'coordinator'], ['r1@test.example', 'researcher'], ['r2@test.example', 'researcher']])
    await t.call('POST', `/api/v1/programmes/${p}/roles`, { as: admin, body: { email, name: `Person ${role}`, role } });
  coordinator = await t.signIn('k@test.example');
  researcher = await t.signIn('r1@test.example');
  researcher2 = await t.signIn('r2@test.example');
  mA = (await json(await t.call('POST', `/api/v1/programmes/${p}/municipalities`, { as: admin, body: { number: '4601' } }))).id;
  mB = (await json(await t.call('POST', `/api/v1/programmes/${p}/municipalities`, { as: admin, body: { number: '5001' } }))).id;
});
afterAll(() => t.close());

describe('coding', () => {
  it('stores code-point ranges over emoji and refuses ranges outside the text with a message', async () => {
    const doc = await addDoc('Emoji', '🇳🇴 Håp 👩🏽‍⚕️ og tillit.');
    const c = await code('Håp');
    const [row] = await coding(researcher, doc.id, [c.id], 3, 6);
    const segments = await get(coordinator, `/codes/${c.id}/segments`);
    expect(segments[0]).toMatchObject({ codingId: row.id, text: 'Håp', start: 3, end: 6 });
    const length = [...doc.text].length;
    const bad = await t.call('POST', api('/codings'), { as: researcher, body: { documentId: doc.id, codeIds: [c.id], start: 2, end: length + 1 } });
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0].message).toContain(`${length} tegn`);
  });

  it('blind mode: a coder sees only their own codings; the coordinator sees all; off shows all', async () => {
    const doc = await addDoc('Blind', 'Vi fikk god hjelp og ble møtt med respekt.');
    const c = await code('Respekt');
    await coding(researcher, doc.id, [c.id], 0, 5);
    await coding(researcher2, doc.id, [c.id], 3, 9);
    const mine = await get(researcher, `/documents/${doc.id}/codings`);
    expect(mine.blind).toBe(true);
    expect(mine.codings.map((x: any) => x.coderId)).toEqual([researcher.userId]);
    expect((await get(coordinator, `/documents/${doc.id}/codings`)).codings).toHaveLength(2);
    await t.call('PUT', api('/settings'), { as: coordinator, body: { blindCoding: false } });
    expect((await get(researcher, `/documents/${doc.id}/codings`)).codings).toHaveLength(2);
    await t.call('PUT', api('/settings'), { as: coordinator, body: { blindCoding: true } });
  });

  it('merge and split keep every coding; delete with children needs cascade; CHIME seeds once', async () => {
    const doc = await addDoc('Omstrukturering', 'En tekst med nok tegn til flere kodinger her.');
    const a = await code('A');
    const b = await code('B');
    const [c1] = await coding(coordinator, doc.id, [a.id], 0, 3);
    const [c2] = await coding(coordinator, doc.id, [a.id], 4, 9);
    await coding(coordinator, doc.id, [b.id], 10, 14);
    const merged = await post(coordinator, `/codes/${a.id}/merge`, { intoCodeId: b.id });
    expect(merged.moved).toBe(2);
    expect((await get(coordinator, `/codes/${b.id}/segments`)).map((s: any) => s.codingId)).toEqual(expect.arrayContaining([c1.id, c2.id]));
    expect((await t.call('GET', api(`/codes/${a.id}/segments`), { as: coordinator })).status).toBe(404);
    const split = await post(coordinator, `/codes/${b.id}/split`, { name: 'B2', codingIds: [c2.id] });
    expect(split.moved).toBe(1);
    expect((await get(coordinator, `/codes/${split.code.id}/segments`)).map((s: any) => s.codingId)).toEqual([c2.id]);
    expect((await get(coordinator, `/codes/${b.id}/segments`))).toHaveLength(2);
    const parent = await code('Forelder', { isTheme: true });
    await code('Barn', { parentId: parent.id });
    expect((await t.call('DELETE', api(`/codes/${parent.id}`), { as: coordinator })).status).toBe(409);
    expect(await json(await t.call('DELETE', api(`/codes/${parent.id}?cascade=true`), { as: coordinator }))).toEqual({ deleted: 2 });
    const first = await post(coordinator, '/codes/chime');
    expect(first.created).toBe(26);
    expect((await post(coordinator, '/codes/chime')).created).toBe(0);
  });
});

describe('retrieval and overviews', () => {
  let theme: any, c1: any, c2: any, d1: any, d2: any;
  beforeAll(async () => {
    theme = await code('Relasjoner', { isTheme: true });
    c1 = await code('Familie', { parentId: theme.id });
    c2 = await code('Venner', { parentId: theme.id });
    d1 = await addDoc('Intervju 1', 'Familien min hjalp meg mye. Vennene kom tilbake.', { municipalityId: mA, activityType: 'interview', attributes: { role: 'recipient' } });
    d2 = await addDoc('Intervju 2', 'Kollegaene og tjenesten var viktige for meg.', { municipalityId: mB, activityType: 'focus_group', attributes: { role: 'provider' } });
    await coding(coordinator, d1.id, [c1.id], 0, 26);
    await coding(coordinator, d1.id, [c2.id], 20, 47);
    await coding(coordinator, d2.id, [c2.id], 0, 11);
  });

  it('a theme retrieves the segments of its codes, filtered by role, municipality and activity', async () => {
    const all = await get(coordinator, `/codes/${theme.id}/segments`);
    expect(all).toHaveLength(3);
    expect(all[0]).toMatchObject({ text: 'Familien min hjalp meg mye', documentTitle: 'Intervju 1', roles: ['recipient'], activityType: 'interview' });
    expect(await get(coordinator, `/codes/${theme.id}/segments?role=provider`)).toMatchObject([{ text: 'Kollegaene ', municipalityId: mB }]);
    expect(await get(coordinator, `/codes/${theme.id}/segments?municipalityId=${mA}&activityType=interview`)).toHaveLength(2);
    expect(await get(coordinator, `/codes/${c1.id}/segments?coderId=${researcher.userId}`)).toEqual([]);
  });

  it('counts the code × case matrix and co-occurrence', async () => {
    const byDoc = await get(coordinator, '/matrix?by=document');
    const row = (id: string) => byDoc.rows.find((r: any) => r.codeId === id);
    expect(row(c2.id).cells[d1.id]).toEqual({ segments: 1, documents: 1 });
    expect(row(theme.id).total).toEqual({ segments: 3, documents: 2 });
    const byPlace = await get(coordinator, '/matrix?by=municipality');
    expect(byPlace.rows.find((r: any) => r.codeId === c2.id).cells[mB]).toEqual({ segments: 1, documents: 1 });
    const pairs = await get(coordinator, '/cooccurrence');
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ segments: 1, documents: 1 });
    expect([pairs[0].codeA.id, pairs[0].codeB.id].sort()).toEqual([c1.id, c2.id].sort());
  });

  it('gives anonymised quotes without codes or municipality names', async () => {
    const doc = await addDoc('Sitat', 'Jeg bor i Trondheim og [tjenestemottaker TRD-P-01] hjalp meg.', { activityType: 'interview', attributes: { role: 'recipient' } });
    const q = await code('Sitatkode');
    await coding(coordinator, doc.id, [q.id], 0, [...doc.text].length);
    const [quote] = await get(coordinator, `/codes/${q.id}/quotes`);
    expect(quote.quote).toBe('«Jeg bor i [kommune] og [tjenestemottaker] hjalp meg.» (tjenestemottaker, intervju)');
  });

  it('full-text search finds inflected Norwegian forms, with safe highlights', async () => {
    await addDoc('Søk', 'Tjenester for alle som har 3 < 5 & trenger <script>alert(1)</script> det.');
    const hits = await get(coordinator, '/search?q=tjenesten');
    const hit = hits.find((h: any) => h.title === 'Søk');
    expect(hit).toBeDefined();
    expect(hit.headline).toContain('<mark>Tjenester</mark>');
    expect(hit.headline).not.toContain('<script>');
    // Only <mark> tags reach the UI: anything else is escaped (or dropped by ts_headline's parser).
    expect(hit.headline.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(hit.headline).toContain('3 &lt; 5 &amp;');
    expect(hit.parts.some((x: any) => x.mark && x.text === 'Tjenester')).toBe(true);
    expect(await get(coordinator, '/search?q=kollegaer')).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'Intervju 2' })]));
  });
});

describe('agreement', () => {
  it('reproduces the reference: 1,000 characters, A [0,200), B [100,300) → 80 %, kappa 0.375', async () => {
    const doc = await addDoc('Enighet', 'x'.repeat(1000));
    const c = await code('Enighetskode');
    await coding(researcher, doc.id, [c.id], 0, 200);
    await coding(researcher2, doc.id, [c.id], 100, 300);
    const report = await get(coordinator, `/agreement?documentId=${doc.id}&coderA=${researcher.userId}&coderB=${researcher2.userId}`);
    expect(report.unit).toBe('character');
    expect(report.overall.percentAgreement).toBeCloseTo(0.8, 10);
    expect(report.overall.cohensKappa.value).toBeCloseTo(0.375, 10);
    expect(report.perCode[0]).toMatchObject({ codeId: c.id, name: 'Enighetskode' });
    expect(report.disagreements).toEqual([
      { documentId: doc.id, codeId: c.id, coder: 'A', start: 0, end: 100, text: 'x'.repeat(100) },
      { documentId: doc.id, codeId: c.id, coder: 'B', start: 200, end: 300, text: 'x'.repeat(100) },
    ]);
    const asCoder = await get(researcher, `/agreement?documentId=${doc.id}&coderA=${researcher.userId}&coderB=${researcher2.userId}`);
    expect(asCoder.disagreementsHidden).toBe(true);
    expect(asCoder.disagreements).toEqual([]);
  });
});
