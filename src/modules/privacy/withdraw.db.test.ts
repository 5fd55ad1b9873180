import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { consentProgramme } from '../../../test/support/consent-fixture.js';
import { scanDatabase } from '../../../test/support/scan-database.js';
import { recordAudit } from '../audit/record.js';
import { getLetter } from '../consent/letters.js';
import { recordConsents } from '../consent/record.js';
import { groupMembers, groups } from '../groups/schema.js';
import { issueParticipantLink } from '../people/links.js';
import { participants, recruitments } from '../people/schema.js';
import { withdrawals } from './schema.js';
import { withdrawParticipant } from './withdraw.js';

let d: TestDatabase;
let world: Awaited<ReturnType<typeof consentProgramme>>;

beforeAll(async () => {
  d = await createTestDatabase();
  world = await consentProgramme(d.db);
});
afterAll(() => d.drop());

/** A person with everything the system can hold about them today. */
async function fullyInvolvedPerson() {
  const db = d.db;
  const p = await world.person();
  const letter = await getLetter(db, world.programme.id, world.letters.nn);
  await recordConsents(db, {
    participantId: p.id, programmeId: world.programme.id, letter, method: 'paper', recordedBy: world.actor.userId, signedOn: '2026-03-01',
    answers: { interview_recording: true, questionnaire: true, focus_group: false },
    scan: { name: `samtykke-${p.name}.pdf`, bytes: Buffer.from(`%PDF signed by ${p.name} ${p.email}`) },
  });
  await issueParticipantLink(db, p.id, 'http://localhost');
  await db.insert(recruitments).values([{ participantId: p.id, activityType: 'interview' }, { participantId: p.id, activityType: 'focus_group' }]);
  const [team] = await db.insert(groups).values({ programmeId: world.programme.id, kind: 'improvement_team', municipalityId: world.municipality.id, name: 'Forbetringsteam Stavanger' }).returning();
  await db.insert(groupMembers).values({ groupId: team.id, participantId: p.id, role: 'leader' });
  await recordAudit(db, { actorId: world.actor.userId, action: 'participant.create', entity: 'participant', entityId: p.id, programmeId: world.programme.id, after: p });
  await recordAudit(db, { actorId: world.actor.userId, action: 'group.add_member', entity: 'group', entityId: team.id, programmeId: world.programme.id, after: { participantId: p.id, nested: { who: p.name } } });
  await recordAudit(db, { actorId: world.actor.userId, action: 'participant.update', entity: 'participant', entityId: p.id, programmeId: world.programme.id, before: { phone: p.phone }, after: { phone: null } });
  return p;
}

const needlesOf = (p: { id: string; name: string; email: string | null; phone: string | null }) => [p.id, p.name, p.email!, p.phone!];

describe('withdrawal', () => {
  it('before withdrawal the scan does find the person (the scan works)', async () => {
    const p = await fullyInvolvedPerson();
    const hits = await scanDatabase(d.db, needlesOf(p));
    const tables = new Set(hits.map((h) => h.table));
    for (const table of ['participants', 'consents', 'recruitments', 'group_members', 'participant_links', 'audit_log']) expect(tables, table).toContain(table);
    expect(hits.some((h) => h.table === 'consents' && h.column === 'scan')).toBe(true);
  });

  it('erase: no table and no column holds the name, e-mail, phone or id; only the withdrawal record with the code remains', async () => {
    const p = await fullyInvolvedPerson();
    const bystander = await fullyInvolvedPerson();
    const result = await d.db.transaction((tx) => withdrawParticipant(tx, { programmeId: world.programme.id, participantId: p.id, choice: 'erase', via: 'coordinator', actorId: world.actor.userId }));
    expect(result).toMatchObject({ code: p.code, choice: 'erase' });
    expect(await scanDatabase(d.db, needlesOf(p))).toEqual([]);
    const [record] = await d.db.select().from(withdrawals).where(eq(withdrawals.code, p.code));
    expect(record).toMatchObject({ programmeId: world.programme.id, code: p.code, choice: 'erase', via: 'coordinator' });
    // The rest of the programme is untouched.
    expect((await scanDatabase(d.db, [bystander.id, bystander.email!])).length).toBeGreaterThan(3);
  });

  it('anonymise: nothing identifies the person, yet their contributions still count under the code', async () => {
    const p = await fullyInvolvedPerson();
    await d.db.transaction((tx) => withdrawParticipant(tx, { programmeId: world.programme.id, participantId: p.id, choice: 'anonymise', via: 'participant_page', actorId: null }));
    expect(await scanDatabase(d.db, needlesOf(p))).toEqual([]);
    const [kept] = await d.db.select().from(participants).where(eq(participants.code, p.code));
    expect(kept).toMatchObject({ name: p.code, email: null, phone: null });
    expect(kept.id).not.toBe(p.id);
    const counted = await d.db.select().from(recruitments).where(eq(recruitments.participantId, kept.id));
    expect(counted.map((r) => r.activityType).sort()).toEqual(['focus_group', 'interview']);
    expect(await d.db.select().from(groupMembers).where(eq(groupMembers.participantId, kept.id))).toEqual([]);
    const [record] = await d.db.select().from(withdrawals).where(eq(withdrawals.code, p.code));
    expect(record).toMatchObject({ choice: 'anonymise', via: 'participant_page' });
  });

  it('a letter with a fixed choice decides; asking for the other is refused', async () => {
    const fixed = await consentProgramme(d.db, 'erase');
    const p = await fixed.person();
    await expect(d.db.transaction((tx) => withdrawParticipant(tx, { programmeId: fixed.programme.id, participantId: p.id, choice: 'anonymise', via: 'coordinator', actorId: null }))).rejects.toMatchObject({ status: 409 });
    const done = await d.db.transaction((tx) => withdrawParticipant(tx, { programmeId: fixed.programme.id, participantId: p.id, via: 'coordinator', actorId: null }));
    expect(done.choice).toBe('erase');
  });

  it('when the person chooses, a choice is required; an unknown person is 404', async () => {
    const p = await world.person();
    await expect(withdrawParticipant(d.db, { programmeId: world.programme.id, participantId: p.id, via: 'coordinator', actorId: null })).rejects.toMatchObject({ status: 400 });
    await expect(withdrawParticipant(d.db, { programmeId: world.programme.id, participantId: '6f1c2a4e-7c1b-4d1e-9a59-2b1f4f1d2c3a', via: 'coordinator', actorId: null, choice: 'erase' })).rejects.toMatchObject({ status: 404 });
  });
});
