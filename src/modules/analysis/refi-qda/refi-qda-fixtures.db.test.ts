/**
 * Files as other tools write them (issue 16), built here from the formats' conventions: an NVivo
 * export (UTF-16 positions, CRLF counted twice, a BOM, emoji, coders, a link-annotation, a case with
 * variables, media and sets that cannot come in) and Taguette codebooks (no namespace, empty Sets,
 * no colours; one with ids that are not GUIDs). Every fixture name and text is invented.
 */
import { and, eq } from 'drizzle-orm';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { apiPrefix } from '../../../../test/support/openapi-operations.js';
import { programmeRoles } from '../../access/schema.js';
import { codes, codings, documents, memos } from '../schema.js';
import { exportProject, exportQdc, importQdc, importQdpx } from './index.js';
import { validateAgainstReference } from './refi-qda.test.js';
import { at, cFamily, cHope, cod1, cod2, cTheme, note1, note3, nvivoFile, nvivoXml, plain, pos, quotes, sel1, sel2, src, text, uKari, uOla } from './nvivo-fixture.js';

let t: TestApp;
let pNvivo: string;
let pMatch: string;
let pTaguette: string;
let actor: string;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.signIn('refi-fixtures@varde.test', { isAdmin: true });
  actor = admin.userId;
  const post = async (path: string, body: unknown) => {
    const res = await t.call('POST', `${apiPrefix}${path}`, { as: admin, body });
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  const programme = async (name: string) => (await post('/programmes', { kind: 'codesign', name, startsOn: '2026-01-01', endsOn: '2026-12-31' })).id;
  pNvivo = await programme('NVivo-import');
  pMatch = await programme('NVivo med kjente kodere');
  pTaguette = await programme('Taguette-import');
  // A researcher of pMatch whose name is the one the file gives its first coder.
  const researcher = await t.signIn('koder-en@varde.test', { name: 'Koder Én' });
  await t.database.db.insert(programmeRoles).values({ programmeId: pMatch, userId: researcher.userId, role: 'researcher' });
});

afterAll(() => t?.close());

