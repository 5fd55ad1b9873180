import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testOrigin, type TestApp } from '../../../test/support/app.js';
import { parseIcs } from '../../../test/support/ics-parse.js';
import { invitationsProgramme } from '../../../test/support/invitations-fixture.js';
import { scanDatabase } from '../../../test/support/scan-database.js';
import { auditLog } from '../audit/schema.js';
import { accessExport } from '../privacy/access-export.js';
import { withdrawParticipant } from '../privacy/withdraw.js';
import { attendanceFigures, attendanceRows, cameRegularly } from './attendance-figures.js';
import { sendDueReminders } from './invitation-reminders.js';
import { attendance, checkInCodes, invitations, invitationTokens } from './invitations-schema.js';
import './invitation-routes.js';
import { deliverMail } from '../../../test/support/mail-delivery.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof invitationsProgramme>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await invitationsProgramme(t);
});
afterAll(() => t.close());

type Activity = { id: string; programmeId: string };
const api = (a: Activity) => `/api/v1/programmes/${a.programmeId}/activities/${a.id}`;
const lastTo = (email: string) => t.sentMail.filter((m) => m.to === email).at(-1)!;
const linkOf = (email: string) => new URL(/https?:\/\/\S+\/i\/\S+/.exec(lastTo(email).text)![0]).pathname;
const personalCodeOf = (email: string) => /: ([A-Z2-9]{8})$/m.exec(lastTo(email).text)![1];
const form = (path: string, fields: Record<string, string>) =>
  t.call('POST', path, { body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
const attendanceOf = async (activityId: string, participantId: string) =>
  (await t.database.db.select().from(attendance).where(and(eq(attendance.activityId, activityId), eq(attendance.participantId, participantId))))[0];

async function invited(over: Parameters<typeof w.activity>[0] = {}) {
  const activity = await w.activity(over);
  const person = await w.person();
  expect((await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [person.id] } })).status).toBe(200);
  await deliverMail(t);
  return { activity, person };
}
async function doorCode(activity: Activity, validHours = 2) {
  const res = await t.call('POST', `${api(activity)}/check-in-codes`, { as: w.coordinator, body: { validHours } });
  expect(res.status).toBe(201);
  return (await res.json()) as { code: string; url: string; qrDataUrl: string };
}

