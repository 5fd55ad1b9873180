import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeRoles } from '../src/modules/access/schema.js';
import { auditLog } from '../src/modules/audit/schema.js';
import { programmeMunicipalities, programmes, services } from '../src/modules/programmes/schema.js';
import { createTestApp, type Caller } from './support/app.js';
import { analysisConsuming, analysisExpectations, buildAnalysisWorld } from './support/analysis-world.js';
import { buildConsentWorld } from './support/consent-world.js';
import { buildQuestionnaireWorld, questionnaireConsuming, questionnaireExpectations } from './support/questionnaire-world.js';
import { interchangeExpectations } from './support/interchange-world.js';
import { prepostExpectations } from './support/prepost-world.js';
import { activitiesConsuming, activitiesExpectations, buildActivitiesWorld } from './support/activities-world.js';
import { buildInvitationsWorld, invitationsExpectations } from './support/invitations-world.js';
import { buildCoordinatorWorld, coordinatorConsuming, coordinatorExampleBodies, coordinatorExpectations } from './support/coordinator-world.js';
import { buildCourseWorld, courseConsuming, courseExpectations } from './support/course-world.js';
import { buildImprovementWorld, improvementExpectations } from './support/improvement-world.js';
import { buildReportsWorld, reportsExpectations } from './support/reports-world.js';
import { buildReportDocWorld, reportDocExpectations } from './support/report-doc-world.js';
import { boardsConsuming, boardsExpectations, buildBoardsWorld } from './support/boards-world.js';
import { buildCodesignWorld, codesignEvidenceExpectations } from './support/codesign-world.js';
import { buildWithdrawalHitsWorld, withdrawalHitsConsuming, withdrawalHitsExpectations } from './support/withdrawal-hits-world.js';
import { apiPrefix, fillPath, loadOperations, type Operation } from './support/openapi-operations.js';
import { actorNames, buildWorld, exampleBodies, throwaways, type ActorName, type Throwaway, type World } from './support/world.js';

/**
 * Every operation of the OpenAPI document × every kind of caller × where the target lives. A new
 * route fails here until it declares its x-policy and gets a row in `expectations`.
 */
type Outcome = 'ok' | 400 | 401 | 403 | 404;
/** none: no programme. A / B: P1 and its municipality A or B. other: P2. cross: P1 with P2's child ids. unknown: ids nobody has. */
type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
type Rule = (actor: ActorName, scope: Scope) => Outcome;
type Role = 'coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer';
const allRoles: Role[] = ['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'];

const everyone: Rule = () => 'ok';
const signedIn: Rule = (a) => (a === 'anonymous' ? 401 : 'ok');
const adminOnly: Rule = (a) => (a === 'anonymous' ? 401 : a === 'admin' ? 'ok' : 403);
/** Anonymous 401; the administrator may; outside the programme (or a municipal contact's municipalities) 404; else `may` may and the rest get 403. */
const members = (may: Role[], opts: { municipal?: boolean } = {}): Rule => (a, scope) => {
  if (a === 'anonymous') return 401;
  if (a === 'admin') return 'ok';
  if (a === 'outsider' || scope === 'other') return 404;
  if (opts.municipal && a === 'municipal_contact' && scope === 'B') return 404;
  return may.includes(a) ? 'ok' : 403;
};
const municipal = { municipal: true };
const writers: Role[] = ['coordinator', 'municipal_contact'];

