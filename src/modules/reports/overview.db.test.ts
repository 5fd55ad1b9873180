/**
 * Every count on the programme overview equals what the page where the work is done shows: the
 * activity plan, invitation lists, activity decisions, analysis documents and their codings, surveys,
 * recruitment overview, consent summary and improvement measures, read through their own APIs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { demoCodesignProgramme } from '../../../test/support/demo-programme.js';
import { loadActor, programmeScope } from '../access/actor.js';
import { listActivities } from '../activities/activities.js';
import { inviteToActivity } from '../activities/invitations.js';
import { scheduleActivity } from '../activities/schedule.js';
import { listParticipants } from '../people/participants.js';

let t: TestApp;
let admin: Caller;
let codesign: string;
let network: string;
const json = async (res: Response) => { expect(res.status, await res.clone().text()).toBe(200); return (await res.json()) as any; };
const get = (path: string, as: Caller = admin) => t.call('GET', `/api/v1${path}`, { as }).then(json);

beforeAll(async () => {
  t = await createTestApp();
  ({ programmeId: codesign } = await demoCodesignProgramme(t));
  // The demo coordinator (a member of both programmes) looks: the survey list shows an administrator
  // without a role in the programme nothing, so the pages are read as the person who works there.
  admin = await t.signIn('koordinator@varde.example');
  network = (await get('/programmes')).find((p: any) => p.kind === 'learning_network').id;
}, 120_000);
afterAll(() => t.close());

const lineOf = (overview: any, kind: string) => overview.attention.find((a: any) => a.kind === kind);
const weekAhead = () => new Date(Date.now() + 7 * 86_400_000);
/** A shown count equals the page's count, or is suppressed because 1..threshold-1 people are counted. */
function same(shown: { value: number | null; suppressed: boolean }, count: number, threshold: number, what: string) {
  if (shown.suppressed) expect(count > 0 && count < threshold, what).toBe(true);
  else expect(shown.value, what).toBe(count);
}

async function expectSameCounts(programmeId: string, as: Caller = admin) {
  const base = `/programmes/${programmeId}`;
  const overview = await get(`${base}/reports/overview`, as);
  const plan = await get(`${base}/activities`, as);

  // Progress: activities planned (not cancelled) and held per municipality, from the activity plan.
  for (const m of overview.municipalities) {
    const mine = plan.activities.filter((a: any) => a.municipalityId === m.municipalityId);
    expect(m.activities, m.name).toEqual({ planned: mine.filter((a: any) => a.status !== 'cancelled').length, held: mine.filter((a: any) => a.status === 'held').length });
  }
  const wide = plan.activities.filter((a: any) => a.municipalityId === null);
  expect(overview.programmeWide).toEqual({ planned: wide.filter((a: any) => a.status !== 'cancelled').length, held: wide.filter((a: any) => a.status === 'held').length });

  // Invitations without a reply, per activity yet to be held, from each activity's invitation list.
  const readsAnalysis = (await t.call('GET', `/api/v1${base}/analysis/documents`, { as })).status === 200;
  expect(overview.attention.map((a: any) => a.kind)).toEqual(['invitations', 'surveys', 'followUps', ...(overview.kind === 'learning_network' ? ['measures'] : []), ...(readsAnalysis ? ['documents'] : [])]);
  const upcoming = plan.activities.filter((a: any) => a.status === 'planned' || a.status === 'scheduled');
  let unanswered = 0;
  const perActivity = new Map<string, number>();
  for (const a of upcoming) {
    const list = await get(`${base}/activities/${a.id}/invitations`, as);
    const n = list.items.filter((i: any) => i.status === 'invited').length;
    if (n) perActivity.set(a.id, n);
    unanswered += n;
  }
  const invitations = lineOf(overview, 'invitations');
  same(invitations.count, unanswered, overview.threshold, 'invitations');
  for (const e of invitations.entries) same(e.count, perActivity.get(e.id)!, overview.threshold, e.label);

  // Follow-up points due within a week, from the activities' decisions.
  const until = weekAhead().toISOString().slice(0, 10);
  let due = 0;
  for (const a of plan.activities) {
    const detail = await get(`${base}/activities/${a.id}`, as);
    due += detail.decisions.filter((d: any) => d.kind === 'follow_up' && !d.closedAt && d.dueOn && d.dueOn <= until).length;
  }
  expect(lineOf(overview, 'followUps').count.value).toBe(due);

  // Documents not yet coded, from the document list and each document's codings (for those who may read them).
  if (readsAnalysis) {
    const docs = await get(`${base}/analysis/documents`, as);
    let uncoded = 0;
    for (const d of docs) if ((await get(`${base}/analysis/documents/${d.id}/codings`, as)).codings.length === 0) uncoded++;
    expect(lineOf(overview, 'documents').count.value).toBe(uncoded);
  }

  // Surveys closing within a week, from the survey list.
  const surveys = await get(`${base}/surveys`, as);
  const closing = surveys.filter((s: any) => s.status === 'open' && s.closesAt && new Date(s.closesAt) >= new Date() && new Date(s.closesAt) <= weekAhead());
  expect(lineOf(overview, 'surveys').count.value).toBe(closing.length);

  // Recruitment against targets, from the recruitment overview (all roles, summed over activity types).
  const recruitment = await get(`${base}/recruitment/overview`, as);
  for (const m of overview.municipalities) {
    const cells = recruitment.cells.filter((c: any) => c.role === null && c.municipalityId === m.municipalityId);
    expect(m.recruitment.target, m.name).toBe(cells.reduce((s: number, c: any) => s + c.target, 0));
    // The page suppresses its own small cells; the overview sums what the page counts when it may show them.
    if (!recruitment.suppressing) same(m.recruitment.recruited, cells.reduce((s: number, c: any) => s + c.recruited.value, 0), overview.threshold, m.name);
  }

  // Consent per purpose, from the consent summary.
  const consent = await get(`${base}/consent-summary`, as);
  expect(overview.consent.map((c: any) => [c.key, c.consented.value])).toEqual(consent.purposes.map((p: any) => [p.key, p.consented]));
  return overview;
}

