import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { exportQdpx, importQdpx } from './refi-qda/index.js';
import { codings, documents } from './schema.js';
import { sliceByCodePoints } from './text-positions.js';

// The text snapshot on codings (schema.ts `codings.text`): set on create, kept through restructuring
// and REFI-QDA import, recomputed when a confirmed name shifts the text; retrieval returns it.
let t: TestApp;
let coordinator: Caller;
let p: string;
let p2: string;
const api = (path: string, programme = p) => `/api/v1/programmes/${programme}/analysis${path}`;
const json = async (res: Response) => res.json() as Promise<any>;
const post = async (path: string, body?: unknown) => {
  const res = await t.call('POST', api(path), { as: coordinator, body });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return json(res);
};
const get = async (path: string) => json(await t.call('GET', api(path), { as: coordinator }));
const addDoc = (title: string, text: string) => post('/documents', { title, kind: 'interview_transcript', text });
const stored = (documentId: string) =>
  t.database.db.select({ id: codings.id, start: codings.start, end: codings.end, text: codings.text }).from(codings).where(eq(codings.documentId, documentId)).orderBy(asc(codings.start));
const cpIndex = (text: string, needle: string) => [...text.slice(0, text.indexOf(needle))].length;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.signIn('admin@test.example', { isAdmin: true });
  const programme = async (name: string) => (await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name, startsOn: '2026-01-01', endsOn: '2026-12-31' } }))).id;
  p = await programme('Utdrag');
  p2 = await programme('Utdrag import');
  for (const id of [p, p2]) await t.call('POST', `/api/v1/programmes/${id}/roles`, { as: admin, body: { email: 'k@test.example', name: 'Koordinator', role: 'coordinator' } });
  coordinator = await t.signIn('k@test.example');
});
afterAll(() => t.close());

describe('coding text snapshot', () => {
  it('is stored on create in code points (emoji), and retrieval returns it', async () => {
    const doc = await addDoc('Emoji', '🇳🇴 Håp 👩🏽‍⚕️ og tillit 😀.');
    const code = await post('/codes', { name: 'Håp' });
    await post('/codings', { documentId: doc.id, codeIds: [code.id], start: 3, end: 6 });
    await post('/codings', { documentId: doc.id, codeIds: [code.id], start: 7, end: 12 });
    await post('/codings', { documentId: doc.id, codeIds: [code.id], start: 0, end: [...doc.text].length });
    expect((await stored(doc.id)).map((c) => c.text)).toEqual([doc.text, 'Håp', '👩🏽‍⚕️']);
    const segments = await get(`/codes/${code.id}/segments`);
    expect(segments.map((s: any) => s.text).sort()).toEqual([doc.text, 'Håp', '👩🏽‍⚕️'].sort());
  });

  it('follows the text when a confirmed name shifts it, including a coding that contains the name', async () => {
    const doc = await addDoc('Notat', 'I går møtte vi Ola 🙂 på kafeen. Etterpå sa Ola at det var fint 😀 der.');
    const [suggestion] = await get(`/documents/${doc.id}/suggestions`);
    const code = await post('/codes', { name: 'Sted' });
    const before = await post('/codings', { documentId: doc.id, codeIds: [code.id], start: 0, end: 5 }); // "I går", before any name
    const around = cpIndex(doc.text, 'vi Ola');
    await post('/codings', { documentId: doc.id, codeIds: [code.id], start: around, end: around + 'vi Ola 🙂'.length - 1 }); // "vi Ola 🙂" (🙂 is 2 UTF-16 units, 1 code point)
    const fint = cpIndex(doc.text, 'fint');
    await post('/codings', { documentId: doc.id, codeIds: [code.id], start: fint, end: fint + 10 });
    expect((await stored(doc.id)).map((c) => c.text)).toEqual(['I går', 'vi Ola 🙂', 'fint 😀 der']);
    await post(`/documents/${doc.id}/suggestions/${suggestion.id}/confirm`, {});
    const after = (await get(`/documents/${doc.id}`)).text;
    const rows = await stored(doc.id);
    expect(rows.map((c) => c.text)).toEqual(['I går', 'vi [navn] 🙂', 'fint 😀 der']);
    for (const c of rows) expect(c.text).toBe(sliceByCodePoints(after, c.start, c.end));
    expect(rows[0].id).toBe(before[0].id);
    const segments = await get(`/codes/${code.id}/segments`);
    expect(segments.map((s: any) => s.text)).toEqual(['I går', 'vi [navn] 🙂', 'fint 😀 der']);
  });

  it('is carried through merge and split', async () => {
    const doc = await addDoc('Omstrukturering', 'Håp 🌱 og mestring i hverdagen.');
    const a = await post('/codes', { name: 'A' });
    const b = await post('/codes', { name: 'B' });
    const [c1] = await post('/codings', { documentId: doc.id, codeIds: [a.id], start: 0, end: 5 });
    const [c2] = await post('/codings', { documentId: doc.id, codeIds: [a.id], start: 9, end: 17 });
    await post(`/codes/${a.id}/merge`, { intoCodeId: b.id });
    const merged = await get(`/codes/${b.id}/segments`);
    expect(merged.map((s: any) => [s.codingId, s.text])).toEqual([[c1.id, 'Håp 🌱'], [c2.id, 'mestring']]);
    const split = await post(`/codes/${b.id}/split`, { name: 'B2', codingIds: [c2.id] });
    expect((await get(`/codes/${split.code.id}/segments`)).map((s: any) => s.text)).toEqual(['mestring']);
    expect((await stored(doc.id)).map((c) => c.text)).toEqual(['Håp 🌱', 'mestring']);
  });

  it('is set on REFI-QDA import (code points, emoji)', async () => {
    const doc = await addDoc('Eksport', 'Før 🇳🇴 etter: trygghet 👩🏽‍⚕️ og tillit.');
    const code = await post('/codes', { name: 'Trygghet' });
    const start = cpIndex(doc.text, 'trygghet');
    await post('/codings', { documentId: doc.id, codeIds: [code.id], start, end: start + [...'trygghet 👩🏽‍⚕️'].length });
    const summary = await importQdpx(t.database.db, p2, await exportQdpx(t.database.db, p), { actorId: coordinator.userId });
    expect(summary.codings).toBeGreaterThan(0);
    const imported = await t.database.db
      .select({ text: codings.text, start: codings.start, end: codings.end, docText: documents.text, title: documents.title })
      .from(codings)
      .innerJoin(documents, eq(documents.id, codings.documentId))
      .where(eq(documents.programmeId, p2));
    expect(imported.length).toBe(summary.codings);
    for (const c of imported) expect(c.text).toBe(sliceByCodePoints(c.docText, c.start, c.end));
    expect(imported.find((c) => c.title === 'Eksport')?.text).toBe('trygghet 👩🏽‍⚕️');
  });

  it('a row without a snapshot (written by another path) is sliced from the document text', async () => {
    const doc = await addDoc('Uten', 'Tekst 😀 uten utdrag.');
    const code = await post('/codes', { name: 'Uten' });
    const [row] = await post('/codings', { documentId: doc.id, codeIds: [code.id], start: 6, end: 12 });
    await t.database.db.update(codings).set({ text: null }).where(eq(codings.id, row.id));
    expect((await get(`/codes/${code.id}/segments`))[0].text).toBe('😀 uten');
  });
});
