// Invitations (issue 4): a whole course group of 100 invited through the real route, each e-mail with
// its .ics sent over SMTP to a real server on localhost; then 100 yes-answers through the personal
// reply pages against a 25-seat course (the waiting list fills), and the pure .ics generator alone.
// Prints `name: value unit` lines. Uses DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import pino from 'pino';
import { readConfig } from '../src/config.js';
import { connect } from '../src/db/client.js';
import { startEmbeddedCluster, type EmbeddedCluster } from '../src/db/embedded.js';
import { applyMigrations } from '../src/db/migrate.js';
import { buildIcs } from '../src/modules/activities/ics.js';
import { invitations } from '../src/modules/activities/invitations-schema.js';
import { activities } from '../src/modules/activities/schema.js';
import { createMailer } from '../src/modules/auth/mailer.js';
import { startSession } from '../src/modules/auth/sessions.js';
import { findOrCreateUser } from '../src/modules/auth/users.js';
import { groupMembers, groups } from '../src/modules/groups/schema.js';
import { participants } from '../src/modules/people/schema.js';
import { programmeMunicipalities, programmes } from '../src/modules/programmes/schema.js';
import { createApp } from '../src/server/app.js';
import { startSmtpServer } from '../test/support/smtp-server.js';

const people = Number(process.env.BENCH_PEOPLE ?? 100);
const origin = 'http://localhost:3000';

async function main() {
  let cluster: EmbeddedCluster | undefined;
  let dir: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'varde-bench-invitations-'));
    cluster = await startEmbeddedCluster(path.join(dir, 'pg'), { persistent: false });
    url = cluster.url;
  }
  const smtp = await startSmtpServer();
  const handle = connect(url, 5);
  try {
    await applyMigrations(handle.db);
    const db = handle.db;
    const mailer = createMailer(smtp.url, 'Varde <varde@varde.example>', () => {});
    const app = createApp({ config: { ...readConfig({ PUBLIC_URL: origin }), logLevel: 'silent' }, db, log: pino({ level: 'silent' }), mailer });
    const user = await findOrCreateUser(db, { email: 'bench@varde.example', name: 'Bench', isAdmin: true });
    const session = await startSession(db, user.id, 'link');
    const headers = { origin, cookie: `varde_session=${session.secret}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
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
    console.log(`invitations.invite_group_${people}: ${Math.round(inviteMs)} ms`);
    console.log(`invitations.per_invitation_with_smtp: ${(inviteMs / people).toFixed(1)} ms`);
    console.log(`invitations.mails_received: ${smtp.received.length} mails`);

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
    await handle.close();
    await smtp.close();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

await main();
