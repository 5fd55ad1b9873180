import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import type { Measure } from './measures.js';
import { improvementPdsaCycles } from './schema.js';

export type PdsaCycle = typeof improvementPdsaCycles.$inferSelect;

export interface PdsaInput {
  plan: string;
  prediction?: string;
  doNotes?: string;
  study?: string;
  act?: string;
  decision?: PdsaCycle['decision'];
  startsOn: string;
  studiedOn?: string | null;
}

function assertOrder(startsOn: string, studiedOn: string | null | undefined) {
  if (studiedOn && studiedOn < startsOn) throw invalidField('studiedOn', 'improvement.errors.studiedBeforeStart');
}

export async function listCycles(db: Executor, measureIds: string[]): Promise<PdsaCycle[]> {
  if (measureIds.length === 0) return [];
  return db.select().from(improvementPdsaCycles).where(inArray(improvementPdsaCycles.measureId, measureIds)).orderBy(asc(improvementPdsaCycles.startsOn), asc(improvementPdsaCycles.createdAt));
}

/** Every PDSA cycle of a programme (one query). */
export async function listProgrammeCycles(db: Executor, programmeId: string): Promise<PdsaCycle[]> {
  return db.select().from(improvementPdsaCycles).where(sql`${improvementPdsaCycles.measureId} in (select id from improvement_measures where programme_id = ${programmeId})`).orderBy(asc(improvementPdsaCycles.startsOn));
}

export async function getCycle(db: Executor, measure: Measure, cycleId: string): Promise<PdsaCycle> {
  const [row] = await db.select().from(improvementPdsaCycles).where(and(eq(improvementPdsaCycles.measureId, measure.id), eq(improvementPdsaCycles.id, cycleId)));
  if (!row) throw notFound();
  return row;
}

export async function createCycle(db: Executor, actor: Actor, measure: Measure, input: PdsaInput, requestId?: string) {
  assertWritable(await getProgramme(db, measure.programmeId));
  assertOrder(input.startsOn, input.studiedOn);
  const [row] = await db.insert(improvementPdsaCycles).values({ ...input, measureId: measure.id, studiedOn: input.studiedOn ?? null, decision: input.decision ?? null }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.pdsa.create', entity: 'improvement_pdsa_cycle', entityId: row.id, programmeId: measure.programmeId, after: { measureId: measure.id, startsOn: row.startsOn }, requestId });
  return row;
}

export async function updateCycle(db: Executor, actor: Actor, measure: Measure, cycle: PdsaCycle, patch: Partial<PdsaInput>, requestId?: string) {
  assertWritable(await getProgramme(db, measure.programmeId));
  assertOrder(patch.startsOn ?? cycle.startsOn, patch.studiedOn === undefined ? cycle.studiedOn : patch.studiedOn);
  const [after] = await db.update(improvementPdsaCycles).set(patch).where(eq(improvementPdsaCycles.id, cycle.id)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.pdsa.update', entity: 'improvement_pdsa_cycle', entityId: cycle.id, programmeId: measure.programmeId, after: { fields: Object.keys(patch), decision: after.decision }, requestId });
  return after;
}

/** A cycle is studied once the team has written what it learnt (or dated the study). */
export const isStudied = (c: Pick<PdsaCycle, 'study' | 'studiedOn'>) => c.study.trim() !== '' || c.studiedOn !== null;
