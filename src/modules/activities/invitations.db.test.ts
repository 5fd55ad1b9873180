import { and, eq } from 'drizzle-orm';
import { translate } from '../../i18n/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testOrigin, type TestApp } from '../../../test/support/app.js';
import { parseIcs } from '../../../test/support/ics-parse.js';
import { invitationsProgramme } from '../../../test/support/invitations-fixture.js';
import { invitationMail } from '../../../test/support/mail-parts.js';
import { startSmtpServer, type TestSmtpServer } from '../../../test/support/smtp-server.js';
import { auditLog } from '../audit/schema.js';
import { createMailer, type Mailer } from '../auth/mailer.js';
import { deliverMail } from '../../../test/support/mail-delivery.js';
import { activityChanged } from './events.js';
import { invitations } from './invitations-schema.js';
import { activities } from './schema.js';
import './invitation-routes.js';

let smtp: TestSmtpServer;
let t: TestApp;
let mailer: Mailer;
/** The mail job, run as it would be right after each commit that queued e-mails. */
const deliver = () => deliverMail(t, { mailer });
let w: Awaited<ReturnType<typeof invitationsProgramme>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
  mailer = createMailer(smtp.url, 'Varde <varde@varde.example>', () => {});
  t = await createTestApp({ mailer });
  w = await invitationsProgramme(t);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const api = (a: { id: string }) => `/api/v1/programmes/${w.programme.id}/activities/${a.id}`;
const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
const lastMailTo = (email: string) => invitationMail(mailsTo(email).at(-1)!);
const linkIn = (text: string) => new URL(/https?:\/\/\S+\/i\/\S+/.exec(text)![0]).pathname;
const reply = async (path: string, answer: string) => {
  const res = await t.call('POST', path, { body: new URLSearchParams({ answer }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  await deliver();
  return res;
};
const statusOf = async (activityId: string, participantId: string) =>
  (await t.database.db.select().from(invitations).where(and(eq(invitations.activityId, activityId), eq(invitations.participantId, participantId))))[0]?.status;
const changeCtx = () => ({ actor: w.actor, mailer: createMailer(smtp.url, 'Varde <varde@varde.example>', () => {}), publicUrl: testOrigin, mailFrom: 'Varde <varde@varde.example>' });

describe('inviting a group', () => {
  it('e-mails every member in their language with a valid .ics (REQUEST, UID, SEQUENCE) and a personal reply link', async () => {
    const [nb, nn, en] = [await w.person({ language: 'nb' }), await w.person({ language: 'nn' }), await w.person({ language: 'en' })];
    const team = await w.team([nb, nn, en]);
    const activity = await w.activity();
    const res = await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { groupIds: [team.id] } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ created: 3, mailed: 3, alreadyInvited: 0, skipped: [], withoutEmail: [] });
    await deliver();

    const mail = lastMailTo(nn.email!);
    expect(mailsTo(nn.email!)[0].subject).toMatch(/^Invitasjon: /);
    expect(mail.text).toContain('Du er invitert til');
    expect(mail.text).toContain('Svar ja, nei eller kanskje her');
    expect(mail.icsContentType).toMatch(/^text\/calendar; charset=utf-8; method=REQUEST/);
    const ics = parseIcs(mail.ics!);
    expect(ics).toMatchObject({ method: 'REQUEST', sequence: activity.revision, status: 'CONFIRMED', location: 'Rådhuset, møterom 2', attendee: `mailto:${nn.email}`, organizer: 'mailto:varde@localhost' });
    expect(ics.uid).toContain(activity.id);
    expect(ics.start.toISOString()).toBe(activity.startsAt!.toISOString());
    expect(lastMailTo(en.email!).text).toContain('You are invited to');
    expect(parseIcs(lastMailTo(en.email!).ics!).uid).not.toBe(ics.uid);

    // Inviting again changes nothing and mails nobody.
    const before = smtp.received.length;
    expect(await (await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [nb.id] } })).json()).toMatchObject({ created: 0, mailed: 0, alreadyInvited: 1, skipped: [{ code: nb.code, reason: 'already_invited' }] });
    await deliver();
    expect(smtp.received.length).toBe(before);
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'invitation.create'), eq(auditLog.entityId, activity.id)));
    expect(JSON.stringify(audit.after)).toContain(nb.code);
    expect(JSON.stringify(audit.after)).not.toContain(nb.name);
  });

  it('the reply link answers yes / no / maybe on a page without JavaScript', async () => {
    const p = await w.person({ language: 'nn' });
    const activity = await w.activity();
    await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [p.id] } });
    await deliver();
    const path = linkIn(lastMailTo(p.email!).text);
    const page = await t.call('GET', path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('Kjem du?');
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const answered = await reply(path, 'yes');
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain('Svaret ditt er registrert: Kjem');
    expect(await statusOf(activity.id, p.id)).toBe('yes');
    expect((await reply(path, 'perhaps')).status).toBe(400);
    expect(await statusOf(activity.id, p.id)).toBe('yes');
    expect((await t.call('GET', '/i/not-a-real-token')).status).toBe(410);
  });
});