const expectations: Record<string, Rule> = {
  ...analysisExpectations<Rule>(members, (status, rule) => (a, s) => (a === 'admin' && s === 'other' ? status : rule(a, s))),
  ...questionnaireExpectations<Rule>(members, (status, rule) => (a, s) => (a === 'admin' && s === 'other' ? status : rule(a, s))),
  ...interchangeExpectations<Rule>(members),
  // Responses out (H6): research data, coordinators and researchers; a contact never (404 outside their municipality).
  'GET /programmes/{programmeId}/surveys/{surveyId}/responses.csv': members(['coordinator', 'researcher'], municipal),
  'GET /programmes/{programmeId}/surveys/{surveyId}/responses.xlsx': members(['coordinator', 'researcher'], municipal),
  'GET /programmes/{programmeId}/surveys/{surveyId}/codebook.csv': members(['coordinator', 'researcher'], municipal),
  'GET /programmes/{programmeId}/surveys/{surveyId}/responses.sps': members(['coordinator', 'researcher'], municipal),
  'GET /programmes/{programmeId}/surveys/{surveyId}/responses.R': members(['coordinator', 'researcher'], municipal),
  ...prepostExpectations<Rule>(members),
  ...activitiesExpectations<Rule>(members, (status, rule) => (a, s) => (a === 'admin' && s === 'other' ? status : rule(a, s))),
  ...invitationsExpectations<Rule>(members, (status, rule) => (a, s) => (a === 'admin' && s === 'other' ? status : rule(a, s))),
  ...coordinatorExpectations<Rule>(members, (status, rule) => (a, s) => (a === 'admin' && s === 'other' ? status : rule(a, s))),
  ...courseExpectations<Rule>(members, (status, rule) => (a, s) => (a === 'admin' && s === 'other' ? status : rule(a, s))),
  // Improvement (issue 13): the learning network's sharing exception — every member reads every team; only its own municipality edits; an unshared measure is 404 to other municipalities.
  ...improvementExpectations<Rule>(members, (rule) => rule as Rule),
  // Reports (issue 14): every member reads the overview and plans; coordinators and researchers change the evaluation and dissemination plans.
  ...reportsExpectations<Rule>(members),
  // The evaluation report and its public summary (issue 14 §3–5).
  ...reportDocExpectations<Rule>(members, (status, rule) => (a, s) => (a === 'admin' && s === 'other' ? status : rule(a, s))),
  ...boardsExpectations<Rule>(members),
  // Co-design evidence (issue 12: touchpoints, emotional map, material, target areas, golden thread).
  ...codesignEvidenceExpectations<Rule>(members, (status, rule) => (a, s) => (a === 'admin' && s === 'other' ? status : rule(a, s))),
  // The withdrawal to-do list and records (issue 11 §4): coordinators only.
  ...withdrawalHitsExpectations<Rule>(members),
  'GET /session': everyone,
  'POST /auth/sign-in-link': everyone,
  'POST /auth/sign-out': signedIn,
  'PUT /language': everyone,
  // Personal API tokens (issue 17): your own only; a token reaches only programmes where you hold a role (the administrator holds none in the world).
  'GET /me/tokens': signedIn,
  'POST /me/tokens': (a) => (a === 'anonymous' ? 401 : a === 'outsider' || a === 'admin' ? 404 : 'ok'),
  'DELETE /me/tokens/{tokenId}': (a) => (a === 'anonymous' ? 401 : 404),
  'GET /norway-municipalities': signedIn,
  'GET /programmes': signedIn,
  'POST /programmes': adminOnly,
  'GET /programmes/{programmeId}': members(allRoles),
  'PATCH /programmes/{programmeId}': members(['coordinator']),
  'POST /programmes/{programmeId}/archive': members(['coordinator']),
  'POST /programmes/{programmeId}/unarchive': members(['coordinator']),
  'GET /programmes/{programmeId}/municipalities': members(allRoles),
  'POST /programmes/{programmeId}/municipalities': members(['coordinator']),
  'GET /programmes/{programmeId}/municipalities/{municipalityId}': members(allRoles, municipal),
  'DELETE /programmes/{programmeId}/municipalities/{municipalityId}': members(['coordinator'], municipal),
  'GET /programmes/{programmeId}/municipalities/{municipalityId}/services': members(allRoles, municipal),
  'POST /programmes/{programmeId}/municipalities/{municipalityId}/services': members(writers, municipal),
  'GET /programmes/{programmeId}/services/{serviceId}': members(allRoles, municipal),
  'PATCH /programmes/{programmeId}/services/{serviceId}': members(writers, municipal),
  'DELETE /programmes/{programmeId}/services/{serviceId}': members(writers, municipal),
  'GET /programmes/{programmeId}/roles': members(['coordinator']),
  'POST /programmes/{programmeId}/roles': members(['coordinator']),
  'DELETE /programmes/{programmeId}/roles/{roleId}': members(['coordinator']),
  'GET /programmes/{programmeId}/audit': members(['coordinator']),
  'GET /programmes/{programmeId}/consent-purposes': members(allRoles),
  'POST /programmes/{programmeId}/consent-purposes': members(['coordinator']),
  'PATCH /programmes/{programmeId}/consent-purposes/{purposeId}': members(['coordinator']),
  'DELETE /programmes/{programmeId}/consent-purposes/{purposeId}': members(['coordinator']),
  'GET /programmes/{programmeId}/information-letters': members(allRoles),
  'POST /programmes/{programmeId}/information-letters': members(['coordinator']),
  'PATCH /programmes/{programmeId}/information-letters/{letterId}': members(['coordinator']),
  'POST /programmes/{programmeId}/information-letters/{letterId}/publish': members(['coordinator']),
  'GET /programmes/{programmeId}/consent-summary': members(allRoles),
  'GET /programmes/{programmeId}/participants/{participantId}/consents': members(writers, municipal),
  'POST /programmes/{programmeId}/participants/{participantId}/paper-consents': members(writers, municipal),
  'PUT /programmes/{programmeId}/participants/{participantId}/consents/{consentId}/scan': members(writers, municipal),
  'GET /programmes/{programmeId}/participants/{participantId}/consents/{consentId}/scan': members(writers, municipal),
  'POST /programmes/{programmeId}/participants/{participantId}/personal-link': members(writers, municipal),
  'DELETE /programmes/{programmeId}/participants/{participantId}/consents': members(['coordinator']),
  'GET /programmes/{programmeId}/participants/{participantId}/access-export': members(['coordinator']),
  'GET /programmes/{programmeId}/data-processing-agreements': members(['coordinator']),
  'POST /programmes/{programmeId}/data-processing-agreements': members(['coordinator']),
  'PUT /programmes/{programmeId}/data-processing-agreements/{agreementId}/document': members(['coordinator']),
  'GET /programmes/{programmeId}/data-processing-agreements/{agreementId}/document': members(['coordinator']),
  'GET /programmes/{programmeId}/ethics-approvals': members(['coordinator']),
  'POST /programmes/{programmeId}/ethics-approvals': members(['coordinator']),
  'PUT /programmes/{programmeId}/ethics-approvals/{approvalId}': members(['coordinator']),
  'PUT /programmes/{programmeId}/ethics-approvals/{approvalId}/document': members(['coordinator']),
  'GET /programmes/{programmeId}/ethics-approvals/{approvalId}/document': members(['coordinator']),
  'PUT /programmes/{programmeId}/ethics-waits': members(['coordinator']),
  'GET /programmes/{programmeId}/retention-rules': members(['coordinator']),
  'POST /programmes/{programmeId}/retention-rules': members(['coordinator']),
  'PATCH /programmes/{programmeId}/retention-rules/{ruleId}': members(['coordinator']),
  'DELETE /programmes/{programmeId}/retention-rules/{ruleId}': members(['coordinator']),
  'GET /programmes/{programmeId}/participants': members(allRoles),
  'POST /programmes/{programmeId}/municipalities/{municipalityId}/participants': members(writers, municipal),
  'GET /programmes/{programmeId}/participants/{participantId}': members(allRoles, municipal),
  'PATCH /programmes/{programmeId}/participants/{participantId}': members(writers, municipal),
  'PUT /programmes/{programmeId}/participants/{participantId}/recruitments': members(writers, municipal),
  'POST /programmes/{programmeId}/participants/import/preview': members(writers),
  // The example rows name municipality A of P1: in P2 they are row errors, not a write.
  'POST /programmes/{programmeId}/participants/import': (a, s) => (a === 'admin' && s === 'other' ? 400 : members(writers)(a, s)),
  'GET /programmes/{programmeId}/recruitment/overview': members(allRoles),
  'GET /programmes/{programmeId}/recruitment/targets': members(allRoles),
  'PUT /programmes/{programmeId}/recruitment/targets': members(['coordinator']),
  'POST /programmes/{programmeId}/recruitment/targets/apply-plan': members(['coordinator']),
  // The example names a participant of P1, whom P2 does not have.
  'POST /programmes/{programmeId}/recruitment/bulk': (a, s) => (a === 'admin' && s === 'other' ? 404 : members(writers)(a, s)),
  'GET /programmes/{programmeId}/groups': members(allRoles),
  'POST /programmes/{programmeId}/groups': members(['coordinator']),
  'POST /programmes/{programmeId}/groups/improvement-teams': members(['coordinator']),
  'PATCH /programmes/{programmeId}/groups/{groupId}': members(writers, municipal),
  'DELETE /programmes/{programmeId}/groups/{groupId}': members(['coordinator'], municipal),
  // The example adds a staff user of P1, who is nobody in P2: refused like an unknown person.
  'POST /programmes/{programmeId}/groups/{groupId}/members': (a, s) => (a === 'admin' && s === 'other' ? 400 : members(writers, municipal)(a, s)),
  'DELETE /programmes/{programmeId}/groups/{groupId}/members/{memberId}': members(writers, municipal),
};

