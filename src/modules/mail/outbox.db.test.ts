import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testOrigin, type TestApp } from '../../../test/support/app.js';
import { invitationsProgramme } from '../../../test/support/invitations-fixture.js';
import { deliverMail } from '../../../test/support/mail-delivery.js';
import { startSmtpServer, type TestSmtpServer } from '../../../test/support/smtp-server.js';
import { programmeScope } from '../access/actor.js';
import { createMailer, type Mailer } from '../auth/mailer.js';
import { inviteToActivity } from '../activities/invitations.js';
import { invitations } from '../activities/invitations-schema.js';
import '../activities/invitation-routes.js';
import pino from 'pino';
import { startJobs } from '../../jobs/boss.js';
import { failureReason, retryDelaysMinutes } from './deliver.js';
import { mailWakeChannel } from './outbox.js';
import { mailDeliveries } from './schema.js';

/**
 * E-mail after commit (issue 11, item 10): the request only queues; the mail job sends over real
 * SMTP, records queued / sent / failed per person, and retries.
 */
let smtp: TestSmtpServer;
let t: TestApp;
let w: Awaited<ReturnType<typeof invitationsProgramme>>;
let mailer: Mailer;
/** An SMTP address where nothing listens: every send fails with a connection error. */
const deadMailer = createMailer('smtp://127.0.0.1:9', 'Varde <varde@varde.example>', () => {});
beforeAll(async () => {
  smtp = await startSmtpServer();
  mailer = createMailer(smtp.url, 'Varde <varde@varde.example>', () => {});
  // The app's own mailer must never be used by an invitation request: it records every call.
  t = await createTestApp();
  w = await invitationsProgramme(t);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const api = (a: { id: string }) => `/api/v1/programmes/${w.programme.id}/activities/${a.id}`;
const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
const deliveriesOf = (invitationId: string) => t.database.db.select().from(mailDeliveries).where(eq(mailDeliveries.invitationId, invitationId));
const listItem = async (activity: { id: string }, participantId: string) => {
  const list = (await (await t.call('GET', `${api(activity)}/invitations`, { as: w.coordinator })).json()) as any;
  return list.items.find((i: any) => i.participantId === participantId);
};

describe('the request queues, the job sends after commit', () => {
  it('an invitation request sends nothing itself and answers before any SMTP; the job then sends and the list says sent', async () => {
    const people = [await w.person({ language: 'nn' }), await w.person({ language: 'en' }), await w.person({ email: null })];
    const activity = await w.activity();
    const res = await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: people.map((p) => p.id) } });
    expect(await res.json()).toMatchObject({ created: 3, mailed: 2, alreadyInvited: 0, skipped: [] });
    expect(t.sentMail).toEqual([]);
    expect(mailsTo(people[0].email!)).toEqual([]);
    expect((await listItem(activity, people[0].id)).delivery).toMatchObject({ kind: 'invite', status: 'queued', attempts: 0 });
    expect((await listItem(activity, people[2].id)).delivery).toBeNull();

    expect(await deliverMail(t, { mailer })).toMatchObject({ sent: 2, failed: 0 });
    expect(mailsTo(people[0].email!).map((m) => m.subject)).toEqual([expect.stringMatching(/^Invitasjon: /)]);
    expect(mailsTo(people[1].email!).map((m) => m.subject)).toEqual([expect.stringMatching(/^Invitation: /)]);
    expect((await listItem(activity, people[0].id)).delivery).toMatchObject({ kind: 'invite', status: 'sent', attempts: 1, error: null, retryAt: null });
    // A second run has nothing left to send.
    expect(await deliverMail(t, { mailer })).toEqual({ sent: 0, failed: 0, dropped: 0 });
  });

  it('a rolled-back change leaves no e-mail behind: nothing queued, nothing sent, no wake-up', async () => {
    const person = await w.person();
    const activity = await w.activity();
    const listener = new pg.Client({ connectionString: t.database.url });
    await listener.connect();
    const woken: string[] = [];
    listener.on('notification', (n) => woken.push(n.channel));
    await listener.query(`LISTEN ${mailWakeChannel}`);
    try {
      const scope = programmeScope(w.actor, w.programme.id);
      await expect(
        t.database.db.transaction(async (tx) => {
          const done = await inviteToActivity(tx, w.actor, scope, activity, { participantIds: [person.id] });
          expect(done.mailed).toBe(1);
          throw new Error('something later in the request failed');
        }),
      ).rejects.toThrow('something later');
      expect(await deliverMail(t, { mailer })).toEqual({ sent: 0, failed: 0, dropped: 0 });
      expect(mailsTo(person.email!)).toEqual([]);
      expect(await t.database.db.select().from(invitations).where(eq(invitations.participantId, person.id))).toEqual([]);
      await new Promise((r) => setTimeout(r, 100));
      expect(woken).toEqual([]);

      // The same change committed wakes the job exactly when it commits.
      await t.database.db.transaction((tx) => inviteToActivity(tx, w.actor, scope, activity, { participantIds: [person.id] }));
      await new Promise((r) => setTimeout(r, 100));
      expect(woken).toEqual([mailWakeChannel]);
      expect(await deliverMail(t, { mailer })).toMatchObject({ sent: 1 });
    } finally {
      await listener.end();
    }
  });
});

