import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import type { Actor } from '../access/actor.js';
import { importDocument } from '../analysis/documents.js';
import { users } from '../auth/schema.js';
import { loadDemoData } from '../demo/load.js';

let t: TestApp;
let coordinator: Caller;
let sandnesContact: Caller;
let researcher: Caller;
let programmeId: string;
let otherProgrammeId: string;
let interviewId: string;
let foreignDocumentId: string;
const municipality: Record<string, string> = {};
const json = async (res: Response) => (await res.json()) as any;
const api = (path: string) => `/api/v1/programmes/${programmeId}/improvement${path}`;
const keys = { key: Buffer.alloc(32, 7), dataDir: '/nonexistent' };

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.database.db);
  coordinator = await t.signIn('koordinator@varde.example');
  sandnesContact = await t.signIn('kontakt.sandnes@varde.example');
  researcher = await t.signIn('forsker@varde.example');
  const superuser = await t.signIn('admin@varde.example', { isAdmin: true });
  const programmes = await json(await t.call('GET', '/api/v1/programmes', { as: superuser }));
  programmeId = programmes.find((p: any) => p.kind === 'learning_network').id;
  otherProgrammeId = programmes.find((p: any) => p.id !== programmeId).id;
  await t.call('POST', `/api/v1/programmes/${programmeId}/roles`, { as: superuser, body: { email: 'forsker@varde.example', name: 'Ola Nordmann', role: 'researcher' } });
  for (const m of await json(await t.call('GET', `/api/v1/programmes/${programmeId}/municipalities`, { as: coordinator }))) municipality[m.name] = m.id;
  const [u] = await t.database.db.select().from(users).where(eq(users.email, 'admin@varde.example'));
  const actor: Actor = { userId: u.id, name: 'admin', email: u.email, language: 'nb', isAdmin: true, grants: [] };
  // A researcher's interview (not a harvest: only analysis readers see its title) and a document of another programme.
  interviewId = (await importDocument(t.database.db, actor, programmeId, { title: 'Intervju om tilbakemeldinger', kind: 'interview_transcript', municipalityId: municipality.Sandnes }, { text: 'Intervjuer: Hva betyr skjemaet?\nSvar: At noen lytter.' }, keys)).id;
  foreignDocumentId = (await importDocument(t.database.db, actor, otherProgrammeId, { title: 'Annet program', kind: 'interview_transcript' }, { text: 'Intervjuer: Hei\nSvar: Hei.' }, keys)).id;
});
afterAll(() => t.close());

async function sandnesMeasure() {
  const res = await t.call('POST', api(`/teams/${municipality.Sandnes}/measures`), { as: sandnesContact, body: { title: 'Samtaler om hva som er viktig', kind: 'what_matters' } });
  expect(res.status).toBe(201);
  return (await json(res)).id as string;
}
async function sandnesHarvest() {
  const res = await t.call('POST', api(`/teams/${municipality.Sandnes}/harvests`), { as: sandnesContact, body: { kind: 'user_interview', text: 'Brukeren ønsker faste samtaler.' } });
  expect(res.status).toBe(201);
  return (await json(res)).documentId as string;
}
const evidence = async (measureId: string, as: Caller) => json(await t.call('GET', api(`/measures/${measureId}/documents`), { as }));
const link = (measureId: string, documentId: string, as: Caller) => t.call('PUT', api(`/measures/${measureId}/documents/${documentId}`), { as });