describe('QR check-in at the door (no account, no JavaScript)', () => {
  it('the QR code leads to a form; door code + personal code registers attendance once', async () => {
    const { activity, person } = await invited();
    const door = await doorCode(activity);
    expect(door.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(door.url).toBe(`${testOrigin}/check-in/${door.code}`);
    const page = await t.call('GET', new URL(door.url).pathname);
    const html = await page.text();
    expect(html).toContain(`value="${door.code}"`);
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    const done = await form('/check-in', { code: door.code.toLowerCase(), personalCode: personalCodeOf(person.email!) });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Du er sjekket inn');
    expect(await attendanceOf(activity.id, person.id)).toMatchObject({ attended: true, method: 'qr', registeredBy: null });
    const again = await form('/check-in', { code: door.code, personalCode: personalCodeOf(person.email!) });
    expect(await again.text()).toContain('Du var allerede sjekket inn');
  });

  it('the personal link checks in with the door code alone', async () => {
    const { activity, person } = await invited();
    const door = await doorCode(activity);
    const res = await form(`${linkOf(person.email!)}/check-in`, { code: door.code });
    expect(res.status).toBe(200);
    expect((await attendanceOf(activity.id, person.id)).method).toBe('qr');
  });

  it('refuses an expired, an unknown and a foreign code with one and the same message, writing nothing', async () => {
    const { activity, person } = await invited();
    const { activity: elsewhere, person: stranger } = await invited();
    const door = await doorCode(activity);
    const mine = personalCodeOf(person.email!);
    const checkIns = async () => (await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'attendance.check_in'))).length;
    const auditBefore = await checkIns();
    // Which codes exist elsewhere must not show: every wrong code gets status 400 and this one message.
    const wrong = 'Koden stemmer ikke for denne aktiviteten, eller den gjelder ikke lenger.';
    const refusedAlike = async (res: Response) => {
      const html = await res.text();
      expect([res.status, html.includes(wrong), /annen aktivitet|utløpt|finner ingen/.test(html)]).toEqual([400, true, false]);
    };
    await t.database.db.update(checkInCodes).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(checkInCodes.code, door.code));
    await refusedAlike(await form('/check-in', { code: door.code, personalCode: mine }));

    const fresh = await doorCode(activity);
    await refusedAlike(await form('/check-in', { code: 'ZZZZZZ', personalCode: mine }));
    await refusedAlike(await form('/check-in', { code: fresh.code, personalCode: 'ZZZZZZZZ' }));
    // Someone invited to another activity, at this door: their valid personal code is not confirmed.
    await refusedAlike(await form('/check-in', { code: fresh.code, personalCode: personalCodeOf(stranger.email!) }));
    // Another activity's door code, typed on this activity's personal page (also across programmes).
    const otherDoor = await doorCode(elsewhere);
    await refusedAlike(await form(`${linkOf(person.email!)}/check-in`, { code: otherDoor.code }));
    await refusedAlike(await form(`${linkOf(person.email!)}/check-in`, { code: 'ZZZZZZ' }));
    const abroad = await w.activity({}, w.other);
    const abroadDoor = await doorCode(abroad);
    await refusedAlike(await form(`${linkOf(person.email!)}/check-in`, { code: abroadDoor.code }));
    await refusedAlike(await form('/check-in', { code: abroadDoor.code, personalCode: mine }));

    expect(await attendanceOf(activity.id, person.id)).toBeUndefined();
    expect(await attendanceOf(elsewhere.id, stranger.id)).toBeUndefined();
    expect(await checkIns()).toBe(auditBefore);
  });

  it('a cancelled activity takes no check-in', async () => {
    const { activity, person } = await invited();
    const door = await doorCode(activity);
    await t.database.db.execute(`update activities set status = 'cancelled' where id = '${activity.id}'`);
    const res = await form('/check-in', { code: door.code, personalCode: personalCodeOf(person.email!) });
    expect([res.status, (await res.text()).includes('Aktiviteten er avlyst. Ingen innsjekking er registrert.')]).toEqual([409, true]);
    expect(await attendanceOf(activity.id, person.id)).toBeUndefined();
  });
});

describe('attendance from the list', () => {
  it('registers from the list, late after the end, and audits a correction with before and after', async () => {
    const { activity, person } = await invited({ startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) });
    const put = (attended: boolean, a: Activity = activity, p = person) => t.call('PUT', `${api(a)}/attendance/${p.id}`, { as: w.coordinator, body: { attended } });
    expect(await (await put(true)).json()).toEqual({ attended: true, method: 'list' });
    expect(await (await put(false)).json()).toEqual({ attended: false, method: 'correction' });
    const [correction] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'attendance.correct')));
    expect(correction).toMatchObject({ actorId: w.coordinator.userId, before: { code: person.code, attended: true, method: 'list' }, after: { code: person.code, attended: false, method: 'correction' } });

    const { activity: past, person: latecomer } = await invited({ startsAt: new Date(Date.now() - 7_200_000), endsAt: new Date(Date.now() - 3_600_000) });
    expect(await (await put(true, past, latecomer)).json()).toEqual({ attended: true, method: 'late' });
    const outsider = await w.person({}, w.other);
    expect((await put(true, activity, outsider)).status).toBe(404);
  });

  it('the figures count invited vs attended per activity and role, walk-ins as attended only, never NaN', async () => {
    const { activity, person } = await invited();
    const other = await w.person({ role: 'leader' });
    await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [other.id] } });
    const walkIn = await w.person({ role: 'recipient' });
    await t.call('PUT', `${api(activity)}/attendance/${person.id}`, { as: w.coordinator, body: { attended: true } });
    await t.call('PUT', `${api(activity)}/attendance/${walkIn.id}`, { as: w.coordinator, body: { attended: true } });
    const facts = (await attendanceRows(t.database.db, w.programme.id)).filter((f) => f.activityId === activity.id);
    const figures = attendanceFigures(facts);
    expect(figures.total).toEqual({ invited: 2, attended: 2, rate: 0.5 });
    expect(figures.perRole.find((r) => r.role === 'recipient')).toEqual({ role: 'recipient', invited: 0, attended: 1, rate: null });
    expect(cameRegularly(facts, 1).filter((r) => r.regular).map((r) => r.participantId)).toEqual([person.id]);
  });
});

