import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { makeDocx } from '../../../test/support/docx.js';
import { openOriginal } from './originals.js';
import { documents } from './schema.js';

// A key for this file only (the app reads VARDE_ENCRYPTION_KEY before any key file).
const key = Buffer.alloc(32, 3);
process.env.VARDE_ENCRYPTION_KEY = key.toString('base64');

let t: TestApp;
let admin: Caller;
let coordinator: Caller;
let p: string;
let municipalityId: string;
let kari: { id: string; code: string };
const api = (path: string) => `/api/v1/programmes/${p}/analysis${path}`;
const json = async (res: Response) => res.json() as Promise<any>;

function upload(name: string, content: Buffer | string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  form.append('kind', fields.kind ?? 'interview_transcript');
  for (const [k, v] of Object.entries(fields)) if (k !== 'kind') form.append(k, v);
  return t.call('POST', api('/documents/upload'), { as: coordinator, body: form });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  coordinator = await t.signIn('koord@test.example', { name: 'Sigrid Koordinator' });
  p = (await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Analyse', startsOn: '2026-01-01', endsOn: '2026-12-31' } }))).id;
  await t.call('POST', `/api/v1/programmes/${p}/roles`, { as: admin, body: { email: 'koord@test.example', name: 'Sigrid Koordinator', role: 'coordinator' } });
  const m = await json(await t.call('POST', `/api/v1/programmes/${p}/municipalities`, { as: admin, body: { number: '3201' } }));
  municipalityId = m.id;
  await t.call('POST', `/api/v1/programmes/${p}/municipalities/${municipalityId}/services`, { as: admin, body: { name: 'Rask psykisk helsehjelp', kind: 'outreach', committedToRecovery: true, offersMentalHealthSubstanceUse: true } });
  kari = await json(await t.call('POST', `/api/v1/programmes/${p}/municipalities/${municipalityId}/participants`, { as: admin, body: { name: 'Kari Nordmann', role: 'recipient' } }));
});
afterAll(() => t.close());

describe('importing documents', () => {
  it('imports each format and replaces registered names (participant, staff, service, municipality)', async () => {
    const line = 'Kari Nordmann fikk hjelp av Rask psykisk helsehjelp i Bærum. Sigrid ringte Kari etterpå.';
    const files: [string, Buffer | string][] = [
      ['intervju.txt', `Intervjuer: Hvordan gikk det?\nKari: ${line}\n`],
      ['intervju.docx', await makeDocx(['Intervjuer: Hvordan gikk det?', `Kari: ${line}`])],
      ['fokus.vtt', `WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Kari>${line}\n`],
      ['fokus.srt', `1\n00:00:01,000 --> 00:00:04,000\nKari: ${line}\n`],
    ];
    for (const [name, content] of files) {
      const res = await upload(name, content, { participantIds: kari.id, municipalityId, activityType: 'interview', attributes: JSON.stringify({ role: 'recipient' }) });
      expect(res.status, name).toBe(201);
      const doc = await json(res);
      expect(doc.text, name).not.toMatch(/Kari|Nordmann|Sigrid|Bærum|Rask psykisk/);
      expect(doc.text, name).toContain(`[tjenestemottaker ${kari.code}] fikk hjelp av [tjeneste] i [kommune]. [prosjektmedarbeider] ringte [tjenestemottaker ${kari.code}]`);
      expect(doc.participantIds).toEqual([kari.id]);
      expect(doc.attributes).toEqual({ role: 'recipient' });
      expect(doc.hasOriginal).toBe(false);
      expect(doc.turns.some((turn: any) => turn.speaker?.includes(kari.code)), name).toBe(true);
    }
  });

  it('refuses a corrupt .docx and a .vtt with broken timestamps with a clear 422, writing nothing', async () => {
    const before = (await t.database.db.select().from(documents)).length;
    const docx = await upload('ødelagt.docx', Buffer.from('PK\u0003\u0004 not really a zip'));
    expect(docx.status).toBe(422);
    expect((await json(docx)).detail).toMatch(/Word-filen kan ikke leses/);
    const vtt = await upload('brutt.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:0x:04.000\nHei\n');
    expect(vtt.status).toBe(422);
    expect((await json(vtt)).detail).toMatch(/Tidsstempelet på linje \d+/);
    const pdf = await upload('notat.pdf', '%PDF');
    expect(pdf.status).toBe(422);
    expect((await t.database.db.select().from(documents)).length).toBe(before);
  });

  it('suggests unregistered names; confirming replaces every occurrence and shifts codings', async () => {
    const res = await t.call('POST', api('/documents'), { as: coordinator, body: { title: 'Notat', kind: 'minutes', text: 'I går møtte vi Ola på kafeen. Etterpå sa Ola at det var fint 😀 der.' } });
    const doc = await json(res);
    const suggestions = await json(await t.call('GET', api(`/documents/${doc.id}/suggestions`), { as: coordinator }));
    expect(suggestions.map((s: any) => s.word)).toEqual(['Ola', 'Ola']);
    const code = await json(await t.call('POST', api('/codes'), { as: coordinator, body: { name: 'Sted' } }));
    // "fint 😀 der" after the second Ola, in code points.
    const cps = [...doc.text];
    const start = cps.join('').indexOf('fint') === -1 ? 0 : [...doc.text.slice(0, doc.text.indexOf('fint'))].length;
    await t.call('POST', api('/codings'), { as: coordinator, body: { documentId: doc.id, codeIds: [code.id], start, end: start + 10 } });
    const confirm = await t.call('POST', api(`/documents/${doc.id}/suggestions/${suggestions[0].id}/confirm`), { as: coordinator, body: {} });
    expect(await json(confirm)).toEqual({ replaced: 2 });
    const after = await json(await t.call('GET', api(`/documents/${doc.id}`), { as: coordinator }));
    expect(after.text).toBe('I går møtte vi [navn] på kafeen. Etterpå sa [navn] at det var fint 😀 der.');
    const { codings } = await json(await t.call('GET', api(`/documents/${doc.id}/codings`), { as: coordinator }));
    expect([...after.text].slice(codings[0].start, codings[0].end).join('')).toBe('fint 😀 der');
    const again = await t.call('POST', api(`/documents/${doc.id}/suggestions/${suggestions[1].id}/dismiss`), { as: coordinator });
    expect(again.status).toBe(409);
  });

  it('keeps the original only when the programme allows it, sealed, with its deletion date', async () => {
    await t.call('PUT', api('/settings'), { as: coordinator, body: { keepOriginals: true, originalsDeleteBy: '2027-06-30' } });
    const doc = await json(await t.call('POST', api('/documents'), { as: coordinator, body: { title: 'Med original', kind: 'other', text: 'Kari Nordmann var her.' } }));
    expect(doc.hasOriginal).toBe(true);
    expect(doc.originalDeleteBy).toBe('2027-06-30');
    const [row] = await t.database.db.select().from(documents).where(eq(documents.id, doc.id));
    expect(row.originalEncrypted!.includes(Buffer.from('Kari'))).toBe(false);
    const opened = await openOriginal({ key, dataDir: '/nonexistent' }, p, doc.id, row.originalEncrypted!);
    expect(opened.toString()).toBe('Kari Nordmann var her.');
    await t.call('PUT', api('/settings'), { as: coordinator, body: { keepOriginals: false } });
  });
});
