import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { participantsByIds } from '../people/participants.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { queueInvitationMail } from './invitation-mail.js';
import { invitations, invitationSettings } from './invitations-schema.js';
import { activities } from './schema.js';

export const defaultReminderHours = 24;
export const maxReminderHours = 24 * 14;

export async function reminderHours(db: Executor, programmeId: string): Promise<number> {
  await getProgramme(db, programmeId);
  const [row] = await db.select().from(invitationSettings).where(eq(invitationSettings.programmeId, programmeId));
  return row?.reminderHoursBefore ?? defaultReminderHours;
}

/** How long before an activity its reminder goes out, for the whole programme (0 = no reminders). */
export async function setReminderHours(db: Executor, actor: Actor, programmeId: string, hours: number, requestId?: string): Promise<number> {
  assertWritable(await getProgramme(db, programmeId));
  const before = await reminderHours(db, programmeId);
  await db
    .insert(invitationSettings)
    .values({ programmeId, reminderHoursBefore: hours })
    .onConflictDoUpdate({ target: invitationSettings.programmeId, set: { reminderHoursBefore: hours, updatedAt: new Date() } });
  await recordAudit(db, { actorId: actor.userId, action: 'invitation.settings', entity: 'programme', entityId: programmeId, programmeId, before: { reminderHoursBefore: before }, after: { reminderHoursBefore: hours }, requestId });
  return hours;
}

/**
 * The reminder job: every invitee who has not said no (and is not waiting for a seat) gets one
 * reminder when the activity is less than the programme's reminder time away. Each activity in its
 * own transaction; `reminderSentAt` makes a second run send nothing twice. The e-mails go into the
 * outbox and leave with the `mail.deliver` job.
 */
export async function sendDueReminders(deps: { db: Database; now: () => Date }): Promise<{ reminded: number }> {
  const now = deps.now();
  const horizon = new Date(now.getTime() + maxReminderHours * 3_600_000);
  const upcoming = await deps.db
    .select()
    .from(activities)
    .where(and(inArray(activities.status, ['scheduled', 'planned']), gt(activities.startsAt, now), lte(activities.startsAt, horizon)));
  let reminded = 0;
  for (const activity of upcoming) {
    const hours = await reminderHours(deps.db, activity.programmeId);
    if (hours <= 0 || activity.startsAt!.getTime() - now.getTime() > hours * 3_600_000) continue;
    await deps.db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(invitations)
        .where(and(eq(invitations.activityId, activity.id), inArray(invitations.status, ['invited', 'yes', 'maybe']), isNull(invitations.reminderSentAt)));
      if (due.length === 0) return;
      const people = new Map((await participantsByIds(tx, activity.programmeId, due.map((d) => d.participantId))).map((p) => [p.id, p]));
      // Marked now, queued now, sent by the mail job: a second run finds nothing due.
      await tx.update(invitations).set({ reminderSentAt: now }).where(inArray(invitations.id, due.map((d) => d.id)));
      const sent = await queueInvitationMail(tx, activity, due.filter((inv) => people.get(inv.participantId)?.email), 'reminder');
      await recordAudit(tx, { actorId: null, action: 'invitation.remind', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, after: { sent } });
      reminded += sent;
    });
  }
  return { reminded };
}
