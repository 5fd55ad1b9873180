import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { demoCodesignProgramme } from '../../../test/support/demo-programme.js';
import { makeDocx } from '../../../test/support/docx.js';
import { auditLog } from '../audit/schema.js';
import { documents } from '../analysis/schema.js';
import { activities } from './schema.js';

let t: TestApp;
let admin: Caller;
let programmeId: string;
const json = async (res: Response) => (await res.json()) as any;
const api = (path: string) => `/api/v1/programmes/${programmeId}${path}`;
const plan = async (as = admin, query = '') => json(await t.call('GET', api(`/activities${query}`), { as }));
const find = (p: any, typeKey: string, municipalityId: string | null, extra: Record<string, unknown> = {}) =>
  p.activities.filter((a: any) => a.typeKey === typeKey && a.municipalityId === municipalityId && Object.entries(extra).every(([k, v]) => a[k] === v));

beforeAll(async () => {
  t = await createTestApp();
  ({ admin, programmeId } = await demoCodesignProgramme(t));
});
afterAll(() => t.close());

describe('the seed-000 plan', () => {
  it('holds per municipality 1 mapping meeting, 8 interviews, 3 feedback meetings, 1 workshop, 1 course, 1 follow-up; 1 closing event and 4 work meetings', async () => {
    const res = await t.call('POST', api('/activity-plan/generate'), { as: admin, body: { template: 'codesign' } });
    expect(res.status).toBe(200);
    const p = await plan();
    expect(p.municipalities).toHaveLength(4);
    for (const m of p.municipalities) {
      const counts = ['mapping_meeting', 'interview', 'feedback_meeting', 'codesign_workshop', 'training_course', 'follow_up_meeting'].map((k) => find(p, k, m.id).length);
      expect(counts, m.name).toEqual([1, 8, 3, 1, 1, 1]);
      expect(find(p, 'feedback_meeting', m.id).map((a: any) => a.variant).sort()).toEqual(['joint', 'providers', 'recipients']);
    }
    expect(find(p, 'closing_event', null)).toHaveLength(1);
    expect(find(p, 'work_meeting', null)).toHaveLength(4);
    expect(p.activities).toHaveLength(4 * 15 + 5);
    const pilots = p.activities.filter((a: any) => a.isPilot);
    expect(pilots).toHaveLength(1);
    expect(pilots[0]).toMatchObject({ typeKey: 'training_course', durationMinutes: 150 + 60, capacity: 25 });
    expect(p.warnings).toEqual([]);
  });

  it('is idempotent: generating again adds nothing', async () => {
    const again = await json(await t.call('POST', api('/activity-plan/generate'), { as: admin, body: { template: 'codesign' } }));
    expect(again).toEqual({ created: 0, existing: 65, activities: 65 });
    expect((await plan()).activities).toHaveLength(65);
  });
});

describe('the other templates', () => {
  it('learning network (seed 004): 4 gatherings, 3 improvement-team meetings per municipality, 3 focus groups, 8 project-group meetings; governance: 4 + 4', async () => {
    const network = (await json(await t.call('GET', '/api/v1/programmes', { as: admin }))).find((p: any) => p.kind === 'learning_network').id;
    const res = await json(await t.call('POST', `/api/v1/programmes/${network}/activity-plan/generate`, { as: admin, body: { template: 'learning_network' } }));
    expect(res).toEqual({ created: 4 + 15 * 3 + 3 + 8, existing: 0, activities: 60 });
    const p = await json(await t.call('GET', `/api/v1/programmes/${network}/activities`, { as: admin }));
    const of = (typeKey: string) => p.activities.filter((a: any) => a.typeKey === typeKey);
    expect([of('gathering').length, of('improvement_team_meeting').length, of('focus_group').length, of('work_meeting').length]).toEqual([4, 45, 3, 8]);
    expect(of('focus_group')[0].durationMinutes).toBe(90);
    const gov = await json(await t.call('POST', `/api/v1/programmes/${network}/activity-plan/generate`, { as: admin, body: { template: 'governance' } }));
    expect(gov.created).toBe(8);
  });

  it('a programme adds its own type and an activity of it; the key must be new', async () => {
    const body = { key: 'dialogmote', labels: { nb: 'Dialogmøte', nn: 'Dialogmøte', en: 'Dialogue meeting' }, defaultDurationMinutes: 60, mode: 'digital', recorded: false, participants: [{ role: 'leader', count: 3 }], produces: ['minutes'] };
    expect((await t.call('POST', api('/activity-types'), { as: admin, body })).status).toBe(201);
    expect((await t.call('POST', api('/activity-types'), { as: admin, body })).status).toBe(409);
    const created = await json(await t.call('POST', api('/activities'), { as: admin, body: { typeKey: 'dialogmote', municipalityId: null } }));
    expect(created).toMatchObject({ typeKey: 'dialogmote', durationMinutes: 60, mode: 'digital', status: 'planned', name: 'Dialogmøte 1' });
    const unknown = await t.call('POST', api('/activities'), { as: admin, body: { typeKey: 'finnes_ikke' } });
    expect(unknown.status).toBe(400);
    await t.call('POST', api(`/activities/${created.id}/cancel`), { as: admin, body: {} });
  });
});

