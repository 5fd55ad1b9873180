import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import type { Measure } from './measures.js';
import { improvementIndicators, improvementMeasurements } from './schema.js';
import { refreshSignals } from './series.js';
import type { Frequency, ValueType } from './vocabulary.js';

export type Indicator = typeof improvementIndicators.$inferSelect;
export type Measurement = typeof improvementMeasurements.$inferSelect;

export interface IndicatorInput {
  name: string;
  definition?: string;
  valueType: ValueType;
  numerator?: string;
  denominator?: string;
  frequency?: Frequency;
  direction?: Indicator['direction'];
  goal?: number | null;
  countsParticipants?: boolean;
  chart?: Indicator['chart'];
  baselinePoints?: number | null;
  parts?: number[];
}

/** p and u charts need a denominator, so they fit proportions and rates only; c charts count. */
function assertChartFits(valueType: ValueType, chart: Indicator['chart']) {
  if ((chart === 'p' || chart === 'u') && valueType !== 'proportion') throw invalidField('chart', 'improvement.errors.chartNeedsDenominator');
  if (chart === 'c' && valueType !== 'count') throw invalidField('chart', 'improvement.errors.chartNeedsCount');
}

/** Only a count of people (or a share of them) can count participants; a measured value such as a waiting time cannot. */
function assertCountsParticipants(valueType: ValueType, countsParticipants: boolean | undefined) {
  if (countsParticipants && valueType === 'continuous') throw invalidField('countsParticipants', 'improvement.errors.participantsNeedCount');
}

function assertParts(parts: number[] | undefined) {
  if (!parts) return;
  for (let i = 1; i < parts.length; i++) if (parts[i] <= parts[i - 1]) throw invalidField('parts', 'improvement.errors.partsOrder');
}

export async function listIndicators(db: Executor, measureIds: string[]): Promise<Indicator[]> {
  if (measureIds.length === 0) return [];
  return db.select().from(improvementIndicators).where(inArray(improvementIndicators.measureId, measureIds)).orderBy(asc(improvementIndicators.createdAt));
}

/** Every indicator of a programme with what its chart needs (one query, however many measures). */
export async function listProgrammeIndicators(db: Executor, programmeId: string) {
  const i = improvementIndicators;
  return db
    .select({ id: i.id, measureId: i.measureId, name: i.name, frequency: i.frequency, chart: i.chart, valueType: i.valueType, countsParticipants: i.countsParticipants, baselinePoints: i.baselinePoints, parts: i.parts, signals: i.signals })
    .from(i).where(sql`${improvementIndicators.measureId} in (select id from improvement_measures where programme_id = ${programmeId})`).orderBy(asc(improvementIndicators.createdAt));
}

export async function getIndicator(db: Executor, indicatorId: string): Promise<Indicator> {
  const [row] = await db.select().from(improvementIndicators).where(eq(improvementIndicators.id, indicatorId));
  if (!row) throw notFound();
  return row;
}

export async function createIndicator(db: Executor, actor: Actor, measure: Measure, input: IndicatorInput, requestId?: string) {
  assertWritable(await getProgramme(db, measure.programmeId));
  const chart = input.chart ?? 'run';
  assertChartFits(input.valueType, chart);
  assertCountsParticipants(input.valueType, input.countsParticipants);
  assertParts(input.parts);
  const [row] = await db.insert(improvementIndicators).values({ ...input, name: input.name.trim(), chart, parts: input.parts ?? [], measureId: measure.id }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.indicator.create', entity: 'improvement_indicator', entityId: row.id, programmeId: measure.programmeId, after: { measureId: measure.id, valueType: row.valueType, chart, countsParticipants: row.countsParticipants }, requestId });
  return row;
}

export async function updateIndicator(db: Executor, actor: Actor, measure: Measure, indicator: Indicator, patch: Partial<IndicatorInput>, requestId?: string) {
  assertWritable(await getProgramme(db, measure.programmeId));
  assertChartFits(patch.valueType ?? indicator.valueType, patch.chart ?? indicator.chart);
  assertCountsParticipants(patch.valueType ?? indicator.valueType, patch.countsParticipants ?? indicator.countsParticipants);
  assertParts(patch.parts);
  await db.update(improvementIndicators).set(patch).where(eq(improvementIndicators.id, indicator.id));
  await refreshSignals(db, { indicatorIds: [indicator.id] });
  const after = await getIndicator(db, indicator.id);
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.indicator.update', entity: 'improvement_indicator', entityId: indicator.id, programmeId: measure.programmeId, after: { fields: Object.keys(patch) }, requestId });
  return after;
}

export async function listMeasurements(db: Executor, indicatorIds: string[]): Promise<Measurement[]> {
  if (indicatorIds.length === 0) return [];
  return db.select().from(improvementMeasurements).where(inArray(improvementMeasurements.indicatorId, indicatorIds)).orderBy(asc(improvementMeasurements.period));
}

export async function existingPeriods(db: Executor, indicatorId: string): Promise<Set<string>> {
  const rows = await db.select({ period: improvementMeasurements.period }).from(improvementMeasurements).where(eq(improvementMeasurements.indicatorId, indicatorId));
  return new Set(rows.map((r) => r.period));
}

export async function deleteMeasurement(db: Executor, actor: Actor, measure: Measure, indicator: Indicator, measurementId: string, requestId?: string) {
  assertWritable(await getProgramme(db, measure.programmeId));
  const [removed] = await db.delete(improvementMeasurements).where(and(eq(improvementMeasurements.indicatorId, indicator.id), eq(improvementMeasurements.id, measurementId))).returning();
  if (!removed) throw notFound();
  await refreshSignals(db, { indicatorIds: [indicator.id] });
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.measurement.delete', entity: 'improvement_measurement', entityId: measurementId, programmeId: measure.programmeId, before: { period: removed.period }, requestId });
}
