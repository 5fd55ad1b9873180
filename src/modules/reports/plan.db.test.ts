/**
 * The evaluation plan and the dissemination plan through the API, with their policy (coordinators and
 * researchers write; every member reads), history, audit and translated refusals; and the steering
 * group's progress report as a real Word file.
 */
import { strFromU8, unzipSync } from 'fflate';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { demoCodesignProgramme } from '../../../test/support/demo-programme.js';
import { translate } from '../../i18n/index.js';
import { auditLog } from '../audit/schema.js';
import { listEvaluationQuestions } from './evaluation-questions.js';

let t: TestApp;
let admin: Caller;
let coordinator: Caller;
let researcher: Caller;
let observer: Caller;
let contact: Caller;
let programmeId: string;
const api = (path: string) => `/api/v1/programmes/${programmeId}/reports${path}`;
const body = async (res: Response) => (await res.json()) as any;

beforeAll(async () => {
  t = await createTestApp();
  ({ admin, programmeId } = await demoCodesignProgramme(t));
  coordinator = await t.signIn('koordinator@varde.example');
  researcher = await t.signIn('forsker@varde.example');
  observer = await t.signIn('observator@varde.example');
  contact = await t.signIn('kontakt.baerum@varde.example');
}, 120_000);
afterAll(() => t.close());

describe('the evaluation plan', () => {
  it('starts in the demo with seed 004’s two questions, linked to their sources, for every member to read', async () => {
    for (const as of [coordinator, observer, contact]) {
      const plan = await body(await t.call('GET', api('/plan'), { as }));
      expect(plan.questions.map((q: any) => q.text)).toEqual([translate('nb', 'reports.plan.template.q1'), translate('nb', 'reports.plan.template.q2')]);
      expect(plan.mayEdit).toBe(as === coordinator);
    }
    const [q1] = await listEvaluationQuestions(t.database.db, programmeId, 'nb');
    expect(q1.sources.map((s) => s.label)).toEqual(['Alle aktiviteter', 'Alle dokumenter', 'Notater fra fellesmøtet']);
    expect(q1.status).toBe('data_collected');
  });

  it('a researcher adds a question with sources and analyses, moves its status (kept as history) and removes it', async () => {
    const plan = await body(await t.call('GET', api('/plan'), { as: researcher }));
    const survey = plan.catalogue.sources.find((s: any) => s.kind === 'instrument' && s.refId);
    const activity = plan.catalogue.sources.find((s: any) => s.kind === 'activity' && s.refId);
    const created = await t.call('POST', api('/plan/questions'), { as: researcher, body: { text: '  Hva lærte tjenestene av kurset? ', sources: [{ kind: 'instrument', refId: survey.refId }, { kind: 'activity', refId: activity.refId }], analyses: [{ kind: 'prepost', refId: null }] } });
    expect(created.status).toBe(201);
    const { id } = await body(created);
    expect((await t.call('PATCH', api(`/plan/questions/${id}`), { as: researcher, body: { status: 'analysed' } })).status).toBe(200);
    expect((await t.call('PATCH', api(`/plan/questions/${id}`), { as: coordinator, body: { status: 'written' } })).status).toBe(200);
    const question = (await listEvaluationQuestions(t.database.db, programmeId, 'en')).find((q) => q.id === id)!;
    expect(question).toMatchObject({ position: 3, text: 'Hva lærte tjenestene av kurset?', status: 'written' });
    // Named when read, in the reader's language.
    expect(question.sources.map((s) => [s.kind, s.refId])).toEqual([['instrument', survey.refId], ['activity', activity.refId]]);
    expect(question.sources[1].label).toMatch(/^Interview/);
    expect(question.analyses).toEqual([{ kind: 'prepost', refId: null, label: 'Pre/post scales' }]);
    const history = (await body(await t.call('GET', api('/plan'), { as: observer }))).questions.find((q: any) => q.id === id).history;
    expect(history.map((h: any) => [h.fromStatus, h.toStatus, h.by])).toEqual([[null, 'planned', 'Ola Nordmann'], ['planned', 'analysed', 'Ola Nordmann'], ['analysed', 'written', 'Kari Nordmann']]);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, id)));
    expect(audit.map((a) => a.action)).toEqual(['reports.question.create', 'reports.question.update', 'reports.question.update']);
    expect((await t.call('DELETE', api(`/plan/questions/${id}`), { as: researcher })).status).toBe(204);
    expect((await t.call('PATCH', api(`/plan/questions/${id}`), { as: researcher, body: { status: 'planned' } })).status).toBe(404);
  });

  it('refuses links that are not the programme’s, or twice the same, with a translated message', async () => {
    const foreign = await t.call('POST', api('/plan/questions'), { as: coordinator, body: { text: 'Spørsmål', sources: [{ kind: 'document', refId: '00000000-0000-4000-8000-000000000001' }] } });
    expect(foreign.status).toBe(400);
    expect(JSON.stringify(await body(foreign))).toContain(translate('nb', 'reports.errors.unknownSource'));
    const twice = await t.call('POST', api('/plan/questions'), { as: coordinator, body: { text: 'Spørsmål', analyses: [{ kind: 'themes', refId: null }, { kind: 'themes', refId: null }] } });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(await body(twice))).toContain(translate('nb', 'reports.errors.duplicateLink'));
    expect((await t.call('POST', api('/plan/questions'), { as: coordinator, body: { text: '   ' } })).status).toBe(400);
    expect((await t.call('POST', api('/plan/questions'), { as: coordinator, body: { text: 'x', status: 'finished' } })).status).toBe(400);
  });

  it('only coordinators and researchers change it; observers and municipal contacts read', async () => {
    for (const as of [observer, contact]) {
      expect((await t.call('POST', api('/plan/questions'), { as, body: { text: 'Nei' } })).status).toBe(403);
      expect((await t.call('POST', api('/plan/template'), { as, body: {} })).status).toBe(403);
    }
    const added = await body(await t.call('POST', api('/plan/template'), { as: coordinator, body: { language: 'nn' } }));
    expect(added).toHaveLength(2);
    const texts = (await listEvaluationQuestions(t.database.db, programmeId)).map((q) => q.text);
    expect(texts).toContain('Korleis har læringsnettverket bidrege til fagleg fokus på recovery i kommunane?');
  });
});

