import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../src/i18n/index.js';
import { setUserLanguage } from '../src/modules/auth/users.js';
import { createTestApp, type Caller } from './support/app.js';
import { buildAnalysisWorld } from './support/analysis-world.js';
import { buildConsentWorld } from './support/consent-world.js';
import { buildActivitiesWorld } from './support/activities-world.js';
import { buildInvitationsWorld } from './support/invitations-world.js';
import { buildQuestionnaireWorld } from './support/questionnaire-world.js';
import { badInputCases, type BadCase } from './support/bad-input-cases.js';
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
  await setUserLanguage(t.database.db, world.callers.coordinator.userId, 'nn');
  countsBefore = await countRows(t);
});
afterAll(() => t.close());

function validIds(): Record<string, string> {
  const { p1 } = world;
  return { ...cw.ids('A'), ...aw.ids('A'), ...acw.ids('A'), ...iw.ids('A'), ...qw.ids('A'), programmeId: p1.id, municipalityId: p1.a, serviceId: p1.serviceA, roleId: p1.roles.observer, participantId: p1.participants.A, groupId: p1.groups.A, memberId: p1.members.A };
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