describe('the programme overview', () => {
  it('on the demo EBCD programme, counts what the activity, analysis, survey, recruitment and consent pages show, with at least three things to do', async () => {
    const overview = await expectSameCounts(codesign);
    const pending = overview.attention.filter((a: any) => a.count.value > 0);
    expect(pending.map((a: any) => a.kind)).toEqual(['surveys', 'followUps', 'documents']);
    expect(lineOf(overview, 'surveys').entries.map((e: any) => e.label)).toEqual(['Underveisevaluering av samskapingen i Bærum']);
    expect(overview.municipalities.find((m: any) => m.name === 'Bærum').stage).toBe('codesign_workshop');
    // Every line leads to a page of the staff app, a single item straight to itself.
    for (const a of pending) expect(a.link).toMatch(/^\/(activities|analysis|questionnaires\/surveys|improvement)(\/[0-9a-f-]{36}|\/documents\/[0-9a-f-]{36}|\/measures\/[0-9a-f-]{36})?$/);
  });

  it('on the demo learning network, counts gatherings and measures without data as the activity plan and measure pages show them', async () => {
    const overview = await expectSameCounts(network);
    const plan = await get(`/programmes/${network}/activities`);
    const gatherings = plan.activities.filter((a: any) => a.typeKey === 'gathering');
    expect(overview.gatherings).toEqual({ planned: gatherings.filter((a: any) => a.status !== 'cancelled').length, held: gatherings.filter((a: any) => a.status === 'held').length });
    const net = await get(`/programmes/${network}/improvement`);
    let without = 0;
    for (const m of net.measures) {
      if (!['planned', 'started', 'implemented', 'sustained'].includes(m.status)) continue;
      const detail = await get(`/programmes/${network}/improvement/measures/${m.id}`);
      if (detail.indicators.every((i: any) => i.measurements.length === 0)) without++;
    }
    expect(lineOf(overview, 'measures').count.value).toBe(without);
  });

  it('shows a municipal contact only their own municipalities, and hides small counts of people from them', async () => {
    const contact = await t.signIn('kontakt.baerum@varde.example');
    const overview = await get(`/programmes/${codesign}/reports/overview`, contact);
    expect(overview.municipalities.map((m: any) => m.name)).toEqual(['Bærum']);
    expect(overview.suppressing).toBe(true);
    // A contact does not read the analysis pages, so documents to code are not their line.
    expect(lineOf(overview, 'documents')).toBeUndefined();
    // Six of Bærum's participants invited to its first course, scheduled two weeks ahead: no replies yet.
    const db = t.database.db;
    const actor = (await loadActor(db, admin.userId))!;
    const baerum = overview.municipalities[0].municipalityId;
    const course = (await listActivities(db, codesign, { municipalities: 'all', municipalityId: baerum })).find((a) => a.typeKey === 'training_course')!;
    await scheduleActivity(db, actor, codesign, course.id, { startsAt: new Date(Date.now() + 14 * 86_400_000) });
    const scheduled = (await listActivities(db, codesign, { municipalities: 'all', municipalityId: baerum })).find((a) => a.id === course.id)!;
    const people = (await listParticipants(db, codesign, 'all', { municipalityId: baerum })).slice(0, 6);
    await inviteToActivity(db, actor, programmeScope(actor, codesign), scheduled, { participantIds: people.map((p) => p.id) });
    const invitations = lineOf(await get(`/programmes/${codesign}/reports/overview`, contact), 'invitations');
    expect(invitations.count).toEqual({ value: 6, suppressed: false });
    expect(invitations.link).toBe(`/activities/${course.id}`);
    const activityId = invitations.entries[0].id;
    const list = await get(`/programmes/${codesign}/activities/${activityId}/invitations`);
    for (const i of list.items.filter((x: any) => x.status === 'invited').slice(0, 4))
      expect((await t.call('PATCH', `/api/v1/programmes/${codesign}/activities/${activityId}/invitations/${i.invitationId}`, { as: admin, body: { status: 'yes' } })).status).toBe(200);
    const after = await get(`/programmes/${codesign}/reports/overview`, contact);
    expect(lineOf(after, 'invitations').count).toEqual({ value: null, suppressed: true });
    expect(lineOf(await get(`/programmes/${codesign}/reports/overview`), 'invitations').count).toEqual({ value: 2, suppressed: false });
    await expectSameCounts(codesign, contact);
  });
});
