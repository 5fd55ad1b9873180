import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisApi } from '../../../test/support/analysis-api.js';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { activities } from '../activities/schema.js';
import { withdrawParticipant } from '../privacy/withdraw.js';
import { codesignCourseModuleTargetAreas, codesignCourseModules } from './course-schema.js';
import { codesignTouchpoints } from './schema.js';

let t: TestApp;
let admin: Caller;
let coordinator: Caller;
let researcher: Caller;
let facilitator: Caller;
let contact: Caller;
let observer: Caller;
let p: string;
let mA: string;
let mB: string;
const { json, addDoc, code, coding } = analysisApi(() => ({ t, programmeId: p, coordinator }));
const cd = (path: string) => `/api/v1/programmes/${p}/codesign${path}`;
const call = (as: Caller, method: string, path: string, body?: unknown) => t.call(method, cd(path), { as, body });
const ok = async (res: Response) => {
  if (res.status >= 300) throw new Error(`${res.status} ${await res.text()}`);
  return res.status === 204 ? null : json(res);
};

let stages: { id: string; key: string }[];
let codeId: string;

/** An interview transcript of one participant (role from the participant), with `n` coded segments. */
async function interview(municipalityId: string, role: 'recipient' | 'provider', n: number, participantId?: string) {
  const words = Array.from({ length: n }, (_, i) => `Setning nummer ${i} om hjelpen i Asker.`);
  const doc = await addDoc(`Intervju ${role} ${Math.random()}`, words.join(' '), { municipalityId, ...(participantId ? { participantIds: [participantId] } : { attributes: { role } }) });
  // Sentences of the working text as imported (pseudonymisation may have changed it); ASCII, so UTF-16 = code points.
  const codings: string[] = [];
  for (const m of (doc.text as string).matchAll(/Setning[^.]*\./g)) {
    const [row] = await coding(researcher, doc.id, [codeId], m.index!, m.index! + m[0].length);
    codings.push(row.id);
  }
  expect(codings).toHaveLength(n);
  return { doc, codings };
}

const mark = (as: Caller, codingId: string, stage: number, valence: number, emotion: string, extra: Record<string, unknown> = {}) =>
  call(as, 'PUT', '/touchpoints', { codingId, stageId: stages[stage].id, valence, emotion, ...extra });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  p = (await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'EBCD', startsOn: '2026-01-01', endsOn: '2026-12-31' } }))).id;
  mA = (await json(await t.call('POST', `/api/v1/programmes/${p}/municipalities`, { as: admin, body: { number: '3203' } }))).id;
  mB = (await json(await t.call('POST', `/api/v1/programmes/${p}/municipalities`, { as: admin, body: { number: '3201' } }))).id;
  for (const [email, role, municipalityId] of [['k@test.example', 'coordinator'], ['r@test.example', 'researcher'], ['f@test.example', 'facilitator'], ['c@test.example', 'municipal_contact', mA], ['o@test.example', 'observer']])
    await ok(await t.call('POST', `/api/v1/programmes/${p}/roles`, { as: admin, body: { email, name: `Person ${role}`, role, ...(municipalityId ? { municipalityIds: [municipalityId] } : {}) } }));
  coordinator = await t.signIn('k@test.example');
  researcher = await t.signIn('r@test.example');
  facilitator = await t.signIn('f@test.example');
  contact = await t.signIn('c@test.example');
  observer = await t.signIn('o@test.example');
  codeId = (await code('Møte med tjenesten')).id;
  stages = await ok(await call(researcher, 'GET', '/stages'));
});
afterAll(() => t.close());