describe('a failing mail server', () => {
  it('gives status failed with the reason and a retry time, then sent after the retry', async () => {
    const person = await w.person();
    const activity = await w.activity();
    await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [person.id] } });
    const now = new Date();
    expect(await deliverMail(t, { mailer: deadMailer, now: () => now })).toMatchObject({ sent: 0, failed: 1 });
    const failed = (await listItem(activity, person.id)).delivery;
    expect(failed).toMatchObject({ kind: 'invite', status: 'failed', attempts: 1 });
    expect(failed.error).toMatch(/ECONNREFUSED|connect/i);
    expect(new Date(failed.retryAt).getTime()).toBe(now.getTime() + retryDelaysMinutes[0] * 60_000);
    const [inv] = await t.database.db.select().from(invitations).where(eq(invitations.participantId, person.id));
    // What rendering wrote (sent time, link) was undone with the refused send.
    expect(inv.sentAt).toBeNull();

    // Not due yet: nothing is tried; once due, the working server gets it.
    expect(await deliverMail(t, { mailer, now: () => new Date(now.getTime() + 30_000) })).toMatchObject({ sent: 0, failed: 0 });
    expect(await deliverMail(t, { mailer, now: () => new Date(now.getTime() + 61_000) })).toMatchObject({ sent: 1 });
    expect((await listItem(activity, person.id)).delivery).toMatchObject({ status: 'sent', attempts: 2, error: null });
    expect(mailsTo(person.email!)).toHaveLength(1);
  });

  it('gives up after the last attempt, and the reason never carries an e-mail address', async () => {
    const person = await w.person();
    const activity = await w.activity();
    await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [person.id] } });
    const refusing: Mailer = { send: async (m) => { throw new Error(`550 5.1.1 <${m.to}>: Recipient address rejected`); } };
    let clock = Date.now();
    for (let attempt = 1; attempt <= retryDelaysMinutes.length + 1; attempt++) {
      expect(await deliverMail(t, { mailer: refusing, now: () => new Date(clock) }), `attempt ${attempt}`).toMatchObject({ failed: 1 });
      clock += 3 * 60 * 60_000;
    }
    const [row] = await deliveriesOf((await listItem(activity, person.id)).invitationId);
    expect(row).toMatchObject({ status: 'failed', attempts: retryDelaysMinutes.length + 1, nextAttemptAt: null });
    expect(row.lastError).toContain('Recipient address rejected');
    expect(row.lastError).not.toContain(person.email!);
    expect(await deliverMail(t, { mailer, now: () => new Date(clock + 86_400_000) })).toMatchObject({ sent: 0 });
    expect(failureReason(new Error('to ola.nordmann@varde.example: busy'))).toBe('to …: busy');
  });
});

describe('the job runner (pg-boss)', () => {
  it('sends an invitation within seconds of the commit, woken by the commit rather than the minute schedule', async () => {
    const runner = await startJobs(t.database.url, { db: t.database.db, mailer, now: () => new Date() }, pino({ level: 'silent' }));
    try {
      const person = await w.person();
      const activity = await w.activity();
      const queuedAt = Date.now();
      expect((await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [person.id] } })).status).toBe(200);
      while (mailsTo(person.email!).length === 0 && Date.now() - queuedAt < 20_000) await new Promise((r) => setTimeout(r, 100));
      expect(mailsTo(person.email!)).toHaveLength(1);
      // The mail server has the e-mail a moment before the job's transaction commits the 'sent' status.
      while ((await listItem(activity, person.id)).delivery?.status !== 'sent' && Date.now() - queuedAt < 20_000) await new Promise((r) => setTimeout(r, 100));
      expect((await listItem(activity, person.id)).delivery).toMatchObject({ status: 'sent' });
    } finally {
      await runner.stop();
    }
  }, 60_000);
});
