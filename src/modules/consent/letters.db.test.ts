import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { consentProgramme } from '../../../test/support/consent-fixture.js';
import { programmeRoles } from '../access/schema.js';
import { informationLetters } from './schema.js';

let t: TestApp;
let coordinator: Caller;
let contact: Caller;
let w: Awaited<ReturnType<typeof consentProgramme>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await consentProgramme(t.database.db);
  coordinator = await t.signIn('brev-koord@varde.test');
  contact = await t.signIn('brev-kontakt@varde.test');
  await t.database.db.insert(programmeRoles).values([
    { programmeId: w.programme.id, userId: coordinator.userId, role: 'coordinator' },
    { programmeId: w.programme.id, userId: contact.userId, role: 'municipal_contact', municipalityId: w.municipality.id },
  ]);
});
afterAll(() => t.close());
const api = (path: string) => `/api/v1/programmes/${w.programme.id}${path}`;

describe('information letters', () => {
  it('draft → publish; a published version never changes: editing it makes the next version as a draft', async () => {
    const created = await t.call('POST', api('/information-letters'), { as: coordinator, body: { language: 'en', title: 'Focus groups', body: '# Hi\n\n<script>alert(1)</script> **voluntary**', purposeKeys: ['focus_group'], withdrawalChoice: 'anonymise' } });
    expect(created.status).toBe(201);
    const draft = (await created.json()) as any;
    expect(draft).toMatchObject({ version: 1, publishedAt: null });
    expect(draft.html).toContain('<strong>voluntary</strong>');
    expect(draft.html).not.toContain('<script>');
    const published = (await (await t.call('POST', api(`/information-letters/${draft.id}/publish`), { as: coordinator })).json()) as any;
    expect(published.publishedAt).not.toBeNull();
    const edited = (await (await t.call('PATCH', api(`/information-letters/${draft.id}`), { as: coordinator, body: { title: 'Focus groups (revised)' } })).json()) as any;
    expect(edited).toMatchObject({ version: 2, publishedAt: null, title: 'Focus groups (revised)', withdrawalChoice: 'anonymise' });
    expect(edited.id).not.toBe(draft.id);
    const [v1] = await t.database.db.select().from(informationLetters).where(eq(informationLetters.id, draft.id));
    expect(v1.title).toBe('Focus groups');
    // Editing again changes the open draft in place.
    const again = (await (await t.call('PATCH', api(`/information-letters/${edited.id}`), { as: coordinator, body: { body: 'New text' } })).json()) as any;
    expect(again).toMatchObject({ id: edited.id, version: 2, body: 'New text' });
    const list = (await (await t.call('GET', api('/information-letters'), { as: contact })).json()) as any[];
    expect(list.filter((l) => l.language === 'en').map((l) => l.version)).toEqual([2, 1]);
  });

  it('refuses purposes the programme does not have, and a municipal contact may not edit letters', async () => {
    const bad = await t.call('POST', api('/information-letters'), { as: coordinator, body: { language: 'nb', title: 'X', body: 'Y', purposeKeys: ['nonexistent'], withdrawalChoice: 'erase' } });
    expect(bad.status).toBe(400);
    expect((await t.call('POST', api('/information-letters'), { as: contact, body: { language: 'nb', title: 'X', body: 'Y', purposeKeys: ['questionnaire'], withdrawalChoice: 'erase' } })).status).toBe(403);
  });

  it('paper consent by a municipal contact for their municipality: one row per purpose, they are recorded as who did it, with a scan', async () => {
    const p = await w.person({ language: 'nb' });
    const res = await t.call('POST', api(`/participants/${p.id}/paper-consents`), { as: contact, body: { signedOn: '2026-03-02', grantedPurposeKeys: ['focus_group'] } });
    expect(res.status).toBe(201);
    const status = (await res.json()) as any;
    expect(status.purposes.map((x: any) => [x.key, x.answer])).toEqual([['focus_group', 'granted'], ['interview_recording', 'refused'], ['questionnaire', 'refused']]);
    const consentId = status.history.find((h: any) => h.purposeKey === 'interview_recording').id;
    const upload = await t.call('PUT', api(`/participants/${p.id}/consents/${consentId}/scan?name=skjema.pdf`), { as: contact, body: '%PDF-1.4 skanna', headers: { 'content-type': 'application/pdf' } });
    expect(upload.status).toBe(204);
    const scan = await t.call('GET', api(`/participants/${p.id}/consents/${consentId}/scan`), { as: coordinator });
    expect(await scan.text()).toBe('%PDF-1.4 skanna');
    const { consents } = await import('./schema.js');
    const rows = await t.database.db.select().from(consents).where(eq(consents.participantId, p.id));
    expect(rows.every((r) => r.recordedBy === contact.userId && r.method === 'paper' && r.signedOn === '2026-03-02')).toBe(true);
    const summary = (await (await t.call('GET', api('/consent-summary'), { as: coordinator })).json()) as any;
    expect(summary.purposes.find((x: any) => x.key === 'focus_group').consented).toBeGreaterThanOrEqual(1);
  });
});
