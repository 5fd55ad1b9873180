import { strFromU8, unzipSync } from 'fflate';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { makeDocx } from '../../../test/support/docx.js';
import { codesignTargetAreas } from '../codesign/schema.js';
import { authoredDocumentComments, authoredDocumentSuggestions, authoredDocumentVersions } from './schema.js';

let t: TestApp;
let admin: Caller;
let coordinator: Caller;
let researcher: Caller;
let facilitator: Caller;
let observer: Caller;
let programmeId: string;
let participantId: string;
let moduleId: string;
let docId: string;
const json = async (res: Response) => (await res.json()) as any;
const api = (p: string) => `/api/v1/programmes/${programmeId}${p}`;
const doc = (p = '') => api(`/authored-documents/${docId}${p}`);
const ok = async (res: Response, status = 200) => {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${await res.text()}`);
  return res.status === 204 ? null : json(res);
};
const detail = async (as: Caller = coordinator) => ok(await t.call('GET', doc(), { as }));

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@varde.example', { isAdmin: true });
  programmeId = (await ok(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Kursprøve', startsOn: '2026-01-01', endsOn: '2026-12-31' } }), 201)).id;
  const m = (await ok(await t.call('POST', api('/municipalities'), { as: admin, body: { number: '3201' } }), 201)).id;
  for (const [role, name] of [['coordinator', 'Kari Koordinator'], ['researcher', 'Rolf Forsker'], ['facilitator', 'Frida Fasilitator'], ['observer', 'Ola Observatør']] as const)
    await ok(await t.call('POST', api('/roles'), { as: admin, body: { email: `${role}@varde.example`, name, role } }), 201);
  coordinator = await t.signIn('coordinator@varde.example');
  researcher = await t.signIn('researcher@varde.example');
  facilitator = await t.signIn('facilitator@varde.example');
  observer = await t.signIn('observer@varde.example');
  participantId = (await ok(await t.call('POST', api(`/municipalities/${m}/participants`), { as: admin, body: { name: 'Per Deltaker', role: 'recipient', email: 'per@deltaker.example' } }), 201)).id;
  const areas = await t.database.db.insert(codesignTargetAreas).values([{ programmeId, title: 'Å bli møtt som et helt menneske' }, { programmeId, title: 'Brukermedvirkning i hverdagen' }]).returning();
  moduleId = (await ok(await t.call('POST', api('/codesign/course/modules'), { as: researcher, body: { title: 'Modul 1: Møtet', aims: 'Deltakerne kjenner recoveryprinsippene.', targetAreaIds: areas.map((a) => a.id) } }), 201)).id;
  docId = (await ok(await t.call('POST', api(`/codesign/course/modules/${moduleId}/materials`), { as: researcher, body: { title: 'Kursmanual', form: 'written', body: '# Innledning\n\nDette er et utkast.' } }), 201)).id;
});
afterAll(() => t.close());

describe('one editor at a time', () => {
  it('the lock says who holds it; another writer is refused with that name; saving needs the lock and the newest version', async () => {
    const locked = await ok(await t.call('POST', doc('/lock'), { as: researcher }));
    expect(locked.lock).toMatchObject({ heldBy: { name: 'Rolf Forsker' }, mine: true });
    const refused = await t.call('POST', doc('/lock'), { as: facilitator });
    expect(refused.status).toBe(409);
    expect((await json(refused)).detail).toContain('Rolf Forsker');
    expect((await t.call('POST', doc('/versions'), { as: facilitator, body: { body: 'Overskrevet', baseNumber: 1 } })).status).toBe(409);
    expect((await detail()).versions).toHaveLength(1);
    const saved = await ok(await t.call('POST', doc('/versions'), { as: researcher, body: { body: '# Innledning\n\nRecovery handler om **håp** og mening.\n\n- Tilhørighet\n- Identitet', baseNumber: 1 } }));
    expect(saved.versions.map((v: any) => v.number)).toEqual([2, 1]);
    expect((await t.call('POST', doc('/versions'), { as: researcher, body: { body: 'gammel base', baseNumber: 1 } })).status).toBe(409);
    expect((await t.call('POST', doc('/versions'), { as: observer, body: { body: 'x', baseNumber: 2 } })).status).toBe(403);
  });

  it('only a coordinator takes over a lock; the previous holder can then no longer save', async () => {
    expect((await t.call('POST', doc('/lock/take-over'), { as: facilitator })).status).toBe(403);
    const taken = await ok(await t.call('POST', doc('/lock/take-over'), { as: coordinator }));
    expect(taken.lock.heldBy.name).toBe('Kari Koordinator');
    expect((await t.call('POST', doc('/versions'), { as: researcher, body: { body: 'x', baseNumber: 2 } })).status).toBe(409);
    await ok(await t.call('DELETE', doc('/lock'), { as: coordinator }), 204);
    expect((await detail()).lock.heldBy).toBeNull();
  });
});

describe('comments, suggestions and status', () => {
  it('comments anchor to a passage that is in the version; observers only read', async () => {
    const d = await detail();
    const versionId = d.versions[0].id;
    await ok(await t.call('POST', doc('/comments'), { as: facilitator, body: { versionId, passage: 'håp og mening', body: 'Kan vi ta med et eksempel?' } }));
    expect((await t.call('POST', doc('/comments'), { as: facilitator, body: { versionId, passage: 'finnes ikke', body: 'x' } })).status).toBe(400);
    expect((await t.call('POST', doc('/comments'), { as: observer, body: { versionId, body: 'x' } })).status).toBe(403);
    const after = await detail(observer);
    expect(after.comments).toHaveLength(1);
    expect(after.comments[0]).toMatchObject({ passage: 'håp og mening', author: 'Frida Fasilitator', resolved: false });
    expect(after.may).toEqual({ write: false, decide: false, takeOver: false });
  });

  it('a suggestion is accepted by the owner into a new version; a moved passage is refused', async () => {
    const d = await detail();
    const s1 = await ok(await t.call('POST', doc('/suggestions'), { as: facilitator, body: { versionId: d.versions[0].id, kind: 'replace', passage: 'håp og mening', text: 'håp, mening og tilhørighet' } }));
    const s2 = await ok(await t.call('POST', doc('/suggestions'), { as: facilitator, body: { versionId: d.versions[0].id, kind: 'delete', passage: 'håp og mening' } }));
    expect((await t.call('POST', doc('/suggestions'), { as: facilitator, body: { versionId: d.versions[0].id, kind: 'delete', passage: 'i' } })).status).toBe(400);
    const [first, second] = s2.suggestions;
    expect(s1.suggestions).toHaveLength(1);
    expect((await t.call('POST', doc(`/suggestions/${first.id}/accept`), { as: facilitator })).status).toBe(403);
    const accepted = await ok(await t.call('POST', doc(`/suggestions/${first.id}/accept`), { as: researcher }));
    expect(accepted.versions[0].number).toBe(3);
    expect(accepted.versions[0].body).toContain('**håp, mening og tilhørighet**');
    expect((await t.call('POST', doc(`/suggestions/${second.id}/accept`), { as: researcher })).status).toBe(409);
    const rejected = await ok(await t.call('POST', doc(`/suggestions/${second.id}/reject`), { as: coordinator }));
    expect(rejected.suggestions.map((s: any) => s.state)).toEqual(['accepted', 'rejected']);
  });

  it('draft → in review → approved, with history; a new version makes it a draft again', async () => {
    expect((await t.call('POST', doc('/status'), { as: facilitator, body: { status: 'approved' } })).status).toBe(403);
    await ok(await t.call('POST', doc('/status'), { as: facilitator, body: { status: 'in_review' } }));
    expect((await t.call('POST', doc('/status'), { as: facilitator, body: { status: 'approved' } })).status).toBe(403);
    const approved = await ok(await t.call('POST', doc('/status'), { as: coordinator, body: { status: 'approved', note: 'Godkjent i prosjektgruppa' } }));
    expect(approved.status).toBe('approved');
    expect(approved.history.map((h: any) => [h.from, h.to, h.versionNumber])).toEqual([['draft', 'in_review', 3], ['in_review', 'approved', 3]]);
    expect((await t.call('POST', doc('/status'), { as: coordinator, body: { status: 'in_review' } })).status).toBe(409);
    await ok(await t.call('POST', doc('/lock'), { as: researcher }));
    const v4 = await ok(await t.call('POST', doc('/versions'), { as: researcher, body: { body: `${approved.versions[0].body}\n\nEtter piloten: mer tid til refleksjon.`, baseNumber: 3, label: 'Versjon 2 etter piloten', note: 'Piloten viste at deltakerne ville ha mer tid til refleksjon.' } }));
    expect(v4.status).toBe('draft');
    expect(v4.versions[0]).toMatchObject({ number: 4, label: 'Versjon 2 etter piloten' });
    expect(v4.history.at(-1)).toMatchObject({ from: 'approved', to: 'draft', versionNumber: 4 });
    await ok(await t.call('DELETE', doc('/lock'), { as: researcher }), 204);
  });
});

describe('uploads', () => {
  it('keeps .docx, .pptx and .pdf as files after the archive check; comments apply to the whole file', async () => {
    const id = (await ok(await t.call('POST', api(`/codesign/course/modules/${moduleId}/materials`), { as: researcher, body: { title: 'Lysbilder', form: 'upload' } }), 201)).id;
    const upload = async (name: string, bytes: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), name);
      form.append('label', 'Pilot');
      return t.call('POST', api(`/authored-documents/${id}/uploads`), { as: researcher, body: form });
    };
    const docx = await makeDocx(['Kursdag 1']);
    const first = await ok(await upload('kursdag.docx', docx));
    expect(first.versions[0]).toMatchObject({ number: 1, fileName: 'kursdag.docx', fileType: 'docx', label: 'Pilot' });
    await ok(await upload('notat.pdf', Buffer.from('%PDF-1.4\n%%EOF\n')));
    expect((await upload('virus.exe', Buffer.from('MZ'))).status).toBe(400);
    expect((await upload('falsk.pdf', Buffer.from('not a pdf'))).status).toBe(400);
    expect([413, 422]).toContain((await upload('ødelagt.docx', Buffer.from('PK not a zip'))).status);
    const file = await t.call('GET', api(`/authored-documents/${id}/versions/${first.versions[0].id}/file`), { as: observer });
    expect(Buffer.from(await file.arrayBuffer()).equals(docx)).toBe(true);
    expect((await t.call('POST', api(`/authored-documents/${id}/comments`), { as: facilitator, body: { versionId: first.versions[0].id, passage: 'Kursdag', body: 'x' } })).status).toBe(400);
    await ok(await t.call('POST', api(`/authored-documents/${id}/comments`), { as: facilitator, body: { versionId: first.versions[0].id, body: 'Fin struktur.' } }));
  });
});

describe('privacy', () => {
  it('withdrawal removes the participant’s comments, suggestions and their words from every version, older ones too', async () => {
    const d = await detail();
    const words = 'Jeg ble sett som et menneske, ikke en diagnose.';
    await ok(await t.call('POST', doc('/comments'), { as: facilitator, body: { versionId: d.versions[0].id, body: 'Innspill fra verkstedet', participantId } }));
    const s = await ok(await t.call('POST', doc('/suggestions'), { as: facilitator, body: { versionId: d.versions[0].id, kind: 'insert', passage: 'mer tid til refleksjon.', text: ` ${words}`, participantId } }));
    expect(s.suggestions.at(-1).participantCode).toMatch(/.+/);
    await ok(await t.call('POST', doc(`/suggestions/${s.suggestions.at(-1).id}/accept`), { as: researcher }));
    // A later version keeps the words too (copied forward by the next edit).
    await ok(await t.call('POST', doc('/lock'), { as: researcher }));
    const latest = (await detail()).versions[0];
    await ok(await t.call('POST', doc('/versions'), { as: researcher, body: { body: `${latest.body}\n\nSiste avsnitt.`, baseNumber: latest.number } }));
    const db = t.database.db;
    const withWords = async () => (await db.select().from(authoredDocumentVersions).where(eq(authoredDocumentVersions.documentId, docId))).filter((v) => v.body.includes(words)).length;
    expect(await withWords()).toBe(2);
    const res = await t.call('DELETE', api(`/participants/${participantId}/consents?choice=anonymise`), { as: admin });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await withWords()).toBe(0);
    expect(await db.select().from(authoredDocumentComments).where(eq(authoredDocumentComments.documentId, docId))).toHaveLength(1);
    expect((await db.select().from(authoredDocumentSuggestions).where(eq(authoredDocumentSuggestions.documentId, docId))).every((x) => x.participantId === null)).toBe(true);
  });
});

describe('Word export', () => {
  it('exports one module and the whole course as .docx that read back with headings, lists, target areas and the language set', async () => {
    const res = await t.call('GET', api(`/codesign/course.docx?courseModuleId=${moduleId}&language=nn`), { as: observer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('Modul 1: Møtet');
    expect(xml).toContain('Å bli møtt som et helt menneske');
    expect(xml).toContain('Brukermedvirkning i hverdagen');
    expect(xml).toContain('Kursmanual');
    expect(xml).toMatch(/<w:pStyle w:val="Heading\d"\/>/);
    expect(xml).toContain('Tilhørighet');
    expect(xml).toContain('<w:b/>');
    expect(strFromU8(files['word/styles.xml'])).toContain('w:val="nn-NO"');
    expect(Object.keys(files).some((f) => f.startsWith('word/footer'))).toBe(true);
    const whole = unzipSync(new Uint8Array(await (await t.call('GET', api('/codesign/course.docx'), { as: coordinator })).arrayBuffer()));
    const wholeXml = strFromU8(whole['word/document.xml']);
    expect(wholeXml).toContain('Opplæringskurs – Kursprøve');
    expect(wholeXml).toContain('TOC \\');
  });
});