describe('touchpoints', () => {
  it('starts every programme with the default journey and lets the coordinator add a stage', async () => {
    expect(stages.map((s) => s.key)).toEqual(['first_contact', 'getting_help', 'everyday_support', 'setbacks', 'moving_on']);
    expect((await call(researcher, 'POST', '/stages', { labels: { nb: 'Ettervern', nn: '', en: '' } })).status).toBe(403);
    const added = await ok(await call(coordinator, 'POST', '/stages', { labels: { nb: 'Ettervern', nn: 'Ettervern', en: 'Aftercare' } }));
    expect(added).toMatchObject({ key: 'custom_6', position: 5, builtIn: false });
    stages = await ok(await call(researcher, 'GET', '/stages'));
    expect(stages).toHaveLength(6);
  });

  it('marks a coded segment with stage, role (from the document) and emotion; marking again changes it', async () => {
    const { codings } = await interview(mA, 'recipient', 1);
    const first = await ok(await mark(researcher, codings[0], 0, -2, 'afraid'));
    const again = await ok(await mark(researcher, codings[0], 1, -1, 'uncertain', { note: 'Ventetid' }));
    expect(again.id).toBe(first.id);
    const list = await ok(await call(facilitator, 'GET', `/touchpoints?municipalityId=${mA}`));
    const tp = list.find((x: any) => x.id === first.id);
    expect(tp).toMatchObject({ role: 'recipient', valence: -1, emotion: 'uncertain', emotionLabel: 'usikker', note: 'Ventetid', stageKey: 'getting_help' });
    // The quote is anonymised: the municipality's name is gone, the attribution says role and source.
    expect(tp.quote.text).toBe('Setning nummer 0 om hjelpen i [kommune].');
    expect(tp.quote.attribution).toBe('(tjenestemottaker, intervju)');
  });

  it('refuses a bad emotion, a valence outside −2…+2, another programme’s stage and a document without one role — nothing written', async () => {
    const { codings } = await interview(mA, 'provider', 1);
    const before = (await ok(await call(researcher, 'GET', '/touchpoints'))).length;
    expect((await mark(researcher, codings[0], 0, 3, 'afraid')).status).toBe(400);
    expect((await mark(researcher, codings[0], 0, 1, 'ecstatic')).status).toBe(400);
    expect((await call(researcher, 'PUT', '/touchpoints', { codingId: codings[0], stageId: '00000000-0000-4000-8000-000000000000', valence: 0, emotion: 'neutral' })).status).toBe(400);
    const mixed = await addDoc('Gruppe', 'To roller i samme dokument her.', { municipalityId: mA });
    const [c] = await coding(researcher, mixed.id, [codeId], 0, 3);
    const res = await mark(researcher, c.id, 0, 0, 'neutral');
    expect(res.status).toBe(400);
    expect((await json(res)).errors[0].message).toContain('én rolle');
    expect((await ok(await call(researcher, 'GET', '/touchpoints'))).length).toBe(before);
  });

  it('who may: facilitators read, contacts and observers 403, facilitators cannot mark', async () => {
    const { codings } = await interview(mB, 'recipient', 1);
    expect((await mark(facilitator, codings[0], 0, 1, 'hopeful')).status).toBe(403);
    expect((await call(contact, 'GET', '/touchpoints')).status).toBe(403);
    expect((await call(observer, 'GET', '/emotional-map')).status).toBe(403);
    const stranger = await t.signIn('x@test.example');
    expect((await call(stranger, 'GET', '/touchpoints')).status).toBe(404);
  });
});

describe('emotional map', () => {
  it('places touchpoints by stage, role and valence; hides small cells for a facilitator and in the SVG download', async () => {
    const rec = await interview(mB, 'recipient', 5);
    for (const c of rec.codings) await ok(await mark(researcher, c, 2, 2, 'safe'));
    const prov = await interview(mB, 'provider', 2);
    for (const c of prov.codings) await ok(await mark(researcher, c, 2, -1, 'frustrated'));
    const full = await ok(await call(researcher, 'GET', `/emotional-map?municipalityId=${mB}`));
    const cell = (m: any, role: string) => m.cells.find((c: any) => c.stageId === stages[2].id && c.role === role);
    expect(cell(full, 'recipient')).toMatchObject({ count: 5, meanValence: 2, suppressed: false });
    expect(cell(full, 'provider')).toMatchObject({ count: 2, suppressed: false });
    expect(full.points.filter((pt: any) => pt.stageId === stages[2].id)).toHaveLength(7);
    expect(full.chart.svg).toContain('role="img"');
    expect(full.chart.svg).toContain('<title id=');
    expect((full.chart.svg.match(/data-touchpoint=/g) ?? []).length).toBe(full.points.length);

    const guarded = await ok(await call(facilitator, 'GET', `/emotional-map?municipalityId=${mB}`));
    expect(guarded.suppressing).toBe(true);
    expect(cell(guarded, 'provider')).toMatchObject({ count: null, suppressed: true, meanValence: null });
    expect(cell(guarded, 'recipient')).toMatchObject({ count: 5 });
    expect(guarded.points.some((pt: any) => pt.role === 'provider' && pt.stageId === stages[2].id)).toBe(false);

    const svg = await (await call(researcher, 'GET', `/emotional-map.svg?municipalityId=${mB}`)).text();
    expect((svg.match(/data-touchpoint=/g) ?? []).length).toBe(guarded.points.length);
  });
});