describe('the dissemination plan', () => {
  it('holds the demo’s lines, and a researcher adds one with an owner, a link and the report as products', async () => {
    const before = await body(await t.call('GET', api('/dissemination'), { as: observer }));
    expect(before.items.map((i: any) => i.channel)).toEqual(['conference', 'social_media', 'report_online']);
    expect(before.mayEdit).toBe(false);
    const owner = before.staff.find((s: any) => s.name === 'Ola Nordmann');
    const res = await t.call('POST', api('/dissemination'), { as: researcher, body: {
      channel: 'article', title: 'Samskaping i fire kommuner', audience: 'Forskere', plannedOn: '2027-03-01', ownerUserId: owner.userId, status: 'in_progress', withParticipants: true,
      products: [{ kind: 'link', label: 'Manus', url: 'https://varde.example/manus' }, { kind: 'report', label: 'Rapporten' }],
    } });
    expect(res.status).toBe(201);
    const { id } = await body(res);
    const item = (await body(await t.call('GET', api('/dissemination'), { as: contact }))).items.find((i: any) => i.id === id);
    expect(item).toMatchObject({ ownerName: 'Ola Nordmann', withParticipants: true, products: [{ kind: 'link', label: 'Manus', url: 'https://varde.example/manus' }, { kind: 'report', label: 'Rapporten', url: null }] });
    expect((await t.call('PATCH', api(`/dissemination/${id}`), { as: coordinator, body: { status: 'done', ownerUserId: null, ownerRole: 'Forskerne' } })).status).toBe(200);
    expect((await body(await t.call('GET', api('/dissemination'), { as: coordinator }))).items.find((i: any) => i.id === id)).toMatchObject({ status: 'done', ownerName: null, ownerRole: 'Forskerne' });
    expect((await t.call('PATCH', api(`/dissemination/${id}`), { as: observer, body: { status: 'planned' } })).status).toBe(403);
    expect((await t.call('DELETE', api(`/dissemination/${id}`), { as: contact })).status).toBe(403);
    expect((await t.call('DELETE', api(`/dissemination/${id}`), { as: coordinator })).status).toBe(204);
  });

  it('refuses a link product without a web address, an owner outside the programme and an impossible date', async () => {
    const bad = await t.call('POST', api('/dissemination'), { as: coordinator, body: { channel: 'talk', title: 'Foredrag', products: [{ kind: 'link', label: 'Lysark', url: 'javascript:alert(1)' }] } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await body(bad))).toContain(translate('nb', 'reports.errors.productUrl'));
    const stranger = await t.call('POST', api('/dissemination'), { as: coordinator, body: { channel: 'talk', title: 'Foredrag', ownerUserId: '00000000-0000-4000-8000-000000000002' } });
    expect(stranger.status).toBe(400);
    expect(JSON.stringify(await body(stranger))).toContain(translate('nb', 'reports.errors.unknownOwner'));
    expect((await t.call('POST', api('/dissemination'), { as: coordinator, body: { channel: 'talk', title: 'Foredrag', plannedOn: '2027-02-30' } })).status).toBe(400);
    expect((await t.call('POST', api('/dissemination'), { as: coordinator, body: { channel: 'radio', title: 'Foredrag' } })).status).toBe(400);
  });
});

describe('the steering group’s progress report', () => {
  it('is a Word file with the status table from the overview, what needs attention and the decisions picked and typed', async () => {
    const overview = await body(await t.call('GET', api('/overview'), { as: coordinator }));
    const candidates = await body(await t.call('GET', api('/steering/decisions'), { as: coordinator }));
    expect(candidates.map((c: any) => c.kind).sort()).toEqual(['decision', 'follow_up']);
    const followUp = candidates.find((c: any) => c.kind === 'follow_up');
    const res = await t.call('POST', api('/steering-report.docx'), { as: coordinator, body: { decisionIds: [followUp.id], typed: ['Godkjenne formidlingsplanen'] } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/framdriftsrapport-\d{4}-\d{2}-\d{2}\.docx/);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const text = strFromU8(files['word/document.xml']).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(translate('nb', 'reports.steering.statusHeading'));
    expect(text).toContain(followUp.text);
    expect(text).toContain('Godkjenne formidlingsplanen');
    // The one decision not picked stays out.
    expect(text).not.toContain(candidates.find((c: any) => c.kind === 'decision').text);
    const baerum = overview.municipalities.find((m: any) => m.name === 'Bærum');
    expect(text).toMatch(new RegExp(`Bærum ${baerum.activities.planned} ${baerum.activities.held} ${translate('nb', 'codesign.ebcd.stages.codesign_workshop')} ${baerum.recruitment.recruited.value} ${baerum.recruitment.target}`));
    for (const line of overview.attention) expect(text).toContain(`${translate('nb', `reports.attention.${line.kind}`)}: ${line.count.value}`);
    expect(strFromU8(files['word/styles.xml'])).toContain('nb-NO');
  });
});
