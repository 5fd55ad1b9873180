import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { tinyPng } from '../../../test/support/course-world.js';
import { eq } from 'drizzle-orm';
import { consents, informationLetters } from '../consent/schema.js';
import { loadDemoData } from '../demo/load.js';

let t: TestApp;
let admin: Caller;
let programmeId: string;
const json = async (res: Response) => (await res.json()) as any;
const api = (p: string) => `/api/v1/programmes/${programmeId}${p}`;
const get = async (p: string, as: Caller = admin) => {
  const res = await t.call('GET', api(p), { as });
  expect(res.status, p).toBe(200);
  return json(res);
};

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.database.db);
  admin = await t.signIn('admin@varde.example', { isAdmin: true });
  programmeId = (await json(await t.call('GET', '/api/v1/programmes', { as: admin }))).find((p: any) => p.kind === 'codesign').id;
});
afterAll(() => t.close());

describe('the demo course', () => {
  it('has two modules answering target areas, co-authored materials with versions, and the values document', async () => {
    const course = await get('/codesign/course');
    expect(course.modules).toHaveLength(2);
    for (const m of course.modules) expect(m.targetAreas.length).toBeGreaterThanOrEqual(1);
    expect(course.modules[0].targetAreas).toHaveLength(2);
    expect(course.valuesDocument).toMatchObject({ title: 'Verdigrunnlag', form: 'written' });
    const first = await get(`/authored-documents/${course.modules[0].materials[0].id}`);
    expect(first.versions[0]).toMatchObject({ number: 3, label: 'Versjon 2 etter piloten' });
    expect(first.history.map((h: any) => h.to)).toEqual(['in_review', 'approved', 'draft']);
    expect(new Set(first.versions.map((v: any) => v.author)).size).toBe(1);
    expect(first.comments[0].author).not.toBe(first.versions[0].author);
    const second = await get(`/authored-documents/${course.modules[1].materials[0].id}`);
    expect(second).toMatchObject({ status: 'in_review' });
    expect(second.suggestions[0]).toMatchObject({ state: 'open', kind: 'replace' });
  });

  it('the golden thread starts from the course’s modules', async () => {
    const course = await get('/codesign/course');
    const choices = await get('/codesign/thread/modules');
    expect(JSON.stringify(choices)).toContain(course.modules[0].id);
    expect(JSON.stringify(choices)).toContain(course.modules[1].id);
  });
});

