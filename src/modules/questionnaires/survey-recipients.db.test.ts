import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { surveyTestApp } from '../../../test/support/survey-fixture.js';
import { scanDatabase } from '../../../test/support/scan-database.js';
import { programmeRoles } from '../access/schema.js';
import { consentPurposes, consents, informationLetters } from '../consent/schema.js';
import { programmeMunicipalities } from '../programmes/schema.js';
import { sampleDefinition } from './fixtures.js';
import { surveyInvitations } from './schema.js';

const { t, w } = await surveyTestApp();
const db = t.database.db;
const definition = sampleDefinition();

/** The programme asks consent to questionnaires; `granted` people have said yes on a paper form. */
async function askConsent(granted: { id: string }[]) {
  await db.insert(consentPurposes).values({ programmeId: w.programme.id, key: 'questionnaire', label: { nb: 'Spørreskjema', nn: 'Spørjeskjema', en: 'Questionnaires' } }).onConflictDoNothing();
  const [letter] = await db.insert(informationLetters).values({ programmeId: w.programme.id, language: 'nb', version: 1, title: 'Informasjon', body: 'Tekst', purposeKeys: ['questionnaire'], withdrawalChoice: 'erase', publishedAt: new Date() }).returning();
  for (const p of granted) await db.insert(consents).values({ participantId: p.id, letterId: letter.id, purposeKey: 'questionnaire', granted: true, method: 'paper', signedOn: '2026-09-01' });
}

describe('sending a linked survey to chosen people', () => {
  it('reaches everyone who may receive it and names, by code, who was skipped and why', async () => {
    const versionId = await w.publishedVersion(definition);
    const [survey] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'linked' });
    const willing = await w.person();
    const unwilling = await w.person();
    const noEmail = await w.person({ email: null });
    await askConsent([willing, noEmail]);
    // Before: one person without consent refused the whole batch with "errors.noConsent" naming no one.
    const sent = await w.api('POST', `/surveys/${survey.id}/invitations`, { participantIds: [willing.id, unwilling.id, noEmail.id] });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ invited: 2, emailed: 1, skipped: [{ code: unwilling.code, reason: 'no_consent' }] });
    expect(sent.body.handOut.map((h: { code: string }) => h.code)).toEqual([noEmail.code]);
    // Sending again reports the two as already invited and still skips the one without consent.
    const again = await w.api('POST', `/surveys/${survey.id}/invitations`, { participantIds: [willing.id, unwilling.id] });
    expect(again.body.invited).toBe(0);
    expect(again.body.skipped).toEqual(expect.arrayContaining([{ code: unwilling.code, reason: 'no_consent' }, { code: willing.code, reason: 'already_invited' }]));
    // The recipient list says the same before anything is sent, with consent to filter on.
    const list = await w.api('GET', `/surveys/${survey.id}/recipients`);
    expect(list.status).toBe(200);
    const row = (id: string) => list.body.people.find((p: { participantId: string }) => p.participantId === id);
    expect(row(unwilling.id)).toMatchObject({ consent: 'missing', eligible: false, reason: 'no_consent' });
    expect(row(willing.id)).toMatchObject({ consent: 'granted', eligible: false, reason: 'already_invited' });
  });

  it('a printed link replaces the earlier one; only its hash is stored', async () => {
    const versionId = await w.publishedVersion(definition);
    const [survey] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'anonymous' });
    const person = await w.person({ email: null });
    const sent = await w.api('POST', `/surveys/${survey.id}/invitations`, { participantIds: [person.id] });
    const first = new URL(sent.body.handOut[0].url).pathname;
    expect((await t.call('GET', first)).status).toBe(200);
    const issued = await w.api('POST', `/surveys/${survey.id}/invitations/${person.id}/link`);
    expect(issued.status).toBe(201);
    expect(issued.body.code).toBe(person.code);
    expect(issued.body.qrSvg).toContain('<svg');
    const second = new URL(issued.body.url).pathname;
    expect(second).not.toBe(first);
    expect((await t.call('GET', first)).status).toBe(404);
    expect((await t.call('GET', second)).status).toBe(200);
    const token = second.split('/').at(-1)!;
    expect(await scanDatabase(db, [token])).toEqual([]);
    const [row] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.id));
    expect(row.linkVersion).toBe(1);
    // Someone not invited has no link to replace.
    const stranger = await w.person();
    expect((await w.api('POST', `/surveys/${survey.id}/invitations/${stranger.id}/link`)).status).toBe(404);
  });

  it('a municipal contact sees and reaches only their own municipality', async () => {
    const [other] = await db.insert(programmeMunicipalities).values({ programmeId: w.programme.id, number: '4602', name: 'Kinn' }).returning();
    const contact = await t.signIn(`kontakt-${other.id.slice(0, 6)}@varde.test`);
    await db.insert(programmeRoles).values({ programmeId: w.programme.id, userId: contact.userId, role: 'municipal_contact', municipalityId: w.municipality.id });
    const versionId = await w.publishedVersion(definition);
    const survey = (await w.api('POST', '/surveys', { instrumentVersionId: versionId, mode: 'anonymous' })).body.surveys[0];
    await w.api('POST', `/surveys/${survey.id}/open`);
    const outsider = await w.person({ municipalityId: other.id });
    const mine = await w.person();
    // The programme-wide survey belongs to no municipality, so for a contact it is outside their view.
    expect((await w.api('GET', `/surveys/${survey.id}/recipients`, undefined, contact)).status).toBe(404);
    const local = (await w.api('POST', '/surveys', { instrumentVersionId: versionId, mode: 'anonymous', municipalityId: w.municipality.id })).body.surveys[0];
    await w.api('POST', `/surveys/${local.id}/open`);
    const list = await w.api('GET', `/surveys/${local.id}/recipients`, undefined, contact);
    expect(list.status).toBe(200);
    const ids = list.body.people.map((p: { participantId: string }) => p.participantId);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(outsider.id);
    // Naming someone outside the contact's view is a wrong request that names no one.
    const refused = await w.api('POST', `/surveys/${local.id}/invitations`, { participantIds: [mine.id, outsider.id] }, contact);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).not.toContain(outsider.code);
    await w.api('POST', `/surveys/${local.id}/invitations`, { participantIds: [mine.id] });
    expect((await w.api('POST', `/surveys/${local.id}/invitations/${outsider.id}/link`, undefined, contact)).status).toBe(404);
  });
});
