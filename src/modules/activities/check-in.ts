import { randomInt } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, DomainError } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { hashSecret } from '../auth/secrets.js';
import { participantsByIds } from '../people/participants.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import type { ActivityRow } from './activities.js';
import { markAttendance } from './attendance-register.js';
import { normaliseCode } from './invitation-mail.js';
import type { InvitationByLink } from './invitation-reply.js';
import { checkInCodes, invitations, invitationTokens } from './invitations-schema.js';
import { activities } from './schema.js';

const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const doorCodeLength = 6;
export const maxValidHours = 72;

export type CheckInCode = typeof checkInCodes.$inferSelect;

/** The address the QR code at the door points to. */
export function checkInUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/check-in/${encodeURIComponent(code)}`;
}

/** A new door code for an activity, valid for `validHours` from now (the QR code shows it). */
export async function createCheckInCode(db: Executor, actor: Actor, activity: ActivityRow, validHours: number, now: Date, requestId?: string): Promise<CheckInCode> {
  assertWritable(await getProgramme(db, activity.programmeId));
  if (activity.status === 'cancelled') throw conflict('errors.checkInActivityCancelled');
  for (let attempt = 0; ; attempt++) {
    const code = Array.from({ length: doorCodeLength }, () => alphabet[randomInt(alphabet.length)]).join('');
    const [row] = await db
      .insert(checkInCodes)
      .values({ activityId: activity.id, code, expiresAt: new Date(now.getTime() + validHours * 3_600_000), createdBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (row) {
      await recordAudit(db, { actorId: actor.userId, action: 'check_in_code.create', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, after: { expiresAt: row.expiresAt }, requestId });
      return row;
    }
    if (attempt > 5) throw new Error('could not find a free check-in code');
  }
}

export async function listCheckInCodes(db: Executor, activity: ActivityRow): Promise<CheckInCode[]> {
  return db.select().from(checkInCodes).where(eq(checkInCodes.activityId, activity.id)).orderBy(desc(checkInCodes.createdAt));
}

/**
 * Every wrong code gets the same answer (400, one message): unknown, expired, another activity's door
 * code and another activity's personal code all look alike, so guessing confirms no valid code.
 */
export const wrongCode = () => new DomainError(400, 'errors.checkInWrongCode');

/** The door code as typed or scanned: it must exist and not have expired. */
export async function validDoorCode(db: Executor, typed: string, now: Date): Promise<CheckInCode> {
  const code = normaliseCode(typed).slice(0, 32);
  const [row] = await db.select().from(checkInCodes).where(eq(checkInCodes.code, code));
  if (!row || row.expiresAt.getTime() < now.getTime()) throw wrongCode();
  return row;
}

async function checkIn(db: Executor, activity: ActivityRow, participantId: string, now: Date, requestId?: string): Promise<{ already: boolean }> {
  if (activity.status === 'cancelled') throw conflict('errors.checkInActivityCancelled');
  const [person] = await participantsByIds(db, activity.programmeId, [participantId]);
  const { before, after } = await markAttendance(db, { activity, participantId, attended: true, method: 'qr', registeredBy: null, now });
  const already = !!before?.attended;
  if (already) return { already };
  await recordAudit(db, {
    actorId: null, action: 'attendance.check_in', entity: 'attendance', entityId: after.id, programmeId: activity.programmeId, requestId,
    before: before ? { code: person?.code, attended: before.attended, method: before.method } : null, after: { code: person?.code, attended: true, method: 'qr' },
  });
  return { already };
}

/**
 * At the door, with the code shown there and the personal code from the invitation. A personal code
 * belonging to another activity (or programme) is refused like unknown and expired door codes.
 * Returns the activity checked in to.
 */
export async function checkInWithCodes(db: Executor, doorCode: string, personalCode: string, now: Date, requestId?: string): Promise<{ activity: ActivityRow; already: boolean }> {
  const door = await validDoorCode(db, doorCode, now);
  const [found] = await db
    .select({ invitation: invitations })
    .from(invitationTokens)
    .innerJoin(invitations, eq(invitations.id, invitationTokens.invitationId))
    .where(eq(invitationTokens.personalCodeHash, hashSecret(normaliseCode(personalCode))));
  if (!found || found.invitation.activityId !== door.activityId) throw wrongCode();
  const [activity] = await db.select().from(activities).where(and(eq(activities.id, door.activityId), eq(activities.programmeId, found.invitation.programmeId)));
  if (!activity) throw wrongCode();
  const done = await checkIn(db, activity, found.invitation.participantId, now, requestId);
  return { activity, already: done.already };
}

/** From the personal link page: only the door code is typed; it must be this activity's. */
export async function checkInByLink(db: Executor, found: InvitationByLink, doorCode: string, now: Date, requestId?: string): Promise<{ already: boolean }> {
  const door = await validDoorCode(db, doorCode, now);
  if (door.activityId !== found.activity.id) throw wrongCode();
  return { already: (await checkIn(db, found.activity, found.person.id, now, requestId)).already };
}
