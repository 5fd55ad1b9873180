import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { onWithdrawal } from '../privacy/withdraw.js';
import { activities } from './schema.js';
import { attendance, invitations, invitationTokens } from './invitations-schema.js';

/**
 * Invitations and attendance are personal data. Erasure: the rows cascade with the participant.
 * Anonymisation: the rows stay (attendance counts under the code) and follow the participant's new
 * id, but the personal links and check-in codes stop working — nothing may reach the person any more.
 */
export async function cutInvitationLinks(tx: Executor, participantId: string): Promise<number> {
  const mine = await tx.select({ id: invitations.id }).from(invitations).where(eq(invitations.participantId, participantId));
  if (mine.length === 0) return 0;
  const gone = await tx.delete(invitationTokens).where(inArray(invitationTokens.invitationId, mine.map((i) => i.id))).returning({ id: invitationTokens.id });
  return gone.length;
}

onWithdrawal(async (tx, participantId, choice) => {
  if (choice === 'anonymise') await cutInvitationLinks(tx, participantId);
});

/** For an access request (GDPR art. 15): every invitation, answer and attendance of the person. */
export async function collectInvitationData(db: Executor, participantId: string) {
  const invited = await db
    .select({ activity: activities.title, typeKey: activities.typeKey, startsAt: activities.startsAt, status: invitations.status, language: invitations.language, sentAt: invitations.sentAt, repliedAt: invitations.repliedAt, reminderSentAt: invitations.reminderSentAt })
    .from(invitations)
    .innerJoin(activities, eq(activities.id, invitations.activityId))
    .where(eq(invitations.participantId, participantId));
  const came = await db
    .select({ activity: activities.title, typeKey: activities.typeKey, startsAt: activities.startsAt, attended: attendance.attended, method: attendance.method, registeredAt: attendance.registeredAt })
    .from(attendance)
    .innerJoin(activities, eq(activities.id, attendance.activityId))
    .where(eq(attendance.participantId, participantId));
  return { invitations: invited, attendance: came };
}
