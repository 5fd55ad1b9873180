import { count, eq } from 'drizzle-orm';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { apiPrefix } from '../../../../test/support/openapi-operations.js';
import { DomainError } from '../../../lib/errors.js';
import { codes, codings, documents, memos } from '../schema.js';
import { exportProject, exportQdc, exportQdpx, importQdpx } from './index.js';
import { validateAgainstReference } from './refi-qda.test.js';

let t: TestApp;
let p1: string;
let p2: string;
let coderA: string;
let coderB: string;
const text1 = 'Intervjuer: Hva gir deg håp?\nDeltaker 🇳🇴: Tjenestene hjalp meg å få bolig. 👩🏽‍⚕️ Brukeren ble hørt.';
const text2 = 'Fokusgruppe: medvirkning og recovery – «vi ble tatt på alvor».';

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.signIn('refi-admin@varde.test', { isAdmin: true });
  coderA = (await t.signIn('koder-a@varde.test', { name: 'Koder A' })).userId;
  coderB = (await t.signIn('koder-b@varde.test', { name: 'Koder B' })).userId;
  const post = async (path: string, body: unknown) => {
    const res = await t.call('POST', `${apiPrefix}${path}`, { as: admin, body });
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  const programme = async (name: string) => (await post('/programmes', { kind: 'codesign', name, startsOn: '2026-01-01', endsOn: '2026-12-31' })).id;
  p1 = await programme('REFI P1');
  p2 = await programme('REFI P2');
  const m1 = (await post(`/programmes/${p1}/municipalities`, { number: '3201' })).id;
  await post(`/programmes/${p2}/municipalities`, { number: '3201' });

  const db = t.database.db;
  const at = (minute: number) => new Date(Date.UTC(2026, 1, 1, 10, minute));
  const [theme, hope, housing, voice] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  await db.insert(codes).values([
    { id: theme, programmeId: p1, name: 'Håp og optimisme', description: 'CHIME: H', color: '#aa5500', isTheme: true, position: 0 },
    { id: hope, programmeId: p1, parentId: theme, name: 'Framtidstro', color: '#0062ba', position: 0 },
    { id: housing, programmeId: p1, parentId: theme, name: 'Bolig', description: 'Å ha et sted å bo', color: '#118833', position: 1 },
    { id: voice, programmeId: p1, name: 'Medvirkning', color: '#663399', position: 1 },
  ]);
  const [d1, d2] = [crypto.randomUUID(), crypto.randomUUID()];
  await db.insert(documents).values([
    { id: d1, programmeId: p1, municipalityId: m1, kind: 'interview_transcript', title: 'Intervju 1', text: text1, attributes: { role: 'recipient' }, sourceFormat: 'txt', createdBy: coderA, createdAt: at(0) },
    { id: d2, programmeId: p1, kind: 'focus_group_transcript', title: 'Fokusgruppe', text: text2, attributes: { role: 'provider', setting: 'kommune' }, sourceFormat: 'vtt', createdBy: coderB, createdAt: at(1) },
  ]);
  const c1 = crypto.randomUUID();
  // Positions in code points: the flag is 2 code points (4 UTF-16 units), the health worker 5.
  await db.insert(codings).values([
    { id: c1, documentId: d1, codeId: hope, coderId: coderA, start: 24, end: 27, createdAt: at(2) },
    { documentId: d1, codeId: hope, coderId: coderB, start: 24, end: 27, createdAt: at(3) },
    { documentId: d1, codeId: housing, coderId: coderA, start: 42, end: 80, createdAt: at(4) },
    { documentId: d1, codeId: voice, coderId: coderB, start: 81, end: 99, createdAt: at(5) },
    { documentId: d2, codeId: voice, coderId: coderA, start: 13, end: 24, createdAt: at(6) },
  ]);
  await db.insert(memos).values([
    { programmeId: p1, targetKind: 'document', targetId: d1, authorId: coderA, text: 'Godt intervju.\nFølg opp.', createdAt: at(7), updatedAt: at(7) },
    { programmeId: p1, targetKind: 'code', targetId: hope, authorId: coderB, text: 'Brukes om tro på framtida.', createdAt: at(8), updatedAt: at(8) },
    { programmeId: p1, targetKind: 'coding', targetId: c1, authorId: coderA, text: 'Tydelig eksempel', createdAt: at(9), updatedAt: at(9) },
    { programmeId: p1, targetKind: 'person_summary', targetId: d1, subject: 'Deltaker', authorId: coderA, text: 'Har fått bolig og opplever håp.', createdAt: at(10), updatedAt: at(10) },
  ]);
});

