import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { documentPassages } from './schema.js';
import { sliceByCodePoints } from './text-positions.js';

let t: TestApp;
let coordinator: Caller;
let p: string;
const api = (path: string) => `/api/v1/programmes/${p}/analysis${path}`;
const json = async (res: Response) => res.json() as Promise<any>;
const post = async (path: string, body?: unknown) => {
  const res = await t.call('POST', api(path), { as: coordinator, body });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return json(res);
};
const get = async (path: string) => json(await t.call('GET', api(path), { as: coordinator }));
const addDoc = (title: string, text: string) => post('/documents', { title, kind: 'interview_transcript', text });
const passagesOf = (documentId: string) =>
  t.database.db.select().from(documentPassages).where(eq(documentPassages.documentId, documentId)).orderBy(asc(documentPassages.start));

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.signIn('admin@test.example', { isAdmin: true });
  p = (await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Passasjer', startsOn: '2026-01-01', endsOn: '2026-12-31' } }))).id;
  await t.call('POST', `/api/v1/programmes/${p}/roles`, { as: admin, body: { email: 'k@test.example', name: 'Koordinator', role: 'coordinator' } });
  coordinator = await t.signIn('k@test.example');
});
afterAll(() => t.close());

describe('passages', () => {
  it('are built on import (one per speaker turn, tiling the text), rebuilt when the text changes, deleted with the document', async () => {
    const doc = await addDoc('Intervju', 'Intervjuer: Hvordan var møtet med Ola?\nDeltaker: Ola var grei. Jeg håper på mer.');
    const full = await get(`/documents/${doc.id}`);
    let rows = await passagesOf(doc.id);
    expect(rows).toHaveLength(full.turns.length);
    expect(rows.map((r) => r.text).join('')).toBe(full.text);
    expect(rows.every((r) => r.programmeId === p)).toBe(true);
    expect(rows[1].start).toBe(full.turns[1].start);

    const [ola] = await get(`/documents/${doc.id}/suggestions`);
    expect(ola.word).toBe('Ola');
    const confirm = await t.call('POST', api(`/documents/${doc.id}/suggestions/${ola.id}/confirm`), { as: coordinator, body: {} });
    expect(confirm.status).toBeLessThan(300);
    const changed = await get(`/documents/${doc.id}`);
    expect(changed.text).not.toContain('Ola');
    rows = await passagesOf(doc.id);
    expect(rows.map((r) => r.text).join('')).toBe(changed.text);
    expect(rows.some((r) => r.text.includes('[navn]'))).toBe(true);
    expect(rows[1].start).toBe(changed.turns[1].start);

    expect((await t.call('DELETE', api(`/documents/${doc.id}`), { as: coordinator })).status).toBe(204);
    expect(await passagesOf(doc.id)).toHaveLength(0);
  });

  it('search finds inflected forms within passages, highlighted, with the passage to jump to', async () => {
    const doc = await addDoc('Tjenester', [
      'Intervjuer: Hva tenker du om dagen i dag?',
      'Deltaker: Vi snakket lenge om været og om bussen.',
      'Intervjuer: Og hjelpen?',
      'Deltaker: Tjenestene har hjulpet meg mye, og tjenesten ved senteret var best.',
    ].join('\n'));
    await addDoc('Annet', 'Intervjuer: Ingenting her om det.\nDeltaker: Nei, bare vær og vind.');
    const res = await t.call('GET', api(`/search?q=${encodeURIComponent('tjeneste')}`), { as: coordinator });
    expect(res.headers.get('X-Total-Count')).toBe('1');
    const hits = await json(res);
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({ documentId: doc.id, title: 'Tjenester', kind: 'interview_transcript', matchingPassages: 1 });
    expect(hit.rank).toBeGreaterThan(0);
    expect(hit.parts.filter((x: any) => x.mark).map((x: any) => x.text.toLowerCase())).toEqual(['tjenestene', 'tjenesten']);
    expect(hit.headline).toContain('<mark>Tjenestene</mark>');
    const full = await get(`/documents/${doc.id}`);
    expect(hit.passage.start).toBe(full.turns[3].start);
    expect(hit.passage.end).toBe(full.turns[3].end);
    expect(sliceByCodePoints(full.text, hit.passage.start, hit.passage.end)).toContain('Tjenestene har hjulpet');

    // Paging: the second page of one is empty but still says how many there are.
    const page2 = await t.call('GET', api(`/search?q=tjenester&limit=1&offset=1`), { as: coordinator });
    expect(await json(page2)).toEqual([]);
    expect(page2.headers.get('X-Total-Count')).toBe('1');
  });

  it('retrieval gives segment text exactly: emoji, and segments spanning turns', async () => {
    const doc = await addDoc('Emoji', 'Intervjuer: 🇳🇴 Håp 👩🏽‍⚕️ og tillit.\nDeltaker: Svar med 😀 her.\nIntervjuer: Takk 🙏 for praten.');
    const full = await get(`/documents/${doc.id}`);
    const code = await post('/codes', { name: 'Håp' });
    const ranges: [number, number][] = [
      [3, 6], // Håp, after a two-code-point flag
      [7, 12], // the emoji with skin tone and ZWJ
      [full.turns[0].start + 4, full.turns[1].start + 8], // from the first turn into the second, across the blank line
      [full.turns[0].start + 2, full.turns[2].end], // across all three turns, to the end
      [full.turns[1].start, full.turns[1].end], // exactly one turn
    ];
    for (const [start, end] of ranges) await post('/codings', { documentId: doc.id, codeIds: [code.id], start, end });
    const res = await t.call('GET', api(`/codes/${code.id}/segments`), { as: coordinator });
    expect(res.headers.get('X-Total-Count')).toBe('5');
    const segments = await json(res);
    expect(segments).toHaveLength(5);
    for (const s of segments) expect(s.text).toBe(sliceByCodePoints(full.text, s.start, s.end));
    expect(segments.find((s: any) => s.start === 3).text).toBe('Håp');
    expect(segments.find((s: any) => s.start === 7).text).toBe('👩🏽‍⚕️');
    expect(segments.find((s: any) => s.start === full.turns[0].start + 4).text).toContain('tillit.\n\nSvar med');

    const page = await t.call('GET', api(`/codes/${code.id}/segments?limit=2&offset=2`), { as: coordinator });
    expect(page.headers.get('X-Total-Count')).toBe('5');
    expect((await json(page)).map((s: any) => s.codingId)).toEqual(segments.slice(2, 4).map((s: any) => s.codingId));
  });
});