describe('moving and cancelling', () => {
  it('a move sends an updated .ics with the same UID and a higher SEQUENCE; a cancel sends CANCEL', async () => {
    const [yes, no] = [await w.person(), await w.person()];
    const activity = await w.activity();
    await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [yes.id, no.id] } });
    await deliver();
    const first = parseIcs(lastMailTo(yes.email!).ics!);
    await reply(linkIn(lastMailTo(no.email!).text), 'no');
    const noMails = mailsTo(no.email!).length;

    const startsAt = new Date(activity.startsAt!.getTime() + 24 * 3_600_000);
    const [moved] = await t.database.db.update(activities).set({ startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), revision: activity.revision + 1 }).where(eq(activities.id, activity.id)).returning();
    await t.database.db.transaction((tx) => activityChanged(tx, changeCtx(), moved, 'moved'));
    await deliver();
    const update = lastMailTo(yes.email!);
    expect(mailsTo(yes.email!).at(-1)!.subject).toMatch(/^Endret: /);
    const updated = parseIcs(update.ics!);
    expect(updated.uid).toBe(first.uid);
    expect(updated.sequence).toBeGreaterThan(first.sequence);
    expect(updated.start.toISOString()).toBe(startsAt.toISOString());
    expect(mailsTo(no.email!).length).toBe(noMails);

    const [cancelled] = await t.database.db.update(activities).set({ status: 'cancelled', cancelledReason: 'Kurslederen er syk', revision: moved.revision + 1 }).where(eq(activities.id, activity.id)).returning();
    await t.database.db.transaction((tx) => activityChanged(tx, changeCtx(), cancelled, 'cancelled'));
    await deliver();
    const cancel = lastMailTo(yes.email!);
    expect(cancel.icsContentType).toMatch(/method=CANCEL/);
    expect(parseIcs(cancel.ics!)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: first.uid, sequence: cancelled.revision });
    expect(parseIcs(lastMailTo(no.email!).ics!).method).toBe('CANCEL');
    // It says the event is cancelled and why, and nothing about adding it to a calendar.
    const cancelText = lastMailTo(yes.email!).text;
    expect(cancelText).toContain('Kurslederen er syk');
    expect(cancelText).not.toContain(translate('nb', 'invitations.mail.calendar'));

    // A reply to the cancelled activity: a clear message, 409, nothing written.
    const path = linkIn(invitationMail(mailsTo(yes.email!)[0]).text);
    const refused = await reply(path, 'no');
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('Aktiviteten er avlyst. Svaret ditt er ikke registrert.');
    expect(await statusOf(activity.id, yes.id)).toBe('invited');
  });

  it('an activity nobody is invited to changes without a single e-mail', async () => {
    const activity = await w.activity();
    const before = smtp.received.length;
    await t.database.db.transaction((tx) => activityChanged(tx, changeCtx(), { ...activity, revision: 1 }, 'moved'));
    await deliver();
    expect(smtp.received.length).toBe(before);
  });
});

describe('capacity and waiting list (courses: 25 seats)', () => {
  it('yes beyond capacity waits; a no frees the seat for the first waiting, who is told', async () => {
    const people = [await w.person(), await w.person(), await w.person(), await w.person()];
    const course = await w.activity({ typeKey: 'training_course', variant: null, capacity: 2 });
    await t.call('POST', `${api(course)}/invitations`, { as: w.coordinator, body: { participantIds: people.map((p) => p.id) } });
    await deliver();
    const links = people.map((p) => linkIn(lastMailTo(p.email!).text));
    for (const l of links) expect((await reply(l, 'yes')).status).toBe(200);
    expect(await Promise.all(people.map((p) => statusOf(course.id, p.id)))).toEqual(['yes', 'yes', 'waiting_list', 'waiting_list']);
    expect(await (await t.call('GET', links[2])).text()).toContain('Du står på ventelisten');

    await reply(links[1], 'no');
    expect(await Promise.all(people.map((p) => statusOf(course.id, p.id)))).toEqual(['yes', 'no', 'yes', 'waiting_list']);
    expect(mailsTo(people[2].email!).at(-1)!.subject).toMatch(/^Du har fått plass: /);
    expect(parseIcs(lastMailTo(people[2].email!).ics!).method).toBe('REQUEST');

    const list = (await (await t.call('GET', `${api(course)}/invitations`, { as: w.coordinator })).json()) as any;
    expect([list.capacity, list.taken, list.waiting]).toEqual([2, 2, 1]);
    // Staff record an answer by phone: the same rules apply.
    const inv = list.items.find((i: any) => i.participantId === people[0].id).invitationId;
    const byPhone = await t.call('PATCH', `${api(course)}/invitations/${inv}`, { as: w.coordinator, body: { status: 'maybe' } });
    expect(await byPhone.json()).toEqual({ status: 'maybe', promoted: 1 });
    expect(await statusOf(course.id, people[3].id)).toBe('yes');
  });
});

describe('refusals', () => {
  it('an unscheduled or cancelled activity takes no invitations; a participant of another programme is refused', async () => {
    const p = await w.person();
    const unscheduled = await w.activity({ startsAt: null, endsAt: null, status: 'planned' });
    const r1 = await t.call('POST', `${api(unscheduled)}/invitations`, { as: w.coordinator, body: { participantIds: [p.id] } });
    expect([r1.status, ((await r1.json()) as any).detail]).toEqual([409, 'Aktiviteten har ikke tidspunkt ennå. Sett dato og klokkeslett før du inviterer.']);
    const cancelled = await w.activity({ status: 'cancelled' });
    expect((await t.call('POST', `${api(cancelled)}/invitations`, { as: w.coordinator, body: { participantIds: [p.id] } })).status).toBe(409);
    const outsider = await w.person({}, w.other);
    const r3 = await t.call('POST', `${api(await w.activity())}/invitations`, { as: w.coordinator, body: { participantIds: [outsider.id] } });
    expect(r3.status).toBe(400);
    expect(await t.database.db.select().from(invitations).where(eq(invitations.participantId, outsider.id))).toEqual([]);
  });
});