afterAll(() => t?.close());

/**
 * Normalisation for comparing two exports: every GUID is replaced by `G<n>`, numbered in order of
 * first appearance in project.qde (source file names follow their GUIDs), and the Project's `name`
 * attribute (the programme's name) is blanked. Nothing is reordered: the export sorts by content
 * (codes by position and name, documents by creation time and title, codings by start, end and time).
 */
function normalise(xml: string, files: Map<string, string>) {
  const map = new Map<string, string>();
  const guid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  const replace = (s: string) => s.replace(guid, (g) => (map.has(g) ? map.get(g)! : (map.set(g, `G${map.size}`), map.get(g)!)));
  const out = replace(xml).replace(/(<Project [^>]*?)name="[^"]*"/, '$1name=""');
  return { xml: out, files: [...files].map(([name, text]) => [replace(name), text]).sort() };
}

function unzip(bytes: Uint8Array) {
  const entries = unzipSync(bytes);
  return { xml: strFromU8(entries['project.qde']), files: new Map(Object.entries(entries).filter(([n]) => n.startsWith('sources/')).map(([n, b]) => [n.slice(8), strFromU8(b)])) };
}

async function counts(programmeId: string) {
  const db = t.database.db;
  const [d] = await db.select({ n: count() }).from(documents).where(eq(documents.programmeId, programmeId));
  const [c] = await db.select({ n: count() }).from(codes).where(eq(codes.programmeId, programmeId));
  const [k] = await db.select({ n: count() }).from(codings).innerJoin(documents, eq(documents.id, codings.documentId)).where(eq(documents.programmeId, programmeId));
  const [m] = await db.select({ n: count() }).from(memos).where(eq(memos.programmeId, programmeId));
  return { documents: d.n, codes: c.n, codings: k.n, memos: m.n };
}

async function expectDomainError(p: Promise<unknown>, key: string): Promise<DomainError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(DomainError);
  expect((e as DomainError).key).toBe(key);
  return e as DomainError;
}

