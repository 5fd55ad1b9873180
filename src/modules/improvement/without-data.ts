/**
 * Measures under way (planned, started, implemented, sustained) with no measurement yet on any indicator:
 * a run chart cannot start without data (seed 004 §6). For the programme overview; ids and titles only.
 */
import { and, asc, eq, inArray, notExists } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { improvementIndicators, improvementMeasurements, improvementMeasures } from './schema.js';

export async function measuresWithoutData(db: Executor, programmeId: string) {
  const m = improvementMeasures;
  const anyData = db
    .select({ one: improvementMeasurements.id })
    .from(improvementMeasurements)
    .innerJoin(improvementIndicators, eq(improvementIndicators.id, improvementMeasurements.indicatorId))
    .where(eq(improvementIndicators.measureId, m.id));
  return db
    .select({ id: m.id, title: m.title, municipalityId: m.municipalityId, shared: m.shared })
    .from(m)
    .where(and(eq(m.programmeId, programmeId), inArray(m.status, ['planned', 'started', 'implemented', 'sustained']), notExists(anyData)))
    .orderBy(asc(m.createdAt));
}