/** Using P2's child ids under P1 is never allowed: what P1 would allow becomes 404; a refusal may stay 403. */
function expected(rule: Rule, actor: ActorName, scope: Scope): Outcome[] {
  if (scope === 'unknown') return [actor === 'anonymous' ? 401 : 404];
  if (scope !== 'cross') return [rule(actor, scope)];
  const base = rule(actor, 'A');
  return base === 'ok' ? [404] : base === 403 ? [403, 404] : [base];
}

const t = await createTestApp();
const operations = await loadOperations(t);
const endsSession = new Set(['POST /auth/sign-out']);
let world: World;
let tw: ReturnType<typeof throwaways>;
let cw: Awaited<ReturnType<typeof buildConsentWorld>>;
let aw: Awaited<ReturnType<typeof buildAnalysisWorld>>;
let qw: Awaited<ReturnType<typeof buildQuestionnaireWorld>>;
let acw: Awaited<ReturnType<typeof buildActivitiesWorld>>;
let iw: Awaited<ReturnType<typeof buildInvitationsWorld>>;
let cow: Awaited<ReturnType<typeof buildCoordinatorWorld>>;
let crw: Awaited<ReturnType<typeof buildCourseWorld>>;
let imw: Awaited<ReturnType<typeof buildImprovementWorld>>;
let rw: Awaited<ReturnType<typeof buildReportsWorld>>;
let rdw: Awaited<ReturnType<typeof buildReportDocWorld>>;
let bw: Awaited<ReturnType<typeof buildBoardsWorld>>;
let csw: Awaited<ReturnType<typeof buildCodesignWorld>>;
let hw: Awaited<ReturnType<typeof buildWithdrawalHitsWorld>>;