describe('REFI-QDA export and import', () => {
  it('exports a .qdpx and a .qdc that validate against the REFI-QDA XSDs', async () => {
    const { xml, files } = unzip(await exportQdpx(t.database.db, p1));
    const project = await validateAgainstReference(xml, 'project');
    expect(project.errors).toEqual([]);
    expect(project.valid).toBe(true);
    expect([...files.values()].sort()).toEqual([text1, text2].sort());
    expect(xml).toContain('plainTextPath="internal://');
    expect(xml).toMatch(/startPosition="24" endPosition="27"/);
    const qdc = await validateAgainstReference(await exportQdc(t.database.db, p1), 'codebook');
    expect(qdc.errors).toEqual([]);
  });

  it('survives export → import → export unchanged', async () => {
    const first = await exportQdpx(t.database.db, p1);
    const summary = await importQdpx(t.database.db, p2, first, { actorId: coderA });
    expect(summary).toMatchObject({ documents: 2, codes: 4, codings: 5, memos: 4, skipped: [], lost: [], positions: { convention: 'codepoints', method: 'origin', origin: 'Varde; positions=codepoints' } });
    const again = await exportProject(t.database.db, p2);
    expect(normalise(again.xml, again.files)).toEqual(normalise(unzip(first).xml, unzip(first).files));
    // Identity survives: the GUIDs of codes, sources, selections, codings and notes are the same ones.
    const guids = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag} guid="([^"]+)"`, 'g'))].map((m) => m[1]).sort();
    for (const tag of ['Code', 'TextSource', 'PlainTextSelection', 'Coding', 'Note']) expect(guids(again.xml, tag)).toEqual(guids(unzip(first).xml, tag));
    // Segments read back by code points from the imported text are the original ones.
    const rows = await t.database.db.select({ text: documents.text, start: codings.start, end: codings.end }).from(codings).innerJoin(documents, eq(documents.id, codings.documentId)).where(eq(documents.programmeId, p2));
    expect(rows.map((r) => [...r.text].slice(r.start, r.end).join(''))).toContain('Tjenestene hjalp meg å få bolig. 👩🏽‍⚕️');
  });

  describe('bad input: a clear DomainError and nothing imported', () => {
    let before: Awaited<ReturnType<typeof counts>>;
    beforeAll(async () => void (before = await counts(p2)));
    const rezip = (bytes: Uint8Array, edit: (xml: string) => string, extra: Record<string, Uint8Array> = {}) => {
      const entries = unzipSync(bytes);
      entries['project.qde'] = strToU8(edit(strFromU8(entries['project.qde'])));
      return zipSync({ ...entries, ...extra });
    };

    it('rejects a coding outside its source', async () => {
      const good = await exportQdpx(t.database.db, p1);
      const bad = rezip(good, (xml) => xml.replace('startPosition="13" endPosition="24"', 'startPosition="13" endPosition="500"'));
      const e = await expectDomainError(importQdpx(t.database.db, p2, bad, { actorId: coderA }), 'errors.qdpxCodingOutOfRange');
      expect(e.vars).toMatchObject({ source: 'Fokusgruppe', position: 500, length: [...text2].length });
      expect(await counts(p2)).toEqual(before);
    });

    it('rejects a file that is not a zip', async () => {
      await expectDomainError(importQdpx(t.database.db, p2, strToU8('<Project/> not a zip'), { actorId: coderA }), 'errors.qdpxInvalid');
      await expectDomainError(importQdpx(t.database.db, p2, zipSync({ 'readme.txt': strToU8('hei') }), { actorId: coderA }), 'errors.qdpxInvalid');
      expect(await counts(p2)).toEqual(before);
    });

    it('rejects XML that fails the XSD, naming the line', async () => {
      const good = await exportQdpx(t.database.db, p1);
      const bad = rezip(good, (xml) => xml.replace(/ isCodable="true"/, ''));
      const e = await expectDomainError(importQdpx(t.database.db, p2, bad, { actorId: coderA }), 'errors.qdpxSchema');
      expect(e.vars).toMatchObject({ file: 'project.qde' });
      expect(Number(e.vars.line)).toBeGreaterThan(1);
      expect(String(e.vars.message)).toMatch(/isCodable/);
      expect(await counts(p2)).toEqual(before);
    });

    it("rejects paths with '..'", async () => {
      const good = await exportQdpx(t.database.db, p1);
      const bad = rezip(good, (xml) => xml, { 'sources/../../evil.txt': strToU8('x') });
      await expectDomainError(importQdpx(t.database.db, p2, bad, { actorId: coderA }), 'errors.qdpxUnsafePath');
      expect(await counts(p2)).toEqual(before);
    });
  });

  it('imports leniently: Sources/, BOM, CRLF, braced GUIDs, the 0:4 namespace, unknown coders', async () => {
    const [code, src, sel, cod, user] = [1, 2, 3, 4, 5].map((n) => `{0000000${n}-AAAA-4BBB-8CCC-DDDDDDDDDDDD}`);
    const text = 'Linje én 😀\r\nTjenestene ga håp';
    const xml = `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:0:4" name="QualCoder"><Users><User guid="${user}" name="Ekstern"/></Users><CodeBook><Codes><Code guid="${code}" name="Håp" isCodable="true" color="#F0A"/></Codes></CodeBook><Sources><TextSource guid="${src}" name="QC" plainTextPath="internal://${src}.txt"><PlainTextSelection guid="${sel}" startPosition="12" endPosition="22" creatingUser="${user}"><Coding guid="${cod}" creatingUser="${user}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
    const bytes = zipSync({ 'project.qde': strToU8(xml), [`Sources/${src}.txt`]: strToU8('\uFEFF' + text) });
    const summary = await importQdpx(t.database.db, p2, bytes, { actorId: coderA });
    // The coder is kept as an external coder; the positions fit code points with whole words only.
    expect(summary).toMatchObject({ documents: 1, codes: 1, codings: 1, coders: { matched: 0, external: 1 }, skipped: [], positions: { convention: 'codepoints', method: 'boundaries' } });
    const [row] = await t.database.db.select({ text: documents.text, start: codings.start, end: codings.end, coder: codings.coderId, color: codes.color }).from(codings).innerJoin(documents, eq(documents.id, codings.documentId)).innerJoin(codes, eq(codes.id, codings.codeId)).where(eq(documents.title, 'QC'));
    expect([...row.text].slice(row.start, row.end).join('')).toBe('Tjenestene');
    expect(row).toMatchObject({ coder: null, color: '#ff00aa' });
  });
});
