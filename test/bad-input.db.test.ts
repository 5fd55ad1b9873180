import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureInvitationToken } from '../src/modules/activities/invitation-mail.js';
import { signInMailsSettled } from '../src/modules/auth/request-link.js';
import { issueParticipantLink } from '../src/modules/people/links.js';
import { publicSurveyToken, serverKey } from '../src/modules/questionnaires/keys.js';
import type { Language } from '../src/i18n/index.js';
import { setUserLanguage } from '../src/modules/auth/users.js';
import { createTestApp, testOrigin, type Caller } from './support/app.js';
import { rateLimitBuckets } from '../src/modules/ratelimits/schema.js';
import { buildAnalysisWorld } from './support/analysis-world.js';
import { buildConsentWorld } from './support/consent-world.js';
import { buildActivitiesWorld } from './support/activities-world.js';
import { buildInvitationsWorld } from './support/invitations-world.js';
import { buildBoardsWorld } from './support/boards-world.js';
import { buildCodesignWorld } from './support/codesign-world.js';
import { buildImprovementWorld } from './support/improvement-world.js';
import { buildCourseWorld } from './support/course-world.js';
import { buildQuestionnaireWorld } from './support/questionnaire-world.js';
import { badInputCases, formFuzzCases, fuzzCases, type BadCase, type FormTarget, type FuzzCase } from './support/bad-input-cases.js';
import { loadOperations, type Operation } from './support/openapi-operations.js';
import { problemsWith } from './support/problem-check.js';
import { buildWorld, countRows, exampleBodies, type World } from './support/world.js';

/**
 * Every operation of the OpenAPI document, fed invalid input derived from its own description
 * (path ids, query values, request body schema), by callers allowed to use it. Each answer must be
 * a translated problem+json 4xx, and none of it may change anything.
 */
const t = await createTestApp();
const operations = await loadOperations(t);
let world: World;
let cw: Awaited<ReturnType<typeof buildConsentWorld>>;
let aw: Awaited<ReturnType<typeof buildAnalysisWorld>>;
let acw: Awaited<ReturnType<typeof buildActivitiesWorld>>;
let iw: Awaited<ReturnType<typeof buildInvitationsWorld>>;
let qw: Awaited<ReturnType<typeof buildQuestionnaireWorld>>;
let bw: Awaited<ReturnType<typeof buildBoardsWorld>>;
let csw: Awaited<ReturnType<typeof buildCodesignWorld>>;
let crw: Awaited<ReturnType<typeof buildCourseWorld>>;
let imw: Awaited<ReturnType<typeof buildImprovementWorld>>;
let countsBefore: Record<string, number>;

const passes: { name: string; actor: 'admin' | 'coordinator'; lang: Language }[] = [
  { name: 'an administrator (bokmål)', actor: 'admin', lang: 'nb' },
  { name: 'a coordinator (nynorsk)', actor: 'coordinator', lang: 'nn' },
];
const seen: Record<Language, Set<string>> = { nb: new Set(), nn: new Set(), en: new Set() };
let casesRun = 0;

beforeAll(async () => {
  world = await buildWorld(t);
  cw = await buildConsentWorld(t, world);
  aw = await buildAnalysisWorld(t, world);
  acw = await buildActivitiesWorld(t, world);
  iw = await buildInvitationsWorld(t, world, (scope) => acw.ids(scope).activityId);
  qw = await buildQuestionnaireWorld(t, world);
  bw = await buildBoardsWorld(t, world, (scope) => acw.ids(scope).activityId);
  csw = await buildCodesignWorld(t, world, (scope) => acw.ids(scope).activityId);
  crw = await buildCourseWorld(t, world);
  imw = await buildImprovementWorld(t, world);
  await setUserLanguage(t.database.db, world.callers.coordinator.userId, 'nn');
  countsBefore = await countRows(t);
});
afterAll(async () => {
  await signInMailsSettled();
  await t.close();
});

function validIds(): Record<string, string> {
  const { p1 } = world;
  return { ...cw.ids('A'), ...aw.ids('A'), ...acw.ids('A'), ...iw.ids('A'), ...qw.ids('A'), ...bw.ids('A'), ...csw.ids('A'), ...crw.ids('A'), ...imw.ids('A'), programmeId: p1.id, municipalityId: p1.a, serviceId: p1.serviceA, roleId: p1.roles.observer, participantId: p1.participants.A, groupId: p1.groups.A, memberId: p1.members.A, hitId: randomUUID(), tokenId: randomUUID(), walkInId: randomUUID(), questionId: randomUUID(), disseminationId: randomUUID(), reportSectionId: randomUUID(), reportQuoteId: randomUUID(), reportExportId: randomUUID() };
}

async function send(c: BadCase, as: Caller): Promise<Response> {
  return t.call(c.method, c.url, { as, body: c.body, headers: c.contentType ? { 'content-type': c.contentType } : undefined });
}

describe.each(passes)('invalid input from $name', (pass) => {
  it.each(operations.map((op) => [op.key, op] as const))('%s', async (_key, op: Operation) => {
    const as = world.callers[pass.actor];
    const valid = exampleBodies[op.key]?.(world) as Record<string, unknown> | undefined;
    const cases = badInputCases(op, validIds(), valid);
    const failures: string[] = [];
    for (const c of cases) failures.push(...(await problemsWith(await send(c, as), c, pass.lang, seen[pass.lang])));
    casesRun += cases.length;
    expect(failures).toEqual([]);
  });
});