beforeAll(async () => {
  world = await buildWorld(t);
  tw = throwaways(t, world);
  cw = await buildConsentWorld(t, world);
  aw = await buildAnalysisWorld(t, world);
  qw = await buildQuestionnaireWorld(t, world);
  acw = await buildActivitiesWorld(t, world);
  iw = await buildInvitationsWorld(t, world, (scope) => acw.ids(scope).activityId);
  cow = await buildCoordinatorWorld(t, world, (scope) => acw.ids(scope).activityId, (scope) => qw.ids(scope).surveyId);
  Object.assign(exampleBodies, coordinatorExampleBodies);
  imw = await buildImprovementWorld(t, world);
  rw = await buildReportsWorld(t, world);
  rdw = await buildReportDocWorld(t, world);
  bw = await buildBoardsWorld(t, world, (scope) => acw.ids(scope).activityId);
  csw = await buildCodesignWorld(t, world, (scope) => acw.ids(scope).activityId);
  hw = await buildWithdrawalHitsWorld(t, world);
  crw = await buildCourseWorld(t, world);
});
afterAll(() => t.close());

function scopesOf(op: Operation): Scope[] {
  if (!op.pathParams.includes('programmeId')) return ['none'];
  return op.pathParams.length > 1 ? ['A', 'B', 'other', 'cross', 'unknown'] : ['A', 'B', 'other', 'unknown'];
}