describe('a measure’s evidence: linked analysis documents', () => {
  it('the team links its own harvest and the coordinator a researcher’s interview; each is listed once and audited', async () => {
    const measureId = await sandnesMeasure();
    const harvestId = await sandnesHarvest();
    const candidates = await json(await t.call('GET', api(`/measures/${measureId}/document-candidates?q=intervju`), { as: sandnesContact }));
    // The contact is offered harvests only (the analysis policy keeps other documents from them).
    expect(candidates.map((c: any) => c.id)).toContain(harvestId);
    expect(candidates.map((c: any) => c.id)).not.toContain(interviewId);
    expect((await link(measureId, harvestId, sandnesContact)).status).toBe(204);
    expect((await link(measureId, harvestId, sandnesContact)).status).toBe(204);
    expect((await link(measureId, interviewId, coordinator)).status).toBe(204);
    const seenByCoordinator = await evidence(measureId, coordinator);
    expect(seenByCoordinator.map((e: any) => e.documentId)).toEqual([harvestId, interviewId]);
    expect(seenByCoordinator.every((e: any) => e.title && e.canOpen)).toBe(true);
    expect((await evidence(measureId, researcher)).find((e: any) => e.documentId === interviewId).title).toBe('Intervju om tilbakemeldinger');
    // The contact sees their harvest's title, and of the interview only that one is linked.
    const seenByContact = await evidence(measureId, sandnesContact);
    expect(seenByContact.find((e: any) => e.documentId === harvestId)).toMatchObject({ canOpen: false, kind: 'interview_transcript' });
    expect(seenByContact.find((e: any) => e.documentId === harvestId).title).toBeTruthy();
    expect(seenByContact.find((e: any) => e.documentId === interviewId)).toMatchObject({ title: null, canOpen: false });
    expect((await json(await t.call('GET', api(`/measures/${measureId}/document-candidates`), { as: coordinator }))).map((c: any) => c.id)).not.toContain(interviewId);
    const audit = await t.database.db.execute(sql`select action from audit_log where entity_id = ${measureId} and action like 'improvement.evidence.%'`);
    expect(audit.rows.map((r: any) => r.action)).toEqual(['improvement.evidence.link', 'improvement.evidence.link']);
  });

  it('unlinking removes the link, keeps the document, and a second unlink is 404', async () => {
    const measureId = await sandnesMeasure();
    const harvestId = await sandnesHarvest();
    await link(measureId, harvestId, sandnesContact);
    expect((await t.call('DELETE', api(`/measures/${measureId}/documents/${harvestId}`), { as: sandnesContact })).status).toBe(204);
    expect(await evidence(measureId, coordinator)).toEqual([]);
    expect((await t.call('GET', `/api/v1/programmes/${programmeId}/analysis/documents/${harvestId}`, { as: coordinator })).status).toBe(200);
    expect((await t.call('DELETE', api(`/measures/${measureId}/documents/${harvestId}`), { as: sandnesContact })).status).toBe(404);
  });

  it('refuses another programme’s document, and a document the contact may not see, with the same 404 naming the document field', async () => {
    const measureId = await sandnesMeasure();
    for (const [documentId, as] of [[foreignDocumentId, coordinator], [interviewId, sandnesContact]] as const) {
      const res = await link(measureId, documentId, as);
      expect(res.status).toBe(404);
      const problem = await json(res);
      expect(problem.errors).toEqual([{ path: 'linkedDocumentId', message: 'Dokumentet finnes ikke blant programmets dokumenter du kan knytte til.' }]);
    }
    expect(await evidence(measureId, coordinator)).toEqual([]);
  });

  it('a contact of another municipality reads the shared measure’s evidence but may not change it', async () => {
    const stavanger = (await json(await t.call('GET', api(`/teams/${municipality.Stavanger}`), { as: coordinator }))).measures.find((m: any) => m.title === 'Tilbakemeldingsskjema etter hver samtale').id as string;
    const harvestId = await sandnesHarvest();
    expect((await link(stavanger, harvestId, sandnesContact)).status).toBe(403);
    expect((await t.call('GET', api(`/measures/${stavanger}/document-candidates`), { as: sandnesContact })).status).toBe(403);
    // The demo links Stavanger's café table to its feedback-form measure; a harvest title is visible to every member.
    const seen = await evidence(stavanger, sandnesContact);
    expect(seen).toHaveLength(1);
    expect(seen[0].title).toContain('Kafédialog');
    expect((await t.call('DELETE', api(`/measures/${stavanger}/documents/${seen[0].documentId}`), { as: sandnesContact })).status).toBe(403);
    expect((await link(stavanger, harvestId, researcher)).status).toBe(403);
  });

  it('deleting the measure removes its links (and deleting a document removes it from every measure)', async () => {
    const measureId = await sandnesMeasure();
    const harvestId = await sandnesHarvest();
    const other = await sandnesMeasure();
    const second = await sandnesHarvest();
    await link(measureId, harvestId, sandnesContact);
    await link(other, second, sandnesContact);
    expect((await t.call('DELETE', api(`/measures/${measureId}`), { as: sandnesContact })).status).toBe(204);
    const left = await t.database.db.execute(sql`select count(*)::int as n from improvement_measure_documents where measure_id = ${measureId}`);
    expect(left.rows[0]).toMatchObject({ n: 0 });
    expect((await t.call('DELETE', `/api/v1/programmes/${programmeId}/analysis/documents/${second}`, { as: coordinator })).status).toBe(204);
    expect(await evidence(other, coordinator)).toEqual([]);
  });
});