describe('after all that', () => {
  it('field messages came in the caller’s language, e.g. nynorsk “Feltet må fyllast ut.”', () => {
    expect(seen.nn).toContain('Feltet må fyllast ut.');
    expect(seen.nb).toContain('Feltet må fylles ut.');
  });

  it('nothing was written: no change, no audit row', async () => {
    expect(casesRun).toBeGreaterThan(500);
    expect(await countRows(t)).toEqual(countsBefore);
  });

  it('every operation was fed something invalid, unless it takes no input at all', () => {
    const untested = operations.filter((op) => badInputCases(op, validIds(), exampleBodies[op.key]?.(world) as never).length === 0);
    expect(untested.every((op) => op.method === 'GET' && !op.pathParams.length && !op.queryParams.length && !op.body)).toBe(true);
  });
});

/*
 * The fuzz corpus (test/support/bad-input-cases.ts) on every operation and every form of people without
 * an account. Answers may be 2xx (some odd values are valid) or 4xx, never 5xx. It runs after the checks
 * above (it may write), as an administrator in one language, and only on the embedded database: the same
 * code on a second server adds CI time and no coverage.
 */
const onSecondServer = process.env.TEST_DATABASE_URL !== undefined && inject('adminDatabaseUrl') === process.env.TEST_DATABASE_URL;
const fuzzed = { requests: 0, serverErrors: [] as string[] };

let address = 0;
async function fuzz(c: FuzzCase, as?: Caller) {
  const headers: Record<string, string> = { origin: testOrigin, ...(c.body !== undefined ? { 'content-type': c.contentType ?? 'application/json' } : {}), ...(as ? { cookie: as.cookie, 'x-csrf-token': as.csrfToken } : {}) };
  // A client address per request, as from a crowd: rate limits must not stand between the corpus and the handlers.
  const env = { incoming: { socket: { remoteAddress: `10.${(++address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}` } } };
  const res = await t.app.request(`${testOrigin}${c.url}`, { method: c.method, headers, body: c.body }, env);
  fuzzed.requests++;
  if (res.status >= 500) fuzzed.serverErrors.push(`${c.name} (${c.method} ${c.url.slice(0, 90)}) → ${res.status}: ${(await res.text()).slice(0, 200)}`);
  else await res.arrayBuffer();
}

describe.skipIf(onSecondServer)('fuzz corpus: no 5xx', () => {
  // Deleting last, so the other operations meet the world as it was.
  const ordered = [...operations].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
  it.each(ordered.map((op) => [op.key, op] as const))('%s', async (_key, op: Operation) => {
    const before = fuzzed.serverErrors.length;
    const valid = exampleBodies[op.key]?.(world) as Record<string, unknown> | undefined;
    // An operation newer than this file's id table still gets fuzzed, against unknown ids.
    const ids = { ...Object.fromEntries(op.pathParams.map((p) => [p, randomUUID()])), ...validIds() };
    for (const c of fuzzCases(op, ids, valid)) await fuzz(c, world.callers.admin);
    expect(fuzzed.serverErrors.slice(before)).toEqual([]);
  }, 90_000);

  it('every participant and sign-in form', async () => {
    const db = t.database.db;
    const key = await serverKey({ dataDir: 'data' });
    const consent = new URL(await issueParticipantLink(db, world.p1.participants.A, 'http://localhost:3000')).pathname;
    const invitation = `/i/${(await ensureInvitationToken(db, key, iw.ids('A').invitationId)).token}`;
    const survey = `/s/${publicSurveyToken(key, qw.ids('A').surveyId)}`;
    const forms: FormTarget[] = [
      { name: 'consent', path: consent, fields: { letterId: cw.ids('A').letterId ?? '00000000-0000-0000-0000-000000000000', lang: 'nb', purpose: 'research' } },
      { name: 'invitation reply', path: invitation, fields: { answer: 'yes', lang: 'nn' } },
      { name: 'check-in by link', path: `${invitation}/check-in`, fields: { code: 'ABCDEF' } },
      { name: 'check-in at the door', path: '/check-in', fields: { code: 'ABCDEF', personalCode: 'ABCD2345', lang: 'en' } },
      { name: 'questionnaire page', path: survey, fields: { _screen: '1', _action: 'submit', _lang: 'nb', q1: '2' } },
      { name: 'sign-in form', path: '/auth/request-link', fields: { email: 'noen@varde.example' } },
      { name: 'sign-in confirmation', path: '/auth/link', fields: { token: 'x'.repeat(43) } },
      { name: 'member check', path: `${consent}/member-check/${aw.ids('A').checkId}`, fields: { lang: 'nb', comment: 'Det stemmer.' } },
      // Last: a valid withdrawal erases the person.
      { name: 'withdrawal', path: `${consent}/withdraw`, fields: { lang: 'nb', choice: 'anonymise' } },
    ];
    const before = fuzzed.serverErrors.length;
    for (const target of forms)
      for (const c of formFuzzCases(target)) {
        // Wrong check-in codes also count per door code; start each request with no counts.
        await db.delete(rateLimitBuckets);
        await fuzz(c);
      }
    expect(fuzzed.serverErrors.slice(before)).toEqual([]);
  });

  it('prints the count of requests and 5xx: 0', () => {
    console.log(`fuzz: ${fuzzed.requests} requests, 5xx: ${fuzzed.serverErrors.length}`);
    expect(fuzzed.requests).toBeGreaterThan(3000);
    expect(fuzzed.serverErrors).toEqual([]);
  });
});
