import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { anonymiseParticipantContributions, eraseParticipantContributions } from './personal-data.js';
import { documentParticipants, documents } from './schema.js';

let t: TestApp;
let admin: Caller;
let p: string;
const people: string[] = [];
const json = async (res: Response) => res.json() as Promise<any>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  p = (await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Trekk', startsOn: '2026-01-01', endsOn: '2026-12-31' } }))).id;
  const m = (await json(await t.call('POST', `/api/v1/programmes/${p}/municipalities`, { as: admin, body: { number: '1103' } }))).id;
  for (const name of ['Per Hansen', 'Liv Berg']) people.push((await json(await t.call('POST', `/api/v1/programmes/${p}/municipalities/${m}/participants`, { as: admin, body: { name, role: 'recipient' } }))).id);
});
afterAll(() => t.close());

const add = async (title: string, kind: string, participantIds: string[]) =>
  (await json(await t.call('POST', `/api/v1/programmes/${p}/analysis/documents`, { as: admin, body: { title, kind, text: 'Tekst.', participantIds } }))).id as string;

describe('withdrawal and analysis', () => {
  it('erasure deletes interviews with only that person, keeps shared documents; anonymisation only cuts links', async () => {
    const own = await add('Eget intervju', 'interview_transcript', [people[0]]);
    const shared = await add('Fokusgruppe', 'focus_group_transcript', people);
    const sharedInterview = await add('Felles intervju', 'interview_transcript', people);
    const db = t.database.db;
    expect(await eraseParticipantContributions(db, people[0])).toBe(1);
    const left = (await db.select({ id: documents.id }).from(documents)).map((d) => d.id);
    expect(left).not.toContain(own);
    expect(left).toEqual(expect.arrayContaining([shared, sharedInterview]));
    expect(await anonymiseParticipantContributions(db, people[1])).toBe(2);
    expect(await db.select().from(documentParticipants).where(eq(documentParticipants.participantId, people[1]))).toEqual([]);
  });
});
