import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { codes, codings, documents } from '../../src/modules/analysis/schema.js';
import { newJoinCode } from '../../src/modules/codesign/board-codes.js';
import { boardItems, boards } from '../../src/modules/codesign/board-schema.js';
import { journeyStages } from '../../src/modules/codesign/journey.js';
import { codesignTargetAreas, codesignTouchpoints, codesignTriggerSets } from '../../src/modules/codesign/schema.js';
import type { TestApp } from './app.js';
import type { Throwaway, World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
type Role = 'coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer';
interface Fixtures { touchpointId: string; setId: string; targetAreaId: string; codingId: string; stageId: string; activityId: string; municipalityId: string; programmeId: string; documentId: string; boardId: string; boardItemId: string }

const state: { A?: Fixtures } = {};

/**
 * Co-design evidence fixtures (touchpoints, feedback material, target areas) on top of the activities
 * world: in each of A, B (P1) and C (P2) a coded interview segment marked as a touchpoint, a material
 * set for the scope's activity, a target area, and a board with one shown item (for from-board).
 */
export async function buildCodesignWorld(t: TestApp, world: World, activityOf: (scope: Scope) => string) {
  const db = t.database.db;
  const touchpoint = async (f: Omit<Fixtures, 'touchpointId' | 'setId' | 'targetAreaId' | 'boardId' | 'boardItemId'>) =>
    (await db.insert(codesignTouchpoints).values({ programmeId: f.programmeId, municipalityId: f.municipalityId, documentId: f.documentId, codingId: f.codingId, stageId: f.stageId, role: 'recipient', valence: -1, emotion: 'uncertain' }).returning())[0].id;
  const build = async (programmeId: string, municipalityId: string, scope: Scope): Promise<Fixtures> => {
    const [doc] = await db.insert(documents).values({ programmeId, municipalityId, kind: 'interview_transcript', title: 'Intervju', text: 'Jeg ble møtt med respekt. Det tok lang tid.', sourceFormat: 'text', attributes: { role: 'recipient' } }).returning();
    const [code] = await db.insert(codes).values({ programmeId, name: 'Møtet' }).returning();
    const rows = await db.insert(codings).values([{ documentId: doc.id, codeId: code.id, start: 0, end: 25, text: 'Jeg ble møtt med respekt.' }, { documentId: doc.id, codeId: code.id, start: 26, end: 43, text: 'Det tok lang tid.' }]).returning();
    const stageId = (await journeyStages(db, programmeId))[0].id;
    const activityId = activityOf(scope);
    const base = { programmeId, municipalityId, documentId: doc.id, codingId: rows[1].id, stageId, activityId };
    const touchpointId = await touchpoint({ ...base, codingId: rows[0].id });
    const [set] = await db.insert(codesignTriggerSets).values({ programmeId, activityId, title: 'Materiale' }).returning();
    const [area] = await db.insert(codesignTargetAreas).values({ programmeId, municipalityId, title: 'Å bli hørt' }).returning();
    const [board] = await db.insert(boards).values({ programmeId, activityId, municipalityId, title: 'Prioritering', mode: 'dots', status: 'open', joinCode: newJoinCode(), codeExpiresAt: new Date(Date.now() + 3600_000) }).returning();
    const [item] = await db.insert(boardItems).values({ boardId: board.id, kind: 'free', label: 'Bli hørt', status: 'shown' }).returning();
    return { ...base, touchpointId, setId: set.id, targetAreaId: area.id, boardId: board.id, boardItemId: item.id };
  };
  const A = await build(world.p1.id, world.p1.a, 'A');
  const B = await build(world.p1.id, world.p1.b, 'B');
  const C = await build(world.p2.id, world.p2.c, 'other');
  state.A = A;
  const fx = (scope: Scope) => (scope === 'A' ? A : scope === 'B' ? B : C);
  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown') return { touchpointId: randomUUID(), setId: randomUUID(), targetAreaId: randomUUID() };
      const f = fx(scope);
      return { touchpointId: f.touchpointId, setId: f.setId, targetAreaId: f.targetAreaId };
    },
    /** A DELETE removes a fresh object of the scope, never the fixture. */
    async throwaway(param: string, scope: Scope): Promise<Throwaway | undefined> {
      const f = fx(scope);
      if (param === 'touchpointId') {
        const [c] = await db.insert(codings).values({ documentId: f.documentId, codeId: (await db.select().from(codes).where(eq(codes.programmeId, f.programmeId)))[0].id, start: 0, end: 3, text: 'Jeg' }).returning();
        const id = await touchpoint({ ...f, codingId: c.id });
        return { id, remove: async () => void (await db.delete(codings).where(eq(codings.id, c.id))) };
      }
      if (param === 'setId') {
        const [s] = await db.insert(codesignTriggerSets).values({ programmeId: f.programmeId, activityId: f.activityId, title: 'Kast' }).returning();
        return { id: s.id, remove: async () => void (await db.delete(codesignTriggerSets).where(eq(codesignTriggerSets.id, s.id))) };
      }
      if (param === 'targetAreaId') {
        const [a] = await db.insert(codesignTargetAreas).values({ programmeId: f.programmeId, municipalityId: f.municipalityId, title: 'Kast' }).returning();
        return { id: a.id, remove: async () => void (await db.delete(codesignTargetAreas).where(eq(codesignTargetAreas.id, a.id))) };
      }
      return undefined;
    },
  };
}