describe('feedback material', () => {
  it('assembles touchpoints and quotes for a meeting, in order, and checks every item', async () => {
    const [meeting] = await t.database.db.insert(activities).values({ programmeId: p, municipalityId: mA, typeKey: 'feedback_meeting', variant: 'recipients', title: 'Tilbakemelding', durationMinutes: 120, mode: 'physical' }).returning();
    const { codings } = await interview(mA, 'recipient', 2);
    const tp = await ok(await mark(researcher, codings[0], 0, -2, 'ashamed'));
    expect((await call(researcher, 'POST', '/material', { activityId: meeting.id, title: 'X' })).status).toBe(403);
    expect((await call(facilitator, 'POST', '/material', { activityId: meeting.id, title: 'X', filmUrl: 'javascript:alert(1)' })).status).toBe(400);
    const set = await ok(await call(facilitator, 'POST', '/material', { activityId: meeting.id, title: 'Møte 1', filmUrl: 'https://video.varde.example/film' }));
    expect((await call(facilitator, 'PUT', `/material/${set.id}/items`, { items: [{ touchpointId: tp.id, codingId: codings[1] }] })).status).toBe(400);
    await ok(await call(facilitator, 'PUT', `/material/${set.id}/items`, { items: [{ codingId: codings[1], caption: 'Start' }, { touchpointId: tp.id }] }));
    const shown = await ok(await call(facilitator, 'GET', `/material/${set.id}`));
    expect(shown.items.map((i: any) => [i.caption, i.touchpoint?.emotionLabel ?? null])).toEqual([['Start', null], ['', 'skamfull']]);
    expect(shown.filmUrl).toBe('https://video.varde.example/film');
    expect((await ok(await call(facilitator, 'GET', '/material'))).find((s: any) => s.id === set.id).itemCount).toBe(2);
  });
});

