import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { surveyTestApp } from '../../../test/support/survey-fixture.js';
import { auditLog } from '../audit/schema.js';
import { sampleDefinition } from './fixtures.js';
import { publishDraft, saveDraft } from './instruments.js';
import { instrumentVersions } from './schema.js';

const { t, w } = await surveyTestApp();

const actorOf = () => ({ userId: w.coordinator.userId, name: 'k', email: 'k@varde.test', language: 'nb' as const, isAdmin: false, grants: [{ programmeId: w.programme.id, role: 'coordinator' as const, municipalityId: null }] });

describe('instruments: drafts, publishing, versions', () => {
  it('creates a blank instrument, saves a draft, publishes it and never changes the published version again', async () => {
    const created = await w.api('POST', '/instruments', { title: 'Kursevaluering' });
    expect(created.status).toBe(201);
    expect(created.body.versions).toEqual([expect.objectContaining({ version: 1, status: 'draft' })]);
    const id = created.body.id;
    const definition = sampleDefinition();
    const saved = await w.api('PUT', `/instruments/${id}/draft`, { definition });
    expect(saved.status).toBe(200);
    expect(saved.body.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
    const published = await w.api('POST', `/instruments/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: 1, status: 'published' });
    const v1 = published.body.id as string;

    // No draft any more: editing answers 404, publishing again too; the operation refuses to touch a published row.
    expect((await w.api('PUT', `/instruments/${id}/draft`, { definition: { ...definition, title: { nb: 'Endret' } } })).status).toBe(404);
    expect((await w.api('POST', `/instruments/${id}/publish`)).status).toBe(404);
    await expect(saveDraft(t.database.db, actorOf(), w.programme.id, id, { ...definition, title: { nb: 'Endret' } })).rejects.toMatchObject({ status: 404 });
    await expect(publishDraft(t.database.db, actorOf(), w.programme.id, id)).rejects.toMatchObject({ status: 404 });

    // A new draft is a copy; editing it leaves version 1 exactly as published.
    const draft = await w.api('POST', `/instruments/${id}/new-draft`);
    expect(draft.status).toBe(201);
    expect(draft.body.version).toBe(2);
    expect((await w.api('POST', `/instruments/${id}/new-draft`)).status).toBe(409);
    const changed = { ...definition, title: { nb: 'Versjon to', nn: 'Versjon to', en: 'Version two' } };
    expect((await w.api('PUT', `/instruments/${id}/draft`, { definition: changed })).status).toBe(200);
    const [row] = await t.database.db.select().from(instrumentVersions).where(eq(instrumentVersions.id, v1));
    expect(row.status).toBe('published');
    expect(row.definition).toEqual(definition);
    expect((await w.api('GET', `/instrument-versions/${v1}`)).body.definition.title).toEqual(definition.title);
    const listed = await w.api('GET', `/instruments/${id}`);
    expect(listed.body.versions.map((v: { version: number; status: string }) => `${v.version}:${v.status}`)).toEqual(['2:draft', '1:published']);

    const actions = (await t.database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.programmeId, w.programme.id)))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['instrument.create', 'instrument.draft.save', 'instrument.publish', 'instrument.draft.create']));
  });

  it('refuses a draft with item-level problems (422 naming the item) and stores nothing', async () => {
    const created = await w.api('POST', '/instruments', { title: 'Feil' });
    const bad = sampleDefinition();
    bad.sections[1].items[1] = { ...bad.sections[1].items[1], name: 'q1' } as never;
    const res = await w.api('PUT', `/instruments/${created.body.id}/draft`, { definition: bad });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'q1', message: expect.stringContaining('«q1»') })]));
    const draft = await w.api('GET', `/instruments/${created.body.id}/draft`);
    expect(draft.body.definition.sections[0].items).toEqual([]);
    const schemaBad = await w.api('PUT', `/instruments/${created.body.id}/draft`, { definition: { ...sampleDefinition(), languages: [] } });
    expect(schemaBad.status).toBe(400);
  });

  it('starts from a shipped template (the municipality survey) and refuses an unknown one', async () => {
    const created = await w.api('POST', '/instruments', { templateKey: 'municipality-survey' });
    expect(created.status).toBe(201);
    expect(created.body.templateKey).toBe('municipality-survey');
    const draft = await w.api('GET', `/instruments/${created.body.id}/draft`);
    expect(draft.body.definition.sections.flatMap((s: { items: unknown[] }) => s.items).length).toBeGreaterThanOrEqual(11);
    const unknown = await w.api('POST', '/instruments', { templateKey: 'nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('templateKey');
  });
});
