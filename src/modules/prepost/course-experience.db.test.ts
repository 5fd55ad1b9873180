import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller } from '../../../test/support/app.js';
import { prePostDemoProgramme } from '../../../test/support/prepost-demo.js';
import { norwayMunicipalities } from '../programmes/norway-municipalities.js';

const t = await createTestApp();
let admin: Caller;
let contact: Caller;
let programmeId: string;
let municipalityIds: string[];

async function call(method: string, path: string, as: Caller = admin) {
  return t.call(method, `/api/v1${path}`, { as });
}
async function json(path: string, as: Caller = admin) {
  const res = await call('GET', path, as);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as any;
}

beforeAll(async () => {
  ({ admin, contact, programmeId, municipalityIds } = await prePostDemoProgramme(t, {
    name: 'Kursopplevelse', municipalities: norwayMunicipalities.slice(20, 24), contact: { email: 'kontakt2@varde.test', municipalityIndex: 2 },
  }));
});
afterAll(() => t.close());

describe('course experience', () => {
  it('summarises the evaluation per course with the pilot marked first', async () => {
    const [instrument] = await json(`/programmes/${programmeId}/course-experience`);
    expect(instrument.templateKey).toBe('course-evaluation');
    const { summary } = await json(`/programmes/${programmeId}/course-experience/${instrument.instrumentId}`);
    expect(summary.courses).toHaveLength(4);
    expect(summary.courses[0].isPilot).toBe(true);
    expect(summary.courses.slice(1).every((c: any) => !c.isPilot)).toBe(true);
    const useful = summary.items.find((i: any) => i.variable === 'e01_useful');
    const total = (key: string) => useful.counts[key].reduce((s: number, v: number) => s + v, 0);
    // Every generated answer has e01: per course the count is the number of answers, and pilot + later = all.
    for (const c of summary.courses) expect(total(c.key)).toBe(c.n);
    expect(total('pilot') + total('later')).toBe(total('all'));
    const experience = summary.scales.find((s: any) => s.name === 'experience');
    expect(experience.byGroup.pilot).toMatchObject({ ok: true });
    // The generator makes the pilot's experience lower (it is what the pilot evaluation is for).
    expect(experience.byGroup.pilot.mean).toBeLessThan(experience.byGroup.later.mean);
    expect(summary.freeText.find((q: any) => q.variable === 'e09_best').answers.length).toBeGreaterThan(0);
  });

  it('a municipal contact sees only their course', async () => {
    const [instrument] = await json(`/programmes/${programmeId}/course-experience`, contact);
    const { summary } = await json(`/programmes/${programmeId}/course-experience/${instrument.instrumentId}`, contact);
    expect(summary.courses.map((c: any) => c.municipalityId)).toEqual([municipalityIds[2]]);
    expect((await call('POST', `/programmes/${programmeId}/course-experience/${instrument.instrumentId}/send-to-analysis`, contact)).status).toBe(403);
  });

  it('sends the free text to the qualitative workspace as survey_free_text documents, one per course', async () => {
    const [instrument] = await json(`/programmes/${programmeId}/course-experience`);
    const res = await call('POST', `/programmes/${programmeId}/course-experience/${instrument.instrumentId}/send-to-analysis`);
    expect(res.status).toBe(201);
    const { created } = (await res.json()) as any;
    expect(created).toHaveLength(4);
    const docs = await json(`/programmes/${programmeId}/analysis/documents?kind=survey_free_text`);
    expect(docs.map((d: any) => d.id).sort()).toEqual(created.map((c: any) => c.documentId).sort());
    const doc = await json(`/programmes/${programmeId}/analysis/documents/${created[0].documentId}`);
    expect(doc.kind).toBe('survey_free_text');
    expect(doc.attributes).toMatchObject({ source: 'course_evaluation', pilot: 'yes' });
    expect(doc.text).toContain('– ');
  });
});