function idsFor(scope: Scope): Record<string, string> {
  const { p1, p2 } = world;
  const people = (fx: World['p1'] | World['p2'], key: string) => ({ participantId: fx.participants[key], groupId: fx.groups[key], memberId: fx.members[key] });
  if (scope === 'unknown') return { programmeId: randomUUID(), municipalityId: randomUUID(), serviceId: randomUUID(), roleId: randomUUID(), participantId: randomUUID(), groupId: randomUUID(), memberId: randomUUID() };
  if (scope === 'B') return { programmeId: p1.id, municipalityId: p1.b, serviceId: p1.serviceB, roleId: p1.contactBRole, ...people(p1, 'B') };
  if (scope === 'other') return { programmeId: p2.id, municipalityId: p2.c, serviceId: p2.serviceC, roleId: p2.coordinatorRole, ...people(p2, 'C') };
  if (scope === 'cross') return { programmeId: p1.id, municipalityId: p2.c, serviceId: p2.serviceC, roleId: p2.coordinatorRole, ...people(p2, 'C') };
  return { programmeId: p1.id, municipalityId: p1.a, serviceId: p1.serviceA, roleId: p1.roles.municipal_contact, ...people(p1, 'A') };
}

/** A DELETE gets a fresh object in the target scope for its last path parameter, so no call removes the fixture. */
function throwawayFor(param: string, scope: Scope): Promise<Throwaway> {
  const { p1, p2 } = world;
  const [programmeId, municipalityId] = scope === 'A' ? [p1.id, p1.a] : scope === 'B' ? [p1.id, p1.b] : [p2.id, p2.c];
  if (param === 'municipalityId') return tw.municipality(programmeId, scope === 'A' ? world.callers.municipal_contact.userId : undefined);
  if (param === 'serviceId') return tw.service(programmeId, municipalityId);
  if (param === 'roleId') return tw.role(programmeId, programmeId === p1.id ? municipalityId : null);
  if (param === 'groupId') return tw.group(programmeId, municipalityId);
  if (param === 'memberId') return tw.member(scope === 'A' ? p1.groups.A : scope === 'B' ? p1.groups.B : p2.groups.C);
  if (['documentId', 'codeId', 'codingId', 'memoId', 'suggestionId'].includes(param)) return aw.throwaway(param, programmeId) as Promise<Throwaway>;
  if (['activityId', 'afterActivityId', 'itemId', 'decisionId', 'outputId'].includes(param)) return acw.throwaway(param, scope) as Promise<Throwaway>;
  if (param === 'boardId') return bw.throwaway(param, scope) as Promise<Throwaway>;
  if (param === 'walkInId') return cow.throwaway(scope) as Promise<Throwaway>;
  if (['authoredDocumentId', 'courseModuleId', 'courseHolderId', 'codesignGroupId', 'workshopItemId'].includes(param)) return crw.throwawayFor(param, scope) as Promise<Throwaway>;
  if (['touchpointId', 'setId', 'targetAreaId'].includes(param)) return csw.throwaway(param, scope) as Promise<Throwaway>;
  if (['measureId', 'measurementId', 'linkedDocumentId'].includes(param)) return imw.throwaway(param, scope) as Promise<Throwaway>;
  if (param === 'questionId' || param === 'disseminationId') return rw.throwaway(param, scope);
  if (param === 'reportQuoteId') return rdw.throwaway(param, scope);
  // Somebody else's token, or none: revoking it is 404 to every caller (revoking your own is tested in api-tokens.db.test.ts).
  if (param === 'tokenId') return Promise.resolve({ id: randomUUID(), remove: async () => {} });
  if (['purposeId', 'ruleId', 'participantId'].includes(param)) return cw.throwaway(param, programmeId, municipalityId) as Promise<Throwaway>;
  throw new Error(`no throwaway for path parameter ${param}: add one to throwawayFor`);
}

