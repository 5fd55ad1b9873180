import { beforeAll, describe, expect, it } from 'vitest';
import { browser, surveyTestApp } from '../../../test/support/survey-fixture.js';
import { programmeRoles } from '../access/schema.js';
import { programmeMunicipalities } from '../programmes/schema.js';
import { sampleDefinition } from './fixtures.js';

const { t, w } = await surveyTestApp();
let versionId: string;
beforeAll(async () => {
  versionId = await w.publishedVersion(sampleDefinition());
});

describe('surveys', () => {
  it('a pre/post pair in one call shares a wave group; a third wave cannot take a taken place', async () => {
    const created = await w.api('POST', '/surveys', { instrumentVersionId: versionId, mode: 'anonymous', waves: ['pre', 'post'], municipalityId: w.municipality.id });
    expect(created.status).toBe(201);
    const [pre, post] = created.body.surveys;
    expect([pre.wave, post.wave]).toEqual(['pre', 'post']);
    expect(pre.waveGroupId).toBe(post.waveGroupId);
    expect(pre.askPairingCode).toBe('yes');
    const again = await w.api('POST', '/surveys', { instrumentVersionId: versionId, mode: 'anonymous', wave: 'post', waveGroupId: pre.waveGroupId });
    expect(again.status).toBe(409);
    expect((await w.api('GET', `/surveys?waveGroupId=${pre.waveGroupId}`)).body).toHaveLength(2);
  });

  it('refuses a draft version, a window that ends before it starts, and changing the mode once someone answered', async () => {
    const draft = await w.api('POST', '/instruments', { title: 'Utkast' });
    const notPublished = await w.api('POST', '/surveys', { instrumentVersionId: draft.body.versions[0].id, mode: 'linked' });
    expect(notPublished.status).toBe(400);
    expect(notPublished.body.errors[0].path).toBe('instrumentVersionId');
    const window = await w.api('POST', '/surveys', { instrumentVersionId: versionId, mode: 'linked', opensAt: '2026-05-02T10:00:00Z', closesAt: '2026-05-01T10:00:00Z' });
    expect(window.status).toBe(400);
    expect(window.body.errors[0].path).toBe('closesAt');
    const [survey] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'anonymous', display: 'whole' });
    expect((await w.api('PATCH', `/surveys/${survey.id}`, { mode: 'linked' })).status).toBe(200);
    expect((await w.api('PATCH', `/surveys/${survey.id}`, { mode: 'anonymous', display: 'whole' })).body).toMatchObject({ mode: 'anonymous', display: 'whole' });
    const path = new URL((await w.api('POST', `/surveys/${survey.id}/public-link`)).body.url).pathname;
    await browser(t, path).post([['_screen', '1'], ['_action', 'submit'], ['q1', '2']]);
    const refused = await w.api('PATCH', `/surveys/${survey.id}`, { mode: 'linked' });
    expect(refused.status).toBe(409);
    expect((await w.api('GET', `/surveys/${survey.id}`)).body.mode).toBe('anonymous');
  });

  it('a municipal contact sees their municipality’s surveys only; a programme-wide one is not theirs', async () => {
    const db = t.database.db;
    const [other] = await db.insert(programmeMunicipalities).values({ programmeId: w.programme.id, number: '1103', name: 'Stavanger' }).returning();
    const contact = await t.signIn(`kontakt-${Date.now()}@varde.test`);
    await db.insert(programmeRoles).values({ programmeId: w.programme.id, userId: contact.userId, role: 'municipal_contact', municipalityId: w.municipality.id });
    const [mine] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'anonymous' });
    const [theirs] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'anonymous', municipalityId: other.id });
    const wide = (await w.api('POST', '/surveys', { instrumentVersionId: versionId, mode: 'anonymous', municipalityId: null })).body.surveys[0];
    const listed = (await w.api('GET', '/surveys', undefined, contact)).body.map((s: { id: string }) => s.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(theirs.id);
    expect(listed).not.toContain(wide.id);
    expect((await w.api('GET', `/surveys/${theirs.id}`, undefined, contact)).status).toBe(404);
    expect((await w.api('GET', `/surveys/${wide.id}`, undefined, contact)).status).toBe(404);
    expect((await w.api('GET', `/surveys/${mine.id}/progress`, undefined, contact)).status).toBe(200);
    expect((await w.api('GET', `/surveys/${mine.id}/pairing`, undefined, contact)).status).toBe(403);
  });
});