/** Before the world is built (another test file's walk), the bodies name ids nobody has. */
const nobody = '00000000-0000-4000-8000-000000000000';
const A = (): Fixtures => state.A ?? { touchpointId: nobody, setId: nobody, targetAreaId: nobody, codingId: nobody, stageId: nobody, activityId: nobody, municipalityId: nobody, programmeId: nobody, documentId: nobody, boardId: nobody, boardItemId: nobody };

/** One valid body per operation, naming P1's municipality A fixtures (in P2 they are unknown: 400 or 404). */
export const codesignEvidenceBodies: Record<string, () => unknown> = {
  'POST /programmes/{programmeId}/codesign/stages': () => ({ labels: { nb: 'Ettervern', nn: 'Ettervern', en: 'Aftercare' } }),
  'PUT /programmes/{programmeId}/codesign/touchpoints': () => ({ codingId: A().codingId, stageId: A().stageId, valence: 1, emotion: 'hopeful' }),
  'POST /programmes/{programmeId}/codesign/material': () => ({ activityId: A().activityId, title: 'Møte' }),
  'PATCH /programmes/{programmeId}/codesign/material/{setId}': () => ({ title: 'Nytt navn' }),
  'PUT /programmes/{programmeId}/codesign/material/{setId}/items': () => ({ items: [{ codingId: A().codingId, caption: 'Start' }] }),
  'POST /programmes/{programmeId}/codesign/target-areas': () => ({ title: 'Kontinuitet', municipalityId: A().municipalityId }),
  'POST /programmes/{programmeId}/codesign/target-areas/from-items': () => ({ municipalityId: A().municipalityId, items: [{ label: 'Bli hørt', tally: { recipient: 6, provider: 5, leader: 0, unknown: 0 } }] }),
  'POST /programmes/{programmeId}/codesign/target-areas/from-board': () => ({ boardId: A().boardId, itemIds: [A().boardItemId] }),
  'PATCH /programmes/{programmeId}/codesign/target-areas/{targetAreaId}': () => ({ description: 'Endret' }),
};

/**
 * Co-design evidence rules: touchpoints, the map, material and the thread are research data (coordinators,
 * researchers, facilitators read; coordinators and researchers mark; coordinators and facilitators make
 * material and target areas); target areas and EBCD stages are for every member, a contact only their own.
 */
export function codesignEvidenceExpectations<R>(members: (may: Role[], opts?: { municipal?: boolean }) => R, adminInOther: (status: 400 | 404, rule: R) => R) {
  const all: Role[] = ['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'];
  const research: Role[] = ['coordinator', 'researcher', 'facilitator'];
  const mark: Role[] = ['coordinator', 'researcher'];
  const run: Role[] = ['coordinator', 'facilitator'];
  const municipal = { municipal: true };
  const p = '/programmes/{programmeId}/codesign';
  return {
    [`GET ${p}/stages`]: members(research),
    [`POST ${p}/stages`]: members(['coordinator']),
    [`GET ${p}/touchpoints`]: members(research),
    [`PUT ${p}/touchpoints`]: adminInOther(400, members(mark)),
    [`DELETE ${p}/touchpoints/{touchpointId}`]: members(mark),
    [`GET ${p}/emotional-map`]: members(research),
    [`GET ${p}/emotional-map.svg`]: members(research),
    [`GET ${p}/ebcd-stages`]: members(all),
    [`GET ${p}/material`]: members(research),
    [`POST ${p}/material`]: adminInOther(400, members(run)),
    [`GET ${p}/material/{setId}`]: members(research),
    [`PATCH ${p}/material/{setId}`]: members(run),
    [`PUT ${p}/material/{setId}/items`]: adminInOther(400, members(run)),
    [`DELETE ${p}/material/{setId}`]: members(run),
    [`GET ${p}/target-areas`]: members(all),
    [`POST ${p}/target-areas`]: adminInOther(400, members(run)),
    [`POST ${p}/target-areas/from-items`]: adminInOther(400, members(run)),
    [`POST ${p}/target-areas/from-board`]: adminInOther(404, members(run)),
    [`PATCH ${p}/target-areas/{targetAreaId}`]: members(run, municipal),
    [`DELETE ${p}/target-areas/{targetAreaId}`]: members(run, municipal),
    [`GET ${p}/thread`]: members(research),
    [`GET ${p}/thread/modules`]: members(research),
  } as Record<string, R>;
}
