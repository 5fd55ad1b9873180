import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { setUserLanguage } from '../../modules/auth/users.js';
import { documents } from '../../modules/analysis/schema.js';
import { participants } from '../../modules/people/schema.js';
import { docxBomb, honestEntry, lyingHeadersZip, writeZip, zerosEntry } from './bombs.js';

// Every upload route that opens an archive refuses a bomb with 413 problem+json in the person's language, and saves nothing.
let t: TestApp;
let admin: Caller;
let programmeId: string;

const upload = (bytes: Uint8Array, name: string, extra: Record<string, string> = {}) => {
  const form = new FormData();
  form.append('file', new Blob([bytes as BlobPart]), name);
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return form;
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('bombe-admin@varde.test', { isAdmin: true });
  const res = await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'learning_network', name: 'Bombetest', startsOn: '2026-01-01', endsOn: '2026-12-31' } });
  programmeId = ((await res.json()) as { id: string }).id;
});
afterAll(() => t.close());

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  return (await res.json()) as { status: number; detail: string; type: string };
}

describe('archive bombs at the upload routes', { timeout: 60_000 }, () => {
  it('a transcript .docx that unpacks 160 MB of zeros: 413 in bokmål, no document', async () => {
    const res = await t.call('POST', `/api/v1/programmes/${programmeId}/analysis/documents/upload`, { as: admin, body: upload(await docxBomb(160), 'referat.docx', { kind: 'interview_transcript' }) });
    expect(res.status).toBe(413);
    const body = await problem(res);
    expect(body.type).toBe('urn:varde:problem:limits.archive.ratio');
    expect(body.detail).toContain('.docx-fila (word/document.xml)');
    const [n] = await t.database.db.select({ n: count() }).from(documents).where(eq(documents.programmeId, programmeId));
    expect(n.n).toBe(0);
  });

  it('a .qdpx whose headers claim 2 KB for 300 MB: 413 in the user’s language (nynorsk)', async () => {
    await setUserLanguage(t.database.db, admin.userId, 'nn');
    try {
      const bomb = await lyingHeadersZip('sources/a.txt', 300, [honestEntry('project.qde', '<Project/>')]);
      const res = await t.call('POST', `/api/v1/programmes/${programmeId}/analysis/import-qdpx`, { as: admin, body: upload(bomb, 'prosjekt.qdpx') });
      expect(res.status).toBe(413);
      expect((await problem(res)).detail).toMatch(/blir pakka ut til meir enn 200 gonger/);
    } finally {
      await setUserLanguage(t.database.db, admin.userId, 'nb');
    }
  });

  it('a participant list .xlsx bomb: 413, nobody imported', async () => {
    const bomb = writeZip([honestEntry('[Content_Types].xml', '<Types/>'), await zerosEntry('xl/worksheets/sheet1.xml', 120)]);
    const res = await t.call('POST', `/api/v1/programmes/${programmeId}/participants/import/preview`, { as: admin, body: upload(bomb, 'deltakere.xlsx') });
    expect(res.status).toBe(413);
    expect((await problem(res)).type).toBe('urn:varde:problem:limits.archive.ratio');
    const [n] = await t.database.db.select({ n: count() }).from(participants).where(eq(participants.programmeId, programmeId));
    expect(n.n).toBe(0);
  });
});