async function callAs(op: Operation, actor: ActorName, scope: Scope): Promise<{ status: number; text: string }> {
  const ids = { ...cw.ids(scope), ...qw.ids(scope), ...aw.ids(scope), ...acw.ids(scope), ...iw.ids(scope), ...cow.ids(), ...imw.ids(scope), ...rw.ids(scope), ...rdw.ids(scope), ...bw.ids(scope), ...csw.ids(scope), ...hw.ids(scope), ...idsFor(scope) };
  Object.assign(ids, crw.ids(scope));
  let temp: Throwaway | undefined;
  const destroyed = op.method === 'DELETE' || analysisConsuming.has(op.key) || activitiesConsuming.has(op.key) || boardsConsuming.has(op.key) || coordinatorConsuming.has(op.key) ? op.pathParams.at(-1) : undefined;
  if (questionnaireConsuming.has(op.key) && scope !== 'unknown') ids[op.pathParams.at(-1)!] = (temp = await qw.throwaway(op.key, scope)).id;
  else if (destroyed && destroyed !== 'programmeId' && scope !== 'unknown') ids[destroyed] = (temp = await throwawayFor(destroyed, scope)).id;
  if (withdrawalHitsConsuming.has(op.key) && scope !== 'unknown') ids.hitId = (temp = await hw.throwaway(scope)).id;
  if (courseConsuming.has(op.key) && scope !== 'unknown') Object.assign(ids, (temp = await crw.throwaway(op.key, scope)).ids);
  let as: Caller | undefined = actor === 'anonymous' ? undefined : world.callers[actor];
  if (as && endsSession.has(op.key)) as = await t.signIn(`${actor}@varde.test`);
  const body = exampleBodies[op.key]?.(world);
  try {
    const res = await t.call(op.method, fillPath(op.template, ids), { as, body });
    return { status: res.status, text: res.status >= 300 ? await res.text() : '' };
  } finally {
    await temp?.remove();
    if (op.method !== 'GET') await tw.restoreProgrammes();
  }
}