describe('co-design groups and workshops', () => {
  it('credits contributions by role and code, by name only with consent; withdrawal removes them', async () => {
    const [group] = await get('/codesign/groups');
    expect(group.workshops).toHaveLength(1);
    const workshop = group.workshops[0];
    expect(workshop.items.filter((i: any) => i.kind === 'storyboard_step').map((i: any) => i.position)).toEqual([1, 2, 3]);
    const credited = workshop.items.find((i: any) => i.credit);
    expect(credited.credit).toMatchObject({ role: 'recipient', name: null });
    expect(credited.credit.code).toMatch(/.+/);

    // A photo of the board, read back.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(tinyPng())]), 'tavle.png');
    form.append('activityId', workshop.activity.id);
    form.append('text', 'Tavla etter idémyldringen');
    const photo = await json(await t.call('POST', api(`/codesign/groups/${group.id}/photos`), { as: admin, body: form }));
    const image = await t.call('GET', api(`/codesign/groups/${group.id}/items/${photo.id}/photo`), { as: admin });
    expect(image.headers.get('content-type')).toBe('image/png');
    const notImage = new FormData();
    notImage.append('file', new Blob(['hei']), 'tavle.png');
    notImage.append('activityId', workshop.activity.id);
    expect((await t.call('POST', api(`/codesign/groups/${group.id}/photos`), { as: admin, body: notImage })).status).toBe(400);

    // The action plan is the activity's own decisions and follow-up points.
    await t.call('POST', api(`/activities/${workshop.activity.id}/decisions`), { as: admin, body: { kind: 'follow_up', text: 'Prøve ut spørsmålet i to uker', owner: 'Lise', dueOn: '2026-11-01' } });
    const [after] = await get('/codesign/groups');
    expect(after.workshops[0].decisions).toEqual([expect.objectContaining({ kind: 'follow_up', owner: 'Lise', dueOn: '2026-11-01', closed: false })]);

    const participants = await get('/participants');
    const person = participants.find((p: any) => p.code === credited.credit.code);
    // With consent to be credited by name, staff who may see identities see the name; a researcher still sees the code.
    const [letter] = await t.database.db.select().from(informationLetters).where(eq(informationLetters.programmeId, programmeId)).limit(1);
    await t.database.db.insert(consents).values({ participantId: person.id, letterId: letter.id, purposeKey: 'credited_by_name', granted: true, method: 'paper', signedOn: '2026-09-01' });
    const named = (await get('/codesign/groups'))[0].workshops[0].items.find((i: any) => i.id === credited.id);
    expect(named.credit.name).toBe(person.name);
    const researcher = await t.signIn('forsker@varde.example');
    const coded = (await get('/codesign/groups', researcher))[0].workshops[0].items.find((i: any) => i.id === credited.id);
    expect(coded.credit).toMatchObject({ name: null, code: person.code });
    const res = await t.call('DELETE', api(`/participants/${person.id}/consents?choice=anonymise`), { as: admin });
    expect(res.status, await res.clone().text()).toBe(200);
    const [withdrawn] = await get('/codesign/groups');
    expect(withdrawn.workshops[0].items.find((i: any) => i.id === credited.id)).toBeUndefined();
  });

  it('refuses a workshop that is not a co-design workshop and an item for a workshop of another group', async () => {
    const [group] = await get('/codesign/groups');
    const plan = await get('/activities');
    const other = plan.activities.find((a: any) => a.typeKey === 'interview');
    expect((await t.call('POST', api(`/codesign/groups/${group.id}/workshops`), { as: admin, body: { activityId: other.id } })).status).toBe(400);
    expect((await t.call('POST', api(`/codesign/groups/${group.id}/items`), { as: admin, body: { activityId: other.id, kind: 'idea', text: 'x' } })).status).toBe(400);
    expect((await t.call('POST', api(`/codesign/groups/${group.id}/items`), { as: admin, body: { activityId: other.id, kind: 'idea', text: 'x'.repeat(100_000) } })).status).toBe(400);
  });
});

describe('images in written text', () => {
  it('an uploaded image placed in the text shows in the Word export with its alt text and caption', async () => {
    const course = await get('/codesign/course');
    const docId = course.valuesDocument.id;
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(tinyPng())]), 'tavle.png');
    const { id } = await json(await t.call('POST', api(`/authored-documents/${docId}/images`), { as: admin, body: form }));
    const doc = await get(`/authored-documents/${docId}`);
    const body = `${doc.versions[0].body}\n\n![Tavla fra verkstedet](image:${id} "Figurtekst fra verkstedet")`;
    expect((await t.call('POST', api(`/authored-documents/${docId}/versions`), { as: admin, body: { body, baseNumber: doc.versions[0].number } })).status).toBe(200);
    expect((await t.call('POST', api(`/authored-documents/${docId}/versions`), { as: admin, body: { body: `![x](image:${crypto.randomUUID()})`, baseNumber: doc.versions[0].number + 1 } })).status).toBe(400);
    const files = unzipSync(new Uint8Array(await (await t.call('GET', api('/codesign/course.docx?language=en'), { as: admin })).arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('Figurtekst fra verkstedet');
    expect(xml).toContain('descr="Tavla fra verkstedet"');
    expect(Object.keys(files).some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(true);
    expect(strFromU8(files['word/styles.xml'])).toContain('w:val="en-GB"');
  });
});