describe('an NVivo export (UTF-16 positions, CRLF, emoji)', () => {
  it('reads positions as NVivo counts them, and says so', async () => {
    const summary = await importQdpx(t.database.db, pNvivo, nvivoFile(), { actorId: actor });
    expect(summary.positions).toEqual({ convention: 'utf16', method: 'origin', rejected: null, origin: 'NVivo for Windows 14.23.2' });
    expect(summary).toMatchObject({ documents: 1, codes: 3, codings: 3, coders: { matched: 0, external: 2 } });
    // What did not come in, per kind.
    expect(Object.fromEntries(summary.lost.map((l) => [l.kind, l.count]))).toEqual({
      codings_missing_source: 1, media_sources: 1, codings_on_media: 1, notes: 1, sets: 1, graphs: 1, links: 1,
    });
  });

  it('puts every coding on the text NVivo coded', async () => {
    const rows = await t.database.db
      .select({ doc: documents.text, start: codings.start, end: codings.end, text: codings.text, code: codes.name })
      .from(codings).innerJoin(documents, eq(documents.id, codings.documentId)).innerJoin(codes, eq(codes.id, codings.codeId))
      .where(eq(documents.programmeId, pNvivo));
    expect(rows).toHaveLength(3);
    const expected = new Map([['Familie', [quotes.family]], ['Framtidstro', [quotes.family, quotes.listened]]]);
    for (const r of rows) {
      expect(r.doc).toBe(text); // CRLF and emoji kept, BOM gone
      const slice = [...r.doc].slice(r.start, r.end).join('');
      expect(r.text).toBe(slice);
      expect(expected.get(r.code)).toContain(slice);
    }
  });

  it('keeps coders, memos where they belong and the case’s variables', async () => {
    const db = t.database.db;
    const [doc] = await db.select().from(documents).where(eq(documents.programmeId, pNvivo));
    expect(doc.attributes).toEqual({ Alder: '34', Samtykket: 'true' });
    const rows = await db.select().from(memos).where(eq(memos.programmeId, pNvivo));
    const byText = (s: string) => rows.find((m) => m.text.includes(s));
    expect(byText('Tydelig om å bli hørt')?.targetKind).toBe('coding');
    // An uncoded quotation's comment and a note linked to a selection: memos on the document, with the quote.
    expect(byText('Spør alltid om tjenestene')).toMatchObject({ targetKind: 'document', targetId: doc.id });
    expect(byText('Spør alltid om tjenestene')!.text).toContain(`«${quotes.services}»`);
    expect(byText('Håp kommer fra familien')!.text).toContain(`«${quotes.hope}»`);
    expect(byText('Intervjuene ble gjort i mars')).toMatchObject({ targetKind: 'programme', targetId: pNvivo });
    const coders = await db.select({ coder: codings.coderId }).from(codings).innerJoin(documents, eq(documents.id, codings.documentId)).where(eq(documents.programmeId, pNvivo));
    expect(coders.every((c) => c.coder === null)).toBe(true); // external coders: no Varde account
  });

  it('goes back to NVivo with the same positions, GUIDs and coders, valid against the XSD', async () => {
    const { xml } = await exportProject(t.database.db, pNvivo, 'nvivo');
    expect((await validateAgainstReference(xml, 'project')).errors).toEqual([]);
    expect(xml).toContain('origin="Varde; positions=utf16"');
    const selection = (guid: string) => new RegExp(`<PlainTextSelection guid="${plain(guid)}" startPosition="(\\d+)" endPosition="(\\d+)" creatingUser="([^"]+)"`).exec(xml);
    expect(selection(sel1)?.slice(1, 3).map(Number)).toEqual([at(quotes.family).start, at(quotes.family).end]);
    expect(selection(sel2)?.slice(1, 4)).toEqual([String(at(quotes.listened).start), String(at(quotes.listened).end), plain(uOla)]);
    // Both codings of the one selection go back inside it, each with its own coder.
    expect(xml).toMatch(new RegExp(`<Coding guid="${plain(cod1)}" creatingUser="${plain(uKari)}"[^>]*><CodeRef targetGUID="${plain(cFamily)}"/>`));
    expect(xml).toMatch(new RegExp(`<Coding guid="${plain(cod2)}" creatingUser="${plain(uOla)}"[^>]*><CodeRef targetGUID="${plain(cHope)}"/>`));
    expect(xml).toContain(`<User guid="${plain(uKari)}" name="Koder Én"/>`);
    for (const guid of [cTheme, cHope, cFamily, src, note1, note3]) expect(xml).toContain(`guid="${plain(guid)}"`);
    // The colourless code stays colourless; the coloured one keeps its colour.
    expect(xml).toMatch(new RegExp(`<Code guid="${plain(cFamily)}" name="Familie" isCodable="true"/>`));
    expect(xml).toContain('color="#e07020"');
    expect(xml).toContain(`<NoteRef targetGUID="${plain(note3)}"/>\n</Project>`);
    // The standard target writes code points over the same text.
    const standard = await exportProject(t.database.db, pNvivo, 'standard');
    const cp = [...text.slice(0, at(quotes.listened).start)].length;
    expect(standard.xml).toContain(`startPosition="${cp}"`);
  });

  it('matches coders to the programme’s people by name when the importer confirms it', async () => {
    const summary = await importQdpx(t.database.db, pMatch, nvivoFile(), { actorId: actor, matchCoders: true });
    expect(summary.coders).toEqual({ matched: 1, external: 1 });
    const rows = await t.database.db.select({ coder: codings.coderId, code: codes.name }).from(codings).innerJoin(codes, eq(codes.id, codings.codeId)).innerJoin(documents, eq(documents.id, codings.documentId)).where(and(eq(documents.programmeId, pMatch), eq(codes.name, 'Familie')));
    expect(rows).toHaveLength(1);
    expect(rows[0].coder).not.toBeNull();
  });

  it('refuses a file whose positions fit no convention, naming the source', async () => {
    const bad = zipSync({ ...unzipSync(nvivoFile()), 'project.qde': strToU8(nvivoXml.replace(pos(quotes.services), `startPosition="2" endPosition="99999"`)) });
    const e = await importQdpx(t.database.db, pNvivo, bad, { actorId: actor }).catch((err: unknown) => err);
    expect(e).toMatchObject({ key: 'errors.qdpxCodingOutOfRange', vars: { source: 'Intervju 7', position: 99999 } });
  });
});

