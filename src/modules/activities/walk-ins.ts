import { and, asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { canSeeMunicipality } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { createParticipant, participantsByIds } from '../people/participants.js';
import { authorizePeople } from '../people/policy.js';
import type { ParticipantRole } from '../people/schema.js';
import { declareNonPersonalColumns, registerFreeTextSource } from '../privacy/free-text-sources.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import type { ActivityRow } from './activities.js';
import { registerAttendance } from './attendance-register.js';
import { validDoorCode, wrongCode } from './check-in.js';
import { activityWalkIns } from './invitations-schema.js';
import { activities } from './schema.js';

// The name a walk-in wrote is free text about a person until staff confirm (the row is then removed).
registerFreeTextSource({ key: 'activities.activity_walk_ins.name', table: 'activity_walk_ins', column: 'name', programmeColumn: 'programme_id', labelKey: 'walkIns.freeTextLabel', staffPath: '/activities' });
declareNonPersonalColumns('activity_walk_ins', ['role'], 'a closed word list (participant roles)');

/** More unconfirmed walk-ins than this at one activity is refused: a door code is not a way to fill the list. */
export const maxPendingWalkIns = 200;
export const maxWalkInName = 120;

export type WalkIn = typeof activityWalkIns.$inferSelect;

/**
 * At the door, without a personal code: the person writes their name and role with the door code.
 * Nothing about anyone else is shown back; the answer names only the activity.
 */
export async function registerWalkIn(db: Executor, doorCode: string, input: { name: string; role: ParticipantRole }, now: Date, requestId?: string): Promise<ActivityRow> {
  const door = await validDoorCode(db, doorCode, now);
  const [activity] = await db.select().from(activities).where(eq(activities.id, door.activityId));
  if (!activity) throw wrongCode();
  if (activity.status === 'cancelled') throw conflict('errors.checkInActivityCancelled');
  const name = input.name.replace(/\s+/g, ' ').trim().slice(0, maxWalkInName);
  if (!name) throw invalidField('name', 'walkIns.errors.nameRequired');
  const [{ n }] = await db.select({ n: count() }).from(activityWalkIns).where(eq(activityWalkIns.activityId, activity.id));
  if (n >= maxPendingWalkIns) throw conflict('walkIns.errors.tooMany');
  const [row] = await db.insert(activityWalkIns).values({ programmeId: activity.programmeId, activityId: activity.id, name, role: input.role, createdAt: now }).returning();
  // The audit row carries the role, never the name.
  await recordAudit(db, { actorId: null, action: 'attendance.walk_in', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, requestId, after: { walkInId: row.id, role: row.role } });
  return activity;
}

/** Who may see a walk-in's name: those who see names of people in the activity's municipality. */
function seesNames(actor: Actor, scope: ProgrammeScope, activity: ActivityRow): boolean {
  if (actor.isAdmin || scope.roles.has('coordinator') || scope.roles.has('facilitator')) return true;
  return !!activity.municipalityId && scope.contactMunicipalities.has(activity.municipalityId);
}

/** The activity's unconfirmed walk-ins, oldest first (names only for those who may see them). */
export async function listWalkIns(db: Executor, actor: Actor, scope: ProgrammeScope, activity: ActivityRow) {
  const rows = await db.select().from(activityWalkIns).where(eq(activityWalkIns.activityId, activity.id)).orderBy(asc(activityWalkIns.createdAt));
  const names = seesNames(actor, scope, activity);
  return rows.map((r) => ({ id: r.id, name: names ? r.name : null, role: r.role as ParticipantRole, createdAt: r.createdAt.toISOString() }));
}

async function pendingWalkIn(db: Executor, activity: ActivityRow, walkInId: string): Promise<WalkIn> {
  const [row] = await db.select().from(activityWalkIns).where(and(eq(activityWalkIns.activityId, activity.id), eq(activityWalkIns.id, walkInId)));
  if (!row) throw notFound();
  return row;
}

export type ConfirmWalkIn = { participantId: string } | { municipalityId?: string | null; email?: string | null };

/**
 * Staff confirm a walk-in: either as an existing participant (matched by staff) or as a new one
 * created with the name and role written at the door, in the activity's municipality unless another
 * is chosen. Attendance is then registered as from the list, and the walk-in row is removed.
 */
export async function confirmWalkIn(db: Executor, actor: Actor, scope: ProgrammeScope, activity: ActivityRow, walkInId: string, input: ConfirmWalkIn, now: Date, requestId?: string) {
  assertWritable(await getProgramme(db, activity.programmeId));
  if (activity.status === 'cancelled') throw conflict('errors.checkInActivityCancelled');
  const walkIn = await pendingWalkIn(db, activity, walkInId);
  let participantId: string;
  let created = false;
  if ('participantId' in input) {
    const [person] = await participantsByIds(db, activity.programmeId, [input.participantId]);
    if (!person || !canSeeMunicipality(scope, person.municipalityId)) throw invalidField('participantId', 'walkIns.errors.unknownParticipant');
    participantId = person.id;
  } else {
    const municipalityId = input.municipalityId || activity.municipalityId;
    if (!municipalityId) throw invalidField('municipalityId', 'walkIns.errors.municipalityRequired');
    authorizePeople(actor, 'participant.write', { programmeId: activity.programmeId, municipalityId });
    const person = await createParticipant(db, actor, activity.programmeId, { municipalityId, role: walkIn.role as ParticipantRole, name: walkIn.name, email: input.email || null }, requestId);
    participantId = person.id;
    created = true;
  }
  await registerAttendance(db, actor, scope, activity, participantId, true, now, requestId);
  await db.delete(activityWalkIns).where(eq(activityWalkIns.id, walkIn.id));
  const [person] = await participantsByIds(db, activity.programmeId, [participantId]);
  await recordAudit(db, { actorId: actor.userId, action: 'attendance.walk_in_confirm', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, requestId, after: { walkInId, code: person.code, created } });
  return { participantId, code: person.code, created };
}

/** Staff remove a walk-in that is not a real attendance (a mistake, a duplicate). */
export async function dismissWalkIn(db: Executor, actor: Actor, activity: ActivityRow, walkInId: string, requestId?: string) {
  assertWritable(await getProgramme(db, activity.programmeId));
  const walkIn = await pendingWalkIn(db, activity, walkInId);
  await db.delete(activityWalkIns).where(eq(activityWalkIns.id, walkIn.id));
  await recordAudit(db, { actorId: actor.userId, action: 'attendance.walk_in_dismiss', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, requestId, before: { walkInId, role: walkIn.role } });
}