describe('scheduling', () => {
  it('refuses an end before the start with a message naming the field, and writes nothing', async () => {
    const p = await plan();
    // One still planned: the demo has held some interviews (issue 12).
    const interview = find(p, 'interview', p.municipalities[0].id).find((x: any) => x.status === 'planned');
    const audits = (await t.database.db.select().from(auditLog)).length;
    const res = await t.call('PATCH', api(`/activities/${interview.id}/schedule`), { as: admin, body: { startsAt: '2026-03-02T10:00:00+01:00', endsAt: '2026-03-02T09:00:00+01:00' } });
    expect(res.status).toBe(400);
    const problem = await json(res);
    expect(problem.errors).toEqual([{ path: 'endsAt', message: 'Slutten må være etter starten. Ingenting er lagret.' }]);
    const [row] = await t.database.db.select().from(activities).where(eq(activities.id, interview.id));
    expect([row.startsAt, row.endsAt, row.status, row.revision]).toEqual([null, null, 'planned', 0]);
    expect((await t.database.db.select().from(auditLog)).length).toBe(audits);
  });

  it('warns when a feedback meeting is scheduled before that municipality’s interviews, and the plan shows it', async () => {
    const p = await plan();
    const m = p.municipalities[0];
    const interview = find(p, 'interview', m.id).find((x: any) => x.status === 'planned');
    const feedback = find(p, 'feedback_meeting', m.id, { variant: 'recipients' })[0];
    const first = await json(await t.call('PATCH', api(`/activities/${interview.id}/schedule`), { as: admin, body: { startsAt: '2026-03-10T10:00:00+01:00' } }));
    expect(first.warnings).toEqual([]);
    expect(first.activity).toMatchObject({ status: 'scheduled', revision: 1, endsAt: '2026-03-10T09:45:00.000Z' });
    const res = await t.call('PATCH', api(`/activities/${feedback.id}/schedule`), { as: admin, body: { startsAt: '2026-03-03T12:00:00+01:00', endsAt: '2026-03-03T14:00:00+01:00' } });
    expect(res.status).toBe(200);
    const { warnings } = await json(res);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ kind: 'order', activityId: feedback.id, otherActivityId: interview.id });
    expect(warnings[0].message).toContain('Tilbakemeldingsmøte (tjenestemottakere)');
    expect((await plan()).warnings.map((w: any) => w.activityId)).toEqual([feedback.id]);
    // Moving it after the interview clears the warning; the revision goes up on every move.
    const moved = await json(await t.call('PATCH', api(`/activities/${feedback.id}/schedule`), { as: admin, body: { startsAt: '2026-03-20T12:00:00+01:00' } }));
    expect(moved.warnings).toEqual([]);
    expect(moved.activity.revision).toBe(2);
  });

  it('cancels with a reason; a cancelled activity cannot be moved and stops warning', async () => {
    const p = await plan();
    const course = find(p, 'training_course', p.municipalities[1].id)[0];
    expect((await t.call('POST', api(`/activities/${course.id}/cancel`), { as: admin, body: { reason: 'For få påmeldte' } })).status).toBe(200);
    const res = await t.call('PATCH', api(`/activities/${course.id}/schedule`), { as: admin, body: { startsAt: '2026-05-01T10:00:00Z' } });
    expect(res.status).toBe(409);
    expect((await json(res)).detail).toBe('Aktiviteten er avlyst og kan ikke endres.');
  });
});

