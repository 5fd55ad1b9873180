import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../src/modules/access/actor.js';
import { recordHarvest } from '../../src/modules/improvement/harvests.js';
import { improvementIndicators, improvementMeasureDocuments, improvementMeasurements, improvementMeasures, improvementPdsaCycles } from '../../src/modules/improvement/schema.js';
import type { TestApp } from './app.js';
import type { Throwaway, World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
type Role = 'coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer';
interface Fixtures { measureId: string; cycleId: string; indicatorId: string; measurementId: string; linkedDocumentId: string }

/**
 * Improvement fixtures: in P1 a shared measure in A and an UNSHARED one in B (so the municipal contact of
 * A meets the sharing exception's limit there), and a shared one in P2 (C); each with a PDSA cycle,
 * an indicator and three monthly data points; and per measure a café harvest of its municipality (an analysis
 * document every member may see the title of) to link as evidence.
 */
export async function buildImprovementWorld(t: TestApp, world: World) {
  const db = t.database.db;
  const admin: Actor = { userId: world.callers.admin.userId, name: 'admin', email: 'admin@varde.test', language: 'nb', isAdmin: true, grants: [] };
  const measure = async (programmeId: string, municipalityId: string, shared: boolean) =>
    (await db.insert(improvementMeasures).values({ programmeId, municipalityId, title: 'Tilbakemeldingsskjema', kind: 'user_power', status: 'started', shared }).returning())[0];
  const fixtures = async (programmeId: string, municipalityId: string, shared: boolean): Promise<Fixtures> => {
    const m = await measure(programmeId, municipalityId, shared);
    const [cycle] = await db.insert(improvementPdsaCycles).values({ measureId: m.id, plan: 'Prøve skjemaet i én avdeling', startsOn: '2026-02-01' }).returning();
    const [indicator] = await db.insert(improvementIndicators).values({ measureId: m.id, name: 'Antall skjema', valueType: 'count' }).returning();
    const points = await db.insert(improvementMeasurements).values(['2026-01-01', '2026-02-01', '2026-03-01'].map((period, i) => ({ indicatorId: indicator.id, period, value: 3 + i }))).returning();
    const harvest = await recordHarvest(db, admin, programmeId, municipalityId, { kind: 'cafe', gathering: 2, tableLabel: '1', text: 'Skjemaet er i bruk.' }, { key: Buffer.alloc(32, 7), dataDir: '/nonexistent' }, 'nb');
    return { measureId: m.id, cycleId: cycle.id, indicatorId: indicator.id, measurementId: points[0].id, linkedDocumentId: harvest.documentId! };
  };
  const A = await fixtures(world.p1.id, world.p1.a, true);
  const B = await fixtures(world.p1.id, world.p1.b, false);
  const C = await fixtures(world.p2.id, world.p2.c, true);
  const fx = (scope: Scope) => (scope === 'A' ? A : scope === 'B' ? B : C);
  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown') return { measureId: randomUUID(), cycleId: randomUUID(), indicatorId: randomUUID(), measurementId: randomUUID(), linkedDocumentId: randomUUID() };
      return { ...fx(scope) };
    },
    /** A fresh measure (or data point) for calls that delete their last path parameter. */
    async throwaway(param: string, scope: Scope): Promise<Throwaway | undefined> {
      const f = fx(scope);
      const [owner] = await db.select().from(improvementMeasures).where(eq(improvementMeasures.id, f.measureId));
      if (param === 'measureId') {
        const m = await measure(owner.programmeId, owner.municipalityId, owner.shared);
        return { id: m.id, remove: async () => void (await db.delete(improvementMeasures).where(eq(improvementMeasures.id, m.id))) };
      }
      if (param === 'linkedDocumentId') {
        // The fixture harvest linked to the fixture measure, so removing the link has something to remove.
        const link = and(eq(improvementMeasureDocuments.measureId, f.measureId), eq(improvementMeasureDocuments.documentId, f.linkedDocumentId));
        await db.insert(improvementMeasureDocuments).values({ measureId: f.measureId, documentId: f.linkedDocumentId }).onConflictDoNothing();
        return { id: f.linkedDocumentId, remove: async () => void (await db.delete(improvementMeasureDocuments).where(link)) };
      }
      if (param === 'measurementId') {
        const [p] = await db.insert(improvementMeasurements).values({ indicatorId: f.indicatorId, period: `2090-${String((counter++ % 12) + 1).padStart(2, '0')}-01`, value: 1 }).onConflictDoNothing().returning();
        const row = p ?? (await db.insert(improvementMeasurements).values({ indicatorId: f.indicatorId, period: `${2100 + counter++}-01-01`, value: 1 }).returning())[0];
        return { id: row.id, remove: async () => void (await db.delete(improvementMeasurements).where(eq(improvementMeasurements.id, row.id))) };
      }
      return undefined;
    },
  };
}

let counter = 0;
/** A period no other call has used, so repeated entries in the walk never collide. */
const freshPeriod = (w: World) => `${2200 + w.unique()}-01`;