describe('reminders (job, injected clock)', () => {
  it('sends one reminder per invitee inside the configured time, never twice, none to a no', async () => {
    const { activity, person } = await invited();
    const declined = await w.person();
    await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [declined.id] } });
    await deliverMail(t);
    await form(linkOf(declined.email!), { answer: 'no' });
    expect((await t.call('PUT', `/api/v1/programmes/${w.programme.id}/invitation-settings`, { as: w.coordinator, body: { reminderHoursBefore: 24 } })).status).toBe(200);
    const deps = { db: t.database.db, mailer: { send: async (m: any) => void t.sentMail.push(m) }, publicUrl: testOrigin };
    const early = new Date(activity.startsAt!.getTime() - 30 * 3_600_000);
    expect((await sendDueReminders({ ...deps, now: () => early })).reminded).toBe(0);
    const due = new Date(activity.startsAt!.getTime() - 20 * 3_600_000);
    const before = t.sentMail.length;
    await sendDueReminders({ ...deps, now: () => due });
    await deliverMail(t, { now: () => due });
    // Earlier tests' activities start at the same time, so their invitees are reminded too.
    const sent = t.sentMail.slice(before);
    expect(sent.filter((m) => m.to === person.email)).toHaveLength(1);
    expect(sent.map((m) => m.to)).not.toContain(declined.email);
    const mine = sent.find((m) => m.to === person.email)!;
    expect(mine.subject).toMatch(/^Påminnelse: /);
    expect(parseIcs(mine.attachments![0].content).sequence).toBe(activity.revision);
    expect((await sendDueReminders({ ...deps, now: () => due })).reminded).toBe(0);
  });
});

describe('withdrawal', () => {
  it('anonymise keeps attendance under the code but kills links; erase removes every row; nothing identifying remains', async () => {
    const { activity, person } = await invited();
    await t.call('PUT', `${api(activity)}/attendance/${person.id}`, { as: w.coordinator, body: { attended: true } });
    const link = linkOf(person.email!);
    const exported = await accessExport(t.database.db, w.programme.id, person.id);
    expect(exported.activities.invitations).toEqual([expect.objectContaining({ status: 'invited', language: 'nb' })]);
    expect(exported.activities.attendance).toEqual([expect.objectContaining({ attended: true, method: 'list' })]);
    await withdrawParticipant(t.database.db, { programmeId: w.programme.id, participantId: person.id, choice: 'anonymise', via: 'coordinator', actorId: w.coordinator.userId });
    expect((await t.call('GET', link)).status).toBe(410);
    const kept = await t.database.db.select().from(attendance).where(eq(attendance.activityId, activity.id));
    expect(kept).toHaveLength(1);
    expect(kept[0].participantId).not.toBe(person.id);
    expect(await scanDatabase(t.database.db, [person.id, person.name, person.email!, person.phone!])).toEqual([]);

    const { activity: a2, person: p2 } = await invited();
    await t.call('PUT', `${api(a2)}/attendance/${p2.id}`, { as: w.coordinator, body: { attended: true } });
    await withdrawParticipant(t.database.db, { programmeId: w.programme.id, participantId: p2.id, choice: 'erase', via: 'coordinator', actorId: w.coordinator.userId });
    expect(await t.database.db.select().from(invitations).where(eq(invitations.activityId, a2.id))).toEqual([]);
    expect(await t.database.db.select().from(attendance).where(eq(attendance.activityId, a2.id))).toEqual([]);
    expect(await t.database.db.select().from(invitationTokens)).not.toHaveLength(0);
    expect(await scanDatabase(t.database.db, [p2.id, p2.name, p2.email!, p2.phone!])).toEqual([]);
  });
});
