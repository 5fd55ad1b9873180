import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deliverMail } from '../../../test/support/mail-delivery.js';
import { scanDatabase } from '../../../test/support/scan-database.js';
import { browser, screenOf, surveyTestApp } from '../../../test/support/survey-fixture.js';
import { accessExport } from '../privacy/access-export.js';
import { withdrawParticipant } from '../privacy/withdraw.js';
import { sampleDefinition } from './fixtures.js';
import { responses, surveyInvitations } from './schema.js';

const { t, w } = await surveyTestApp();

describe('linked responses are personal data', () => {
  it('appear in the person’s access export and go with them when they withdraw (erase)', async () => {
    const versionId = await w.publishedVersion(sampleDefinition());
    const [survey] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'linked' });
    const person = await w.person();
    const invited = await w.api('POST', `/surveys/${survey.id}/invitations`, { participantIds: [person.id] });
    expect(invited.body.emailed).toBe(1);
    await deliverMail(t);
    const path = new URL(/http:\/\/\S+\/q\/\S+/.exec(t.sentMail.at(-1)!.text)![0]).pathname;
    const b = browser(t, path);
    let page = await b.get();
    page = await b.post([['_screen', screenOf(page.html)], ['_action', 'next']]);
    page = await b.post([['_screen', screenOf(page.html)], ['_action', 'next'], ['q1', '3']]);
    expect((await t.database.db.select().from(responses).where(eq(responses.participantId, person.id)))[0].answers).toEqual({ q1: 3 });

    const exported = await accessExport(t.database.db, w.programme.id, person.id);
    expect(exported.questionnaires.responses).toEqual([expect.objectContaining({ answers: { q1: 3 }, status: 'in_progress', wave: 'single' })]);
    expect(exported.questionnaires.invitations).toHaveLength(1);

    await t.database.db.transaction((tx) => withdrawParticipant(tx, { programmeId: w.programme.id, participantId: person.id, choice: 'erase', via: 'coordinator', actorId: null }));
    expect(await t.database.db.select().from(responses).where(eq(responses.surveyId, survey.id))).toEqual([]);
    expect(await scanDatabase(t.database.db, [person.id, person.email!])).toEqual([]);
  });
});

describe('an anonymous survey by personal link', () => {
  it('records only that the person answered: the response holds no participant and no hash the invitation also holds', async () => {
    const versionId = await w.publishedVersion(sampleDefinition());
    const [survey] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'anonymous', display: 'whole' });
    const person = await w.person();
    await w.api('POST', `/surveys/${survey.id}/invitations`, { participantIds: [person.id] });
    await deliverMail(t);
    const path = new URL(/http:\/\/\S+\/q\/\S+/.exec(t.sentMail.at(-1)!.text)![0]).pathname;
    const b = browser(t, path);
    const fields: [string, string][] = [['q1', '2'], ['q2', '3'], ['role', '1'], ['g1', '1'], ['g2', '1']];
    const page = await b.post([['_screen', '1'], ['_action', 'submit'], ...fields]);
    expect(page.html).toContain('data-testid="receipt"');
    const [row] = await t.database.db.select().from(responses).where(eq(responses.surveyId, survey.id));
    expect(row).toMatchObject({ status: 'complete', participantId: null, pairingKey: null });
    const [invitation] = await t.database.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.id));
    expect(invitation.completedAt).not.toBeNull();
    // Only the day: its time cannot be matched with the response's.
    expect(invitation.completedAt!.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(invitation.completedAt!.getTime()).not.toBe(row.submittedAt!.getTime());
    expect(row.resumeTokenHash).not.toBe(invitation.tokenHash);
    expect((await accessExport(t.database.db, w.programme.id, person.id)).questionnaires.responses).toEqual([]);
    // The link still resumes for its holder: it shows the receipt.
    expect((await browser(t, path).get()).html).toContain('data-testid="receipt"');
  });
});

