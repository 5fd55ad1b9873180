import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { invitationsProgramme } from '../../../test/support/invitations-fixture.js';
import { deliverMail } from '../../../test/support/mail-delivery.js';
import { scanDatabase } from '../../../test/support/scan-database.js';
import { programmeRoles } from '../access/schema.js';
import { participants } from '../people/schema.js';
import { programmeMunicipalities } from '../programmes/schema.js';
import { activityWalkIns, attendance, invitations } from './invitations-schema.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof invitationsProgramme>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await invitationsProgramme(t);
});
afterAll(() => t.close());

type Activity = { id: string; programmeId: string };
const api = (a: Activity) => `/api/v1/programmes/${a.programmeId}/activities/${a.id}`;
const form = (path: string, fields: Record<string, string>) =>
  t.call('POST', path, { body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
async function doorCode(activity: Activity) {
  const res = await t.call('POST', `${api(activity)}/check-in-codes`, { as: w.coordinator, body: { validHours: 2 } });
  return ((await res.json()) as { code: string }).code;
}

describe('inviting chosen people', () => {
  it('reaches everyone it may and reports by code who was skipped and why; those without e-mail come back to print', async () => {
    const activity = await w.activity();
    const a = await w.person();
    const b = await w.person({ email: null });
    const first = await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [a.id] } });
    expect((await first.json()).skipped).toEqual([]);
    const res = await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [a.id, b.id] } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ created: 1, mailed: 0, skipped: [{ code: a.code, reason: 'already_invited' }], withoutEmail: [{ participantId: b.id, code: b.code }] });
    const candidates = await (await t.call('GET', `${api(activity)}/invitation-candidates`, { as: w.coordinator })).json();
    const row = candidates.people.find((p: { participantId: string }) => p.participantId === a.id);
    expect(row).toMatchObject({ code: a.code, role: 'provider', hasEmail: true, consent: 'missing', eligible: false, reason: 'already_invited' });
  });

  it('a group member outside a municipal contact’s municipalities is skipped without naming them; the rest are invited', async () => {
    const [other] = await t.database.db.insert(programmeMunicipalities).values({ programmeId: w.programme.id, number: '0301', name: 'Oslo' }).returning();
    const contact = await t.signIn('kontakt-baerum@varde.example');
    await t.database.db.insert(programmeRoles).values({ programmeId: w.programme.id, userId: contact.userId, role: 'municipal_contact', municipalityId: w.municipality.id });
    const mine = await w.person();
    const theirs = await w.person({ municipalityId: other.id });
    const team = await w.team([mine, theirs]);
    const activity = await w.activity();
    const res = await t.call('POST', `${api(activity)}/invitations`, { as: contact, body: { groupIds: [team.id] } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.created).toBe(1);
    expect(body.skipped).toEqual([{ code: null, reason: 'outside' }]);
    expect(JSON.stringify(body)).not.toContain(theirs.code);
    // Naming someone outside directly is still a wrong request.
    expect((await t.call('POST', `${api(activity)}/invitations`, { as: contact, body: { participantIds: [theirs.id] } })).status).toBe(400);
  });
});

describe('printing a person’s reply link and check-in code', () => {
  it('a new link replaces the earlier one and its code; only hashes are stored', async () => {
    const activity = await w.activity();
    const person = await w.person();
    await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [person.id] } });
    await deliverMail(t);
    const mailed = t.sentMail.filter((m) => m.to === person.email).at(-1)!;
    const oldLink = new URL(/https?:\/\/\S+\/i\/\S+/.exec(mailed.text)![0]).pathname;
    const oldCode = /: ([A-Z2-9]{8})$/m.exec(mailed.text)![1];
    const [inv] = await t.database.db.select().from(invitations).where(and(eq(invitations.activityId, activity.id), eq(invitations.participantId, person.id)));
    const res = await t.call('POST', `${api(activity)}/invitations/${inv.id}/link`, { as: w.coordinator });
    expect(res.status).toBe(201);
    const issued = await res.json();
    expect(issued).toMatchObject({ code: person.code, personalCode: expect.stringMatching(/^[A-Z2-9]{8}$/) });
    expect(issued.qrSvg).toContain('<svg');
    expect(issued.personalCode).not.toBe(oldCode);
    expect((await t.call('GET', oldLink)).status).toBe(410);
    expect((await t.call('GET', new URL(issued.url).pathname)).status).toBe(200);
    const door = await doorCode(activity);
    expect((await form('/check-in', { code: door, personalCode: oldCode })).status).toBe(400);
    expect((await form('/check-in', { code: door, personalCode: issued.personalCode })).status).toBe(200);
    expect(await scanDatabase(t.database.db, [new URL(issued.url).pathname.split('/').at(-1)!, issued.personalCode])).toEqual([]);
  });
});

