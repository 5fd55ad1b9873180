/**
 * What the privacy module needs from questionnaires. Linked responses carry the participant id and
 * cascade when the participant is erased (foreign key); anonymous responses hold nothing about a
 * person and are not theirs to export. No authorisation here: callers have checked their policy.
 */
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { responses, surveyInvitations, surveys } from './schema.js';

/** For an access request (GDPR art. 15): the person's linked answers and scores, and the invitations sent to them. */
export async function collectQuestionnaireData(db: Executor, participantId: string) {
  const answered = await db
    .select({ survey: surveys.title, wave: surveys.wave, status: responses.status, language: responses.language, answers: responses.answers, scores: responses.scores, startedAt: responses.startedAt, submittedAt: responses.submittedAt })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(eq(responses.participantId, participantId))
    .orderBy(asc(responses.startedAt));
  const invitations = await db
    .select({ survey: surveys.title, mode: surveys.mode, sentAt: surveyInvitations.sentAt, remindedAt: surveyInvitations.remindedAt, completedAt: surveyInvitations.completedAt })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .where(eq(surveyInvitations.participantId, participantId))
    .orderBy(asc(surveyInvitations.createdAt));
  return { responses: answered, invitations };
}
