import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { InstrumentDefinitionSchema } from '../../src/modules/questionnaires/definition.js';
import { publicSurveyToken, serverKey, tokenHash } from '../../src/modules/questionnaires/keys.js';
import { instrumentVersions, instruments, surveys } from '../../src/modules/questionnaires/schema.js';
import type { TestApp } from './app.js';
import type { Throwaway, World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
type Role = 'coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer';

const text = (s: string) => ({ nb: s, nn: s, en: s });
export const tinyDefinition = () =>
  InstrumentDefinitionSchema.parse({
    name: 'tiny', title: text('Lite skjema'), languages: ['nb', 'nn', 'en'],
    sections: [{ name: 's', items: [{ name: 'q1', type: 'likert', label: text('Spørsmål'), points: [1, 2, 3].map((v) => ({ value: v, label: text(String(v)) })) }] }],
  });

const ids: { p1?: { versionId: string } } = {};

/**
 * Questionnaire fixtures on top of the world: per programme an instrument with version 1 published
 * and version 2 as a draft; anonymous open surveys with a public link in P1's municipalities A and B
 * and P2's C. Made straight in the database.
 */
export async function buildQuestionnaireWorld(t: TestApp, world: World) {
  const db = t.database.db;
  const key = await serverKey({ dataDir: 'data' });
  const instrument = async (programmeId: string, status: 'both' | 'draft' | 'published' = 'both') => {
    const [i] = await db.insert(instruments).values({ programmeId, title: text('Lite skjema') }).returning();
    const [v1] = await db.insert(instrumentVersions).values({ instrumentId: i.id, version: 1, status: status === 'draft' ? 'draft' : 'published', definition: tinyDefinition(), publishedAt: status === 'draft' ? null : new Date() }).returning();
    if (status === 'both') await db.insert(instrumentVersions).values({ instrumentId: i.id, version: 2, status: 'draft', definition: tinyDefinition() });
    return { instrumentId: i.id, versionId: v1.id };
  };
  const survey = async (programmeId: string, municipalityId: string, versionId: string) => {
    const id = randomUUID();
    await db.insert(surveys).values({ id, programmeId, municipalityId, instrumentVersionId: versionId, title: text('Undersøkelse'), mode: 'anonymous', status: 'open', publicTokenHash: tokenHash(publicSurveyToken(key, id)) });
    return id;
  };
  const p1 = await instrument(world.p1.id);
  const p2 = await instrument(world.p2.id);
  ids.p1 = { versionId: p1.versionId };
  const surveysOf = { A: await survey(world.p1.id, world.p1.a, p1.versionId), B: await survey(world.p1.id, world.p1.b, p1.versionId), C: await survey(world.p2.id, world.p2.c, p2.versionId) };
  const where = (scope: Scope) => (scope === 'A' ? { programmeId: world.p1.id, m: world.p1.a, v: p1.versionId } : scope === 'B' ? { programmeId: world.p1.id, m: world.p1.b, v: p1.versionId } : { programmeId: world.p2.id, m: world.p2.c, v: p2.versionId });

  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown') return { instrumentId: randomUUID(), versionId: randomUUID(), surveyId: randomUUID() };
      if (scope === 'other' || scope === 'cross') return { instrumentId: p2.instrumentId, versionId: p2.versionId, surveyId: surveysOf.C };
      return { instrumentId: p1.instrumentId, versionId: p1.versionId, surveyId: scope === 'A' ? surveysOf.A : surveysOf.B };
    },
    /** A fresh object for an operation that uses up its last path parameter. */
    async throwaway(opKey: string, scope: Scope): Promise<Throwaway> {
      const w = where(scope);
      if (opKey.endsWith('/publish') || opKey.endsWith('/new-draft')) {
        const made = await instrument(w.programmeId, opKey.endsWith('/publish') ? 'draft' : 'published');
        return { id: made.instrumentId, remove: async () => void (await db.delete(instruments).where(eq(instruments.id, made.instrumentId))) };
      }
      const id = await survey(w.programmeId, w.m, w.v);
      return { id, remove: async () => void (await db.delete(surveys).where(eq(surveys.id, id))) };
    },
  };
}

/** Operations that use up their last path parameter: the walk gives them a throwaway from `throwaway(opKey, scope)`. */
export const questionnaireConsuming = new Set([
  'POST /programmes/{programmeId}/instruments/{instrumentId}/publish',
  'POST /programmes/{programmeId}/instruments/{instrumentId}/new-draft',
  'POST /programmes/{programmeId}/surveys/{surveyId}/close',
  'DELETE /programmes/{programmeId}/surveys/{surveyId}/public-link',
]);

/** Who may call each questionnaire route (H3's: instruments and surveys). */
export function questionnaireExpectations<R>(members: (may: Role[], opts?: { municipal?: boolean }) => R, adminOther: (status: 404, rule: R) => R): Record<string, R> {
  const readers: Role[] = ['coordinator', 'researcher', 'facilitator', 'municipal_contact'];
  const managers: Role[] = ['coordinator', 'researcher'];
  const m = { municipal: true };
  const b = '/programmes/{programmeId}';
  return {
    [`GET ${b}/instruments`]: members(readers),
    [`POST ${b}/instruments`]: members(managers),
    [`GET ${b}/instruments/{instrumentId}`]: members(readers),
    [`GET ${b}/instruments/{instrumentId}/draft`]: members(readers),
    [`PUT ${b}/instruments/{instrumentId}/draft`]: members(managers),
    [`POST ${b}/instruments/{instrumentId}/publish`]: members(managers),
    [`POST ${b}/instruments/{instrumentId}/new-draft`]: members(managers),
    [`GET ${b}/instrument-versions/{versionId}`]: members(readers),
    [`GET ${b}/surveys`]: members(readers),
    // The example names P1's published version, which P2 does not have.
    [`POST ${b}/surveys`]: adminOther(404, members(managers)),
    [`GET ${b}/surveys/{surveyId}`]: members(readers, m),
    [`PATCH ${b}/surveys/{surveyId}`]: members(managers, m),
    [`POST ${b}/surveys/{surveyId}/open`]: members(managers, m),
    [`POST ${b}/surveys/{surveyId}/close`]: members(managers, m),
    [`POST ${b}/surveys/{surveyId}/invitations`]: members(readers, m),
    [`POST ${b}/surveys/{surveyId}/public-link`]: members(readers, m),
    [`DELETE ${b}/surveys/{surveyId}/public-link`]: members(readers, m),
    [`GET ${b}/surveys/{surveyId}/qr.svg`]: members(readers, m),
    [`GET ${b}/surveys/{surveyId}/progress`]: members(readers, m),
    [`GET ${b}/surveys/{surveyId}/pairing`]: members(managers, m),
    [`GET ${b}/surveys/{surveyId}/reliability`]: members(managers, m),
  };
}

/** One valid body per questionnaire operation (spread into exampleBodies). */
export const questionnaireExampleBodies: Record<string, (world: World) => unknown> = {
  'POST /programmes/{programmeId}/instruments': () => ({ title: 'Nytt skjema' }),
  'PUT /programmes/{programmeId}/instruments/{instrumentId}/draft': () => ({ definition: tinyDefinition() }),
  'POST /programmes/{programmeId}/surveys': () => ({ instrumentVersionId: ids.p1?.versionId, mode: 'anonymous' }),
  'PATCH /programmes/{programmeId}/surveys/{surveyId}': () => ({ display: 'whole' }),
  'POST /programmes/{programmeId}/surveys/{surveyId}/invitations': () => ({ municipality: true }),
};
