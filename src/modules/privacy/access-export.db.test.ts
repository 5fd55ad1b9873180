import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { consentProgramme } from '../../../test/support/consent-fixture.js';
import { programmeRoles } from '../access/schema.js';
import { getLetter } from '../consent/letters.js';
import { recordConsents } from '../consent/record.js';
import { groupMembers, groups } from '../groups/schema.js';
import { documentParticipants, documents, memos } from '../analysis/schema.js';
import { recruitments } from '../people/schema.js';

let t: TestApp;
let coordinator: Caller;
let researcher: Caller;
let w: Awaited<ReturnType<typeof consentProgramme>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await consentProgramme(t.database.db);
  coordinator = await t.signIn('dsar-koord@varde.test');
  researcher = await t.signIn('dsar-forsker@varde.test');
  await t.database.db.insert(programmeRoles).values([
    { programmeId: w.programme.id, userId: coordinator.userId, role: 'coordinator' },
    { programmeId: w.programme.id, userId: researcher.userId, role: 'researcher' },
  ]);
});
afterAll(() => t.close());

describe('data subject access (GDPR art. 15)', () => {
  it('a coordinator downloads everything held about the person as a JSON attachment; it is audited', async () => {
    const db = t.database.db;
    const p = await w.person();
    await recordConsents(db, { participantId: p.id, programmeId: w.programme.id, letter: await getLetter(db, w.programme.id, w.letters.nb), answers: { focus_group: true }, method: 'paper', recordedBy: w.actor.userId, signedOn: '2026-02-01', scan: { name: 'skjema.pdf', bytes: Buffer.from('SECRET-BYTES') } });
    await db.insert(recruitments).values({ participantId: p.id, activityType: 'focus_group' });
    const [team] = await db.insert(groups).values({ programmeId: w.programme.id, kind: 'improvement_team', municipalityId: w.municipality.id, name: 'Forbetringsteam' }).returning();
    await db.insert(groupMembers).values({ groupId: team.id, participantId: p.id, role: 'leader' });
    const [minutes] = await db.insert(documents).values({ programmeId: w.programme.id, kind: 'focus_group_summary', title: 'Fokusgruppe 1', text: 'Deltakaren fortalde om håp.', sourceFormat: 'text' }).returning();
    await db.insert(documentParticipants).values({ documentId: minutes.id, participantId: p.id });
    await db.insert(memos).values({ programmeId: w.programme.id, targetKind: 'person_summary', targetId: minutes.id, subject: p.code, text: 'Oppsummering av det personen sa.' });

    const path = `/api/v1/programmes/${w.programme.id}/participants/${p.id}/access-export`;
    const res = await t.call('GET', path, { as: coordinator });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="innsyn-${p.code}.json"`);
    const text = await res.text();
    const doc = JSON.parse(text);
    expect(doc.participant).toMatchObject({ name: p.name, email: p.email, phone: p.phone, code: p.code });
    expect(doc.recruitments.map((r: any) => r.activityType)).toEqual(['focus_group']);
    expect(doc.groupMemberships).toEqual([expect.objectContaining({ groupName: 'Forbetringsteam', role: 'leader' })]);
    expect(doc.consents).toHaveLength(3);
    expect(doc.consents.find((c: any) => c.scan)).toMatchObject({ purposeKey: 'interview_recording', scan: { fileName: 'skjema.pdf', included: false } });
    expect(doc.consents.find((c: any) => c.purposeKey === 'focus_group').granted).toBe(true);
    expect(doc.analysis.documents).toEqual([expect.objectContaining({ title: 'Fokusgruppe 1', text: 'Deltakaren fortalde om håp.' })]);
    expect(doc.analysis.personSummaries).toEqual([expect.objectContaining({ text: 'Oppsummering av det personen sa.' })]);
    // Co-design and document contributions are part of the export (empty for this person).
    expect(doc.codesign).toEqual({ touchpoints: [], boards: [], workshopContributions: [] });
    expect(doc.documents).toEqual({ comments: [], suggestions: [] });
    expect(doc.withdrawals).toEqual([]);
    expect(doc.auditEntries.map((a: any) => a.action)).toContain('consent.record_paper');
    expect(text).not.toContain('SECRET-BYTES');

    const audit = await t.call('GET', `/api/v1/programmes/${w.programme.id}/audit?limit=5`, { as: coordinator });
    expect(((await audit.json()) as any[]).map((a) => a.action)).toContain('privacy.access_export');
    expect((await t.call('GET', path, { as: researcher })).status).toBe(403);
  });

  it('after withdrawal the person is gone: the access export is 404', async () => {
    const p = await w.person();
    const withdraw = await t.call('DELETE', `/api/v1/programmes/${w.programme.id}/participants/${p.id}/consents?choice=erase`, { as: coordinator });
    expect(withdraw.status).toBe(200);
    expect(await withdraw.json()).toEqual({ code: p.code, choice: 'erase', textHits: 0 });
    expect((await t.call('GET', `/api/v1/programmes/${w.programme.id}/participants/${p.id}/access-export`, { as: coordinator })).status).toBe(404);
  });
});
