import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { recordAudit } from '../audit/record.js';
import { hashSecret } from '../auth/secrets.js';
import type { Participant } from '../people/participant.js';
import { participantsByIds } from '../people/participants.js';
import { getActivity, type ActivityRow } from './activities.js';
import { applyAnswer, assertOpenForAnswers, tellPromoted, type Answer } from './invitation-answers.js';
import { personalCodeOf, type Invitation } from './invitation-mail.js';
import { invitations, invitationTokens } from './invitations-schema.js';

export interface InvitationByLink {
  invitation: Invitation;
  person: Participant;
  activity: ActivityRow;
  personalCode: string;
}

/**
 * A reply link works until its activity has ended: after that there is nothing to answer or check in
 * to, and a forwarded or leaked link opens nothing. (A cancelled activity's link still shows that it
 * is cancelled until the time it would have ended.)
 */
export function invitationLinkExpired(activity: Pick<ActivityRow, 'endsAt'>, now: Date): boolean {
  return !!activity.endsAt && activity.endsAt.getTime() <= now.getTime();
}

/** What a personal reply link (/i/<token>) opens, or null for an unknown link. */
export async function resolveInvitationToken(db: Executor, token: string): Promise<InvitationByLink | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({ invitation: invitations })
    .from(invitationTokens)
    .innerJoin(invitations, eq(invitations.id, invitationTokens.invitationId))
    .where(eq(invitationTokens.tokenHash, hashSecret(token)));
  if (!row) return null;
  const [person] = await participantsByIds(db, row.invitation.programmeId, [row.invitation.participantId]);
  if (!person) return null;
  const activity = await getActivity(db, row.invitation.programmeId, row.invitation.activityId);
  return { invitation: row.invitation, person, activity, personalCode: personalCodeOf(token) };
}

/**
 * The participant's own answer through their link. A cancelled or finished activity refuses it
 * (a translated 409, nothing written); a yes beyond capacity lands on the waiting list; a seat
 * given up goes to the first waiting, who is told by e-mail.
 */
export async function replyByLink(db: Executor, found: InvitationByLink, answer: Answer, now: Date, requestId?: string) {
  const { invitation, person, activity } = found;
  assertOpenForAnswers(activity, now);
  const { status, promoted } = await applyAnswer(db, activity, invitation, answer, now);
  await recordAudit(db, {
    actorId: null, action: 'invitation.answer', entity: 'invitation', entityId: invitation.id, programmeId: activity.programmeId, requestId,
    before: { code: person.code, status: invitation.status }, after: { code: person.code, status, by: 'participant' },
  });
  await tellPromoted(db, activity, promoted);
  return status;
}