describe('target areas and the golden thread', () => {
  it('turns prioritised items into target areas that keep votes, touchpoints and quotes; the thread leads from a quote to a module and back', async () => {
    const [meeting] = await t.database.db.insert(activities).values({ programmeId: p, municipalityId: mA, typeKey: 'feedback_meeting', variant: 'joint', title: 'Felles', durationMinutes: 120, mode: 'physical', status: 'held' }).returning();
    const { codings } = await interview(mA, 'recipient', 2);
    const tp = await ok(await mark(researcher, codings[0], 1, -2, 'lonely'));
    expect((await call(researcher, 'POST', '/target-areas/from-items', { municipalityId: mA, items: [{ label: 'X', tally: { recipient: 1, provider: 0, leader: 0, unknown: 0 } }] })).status).toBe(403);
    const created = await ok(await call(facilitator, 'POST', '/target-areas/from-items', {
      municipalityId: mA, activityId: meeting.id,
      items: [
        { label: 'Å bli møtt som et menneske', tally: { recipient: 9, provider: 2, leader: 0, unknown: 0 }, touchpointIds: [tp.id], codingIds: [codings[1]] },
        { label: 'Kontinuitet i oppfølgingen', tally: { recipient: 3, provider: 6, leader: 1, unknown: 0 } },
      ],
    }));
    expect(created.ids).toHaveLength(2);
    const forResearcher = await ok(await call(researcher, 'GET', `/target-areas?municipalityId=${mA}`));
    const first = forResearcher.targetAreas.find((a: any) => a.id === created.ids[0]);
    expect(first.votes[0]).toMatchObject({ label: 'Å bli møtt som et menneske', rank: 1 });
    expect(first.votes[0].tally.recipient.value).toBe(9);
    expect(first.touchpoints.map((x: any) => x.id)).toEqual([tp.id]);
    expect(first.quotes.map((q: any) => q.codingId)).toEqual([codings[1]]);
    // Reported (shareable) tallies hide small cells: 2 and 1 are below the threshold of 5, 0 is not.
    const shared = await ok(await call(researcher, 'GET', `/target-areas?municipalityId=${mA}&shareable=true`));
    const tally = shared.targetAreas.find((a: any) => a.id === created.ids[0]).votes[0].tally;
    expect([tally.recipient.value, tally.provider.value, tally.leader.value]).toEqual([9, null, 0]);
    // A municipal contact sees their municipality's target areas, not another's.
    expect((await ok(await call(contact, 'GET', '/target-areas'))).targetAreas.every((a: any) => a.municipalityId === mA || a.municipalityId === null)).toBe(true);
    expect((await call(contact, 'GET', `/target-areas?municipalityId=${mB}`)).status).toBe(404);
    // A meeting in another municipality cannot be the source.
    expect((await call(facilitator, 'POST', '/target-areas', { title: 'Feil', municipalityId: mB, activityId: meeting.id })).status).toBe(400);

    const db = t.database.db;
    const [module] = await db.insert(codesignCourseModules).values({ programmeId: p, title: 'Modul 1: Møtet' }).returning();
    await db.insert(codesignCourseModuleTargetAreas).values(created.ids.map((targetAreaId: string) => ({ moduleId: module.id, targetAreaId })));
    const fromQuote = await ok(await call(facilitator, 'GET', `/thread?codingId=${codings[0]}`));
    expect(fromQuote.start.quote.text).toContain('Setning nummer 0');
    expect(fromQuote.chains.map((c: any) => [c.targetArea.id, c.modules.map((m: any) => m.title)])).toEqual([[created.ids[0], ['Modul 1: Møtet']]]);
    const back = await ok(await call(facilitator, 'GET', `/thread?moduleId=${module.id}`));
    expect(back.chains.map((c: any) => c.targetArea.id).sort()).toEqual([...created.ids].sort());
    expect(back.chains.find((c: any) => c.targetArea.id === created.ids[0]).targetArea.touchpoints[0].quote.codingId).toBe(codings[0]);

    // The EBCD stage follows the held activities: the joint meeting was held in A.
    const ebcd = await ok(await call(contact, 'GET', '/ebcd-stages'));
    expect(ebcd).toEqual([expect.objectContaining({ municipalityId: mA, stage: 'joint_meeting', next: 'codesign_workshop' })]);
    await db.update(activities).set({ status: 'held' }).where(eq(activities.id, meeting.id));
  });

  it('bad input is refused with a message and writes nothing: a 100,000-character title, a film link that is not http(s), a foreign touchpoint', async () => {
    const before = (await ok(await call(researcher, 'GET', '/target-areas'))).targetAreas.length;
    const long = await call(facilitator, 'POST', '/target-areas', { title: 'x'.repeat(100_000), municipalityId: mA });
    expect(long.status).toBe(400);
    expect((await json(long)).errors[0]).toMatchObject({ path: 'title', message: 'Kan ha høyst 300 tegn.' });
    const foreign = await call(facilitator, 'POST', '/target-areas', { title: 'Ok', municipalityId: mA, touchpointIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(foreign.status).toBe(400);
    expect((await ok(await call(researcher, 'GET', '/target-areas'))).targetAreas.length).toBe(before);
  });

  it('withdrawal removes the person’s touchpoints (and their links), whatever the choice', async () => {
    const person = await ok(await t.call('POST', `/api/v1/programmes/${p}/municipalities/${mA}/participants`, { as: coordinator, body: { role: 'recipient', name: 'Test Person' } }));
    const { codings } = await interview(mA, 'recipient', 1, person.id);
    const tp = await ok(await mark(researcher, codings[0], 0, 1, 'hopeful'));
    const area = await ok(await call(facilitator, 'POST', '/target-areas', { title: 'Håp', municipalityId: mA, touchpointIds: [tp.id] }));
    const db = t.database.db;
    expect((await db.select().from(codesignTouchpoints).where(eq(codesignTouchpoints.id, tp.id)))[0].participantId).toBe(person.id);
    await db.transaction((tx) => withdrawParticipant(tx, { programmeId: p, participantId: person.id, choice: 'anonymise', via: 'coordinator', actorId: coordinator.userId }));
    expect(await db.select().from(codesignTouchpoints).where(eq(codesignTouchpoints.id, tp.id))).toEqual([]);
    const after = await ok(await call(facilitator, 'GET', `/target-areas?municipalityId=${mA}`));
    expect(after.targetAreas.find((a: any) => a.id === area.ids[0]).touchpoints).toEqual([]);
  });
});