describe('walk-ins at the door', () => {
  it('register with name and role, see nobody else, and are confirmed by staff as new or existing participants', async () => {
    const activity = await w.activity();
    const invited = await w.person();
    await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [invited.id] } });
    const door = await doorCode(activity);
    expect((await form('/check-in', { walkIn: '1', code: 'WRONG1', name: 'Ola Dørmann', role: 'recipient' })).status).toBe(400);
    expect((await form('/check-in', { walkIn: '1', code: door, name: '', role: 'recipient' })).status).toBe(400);
    const done = await form('/check-in', { walkIn: '1', code: door, name: 'Ola Dørmann', role: 'recipient' });
    expect(done.status).toBe(200);
    const html = await done.text();
    expect(html).toContain('walk-in-done');
    expect(html).not.toContain(invited.name);
    expect(await (await t.call('GET', `/check-in/${door}`)).text()).not.toMatch(/Ola Dørmann|Deltaker/);
    await form('/check-in', { walkIn: '1', code: door, name: invited.name, role: 'provider' });

    const list = await (await t.call('GET', `${api(activity)}/walk-ins`, { as: w.coordinator })).json();
    expect(list.map((x: { name: string; role: string }) => [x.name, x.role])).toEqual([['Ola Dørmann', 'recipient'], [invited.name, 'provider']]);
    // The new one becomes a participant of the activity's municipality and is registered as present.
    const created = await t.call('POST', `${api(activity)}/walk-ins/${list[0].id}/confirm`, { as: w.coordinator, body: {} });
    expect(created.status).toBe(200);
    const c = await created.json();
    expect(c.created).toBe(true);
    const [person] = await t.database.db.select().from(participants).where(eq(participants.id, c.participantId));
    expect(person).toMatchObject({ name: 'Ola Dørmann', role: 'recipient', municipalityId: w.municipality.id });
    // The known one is matched to their record: no second participant.
    const matched = await (await t.call('POST', `${api(activity)}/walk-ins/${list[1].id}/confirm`, { as: w.coordinator, body: { participantId: invited.id } })).json();
    expect(matched).toMatchObject({ participantId: invited.id, created: false });
    const came = await t.database.db.select().from(attendance).where(eq(attendance.activityId, activity.id));
    expect(came.map((r) => r.participantId).sort()).toEqual([c.participantId, invited.id].sort());
    expect(await t.database.db.select().from(activityWalkIns).where(eq(activityWalkIns.activityId, activity.id))).toEqual([]);
    // Confirming twice, or a walk-in of another activity, is not found.
    expect((await t.call('POST', `${api(activity)}/walk-ins/${list[0].id}/confirm`, { as: w.coordinator, body: {} })).status).toBe(404);
  });

  it('a walk-in can be dismissed, and an activity without municipality asks which one', async () => {
    const activity = await w.activity({ municipalityId: null });
    const door = await doorCode(activity);
    await form('/check-in', { walkIn: '1', code: door, name: 'Kari Tvil', role: 'leader' });
    await form('/check-in', { walkIn: '1', code: door, name: 'Feil Person', role: 'leader' });
    const [one, two] = await (await t.call('GET', `${api(activity)}/walk-ins`, { as: w.coordinator })).json();
    const refused = await t.call('POST', `${api(activity)}/walk-ins/${one.id}/confirm`, { as: w.coordinator, body: {} });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).not.toContain('walkIns.');
    expect((await t.call('POST', `${api(activity)}/walk-ins/${one.id}/confirm`, { as: w.coordinator, body: { municipalityId: w.municipality.id } })).status).toBe(200);
    expect((await t.call('DELETE', `${api(activity)}/walk-ins/${two.id}`, { as: w.coordinator })).status).toBe(204);
    expect(await scanDatabase(t.database.db, ['Feil Person'])).toEqual([]);
  });
});

describe('who came', () => {
  it('attendance history per person and who came regularly, by code', async () => {
    const person = await w.person();
    const once = await w.person();
    const acts = [await w.activity(), await w.activity(), await w.activity()];
    for (const a of acts) await t.call('POST', `${api(a)}/invitations`, { as: w.coordinator, body: { participantIds: [person.id, once.id] } });
    for (const a of acts.slice(0, 2)) await t.call('PUT', `${api(a)}/attendance/${person.id}`, { as: w.coordinator, body: { attended: true } });
    await t.call('PUT', `${api(acts[0])}/attendance/${once.id}`, { as: w.coordinator, body: { attended: true } });
    await t.call('PUT', `${api(acts[1])}/attendance/${once.id}`, { as: w.coordinator, body: { attended: false } });
    const history = await (await t.call('GET', `/api/v1/programmes/${w.programme.id}/participants/${person.id}/attendance`, { as: w.coordinator })).json();
    expect(history).toMatchObject({ invited: 3, attended: 2 });
    expect(history.activities.filter((r: { attended: boolean | null }) => r.attended === true)).toHaveLength(2);
    expect(history.activities.every((r: { name: string }) => r.name.includes('Bærum'))).toBe(true);
    const regulars = await (await t.call('GET', `/api/v1/programmes/${w.programme.id}/activity-indicators/regulars?regularN=2`, { as: w.coordinator })).json();
    const of = (code: string) => regulars.people.find((p: { code: string }) => p.code === code);
    expect(of(person.code)).toMatchObject({ invited: 3, attended: 2, regular: true });
    expect(of(once.code)).toMatchObject({ invited: 3, attended: 1, regular: false });
    // Another programme's participant is not found here.
    const stranger = await w.person({}, w.other);
    expect((await t.call('GET', `/api/v1/programmes/${w.programme.id}/participants/${stranger.id}/attendance`, { as: w.coordinator })).status).toBe(404);
  });
});
