import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { improvementMeasureKinds, improvementMeasures } from './schema.js';
import { builtinMeasureKinds, type MeasureStatus } from './vocabulary.js';

export type Measure = typeof improvementMeasures.$inferSelect;

export interface MeasureInput {
  title: string;
  description?: string;
  aim?: string;
  kind: string;
  owner?: string;
  status?: MeasureStatus;
  startsOn?: string | null;
  endsOn?: string | null;
  chime?: string[];
  targetAreas?: string;
  userInvolvement?: Measure['userInvolvement'];
  shared?: boolean;
}

/** The kinds a programme offers: the nine built-in ones, then its own. */
export async function listMeasureKinds(db: Executor, programmeId: string) {
  const own = await db.select().from(improvementMeasureKinds).where(eq(improvementMeasureKinds.programmeId, programmeId)).orderBy(asc(improvementMeasureKinds.createdAt));
  return [
    ...builtinMeasureKinds.map((key) => ({ key, builtin: true as const, labels: null })),
    ...own.map((k) => ({ key: k.key, builtin: false as const, labels: k.labels })),
  ];
}

export async function addMeasureKind(db: Executor, actor: Actor, programmeId: string, input: { key: string; labels: { nb: string; nn: string; en: string } }, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  if ((await listMeasureKinds(db, programmeId)).some((k) => k.key === input.key)) throw conflict('improvement.errors.kindExists');
  const [row] = await db.insert(improvementMeasureKinds).values({ programmeId, key: input.key, labels: input.labels }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.kind.create', entity: 'improvement_measure_kind', entityId: row.id, programmeId, after: { key: row.key }, requestId });
  return row;
}

async function assertKind(db: Executor, programmeId: string, kind: string) {
  if (!(await listMeasureKinds(db, programmeId)).some((k) => k.key === kind)) throw invalidField('kind', 'improvement.errors.unknownKind');
}

function assertDates(startsOn: string | null | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn) throw invalidField('endsOn', 'improvement.errors.endBeforeStart');
}

export async function getMeasure(db: Executor, programmeId: string, measureId: string): Promise<Measure> {
  const [row] = await db.select().from(improvementMeasures).where(and(eq(improvementMeasures.programmeId, programmeId), eq(improvementMeasures.id, measureId)));
  if (!row) throw notFound();
  return row;
}

export async function listMeasures(db: Executor, programmeId: string, municipalityId?: string): Promise<Measure[]> {
  const where = municipalityId
    ? and(eq(improvementMeasures.programmeId, programmeId), eq(improvementMeasures.municipalityId, municipalityId))
    : eq(improvementMeasures.programmeId, programmeId);
  return db.select().from(improvementMeasures).where(where).orderBy(asc(improvementMeasures.createdAt));
}

/** The columns the network overview lists, for every measure of a programme (thousands of rows: no more than needed). */
export async function listMeasureSummaries(db: Executor, programmeId: string) {
  const m = improvementMeasures;
  return db
    .select({ id: m.id, municipalityId: m.municipalityId, title: m.title, kind: m.kind, status: m.status, userInvolvement: m.userInvolvement, chime: m.chime, shared: m.shared, startsOn: m.startsOn })
    .from(m).where(eq(m.programmeId, programmeId)).orderBy(asc(m.createdAt));
}

export async function createMeasure(db: Executor, actor: Actor, programmeId: string, municipalityId: string, input: MeasureInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  await getProgrammeMunicipality(db, programmeId, municipalityId);
  await assertKind(db, programmeId, input.kind);
  assertDates(input.startsOn, input.endsOn);
  const [row] = await db
    .insert(improvementMeasures)
    .values({
      programmeId, municipalityId, title: input.title.trim(), description: input.description ?? '', aim: input.aim ?? '', kind: input.kind, owner: input.owner ?? '',
      status: input.status ?? 'idea', startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, chime: [...new Set(input.chime ?? [])],
      targetAreas: input.targetAreas ?? '', userInvolvement: input.userInvolvement ?? 'informed', shared: input.shared ?? true,
    })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.measure.create', entity: 'improvement_measure', entityId: row.id, programmeId, after: { kind: row.kind, status: row.status, municipalityId, shared: row.shared }, requestId });
  return row;
}

export async function updateMeasure(db: Executor, actor: Actor, measure: Measure, patch: Partial<MeasureInput>, requestId?: string) {
  assertWritable(await getProgramme(db, measure.programmeId));
  if (patch.kind !== undefined) await assertKind(db, measure.programmeId, patch.kind);
  assertDates(patch.startsOn === undefined ? measure.startsOn : patch.startsOn, patch.endsOn === undefined ? measure.endsOn : patch.endsOn);
  const set = { ...patch, ...(patch.title !== undefined ? { title: patch.title.trim() } : {}), ...(patch.chime ? { chime: [...new Set(patch.chime)] } : {}), updatedAt: new Date() };
  const [after] = await db.update(improvementMeasures).set(set).where(eq(improvementMeasures.id, measure.id)).returning();
  await recordAudit(db, {
    actorId: actor.userId, action: 'improvement.measure.update', entity: 'improvement_measure', entityId: measure.id, programmeId: measure.programmeId, requestId,
    before: { kind: measure.kind, status: measure.status, shared: measure.shared }, after: { kind: after.kind, status: after.status, shared: after.shared, fields: Object.keys(patch) },
  });
  return after;
}

export async function deleteMeasure(db: Executor, actor: Actor, measure: Measure, requestId?: string) {
  assertWritable(await getProgramme(db, measure.programmeId));
  await db.delete(improvementMeasures).where(eq(improvementMeasures.id, measure.id));
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.measure.delete', entity: 'improvement_measure', entityId: measure.id, programmeId: measure.programmeId, before: { kind: measure.kind, status: measure.status }, requestId });
}
