import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { canSeeMunicipality } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { participantsByIds } from '../people/participants.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import type { ActivityRow } from './activities.js';
import { attendance, type AttendanceMethod } from './invitations-schema.js';

export type AttendanceRow = typeof attendance.$inferSelect;

interface Mark {
  activity: ActivityRow;
  participantId: string;
  attended: boolean;
  method: AttendanceMethod;
  registeredBy: string | null;
  now: Date;
}

/** Writes (or changes) the one attendance row of a person at an activity; returns what was there before. */
export async function markAttendance(db: Executor, m: Mark): Promise<{ before: AttendanceRow | null; after: AttendanceRow }> {
  const [before] = await db.select().from(attendance).where(and(eq(attendance.activityId, m.activity.id), eq(attendance.participantId, m.participantId)));
  if (before) {
    const [after] = await db
      .update(attendance)
      .set({ attended: m.attended, method: m.method, registeredBy: m.registeredBy, updatedAt: m.now })
      .where(eq(attendance.id, before.id))
      .returning();
    return { before, after };
  }
  const [after] = await db
    .insert(attendance)
    .values({ programmeId: m.activity.programmeId, activityId: m.activity.id, participantId: m.participantId, attended: m.attended, method: m.method, registeredBy: m.registeredBy, registeredAt: m.now, updatedAt: m.now })
    .returning();
  return { before: null, after };
}

/**
 * Staff register attendance from the list (on a phone at the door, or afterwards). The method says
 * how: from the list while the activity is on, late once it is over, a correction when it changes
 * an earlier registration. Every registration is audited with before and after (codes, not names).
 */
export async function registerAttendance(db: Executor, actor: Actor, scope: ProgrammeScope, activity: ActivityRow, participantId: string, attended: boolean, now: Date, requestId?: string) {
  assertWritable(await getProgramme(db, activity.programmeId));
  const [person] = await participantsByIds(db, activity.programmeId, [participantId]);
  // The participant is a path parameter: one outside the programme, or outside what the caller may
  // register for, is simply not found.
  if (!person || !canSeeMunicipality(scope, person.municipalityId)) throw notFound();
  if (!actor.isAdmin && !scope.roles.has('coordinator') && !scope.roles.has('facilitator') && !scope.contactMunicipalities.has(person.municipalityId)) throw notFound();
  const [existing] = await db.select().from(attendance).where(and(eq(attendance.activityId, activity.id), eq(attendance.participantId, participantId)));
  const over = !!activity.endsAt && activity.endsAt.getTime() < now.getTime();
  const method: AttendanceMethod = existing ? (existing.attended === attended ? existing.method : 'correction') : over ? 'late' : 'list';
  const { before, after } = await markAttendance(db, { activity, participantId, attended, method, registeredBy: actor.userId, now });
  await recordAudit(db, {
    actorId: actor.userId, action: before ? 'attendance.correct' : 'attendance.register', entity: 'attendance', entityId: after.id, programmeId: activity.programmeId, requestId,
    before: before ? { code: person.code, attended: before.attended, method: before.method } : null,
    after: { code: person.code, attended: after.attended, method: after.method },
  });
  return after;
}
