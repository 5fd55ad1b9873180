import { and, eq, ne } from 'drizzle-orm';
import { readConfig } from '../../config.js';
import type { Executor } from '../../db/client.js';
import { recordAudit } from '../audit/record.js';
import { participantsByIds } from '../people/participants.js';
import type { ActivityRow } from './activities.js';
import { onActivityChanged } from './events.js';
import { mailInvitation, type MailContext } from './invitation-mail.js';
import { invitations } from './invitations-schema.js';

/**
 * After an activity moved or was cancelled: everyone invited gets a new calendar file with the same
 * UID and a higher SEQUENCE (the activity's revision) — an updated REQUEST, or a CANCEL. Those who
 * said no get no update, but do get the cancellation (their calendar may still hold the event).
 * Does nothing when nobody is invited. Returns how many e-mails went out.
 */
export async function notifyInvitees(db: Executor, ctx: MailContext, activity: ActivityRow, change: 'updated' | 'cancelled', now: Date, opts: { actorId?: string | null; requestId?: string } = {}): Promise<{ sent: number }> {
  const cancelled = change === 'cancelled';
  const rows = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.activityId, activity.id), cancelled ? undefined : ne(invitations.status, 'no')));
  if (rows.length === 0) return { sent: 0 };
  const people = new Map((await participantsByIds(db, activity.programmeId, rows.map((r) => r.participantId))).map((p) => [p.id, p]));
  let sent = 0;
  for (const inv of rows) {
    const person = people.get(inv.participantId);
    if (!person) continue;
    // A cancellation only matters to calendars that got the event.
    if (cancelled && inv.sentAt === null) continue;
    if (await mailInvitation(db, ctx, inv, person, activity, cancelled ? 'cancel' : 'update', now)) sent++;
  }
  await recordAudit(db, { actorId: opts.actorId ?? null, action: cancelled ? 'invitation.cancel_sent' : 'invitation.update_sent', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, after: { sent, revision: activity.revision }, requestId: opts.requestId });
  return { sent };
}

// The activities core calls this inside its own transaction after a schedule, move or cancel.
onActivityChanged(async (db, ctx, activity, change) => {
  const [any] = await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.activityId, activity.id)).limit(1);
  if (!any) return;
  // MAIL_FROM names the .ics organiser; the change context may carry it, else it is read as at start.
  const mail: MailContext = { mailer: ctx.mailer, publicUrl: ctx.publicUrl, mailFrom: (ctx as { mailFrom?: string }).mailFrom ?? readConfig().mailFrom };
  await notifyInvitees(db, mail, activity, change === 'cancelled' ? 'cancelled' : 'updated', new Date(), { actorId: ctx.actor.userId, requestId: ctx.requestId });
});
