// Invitations (issue 4; e-mail after commit, issue 11): a whole course group of 100 invited through the
// real route — the request only queues the e-mails, so its time is the time a coordinator waits — then
// the mail job sends each e-mail with its .ics over SMTP to a real server on localhost (timed apart);
// then 100 yes-answers through the personal reply pages against a 25-seat course (the waiting list
// fills), and the pure .ics generator alone.
// Prints `name: value unit` lines. Uses DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL.
import { count, eq } from 'drizzle-orm';
import { buildIcs } from '../src/modules/activities/ics.js';
import { invitations } from '../src/modules/activities/invitations-schema.js';
import { activities } from '../src/modules/activities/schema.js';
import { randomBytes } from 'node:crypto';
import { createMailer } from '../src/modules/auth/mailer.js';
import { deliverDueMail } from '../src/modules/mail/deliver.js';
import '../src/modules/activities/invitation-mail.js';
import { groupMembers, groups } from '../src/modules/groups/schema.js';
import { participants } from '../src/modules/people/schema.js';
import { programmeMunicipalities, programmes } from '../src/modules/programmes/schema.js';
import { startSmtpServer } from '../test/support/smtp-server.js';
import { adminHeaders, benchApp, benchOrigin as origin, openBenchDatabase } from './support.js';

const people = Number(process.env.BENCH_PEOPLE ?? 100);

async function main() {
  const database = await openBenchDatabase('invitations', 5);
  const smtp = await startSmtpServer();
  try {
    const db = database.handle.db;
    const mailer = createMailer(smtp.url, 'Varde <varde@varde.example>', () => {});
    const app = benchApp(db, mailer);
    const headers = await adminHeaders(db);
    const [programme] = await db.insert(programmes).values({ kind: 'codesign', name: 'Bench', startsOn: '2026-01-01', endsOn: '2027-12-31' }).returning();
    const [m] = await db.insert(programmeMunicipalities).values({ programmeId: programme.id, number: '3201', name: 'Bærum' }).returning();
    const rows = await db
      .insert(participants)
      .values(Array.from({ length: people }, (_, i) => ({ programmeId: programme.id, municipalityId: m.id, role: 'provider' as const, name: `Deltaker ${i}`, email: `deltaker${i}@varde.example`, code: `BAE-B-${i}`, language: (['nb', 'nn', 'en'] as const)[i % 3] })))
      .returning();
    const [group] = await db.insert(groups).values({ programmeId: programme.id, kind: 'project_group', name: 'Kursgruppe' }).returning();
    await db.insert(groupMembers).values(rows.map((p) => ({ groupId: group.id, participantId: p.id, role: 'member' as const })));
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const [course] = await db
      .insert(activities)
      .values({ programmeId: programme.id, municipalityId: m.id, typeKey: 'training_course', title: '', durationMinutes: 360, mode: 'physical', location: 'Rådhuset', status: 'scheduled', capacity: 25, startsAt, endsAt: new Date(startsAt.getTime() + 6 * 3_600_000) })
      .returning();

    const inviteStart = performance.now();
    const res = await app.request(`${origin}/api/v1/programmes/${programme.id}/activities/${course.id}/invitations`, { method: 'POST', headers, body: JSON.stringify({ groupIds: [group.id] }) });
    if (!res.ok) throw new Error(`invite answered ${res.status}: ${await res.text()}`);
    const inviteMs = performance.now() - inviteStart;
    console.log(`invitations.invite_group_${people}_request: ${Math.round(inviteMs)} ms`);
    console.log(`invitations.mails_received_during_request: ${smtp.received.length} mails`);
    const deliverStart = performance.now();
    const delivered = await deliverDueMail(db, { mailer, publicUrl: origin, mailFrom: 'Varde <varde@varde.example>', key: randomBytes(32), now: () => new Date() });
    const deliverMs = performance.now() - deliverStart;
    console.log(`invitations.mail_job_${people}: ${Math.round(deliverMs)} ms`);
    console.log(`invitations.mail_job_per_invitation_with_smtp: ${(deliverMs / people).toFixed(1)} ms`);
    console.log(`invitations.mails_received: ${smtp.received.length} mails (sent ${delivered.sent}, failed ${delivered.failed})`);

    const links = smtp.received.map((mail) => /\/i\/[\w-]+/.exec(mail.raw.replace(/=\r\n/g, ''))?.[0]).filter((l): l is string => !!l);
    const replyStart = performance.now();
    for (const link of links) {
      const r = await app.request(`${origin}${link}`, { method: 'POST', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'answer=yes' });
      if (r.status !== 200) throw new Error(`reply answered ${r.status}`);
    }
    const replyMs = performance.now() - replyStart;
    console.log(`invitations.reply_page_yes: ${(replyMs / links.length).toFixed(1)} ms per answer`);
    const statuses = await db.select({ status: invitations.status, n: count() }).from(invitations).where(eq(invitations.activityId, course.id)).groupBy(invitations.status);
    for (const s of statuses) console.log(`invitations.status_${s.status}: ${s.n} invitations`);

    const icsStart = performance.now();
    const n = 10_000;
    for (let i = 0; i < n; i++)
      buildIcs({ method: 'REQUEST', uid: `activity-${i}@varde.example`, sequence: i % 5, stamp: new Date(), start: startsAt, end: course.endsAt!, summary: 'Opplæringskurs – Bærum, første samling', location: 'Rådhuset, møterom 2', description: `Svar her: ${origin}/i/${'x'.repeat(43)}`, organizer: { name: 'Varde', email: 'varde@varde.example' }, attendee: { name: `Deltaker ${i}`, email: `deltaker${i}@varde.example` } });
    console.log(`invitations.ics_build: ${Math.round(n / ((performance.now() - icsStart) / 1000))} files/s`);
  } finally {
    await smtp.close();
    await database.close();
  }
}

await main();