describe('every operation answers each caller as its policy says', () => {
  it('the expectation table names no route the API lacks', () => {
    const keys = new Set(operations.map((o) => o.key));
    expect(Object.keys(expectations).filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(operations.map((op) => [op.key, op] as const))('%s', async (key, op) => {
    expect(op.policy, `route ${key} has no x-policy in the OpenAPI document — declare one`).toMatch(/^[a-z.-]+$/);
    const rule = expectations[key];
    expect(rule, `route ${key} has no authorization expectations — add it`).toBeDefined();
    if (op.body?.required) expect(exampleBodies[key], `route ${key} has no example body in test/support/world.ts — add one`).toBeDefined();
    const mismatches: string[] = [];
    for (const scope of scopesOf(op)) {
      for (const actor of actorNames) {
        const want = expected(rule, actor, scope);
        const { status, text } = await callAs(op, actor, scope);
        const got: Outcome | number = status >= 200 && status < 300 ? 'ok' : status;
        if (!want.includes(got as Outcome)) mismatches.push(`${actor} @ ${scope}: expected ${want.join(' or ')}, got ${status} ${text.slice(0, 160)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('lists never show what lies outside the caller’s scope', () => {
  const get = async (path: string, as: Caller) => {
    const res = await t.call('GET', `${apiPrefix}${path}`, { as });
    expect(res.status, path).toBe(200);
    return (await res.json()) as any;
  };
  const idsOf = (rows: { id: unknown }[]) => rows.map((r) => r.id);
  const db = () => t.database.db;

  it('the programme list holds only the caller’s programmes', async () => {
    for (const actor of actorNames.filter((a) => a !== 'anonymous')) {
      for (const query of ['', '?archived=true']) {
        const ids = idsOf(await get(`/programmes${query}`, world.callers[actor]));
        if (actor === 'admin') expect(ids).toEqual(expect.arrayContaining([world.p1.id, world.p2.id]));
        else if (actor === 'outsider') expect(ids, actor).toEqual([]);
        else expect(ids, actor).toEqual([world.p1.id]);
      }
    }
  });

  it('a municipal contact sees only their municipality: in the list, the counts and the services', async () => {
    const contact = world.callers.municipal_contact;
    expect(idsOf(await get(`/programmes/${world.p1.id}/municipalities`, contact))).toEqual([world.p1.a]);
    const inA = await db().select({ id: services.id }).from(services).where(eq(services.municipalityId, world.p1.a));
    const overview = await get(`/programmes/${world.p1.id}`, contact);
    expect(overview.counts).toEqual({ municipalities: 1, services: inA.length });
    expect(overview.myRoles).toEqual(['municipal_contact']);
    for (const s of await get(`/programmes/${world.p1.id}/municipalities/${world.p1.a}/services`, contact)) expect(s.municipalityId).toBe(world.p1.a);
  });

  it('other members see every municipality of P1 and none of P2', async () => {
    const inP1 = (await db().select({ id: programmeMunicipalities.id }).from(programmeMunicipalities).where(eq(programmeMunicipalities.programmeId, world.p1.id))).map((r) => r.id);
    for (const actor of ['admin', 'coordinator', 'researcher', 'facilitator', 'observer'] as const) {
      const ids = idsOf(await get(`/programmes/${world.p1.id}/municipalities`, world.callers[actor]));
      expect(ids.sort(), actor).toEqual([...inP1].sort());
      expect(ids).not.toContain(world.p2.c);
    }
  });

  it('roles and audit rows belong to the programme asked about', async () => {
    for (const actor of ['admin', 'coordinator'] as const) {
      const roles = idsOf(await get(`/programmes/${world.p1.id}/roles`, world.callers[actor]));
      const inP1 = (await db().select({ id: programmeRoles.id }).from(programmeRoles).where(eq(programmeRoles.programmeId, world.p1.id))).map((r) => r.id);
      expect(roles.length).toBeGreaterThan(0);
      expect(inP1).toEqual(expect.arrayContaining(roles));
      expect(roles).not.toContain(world.p2.coordinatorRole);
      for (const [programmeId, as] of [[world.p1.id, world.callers[actor]], [world.p2.id, world.callers.admin]] as const) {
        const rows = idsOf(await get(`/programmes/${programmeId}/audit?limit=500`, as));
        const own = (await db().select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.programmeId, programmeId))).map((r) => r.id);
        expect(rows.length).toBeGreaterThan(0);
        expect(own).toEqual(expect.arrayContaining(rows));
      }
    }
  });
});

describe('coordinators are appointed and removed by an administrator only', () => {
  const rolesPath = () => `${apiPrefix}/programmes/${world.p1.id}/roles`;
  const appointCoordinator = () => ({ email: `koord-${world.unique()}@varde.test`, name: 'Ny koordinator', role: 'coordinator' });

  it('a coordinator may neither appoint nor revoke a coordinator; an administrator may do both', async () => {
    expect((await t.call('POST', rolesPath(), { as: world.callers.coordinator, body: appointCoordinator() })).status).toBe(403);
    const revoke = (as: Caller) => t.call('DELETE', `${rolesPath()}/${world.p1.roles.coordinator}`, { as });
    expect((await revoke(world.callers.coordinator)).status).toBe(403);
    const byAdmin = await t.call('POST', rolesPath(), { as: world.callers.admin, body: appointCoordinator() });
    expect(byAdmin.status).toBe(201);
    const [created] = (await byAdmin.json()) as { id: string }[];
    expect((await t.call('DELETE', `${rolesPath()}/${created.id}`, { as: world.callers.admin })).status).toBe(204);
  });

  it('nobody is made contact for a municipality of another programme', async () => {
    const body = { email: `kontakt-${world.unique()}@varde.test`, name: 'Kontakt', role: 'municipal_contact', municipalityIds: [world.p2.c] };
    for (const actor of ['admin', 'coordinator'] as const)
      expect((await t.call('POST', rolesPath(), { as: world.callers[actor], body })).status).toBe(404);
    expect(await t.database.db.select().from(programmeRoles).where(eq(programmeRoles.municipalityId, world.p2.c))).toEqual([]);
    expect((await t.database.db.select().from(programmes)).length).toBeGreaterThanOrEqual(2);
  });
});
