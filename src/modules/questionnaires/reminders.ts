import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { recordAudit } from '../audit/record.js';
import { participantsByIds } from '../people/participants.js';
import { queueMail } from '../mail/outbox.js';
import './invitations.js';
import { surveyInvitations, surveys } from './schema.js';

export interface ReminderDeps {
  db: Database;
  /** The clock; tests move it into the reminder window. */
  now: () => Date;
}

/**
 * The hourly job: for every open survey whose reminder time has come (closing time minus the
 * survey's reminder hours), one reminder to each invited person who has not answered, with the same
 * personal link as before, queued for the `mail.deliver` job. Each survey in its own transaction;
 * running it twice reminds nobody twice.
 */
export async function runSurveyReminders(deps: ReminderDeps): Promise<{ surveys: number; reminded: number }> {
  const now = deps.now();
  const due = await deps.db
    .select()
    .from(surveys)
    .where(
      and(
        eq(surveys.status, 'open'),
        isNotNull(surveys.reminderHoursBeforeClose),
        isNotNull(surveys.closesAt),
        sql`${surveys.closesAt} > ${now}`,
        sql`${surveys.closesAt} - make_interval(hours => ${surveys.reminderHoursBeforeClose}) <= ${now}`,
      ),
    );
  let reminded = 0;
  for (const survey of due) {
    await deps.db.transaction(async (tx) => {
      const pending = await tx
        .select()
        .from(surveyInvitations)
        .where(and(eq(surveyInvitations.surveyId, survey.id), isNull(surveyInvitations.completedAt), isNull(surveyInvitations.remindedAt), isNotNull(surveyInvitations.sentAt)))
        .for('update', { skipLocked: true });
      if (pending.length === 0) return;
      const people = new Map((await participantsByIds(tx, survey.programmeId, pending.map((p) => p.participantId))).map((p) => [p.id, p]));
      // Marked and queued in this transaction; the mail job sends them (with the same personal link as before).
      const due = pending.filter((invitation) => people.get(invitation.participantId)?.email);
      if (due.length) await tx.update(surveyInvitations).set({ remindedAt: now }).where(inArray(surveyInvitations.id, due.map((d) => d.id)));
      const sent = await queueMail(tx, due.map((d) => ({ programmeId: survey.programmeId, channel: 'survey' as const, kind: 'remind', surveyInvitationId: d.id })));
      await recordAudit(tx, { actorId: null, action: 'survey.remind', entity: 'survey', entityId: survey.id, programmeId: survey.programmeId, after: { reminded: sent } });
      reminded += sent;
    });
  }
  return { surveys: due.length, reminded };
}
