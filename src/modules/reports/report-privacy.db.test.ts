import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { runQueuedExports } from './report-exports.js';

/**
 * Privacy of the report and the public summary: no participant's name, e-mail, phone or code in any
 * generated part, export or the public page; quotes pseudonymised; a withdrawn participant's quotes
 * gone when the report is regenerated; counts of people below the threshold suppressed.
 */
let t: TestApp;
let admin: Caller;
let p: string;
const people = [
  { name: 'Ragnhild Testesen', email: 'ragnhild.testesen@example.org', phone: '+4799887766' },
  { name: 'Torbjørn Prøvesen', email: 'torbjorn.provesen@example.org', phone: '+4798765432' },
];
const ids: string[] = [];
const codes: string[] = [];
const json = async (res: Response) => (await res.json()) as any;
const api = (path: string) => `/api/v1/programmes/${p}${path}`;
async function call(method: string, path: string, body?: unknown, status?: number) {
  const res = await t.call(method, api(path), { as: admin, body });
  if (status) expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBe(status);
  return res;
}
const secrets = () => people.flatMap((x) => [x.name, x.name.split(' ')[0], x.name.split(' ')[1], x.email, x.phone]).concat(codes);
const assertClean = (text: string, where: string) => { for (const s of secrets()) expect(text.includes(s), `${where} holds “${s}”`).toBe(false); };

let codeId: string;
let section: string;
let ownCoding: string;
let sharedCoding: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  p = (await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Personvernprøve', startsOn: '2026-01-01', endsOn: '2026-12-31' } }))).id;
  const m = (await json(await call('POST', '/municipalities', { number: '1103' }, 201))).id;
  for (const person of people) {
    const row = await json(await call('POST', `/municipalities/${m}/participants`, { ...person, role: 'recipient' }, 201));
    ids.push(row.id);
    codes.push(row.code);
  }
  const add = async (title: string, kind: string, text: string, participantIds: string[]) => (await json(await call('POST', '/analysis/documents', { title, kind, text, participantIds }, 201))).id as string;
  const own = await add('Eget intervju', 'interview_transcript', `Jeg heter ${people[0].name} og ringte ${people[0].phone}. Det hjalp å bli møtt med respekt hver gang.`, [ids[0]]);
  const shared = await add('Fokusgruppe', 'focus_group_transcript', 'Vi ble hørt, og planen ble vår egen.', ids);
  codeId = (await json(await call('POST', '/analysis/codes', { name: 'Å bli møtt' }, 201))).id;
  const code = async (documentId: string, start: number, end: number) => (await json(await call('POST', '/analysis/codings', { documentId, codeIds: [codeId], start, end }, 201)))[0].id as string;
  const ownText = (await json(await call('GET', `/analysis/documents/${own}`, undefined, 200))).text as string;
  ownCoding = await code(own, 0, [...ownText].length);
  sharedCoding = await code(shared, 0, 11);
  const report = await json(await call('POST', '/report', { language: 'nb' }, 200));
  section = report.sections.find((s: any) => s.kind === 'findings').id;
  for (const codingId of [ownCoding, sharedCoding]) await call('POST', `/report/sections/${section}/quotes`, { codingId, codeId }, 204);
});
afterAll(() => t.close());

const quotesIn = async () => {
  const preview = await json(await call('GET', '/report/preview', undefined, 200));
  return { preview, quotes: preview.sections.find((s: any) => s.id === section).parts[`quotes:${section}`] as any[] };
};

describe('report privacy', () => {
  it('quotes are pseudonymised: no name, phone or participant code, attributed by role and source only', async () => {
    const { preview, quotes } = await quotesIn();
    expect(quotes).toHaveLength(2);
    const text = JSON.stringify(quotes);
    assertClean(text, 'the quotes');
    expect(text).toContain('(tjenestemottaker, intervju)');
    assertClean(JSON.stringify(preview), 'the generated parts');
  });

  it('counts of people below the threshold are suppressed in the report', async () => {
    const { preview } = await quotesIn();
    const material = preview.sections.flatMap((s: any) => Object.values(s.parts).flat()).find((b: any) => b.kind === 'table' && b.title === 'Deltakere etter rolle');
    const threshold = (await json(await call('GET', '', undefined, 200))).smallCellThreshold;
    expect(threshold).toBeGreaterThan(2);
    expect(material.rows[0][1]).toBe(`<${threshold}`);
    expect(JSON.stringify(material.rows)).not.toMatch(/(^|[^<\d])2([^\d]|$)/);
  });

  it('the public summary shows no personal data and suppresses small counts; unpublished it is not found', async () => {
    await call('PUT', '/report/summary', { nb: 'Takk til alle som var med.', nn: 'Takk til alle som var med.', en: 'Thank you all.' }, 204);
    const { url } = await json(await call('GET', '/report/summary', undefined, 200));
    const path = new URL(url).pathname;
    expect((await t.call('GET', path)).status).toBe(404);
    await call('POST', '/report/summary/publication', { published: true }, 204);
    for (const lang of ['nb', 'nn', 'en']) {
      const page = await t.call('GET', `${path}?lang=${lang}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      assertClean(html, `the ${lang} summary`);
      expect(html).not.toContain('<script');
      expect(html).toMatch(/færre enn \d|fewer than \d/);
    }
  });

  it('a withdrawn participant’s quotes vanish from the regenerated report; no export holds personal data', async () => {
    // The privacy module's withdrawal, as the coordinator does it (erase): the transcript with only this person goes.
    await call('DELETE', `/participants/${ids[0]}/consents?choice=erase`, undefined, 200);
    const { quotes } = await quotesIn();
    expect(quotes).toHaveLength(1);
    expect(quotes[0].runs[0].text).toContain('Vi ble hørt');
    const picked = await json(await call('GET', `/report/sections/${section}/quotes`, undefined, 200));
    expect(picked.map((q: any) => q.codingId)).toEqual([sharedCoding]);
    const word = await json(await call('POST', '/report/exports', { format: 'docx' }, 200));
    const pdf = await json(await call('POST', '/report/exports', { format: 'pdf' }, 200));
    expect(await runQueuedExports(t.database.db)).toEqual({ built: 2, failed: 0 });
    const docx = unzipSync(new Uint8Array(await (await call('GET', `/report/exports/${word.id}/file`, undefined, 200)).arrayBuffer()));
    const xml = Object.entries(docx).filter(([name]) => name.endsWith('.xml')).map(([, bytes]) => strFromU8(bytes)).join('\n');
    assertClean(xml, 'the Word file');
    expect(xml).not.toContain('respekt hver gang');
    expect(xml).toContain('Vi ble hørt');
    const bytes = new Uint8Array(await (await call('GET', `/report/exports/${pdf.id}/file`, undefined, 200)).arrayBuffer());
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    assertClean(text, 'the PDF');
    expect(text).not.toContain('respekt hver gang');
    expect(text).toContain('Vi ble hørt');
  });
});
