import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { builtinTypes } from './builtin-types.js';
import { activityTypeDefinitions, type ActivityMode, type Labels, type ParticipantSpec } from './schema.js';

export type ActivityTypeRow = typeof activityTypeDefinitions.$inferSelect;

/** Copies the built-in types the programme does not have yet (idempotent; a changed row is kept). */
export async function ensureProgrammeTypes(db: Executor, programmeId: string): Promise<void> {
  await db
    .insert(activityTypeDefinitions)
    .values(builtinTypes.map((t) => ({ programmeId, ...t, pilotExtraMinutes: t.pilotExtraMinutes ?? 0, defaultCapacity: t.defaultCapacity ?? null, builtIn: true })))
    .onConflictDoNothing();
}

export async function listActivityTypes(db: Executor, programmeId: string): Promise<ActivityTypeRow[]> {
  await getProgramme(db, programmeId);
  await ensureProgrammeTypes(db, programmeId);
  return db.select().from(activityTypeDefinitions).where(eq(activityTypeDefinitions.programmeId, programmeId)).orderBy(asc(activityTypeDefinitions.createdAt), asc(activityTypeDefinitions.key));
}

export async function getActivityType(db: Executor, programmeId: string, key: string): Promise<ActivityTypeRow | undefined> {
  await ensureProgrammeTypes(db, programmeId);
  const [row] = await db.select().from(activityTypeDefinitions).where(and(eq(activityTypeDefinitions.programmeId, programmeId), eq(activityTypeDefinitions.key, key)));
  return row;
}

export interface ActivityTypeInput {
  key: string;
  labels: Labels;
  defaultDurationMinutes: number;
  mode: ActivityMode;
  recorded: boolean;
  participants: ParticipantSpec[];
  produces: string[];
  pilotExtraMinutes?: number;
  defaultCapacity?: number | null;
}

/** A programme's own type. */
export async function createActivityType(db: Executor, actor: Actor, programmeId: string, input: ActivityTypeInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  if (await getActivityType(db, programmeId, input.key)) throw conflict('activities.errors.typeExists');
  const [row] = await db.insert(activityTypeDefinitions).values({ programmeId, ...input, pilotExtraMinutes: input.pilotExtraMinutes ?? 0, defaultCapacity: input.defaultCapacity ?? null }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.type.create', entity: 'activity_type', entityId: row.id, programmeId, after: row, requestId });
  return row;
}

/** Changes a type's defaults (built-in ones too: they are the programme's copy); the key stays. */
export async function updateActivityType(db: Executor, actor: Actor, programmeId: string, typeId: string, patch: Partial<Omit<ActivityTypeInput, 'key'>>, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const [before] = await db.select().from(activityTypeDefinitions).where(and(eq(activityTypeDefinitions.programmeId, programmeId), eq(activityTypeDefinitions.id, typeId)));
  if (!before) throw notFound();
  const [row] = await db.update(activityTypeDefinitions).set(patch).where(eq(activityTypeDefinitions.id, before.id)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'activity.type.update', entity: 'activity_type', entityId: row.id, programmeId, before, after: row, requestId });
  return row;
}
