import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { programmes, programmeMunicipalities, services, type ProgrammeKind } from './schema.js';

export interface ProgrammeInput {
  kind: ProgrammeKind;
  name: string;
  description?: string;
  startsOn: string;
  endsOn: string;
  /** Only through PATCH; a new programme starts at the column default (5). */
  smallCellThreshold?: number;
}

export type Programme = typeof programmes.$inferSelect;

/** ISO dates compare correctly as strings. */
export function assertPeriodOrder(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw invalidField('endsOn', 'errors.periodOrder');
}

export async function createProgramme(db: Executor, actor: Actor, input: ProgrammeInput, requestId?: string): Promise<Programme> {
  assertPeriodOrder(input.startsOn, input.endsOn);
  const [created] = await db
    .insert(programmes)
    .values({ ...input, description: input.description ?? '' })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'programme.create', entity: 'programme', entityId: created.id, programmeId: created.id, after: created, requestId });
  return created;
}

/** Programmes the actor belongs to (all for an administrator), newest period first. */
export async function listProgrammes(db: Executor, actor: Actor, opts: { includeArchived: boolean }) {
  const memberOf = [...new Set(actor.grants.map((g) => g.programmeId))];
  if (!actor.isAdmin && memberOf.length === 0) return [];
  return db
    .select()
    .from(programmes)
    .where(
      and(
        actor.isAdmin ? undefined : inArray(programmes.id, memberOf),
        opts.includeArchived ? undefined : isNull(programmes.archivedAt),
      ),
    )
    .orderBy(sql`${programmes.startsOn} desc`, programmes.name);
}

export async function getProgramme(db: Executor, programmeId: string): Promise<Programme> {
  const [row] = await db.select().from(programmes).where(eq(programmes.id, programmeId));
  if (!row) throw notFound();
  return row;
}

/** Counts for the overview page; a municipal contact's counts cover only their municipalities. */
export async function programmeCounts(db: Executor, programmeId: string, municipalityIds: 'all' | Set<string>) {
  const scoped = municipalityIds === 'all' ? undefined : inArray(programmeMunicipalities.id, [...municipalityIds, '00000000-0000-0000-0000-000000000000']);
  const [m] = await db.select({ n: count() }).from(programmeMunicipalities).where(and(eq(programmeMunicipalities.programmeId, programmeId), scoped));
  const scopedServices = municipalityIds === 'all' ? undefined : inArray(services.municipalityId, [...municipalityIds, '00000000-0000-0000-0000-000000000000']);
  const [s] = await db.select({ n: count() }).from(services).where(and(eq(services.programmeId, programmeId), scopedServices));
  return { municipalities: m.n, services: s.n };
}

/** Changes refuse an archived programme: it is kept as a record. */
export function assertWritable(programme: Programme): void {
  if (programme.archivedAt) throw conflict('errors.archived');
}

export async function updateProgramme(db: Executor, actor: Actor, programmeId: string, patch: Partial<ProgrammeInput>, requestId?: string) {
  const before = await getProgramme(db, programmeId);
  assertWritable(before);
  assertPeriodOrder(patch.startsOn ?? before.startsOn, patch.endsOn ?? before.endsOn);
  if (Object.keys(patch).length === 0) return before;
  const [after] = await db.update(programmes).set(patch).where(eq(programmes.id, programmeId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'programme.update', entity: 'programme', entityId: programmeId, programmeId, before, after, requestId });
  return after;
}

export async function setProgrammeArchived(db: Executor, actor: Actor, programmeId: string, archived: boolean, requestId?: string) {
  const before = await getProgramme(db, programmeId);
  const [after] = await db
    .update(programmes)
    .set({ archivedAt: archived ? (before.archivedAt ?? new Date()) : null })
    .where(eq(programmes.id, programmeId))
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: archived ? 'programme.archive' : 'programme.unarchive', entity: 'programme', entityId: programmeId, programmeId, before, after, requestId });
  return after;
}
