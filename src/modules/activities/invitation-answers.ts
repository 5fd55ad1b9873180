import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict } from '../../lib/errors.js';
import { participantsByIds } from '../people/participants.js';
import type { ActivityRow } from './activities.js';
import { queueInvitationMail, type Invitation } from './invitation-mail.js';
import { invitations, type InvitationStatus } from './invitations-schema.js';
import { activities } from './schema.js';

export type Answer = 'yes' | 'no' | 'maybe';

/** Replies are only taken for an activity that is neither cancelled nor over. */
export function assertOpenForAnswers(activity: ActivityRow, now: Date): void {
  if (activity.status === 'cancelled') throw conflict('errors.invitationActivityCancelled');
  if (activity.endsAt && activity.endsAt.getTime() < now.getTime()) throw conflict('errors.invitationActivityOver');
}

/**
 * Records an answer under the activity's capacity (courses: 25 seats). A yes beyond capacity goes
 * on the waiting list; a seat given up (yes → no or maybe) goes to the first on the waiting list.
 * The activity row is locked, so two yes-answers at once cannot both take the last seat.
 * Returns the new status and the invitations that were promoted (the caller tells them).
 */
export async function applyAnswer(db: Executor, activity: ActivityRow, invitation: Invitation, answer: Answer, now: Date): Promise<{ status: InvitationStatus; promoted: Invitation[] }> {
  await db.execute(sql`select id from ${activities} where id = ${activity.id} for update`);
  const [current] = await db.select().from(invitations).where(eq(invitations.id, invitation.id));
  let status: InvitationStatus = answer;
  if (answer === 'yes' && activity.capacity !== null) {
    if (current.status === 'waiting_list') status = 'waiting_list';
    else if (current.status !== 'yes' && (await seatsTaken(db, activity.id, invitation.id)) >= activity.capacity) status = 'waiting_list';
  }
  const waitlistedAt = status === 'waiting_list' ? (current.waitlistedAt ?? now) : null;
  await db.update(invitations).set({ status, repliedAt: now, waitlistedAt }).where(eq(invitations.id, invitation.id));
  const promoted = current.status === 'yes' && status !== 'yes' ? await promoteWaiting(db, activity) : [];
  return { status, promoted };
}

async function seatsTaken(db: Executor, activityId: string, exceptId?: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.activityId, activityId), eq(invitations.status, 'yes'), exceptId ? ne(invitations.id, exceptId) : undefined));
  return row.n;
}

/** Fills free seats from the waiting list, first come first served. */
export async function promoteWaiting(db: Executor, activity: ActivityRow): Promise<Invitation[]> {
  if (activity.capacity === null) return [];
  const free = activity.capacity - (await seatsTaken(db, activity.id));
  if (free <= 0) return [];
  const next = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.activityId, activity.id), eq(invitations.status, 'waiting_list')))
    .orderBy(asc(invitations.waitlistedAt), asc(invitations.createdAt))
    .limit(free);
  const promoted: Invitation[] = [];
  for (const inv of next) {
    const [row] = await db.update(invitations).set({ status: 'yes', waitlistedAt: null }).where(eq(invitations.id, inv.id)).returning();
    promoted.push(row);
  }
  return promoted;
}

/** Queues an e-mail to each promoted person that they now have a seat. */
export async function tellPromoted(db: Executor, activity: ActivityRow, promoted: Invitation[]): Promise<void> {
  if (promoted.length === 0) return;
  const people = new Map((await participantsByIds(db, activity.programmeId, promoted.map((p) => p.participantId))).map((p) => [p.id, p]));
  await queueInvitationMail(db, activity, promoted.filter((inv) => people.get(inv.participantId)?.email), 'promoted');
}

/** Seats taken and people waiting, for the staff list. */
export async function capacityState(db: Executor, activity: ActivityRow) {
  const rows = await db
    .select({ status: invitations.status, n: count() })
    .from(invitations)
    .where(eq(invitations.activityId, activity.id))
    .groupBy(invitations.status);
  const of = (s: InvitationStatus) => rows.find((r) => r.status === s)?.n ?? 0;
  return { capacity: activity.capacity, taken: of('yes'), waiting: of('waiting_list') };
}