describe('agenda, minutes and decisions', () => {
  it('an open follow-up point from a work meeting is on the next meetings’ agendas until closed', async () => {
    const p = await plan();
    const [wm1, wm2, wm3] = find(p, 'work_meeting', null).sort((a: any, b: any) => a.ordinal - b.ordinal);
    const added = await json(await t.call('POST', api(`/activities/${wm1.id}/decisions`), { as: admin, body: { kind: 'follow_up', text: 'Avklare lokaler', owner: 'Koordinator', dueOn: '2026-02-15' } }));
    await t.call('POST', api(`/activities/${wm1.id}/decisions`), { as: admin, body: { kind: 'decision', text: 'Planen vedtas' } });
    const agendaOf = async (a: any) => (await json(await t.call('GET', api(`/activities/${a.id}`), { as: admin }))).agenda;
    expect((await agendaOf(wm2)).carried.map((d: any) => d.text)).toEqual(['Avklare lokaler']);
    expect((await agendaOf(wm3)).carried.map((d: any) => d.text)).toEqual(['Avklare lokaler']);
    expect((await agendaOf(wm1)).carried).toEqual([]);
    const closed = await t.call('PATCH', api(`/activities/${wm1.id}/decisions/${added.id}`), { as: admin, body: { closed: true, closedInActivityId: wm2.id } });
    expect(closed.status).toBe(200);
    expect((await agendaOf(wm3)).carried).toEqual([]);
    // A follow-up point needs an owner.
    const noOwner = await t.call('POST', api(`/activities/${wm1.id}/decisions`), { as: admin, body: { kind: 'follow_up', text: 'Uten eier' } });
    expect(noOwner.status).toBe(400);
  });

  it('minutes written here and uploaded as .docx become analysis documents of kind minutes', async () => {
    const p = await plan();
    const wm = find(p, 'work_meeting', null)[0];
    const written = await json(await t.call('PUT', api(`/activities/${wm.id}/minutes`), { as: admin, body: { text: 'Til stede: prosjektgruppen.\n\nVi gikk gjennom planen.' } }));
    expect(written.source).toBe('written');
    const [doc] = await t.database.db.select().from(documents).where(eq(documents.id, written.documentId));
    expect(doc).toMatchObject({ kind: 'minutes', activityType: 'work_meeting' });
    const form = new FormData();
    form.append('file', new Blob([(await makeDocx(['Referat', 'Vedtak: kurset flyttes.'])) as BlobPart]), 'referat.docx');
    const uploaded = await json(await t.call('POST', api(`/activities/${wm.id}/minutes/upload`), { as: admin, body: form }));
    expect(uploaded.source).toBe('docx');
    expect(await t.database.db.select().from(documents).where(eq(documents.id, written.documentId))).toEqual([]);
    const detail = await json(await t.call('GET', api(`/activities/${wm.id}`), { as: admin }));
    expect(detail.minutes.text).toContain('Vedtak: kurset flyttes.');
    const bad = new FormData();
    bad.append('file', new Blob(['ikke word']), 'referat.txt');
    const res = await t.call('POST', api(`/activities/${wm.id}/minutes/upload`), { as: admin, body: bad });
    expect(res.status).toBe(422);
  });
});

describe('who sees what', () => {
  it('a municipal contact sees only their municipality’s activities; others are 404', async () => {
    const contact = await t.signIn('kontakt.baerum@varde.example');
    const p = await plan();
    const baerum = p.municipalities.find((m: any) => m.name === 'Bærum');
    const seen = await plan(contact);
    expect(seen.activities.length).toBe(15);
    expect(seen.activities.every((a: any) => a.municipalityId === baerum.id)).toBe(true);
    expect(seen.mayPlan).toBe(false);
    const other = p.activities.find((a: any) => a.municipalityId && a.municipalityId !== baerum.id);
    expect((await t.call('GET', api(`/activities/${other.id}`), { as: contact })).status).toBe(404);
    const wide = find(p, 'closing_event', null)[0];
    expect((await t.call('GET', api(`/activities/${wide.id}`), { as: contact })).status).toBe(404);
    const own = seen.activities[0];
    expect((await t.call('POST', api(`/activities/${own.id}/agenda`), { as: contact, body: { title: 'Presentasjonsrunde' } })).status).toBe(201);
    expect((await t.call('POST', api('/activity-plan/generate'), { as: contact, body: { template: 'codesign' } })).status).toBe(403);
  });
});
