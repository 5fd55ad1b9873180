import { and, count, eq, isNotNull } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Executor } from '../../db/client.js';
import { conflict } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { publicSurveyToken, tokenHash } from './keys.js';
import { responses, surveyInvitations, surveys } from './schema.js';
import { cronbachAlphaForScale } from './scoring.js';
import { getVersion } from './instruments.js';
import type { Survey } from './surveys.js';

export const publicLink = (publicUrl: string, token: string) => `${publicUrl}/s/${token}`;

/**
 * Turns on the public link (anyone holding it or the QR code may answer). Only for anonymous surveys:
 * a linked survey must know who answers, which a shared link cannot tell. The token is derived from
 * the survey id under the server key, so the same link and QR code can be shown again.
 */
export async function enablePublicLink(db: Executor, actor: Actor, survey: Survey, key: Buffer, publicUrl: string, requestId?: string): Promise<string> {
  if (survey.mode !== 'anonymous') throw conflict('errors.questionnairePublicLinkLinked');
  const token = publicSurveyToken(key, survey.id);
  if (survey.publicTokenHash !== tokenHash(token)) {
    await db.update(surveys).set({ publicTokenHash: tokenHash(token) }).where(eq(surveys.id, survey.id));
    await recordAudit(db, { actorId: actor.userId, action: 'survey.public_link.enable', entity: 'survey', entityId: survey.id, programmeId: survey.programmeId, requestId });
  }
  return publicLink(publicUrl, token);
}

export async function disablePublicLink(db: Executor, actor: Actor, survey: Survey, requestId?: string): Promise<void> {
  if (!survey.publicTokenHash) return;
  await db.update(surveys).set({ publicTokenHash: null }).where(eq(surveys.id, survey.id));
  await recordAudit(db, { actorId: actor.userId, action: 'survey.public_link.disable', entity: 'survey', entityId: survey.id, programmeId: survey.programmeId, requestId });
}

/** The public link as a QR code (SVG, to print or show on a screen at a course); null while the link is off. */
export async function publicLinkQrSvg(survey: Survey, key: Buffer, publicUrl: string): Promise<string | null> {
  if (!survey.publicTokenHash) return null;
  const url = publicLink(publicUrl, publicSurveyToken(key, survey.id));
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** Invited / answered (personal links), started / complete (all responses). Counts only. */
export async function surveyProgress(db: Executor, survey: Survey) {
  const [inv] = await db
    .select({ invited: count(), emailed: count(surveyInvitations.sentAt), reminded: count(surveyInvitations.remindedAt), answered: count(surveyInvitations.completedAt) })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.surveyId, survey.id));
  const byStatus = await db.select({ status: responses.status, n: count() }).from(responses).where(eq(responses.surveyId, survey.id)).groupBy(responses.status);
  const n = (s: string) => byStatus.find((b) => b.status === s)?.n ?? 0;
  return { surveyId: survey.id, status: survey.status, invited: inv.invited, emailed: inv.emailed, reminded: inv.reminded, invitedAnswered: inv.answered, started: n('in_progress') + n('complete'), inProgress: n('in_progress'), complete: n('complete'), publicLink: Boolean(survey.publicTokenHash) };
}

/** Cronbach's alpha per scale over the survey's complete responses. */
export async function surveyReliability(db: Executor, survey: Survey) {
  const version = await getVersion(db, survey.programmeId, survey.instrumentVersionId);
  const rows = await db.select({ answers: responses.answers }).from(responses).where(and(eq(responses.surveyId, survey.id), eq(responses.status, 'complete'), isNotNull(responses.submittedAt)));
  const answers = rows.map((r) => r.answers);
  return {
    surveyId: survey.id,
    responses: answers.length,
    scales: version.definition.scales.map((s) => ({ scale: s.name, label: s.label, parent: s.parent ?? null, result: cronbachAlphaForScale(version.definition, s.name, answers) ?? null })),
  };
}
