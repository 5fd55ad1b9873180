import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentProgramme } from '../../../test/support/consent-fixture.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { scanDatabase } from '../../../test/support/scan-database.js';
import { startJobs } from '../../jobs/boss.js';
import { programmeRoles } from '../access/schema.js';
import { auditLog } from '../audit/schema.js';
import type { OutgoingMail } from '../auth/mailer.js';
import { findOrCreateUser, setUserLanguage } from '../auth/users.js';
import { getLetter } from '../consent/letters.js';
import { recordConsents } from '../consent/record.js';
import { consents } from '../consent/schema.js';
import { participants, recruitments } from '../people/schema.js';
import { runRetention } from './retention.js';
import { retentionRules } from './schema.js';

let d: TestDatabase;
const sent: OutgoingMail[] = [];
const mailer = { send: async (m: OutgoingMail) => void sent.push(m) };
beforeAll(async () => {
  d = await createTestDatabase();
});
afterAll(() => d.drop());

const at = (iso: string) => () => new Date(`${iso}T03:00:00+02:00`);

describe('retention job', () => {
  it('warns coordinators 30 days before in their language, once; then on the date deletes and audits', async () => {
    const w = await consentProgramme(d.db);
    const coordinator = await findOrCreateUser(d.db, { email: 'koord-nn@varde.test', name: 'Nils' });
    await setUserLanguage(d.db, coordinator.id, 'nn');
    await d.db.insert(programmeRoles).values({ programmeId: w.programme.id, userId: coordinator.id, role: 'coordinator' });
    const p = await w.person();
    await recordConsents(d.db, { participantId: p.id, programmeId: w.programme.id, letter: await getLetter(d.db, w.programme.id, w.letters.nb), answers: { questionnaire: true }, method: 'paper', recordedBy: w.actor.userId, signedOn: '2026-02-01', scan: { name: 'skjema.pdf', bytes: Buffer.from('scan') } });
    await d.db.insert(retentionRules).values([
      { programmeId: w.programme.id, dataKind: 'consent_scans', action: 'delete', deleteBy: '2026-08-31' },
      { programmeId: w.programme.id, dataKind: 'participant_contact_details', action: 'delete', deleteBy: '2026-08-31' },
    ]);

    expect(await runRetention({ db: d.db, mailer, now: at('2026-07-15') })).toEqual({ executed: 0, warned: 0 });
    expect(await runRetention({ db: d.db, mailer, now: at('2026-08-05') })).toEqual({ executed: 0, warned: 2 });
    const mine = sent.filter((m) => m.to === 'koord-nn@varde.test');
    expect(mine).toHaveLength(2);
    expect(mine[0].subject).toContain('Om 30 dagar blir data sletta');
    expect(await runRetention({ db: d.db, mailer, now: at('2026-08-06') })).toEqual({ executed: 0, warned: 0 });

    expect(await runRetention({ db: d.db, mailer, now: at('2026-09-01') })).toEqual({ executed: 2, warned: 0 });
    const [row] = await d.db.select().from(consents).where(eq(consents.participantId, p.id)).limit(1);
    expect(row.scan).toBeNull();
    const [kept] = await d.db.select().from(participants).where(eq(participants.id, p.id));
    expect(kept).toMatchObject({ email: null, phone: null, name: p.name });
    expect(await scanDatabase(d.db, [p.email!, p.phone!])).toEqual([]);
    const rules = await d.db.select().from(retentionRules).where(eq(retentionRules.programmeId, w.programme.id));
    expect(rules.every((r) => r.executedAt && r.warnedAt)).toBe(true);
    expect(rules.find((r) => r.dataKind === 'consent_scans')!.outcome).toEqual({ consent_scans: 1 });
    const audit = await d.db.select().from(auditLog).where(eq(auditLog.programmeId, w.programme.id));
    expect(audit.filter((a) => a.action === 'retention.execute')).toHaveLength(2);
    expect(audit.filter((a) => a.action === 'retention.warn')).toHaveLength(2);
    expect(await runRetention({ db: d.db, mailer, now: at('2026-09-02') })).toEqual({ executed: 0, warned: 0 });
  });

  it('participants: anonymise keeps contributions under the code; delete removes everyone', async () => {
    const w = await consentProgramme(d.db);
    const p = await w.person();
    await d.db.insert(recruitments).values({ participantId: p.id, activityType: 'interview' });
    await d.db.insert(retentionRules).values({ programmeId: w.programme.id, dataKind: 'participants', action: 'anonymise', deleteBy: '2027-08-31' });
    await runRetention({ db: d.db, mailer, now: at('2027-08-31') });
    expect(await scanDatabase(d.db, [p.id, p.name, p.email!, p.phone!])).toEqual([]);
    const [kept] = await d.db.select().from(participants).where(eq(participants.code, p.code));
    expect((await d.db.select().from(recruitments).where(eq(recruitments.participantId, kept.id))).length).toBe(1);

    const w2 = await consentProgramme(d.db);
    const q = await w2.person();
    await d.db.insert(retentionRules).values({ programmeId: w2.programme.id, dataKind: 'participants', action: 'delete', deleteBy: '2027-08-31' });
    await runRetention({ db: d.db, mailer, now: at('2027-09-01') });
    expect(await d.db.select().from(participants).where(eq(participants.programmeId, w2.programme.id))).toEqual([]);
    expect(await scanDatabase(d.db, [q.id, q.name, q.email!])).toEqual([]);
  });

  it('pg-boss really starts on the database, with the daily retention schedule in Europe/Oslo', async () => {
    const started = performance.now();
    const runner = await startJobs(d.url, { db: d.db, mailer, now: () => new Date() }, pino({ level: 'silent' }));
    const ms = performance.now() - started;
    try {
      const { rows } = await d.db.execute<{ name: string; cron: string; timezone: string }>(sql`select name, cron, timezone from pgboss.schedule`);
      // Other modules schedule their own jobs too (e.g. invitation reminders); retention must be among them.
      expect(rows).toContainEqual({ name: 'retention.run', cron: '15 2 * * *', timezone: 'Europe/Oslo' });
      expect(rows).toContainEqual({ name: 'invitations.remind', cron: '*/10 * * * *', timezone: 'Europe/Oslo' });
      expect(ms).toBeLessThan(5000);
    } finally {
      await runner.stop();
    }
  });
});