describe('a Taguette codebook', () => {
  // As Taguette writes it: no namespace, upper-case uuid5 GUIDs, no colours, an empty <Sets>.
  const taguette = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook origin="Taguette 1.4.1"><Codes><Code guid="6F9619FF-8B86-4011-B42D-00C04FC964FF" name="helse" isCodable="true"></Code><Code guid="7A9619FF-8B86-4011-B42D-00C04FC964FF" name="helse.søvn" isCodable="true"></Code></Codes><Sets></Sets></CodeBook>`;

  it('is accepted with notes, its codes stay colourless, and it goes back out valid', async () => {
    const summary = await importQdc(t.database.db, pTaguette, taguette);
    expect(summary).toMatchObject({ codes: 2, lost: [], positions: null });
    expect(summary.notices).toEqual([{ code: 'no_namespace', count: 1 }, { code: 'empty_sets', count: 1 }]);
    const qdc = await exportQdc(t.database.db, pTaguette);
    expect((await validateAgainstReference(qdc, 'codebook')).errors).toEqual([]);
    expect(qdc).not.toContain('color=');
    expect(qdc).toContain('guid="6f9619ff-8b86-4011-b42d-00c04fc964ff"');
  });

  it('accepts ids that are not GUIDs, with a note', async () => {
    const summary = await importQdc(t.database.db, pTaguette, taguette.replace('6F9619FF-8B86-4011-B42D-00C04FC964FF', 'kode-1').replace('7A9619FF-8B86-4011-B42D-00C04FC964FF', 'kode-2'));
    expect(summary.codes).toBe(2);
    expect(summary.notices).toContainEqual({ code: 'non_guid_ids', count: 2 });
  });
});

describe('through HTTP', () => {
  it('offers the export target and reports what came in', async () => {
    const admin = await t.signIn('refi-fixtures@varde.test', { isAdmin: true });
    const res = await t.call('GET', `${apiPrefix}/programmes/${pNvivo}/analysis/export.qdpx?target=atlasti`, { as: admin });
    expect(res.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['project.qde']);
    expect(xml).toContain('positions=utf16_crlf_once');
    const bad = await t.call('GET', `${apiPrefix}/programmes/${pNvivo}/analysis/export.qdpx?target=word`, { as: admin });
    expect(bad.status).toBe(400);
  });

  it('makes case variables filters and matrix columns', async () => {
    const admin = await t.signIn('refi-fixtures@varde.test', { isAdmin: true });
    const get = async (path: string) => {
      const res = await t.call('GET', `${apiPrefix}/programmes/${pNvivo}/analysis${path}`, { as: admin });
      expect(res.status).toBe(200);
      return res.json();
    };
    expect(await get('/attributes')).toEqual([{ key: 'Alder', values: ['34'] }, { key: 'Samtykket', values: ['true'] }]);
    const [hope] = await t.database.db.select({ id: codes.id }).from(codes).where(and(eq(codes.programmeId, pNvivo), eq(codes.name, 'Framtidstro')));
    expect(await get(`/codes/${hope.id}/segments?attribute=${encodeURIComponent('Alder=34')}`)).toHaveLength(2);
    expect(await get(`/codes/${hope.id}/segments?attribute=${encodeURIComponent('Alder=35')}`)).toHaveLength(0);
    const matrix = (await get('/matrix?by=attribute&attributeKey=Alder')) as { columns: { id: string }[]; rows: { name: string; cells: Record<string, { segments: number }> }[] };
    expect(matrix.columns.map((c) => c.id)).toEqual(['34']);
    expect(matrix.rows.find((r) => r.name === 'Framtidstro')!.cells['34'].segments).toBe(2);
  });
});
