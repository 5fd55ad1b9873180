import { and, count, eq } from 'drizzle-orm';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../../test/support/app.js';
import { apiPrefix } from '../../../../test/support/openapi-operations.js';
import { programmeRoles } from '../../access/schema.js';
import { auditLog } from '../../audit/schema.js';
import { setUserLanguage } from '../../auth/users.js';
import { codes, codings, documents, memos } from '../schema.js';
import { qdpxMediaType } from './index.js';

let t: TestApp;
let p1: string;
let p2: string;
let coordinator: Caller;
let researcher: Caller;
let observer: Caller;
const text = 'Intervjuer: Hva gir deg håp?\nDeltaker: Tjenestene hjalp meg å få bolig.';

const form = (bytes: Uint8Array | string, name: string) => {
  const f = new FormData();
  f.append('file', new Blob([bytes as BlobPart]), name);
  return f;
};
const counts = async (programmeId: string) => {
  const db = t.database.db;
  const [d] = await db.select({ n: count() }).from(documents).where(eq(documents.programmeId, programmeId));
  const [c] = await db.select({ n: count() }).from(codes).where(eq(codes.programmeId, programmeId));
  const [k] = await db.select({ n: count() }).from(codings).innerJoin(documents, eq(documents.id, codings.documentId)).where(eq(documents.programmeId, programmeId));
  const [m] = await db.select({ n: count() }).from(memos).where(eq(memos.programmeId, programmeId));
  return { documents: d.n, codes: c.n, codings: k.n, memos: m.n };
};

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.signIn('refi-http-admin@varde.test', { isAdmin: true });
  coordinator = await t.signIn('refi-koordinator@varde.test');
  researcher = await t.signIn('refi-forsker@varde.test');
  observer = await t.signIn('refi-observator@varde.test');
  await setUserLanguage(t.database.db, coordinator.userId, 'nn');
  const post = async (path: string, body: unknown) => {
    const res = await t.call('POST', `${apiPrefix}${path}`, { as: admin, body });
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  const programme = async (name: string) => (await post('/programmes', { kind: 'codesign', name, startsOn: '2026-01-01', endsOn: '2026-12-31' })).id;
  p1 = await programme('Bedre tjenester – Sør/Øst 2026');
  p2 = await programme('REFI mottaker');
  for (const programmeId of [p1, p2]) {
    await t.database.db.insert(programmeRoles).values([
      { programmeId, userId: coordinator.userId, role: 'coordinator' },
      { programmeId, userId: researcher.userId, role: 'researcher' },
      { programmeId, userId: observer.userId, role: 'observer' },
    ]);
  }
  const db = t.database.db;
  const [code] = await db.insert(codes).values({ programmeId: p1, name: 'Bolig', color: '#118833', position: 0 }).returning();
  const [doc] = await db.insert(documents).values({ programmeId: p1, kind: 'interview_transcript', title: 'Intervju 1', text, sourceFormat: 'txt' }).returning();
  await db.insert(codings).values({ documentId: doc.id, codeId: code.id, start: 39, end: [...text].length });
  await db.insert(memos).values({ programmeId: p1, targetKind: 'document', targetId: doc.id, text: 'Godt intervju.' });
});
afterAll(() => t.close());

const base = (programmeId: string) => `${apiPrefix}/programmes/${programmeId}/analysis`;

describe('REFI-QDA over HTTP', () => {
  let exported: Uint8Array;

  it('exports the project as a .qdpx attachment with a safe file name, audited', async () => {
    const res = await t.call('GET', `${base(p1)}/export.qdpx`, { as: coordinator });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(qdpxMediaType);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="bedre-tjenester-sor-ost-2026.qdpx"');
    exported = new Uint8Array(await res.arrayBuffer());
    expect(strFromU8(exported.slice(0, 2))).toBe('PK');
    const entries = unzipSync(exported);
    expect(Object.keys(entries)).toContain('project.qde');
    expect(strFromU8(entries['project.qde'])).toContain('Intervju 1');
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.programmeId, p1), eq(auditLog.action, 'analysis.export_qdpx')));
    expect(audit).toHaveLength(1);
  });

  it('exports the codebook as a .qdc attachment', async () => {
    const res = await t.call('GET', `${base(p1)}/codebook.qdc`, { as: coordinator });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="bedre-tjenester-sor-ost-2026.qdc"');
    expect(await res.text()).toContain('name="Bolig"');
  });

  it('an empty codebook is a 409 problem', async () => {
    const res = await t.call('GET', `${base(p2)}/codebook.qdc`, { as: coordinator });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('imports the export into another programme: 201 with the counts, audited', async () => {
    const res = await t.call('POST', `${base(p2)}/import-qdpx`, { as: coordinator, body: form(exported, 'prosjekt.qdpx') });
    expect(res.status, await res.clone().text()).toBe(201);
    const summary = await res.json();
    expect(summary).toMatchObject({ documents: 1, codes: 1, codings: 1, memos: 1 });
    expect(Array.isArray(summary.skipped)).toBe(true);
    expect(await counts(p2)).toEqual({ documents: 1, codes: 1, codings: 1, memos: 1 });
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.programmeId, p2), eq(auditLog.action, 'analysis.import_qdpx')));
    expect(audit).toHaveLength(1);
  });

  it('imports a .qdc codebook', async () => {
    const qdc = await (await t.call('GET', `${base(p1)}/codebook.qdc`, { as: coordinator })).text();
    const res = await t.call('POST', `${base(p2)}/import-qdc`, { as: researcher, body: form(qdc, 'kodebok.qdc') });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ documents: 0, codes: 1, codings: 0, memos: 0 });
  });

  it('a coding outside its source: 422 problem+json in the caller’s language, nothing written', async () => {
    const before = await counts(p2);
    const entries = unzipSync(exported);
    entries['project.qde'] = strToU8(strFromU8(entries['project.qde']).replace(/endPosition="\d+"/, 'endPosition="5000"'));
    const res = await t.call('POST', `${base(p2)}/import-qdpx`, { as: coordinator, body: form(zipSync(entries), 'feil.qdpx') });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    const problem = await res.json();
    expect(problem.detail).toContain('Ei koding i «Intervju 1» ligg utanfor teksten');
    expect(await counts(p2)).toEqual(before);
  });

  it('no file: 400 naming the field', async () => {
    const res = await t.call('POST', `${base(p2)}/import-qdpx`, { as: coordinator, body: new FormData() });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('a researcher may export and import; an observer may do neither', async () => {
    expect((await t.call('GET', `${base(p1)}/export.qdpx`, { as: researcher })).status).toBe(200);
    expect((await t.call('POST', `${base(p2)}/import-qdpx`, { as: researcher, body: form(exported, 'prosjekt.qdpx') })).status).toBe(201);
    const before = await counts(p2);
    expect((await t.call('GET', `${base(p1)}/export.qdpx`, { as: observer })).status).toBe(403);
    expect((await t.call('GET', `${base(p1)}/codebook.qdc`, { as: observer })).status).toBe(403);
    expect((await t.call('POST', `${base(p2)}/import-qdpx`, { as: observer, body: form(exported, 'prosjekt.qdpx') })).status).toBe(403);
    expect((await t.call('POST', `${base(p2)}/import-qdc`, { as: observer, body: form('<x/>', 'kodebok.qdc') })).status).toBe(403);
    expect(await counts(p2)).toEqual(before);
  });
});