function dataFile(w: World): FormData {
  const form = new FormData();
  form.append('file', new Blob([`Periode;Verdi\n${freshPeriod(w)};4\n`], { type: 'text/csv' }), 'data.csv');
  return form;
}

const p = '/programmes/{programmeId}/improvement';
const team = `${p}/teams/{municipalityId}`;
const m = `${p}/measures/{measureId}`;
const ind = `${m}/indicators/{indicatorId}`;

/** One valid body per improvement operation (spread into exampleBodies). */
export const improvementExampleBodies: Record<string, (world: World) => unknown> = {
  [`POST ${p}/kinds`]: (w) => ({ key: `egen_${w.unique()}`, labels: { nb: 'Egen', nn: 'Eigen', en: 'Own' } }),
  [`PUT ${team}/plan`]: () => ({ anchoring: 'Forankret i ledermøtet', mandate: 'Bedre tjenester' }),
  [`PUT ${team}/tasks`]: () => ({ task: 'roles', done: true }),
  [`POST ${team}/meetings`]: () => ({ firstStartsAt: '2026-03-03T13:00:00+01:00', everyWeeks: 4, count: 1 }),
  [`POST ${team}/rounds`]: () => ({ instrument: 'municipality-survey' }),
  [`POST ${team}/progress`]: () => ({ gathering: 1, score: 2, reason: 'I gang' }),
  [`POST ${team}/harvests`]: () => ({ kind: 'cafe', gathering: 2, tableLabel: '1', round: 1, question: 'Hva er i gang?', text: 'Tilbakemeldingsskjema er i bruk.' }),
  [`POST ${team}/measures`]: () => ({ title: 'Nytt tiltak', kind: 'plain_language' }),
  [`PATCH ${m}`]: () => ({ status: 'implemented' }),
  [`POST ${m}/pdsa`]: () => ({ plan: 'Prøve i to uker', startsOn: '2026-04-01' }),
  [`PATCH ${m}/pdsa/{cycleId}`]: () => ({ study: 'Det virket', studiedOn: '2026-04-20' }),
  [`POST ${m}/indicators`]: () => ({ name: 'Antall', valueType: 'count' }),
  [`PATCH ${ind}`]: () => ({ goal: 10 }),
  [`POST ${ind}/measurements`]: (w) => ({ rows: [{ period: freshPeriod(w), value: '5' }] }),
  [`POST ${ind}/import`]: (w) => dataFile(w),
};

/**
 * The improvement rules for the authorization walk: THE SHARING EXCEPTION. Every member reads every team
 * (a municipal contact included: B is 'ok', not 404); only the team's own municipality (or a coordinator)
 * changes it (the contact of A gets 403 at B); B's measure is unshared, so for the contact of A it does
 * not exist (404), read or write.
 */
export function improvementExpectations<R>(members: (may: Role[], opts?: { municipal?: boolean }) => R, custom: (rule: (actor: string, scope: Scope) => 'ok' | 401 | 403 | 404 | 400) => R) {
  const all: Role[] = ['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'];
  const read = members(all);
  const apply = (rule: R) => rule as unknown as (a: string, s: Scope) => 'ok' | 401 | 403 | 404 | 400;
  const teamWrite = custom((a, s) => (a === 'municipal_contact' && s === 'B' ? 403 : apply(members(['coordinator', 'municipal_contact']))(a, s)));
  const measureRead = custom((a, s) => (a === 'municipal_contact' && s === 'B' ? 404 : apply(read)(a, s)));
  const measureWrite = custom((a, s) => (a === 'municipal_contact' && s === 'B' ? 404 : apply(members(['coordinator', 'municipal_contact']))(a, s)));
  return {
    [`GET ${p}`]: read,
    [`POST ${p}/kinds`]: members(['coordinator']),
    [`GET ${p}/small-multiples`]: read,
    [`GET ${team}`]: read,
    [`PUT ${team}/plan`]: teamWrite,
    [`PUT ${team}/tasks`]: teamWrite,
    [`POST ${team}/meetings`]: teamWrite,
    [`POST ${team}/rounds`]: teamWrite,
    [`POST ${team}/progress`]: teamWrite,
    [`POST ${team}/harvests`]: teamWrite,
    [`POST ${team}/measures`]: teamWrite,
    [`GET ${m}`]: measureRead,
    [`PATCH ${m}`]: measureWrite,
    [`DELETE ${m}`]: measureWrite,
    [`POST ${m}/pdsa`]: measureWrite,
    [`PATCH ${m}/pdsa/{cycleId}`]: measureWrite,
    [`POST ${m}/indicators`]: measureWrite,
    [`PATCH ${ind}`]: measureWrite,
    [`POST ${ind}/measurements`]: measureWrite,
    [`POST ${ind}/import`]: measureWrite,
    [`DELETE ${ind}/measurements/{measurementId}`]: measureWrite,
    [`GET ${ind}/chart.png`]: measureRead,
    [`GET ${m}/documents`]: measureRead,
    [`GET ${m}/document-candidates`]: measureWrite,
    [`PUT ${m}/documents/{linkedDocumentId}`]: measureWrite,
    [`DELETE ${m}/documents/{linkedDocumentId}`]: measureWrite,
  };
}
