import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { recordAudit } from '../audit/record.js';
import { participantsByIds } from '../people/participants.js';
import type { ActivityRow } from './activities.js';
import { onActivityChanged } from './events.js';
import { queueInvitationMail } from './invitation-mail.js';
import { invitations } from './invitations-schema.js';

/**
 * After an activity moved or was cancelled: everyone invited gets a new calendar file with the same
 * UID and a higher SEQUENCE (the activity's revision) — an updated REQUEST, or a CANCEL — carrying
 * the same personal link as before (never an additional one). Those who said no get no update, but
 * do get the cancellation (their calendar may still hold the event). The e-mails are queued in the
 * change's transaction and sent by the mail job after commit. Returns how many were queued.
 */
export async function notifyInvitees(db: Executor, activity: ActivityRow, change: 'updated' | 'cancelled', opts: { actorId?: string | null; requestId?: string } = {}): Promise<{ sent: number }> {
  const cancelled = change === 'cancelled';
  const rows = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.activityId, activity.id), cancelled ? undefined : ne(invitations.status, 'no')));
  if (rows.length === 0) return { sent: 0 };
  const people = new Map((await participantsByIds(db, activity.programmeId, rows.map((r) => r.participantId))).map((p) => [p.id, p]));
  // A cancellation only matters to calendars that got the event; an invitation still queued is dropped by the job.
  const due = rows.filter((inv) => people.get(inv.participantId)?.email && !(cancelled && inv.sentAt === null));
  const sent = await queueInvitationMail(db, activity, due, cancelled ? 'cancel' : 'update');
  await recordAudit(db, { actorId: opts.actorId ?? null, action: cancelled ? 'invitation.cancel_sent' : 'invitation.update_sent', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, after: { sent, revision: activity.revision }, requestId: opts.requestId });
  return { sent };
}

// The activities core calls this inside its own transaction after a schedule, move or cancel.
onActivityChanged(async (db, ctx, activity, change) => {
  const [any] = await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.activityId, activity.id)).limit(1);
  if (!any) return;
  await notifyInvitees(db, activity, change === 'cancelled' ? 'cancelled' : 'updated', { actorId: ctx.actor.userId, requestId: ctx.requestId });
});
