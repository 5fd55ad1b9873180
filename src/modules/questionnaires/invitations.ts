import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isLanguage, translate, type Language } from '../../i18n/index.js';
import { conflict, invalidField } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import type { Mailer } from '../auth/mailer.js';
import { assertConsentForRecording } from '../consent/record.js';
import { getGroup } from '../groups/groups.js';
import { groupMembers } from '../groups/schema.js';
import { listParticipants, participantsByIds } from '../people/participants.js';
import type { Participant } from '../people/participant.js';
import { localText } from './local-text.js';
import { invitationToken, tokenHash } from './keys.js';
import { surveyInvitations } from './schema.js';
import type { Survey } from './surveys.js';

export type InviteTarget = { participantIds: string[] } | { groupId: string } | { municipality: true };

export interface MailContext {
  mailer: Mailer;
  publicUrl: string;
  key: Buffer;
}

/** Who the target names, checked against the survey: the programme's people, in the survey's municipality if it has one. */
async function population(db: Executor, survey: Survey, target: InviteTarget, visible: 'all' | Set<string>): Promise<Participant[]> {
  let people: Participant[];
  if ('participantIds' in target) {
    const ids = [...new Set(target.participantIds)];
    people = await participantsByIds(db, survey.programmeId, ids);
    const missing = ids.find((id) => !people.some((p) => p.id === id));
    if (missing) throw invalidField('participantIds', 'errors.questionnaireUnknownParticipant', { id: missing });
  } else if ('groupId' in target) {
    await getGroup(db, survey.programmeId, target.groupId);
    // The group's participant members (staff members have no participant id and get no questionnaire).
    const members = await db.select({ id: groupMembers.participantId }).from(groupMembers).where(and(eq(groupMembers.groupId, target.groupId), isNotNull(groupMembers.participantId)));
    people = await participantsByIds(db, survey.programmeId, members.map((m) => m.id!));
  } else {
    if (!survey.municipalityId) throw invalidField('municipality', 'errors.questionnaireNoMunicipality');
    people = (await listParticipants(db, survey.programmeId, 'all', { municipalityId: survey.municipalityId })) as Participant[];
  }
  for (const p of people) {
    const outside = (survey.municipalityId && p.municipalityId !== survey.municipalityId) || (visible !== 'all' && !visible.has(p.municipalityId));
    if (outside) throw invalidField('participantIds', 'errors.questionnaireParticipantOutside', { code: p.code });
  }
  return people;
}

export const personalLink = (publicUrl: string, token: string) => `${publicUrl}/q/${token}`;

function mailFor(lang: Language, survey: Survey, url: string, kind: 'invite' | 'remind') {
  const title = localText(survey.title, lang).text;
  const closes = survey.closesAt ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(survey.closesAt) : '';
  return {
    subject: translate(lang, `questionnaires.surveys.mail.${kind}Subject`, { title }),
    text: translate(lang, `questionnaires.surveys.mail.${kind}Body`, { title, url, closes: closes || translate(lang, 'questionnaires.surveys.mail.noDeadline') }),
  };
}

/**
 * Personal links for the named people. Those with an e-mail address get the link by e-mail in their
 * own language; for the others the answer holds the link once, to hand out. Someone already invited
 * is skipped. Linked mode records answers about people, so the programme's consent rule applies.
 */
export async function inviteParticipants(db: Executor, actor: Actor, survey: Survey, target: InviteTarget, visible: 'all' | Set<string>, ctx: MailContext, requestId?: string) {
  if (survey.status === 'closed') throw conflict('errors.questionnaireSurveyClosed');
  const people = await population(db, survey, target, visible);
  if (survey.mode === 'linked') await assertConsentForRecording(db, survey.programmeId, people.map((p) => p.id), 'questionnaire');
  const existing = new Set((await db.select({ id: surveyInvitations.participantId }).from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.id))).map((r) => r.id));
  const handOut: { participantId: string; code: string; url: string }[] = [];
  let emailed = 0;
  const fresh = people.filter((p) => !existing.has(p.id));
  for (const person of fresh) {
    const id = randomUUID();
    const token = invitationToken(ctx.key, id);
    const url = personalLink(ctx.publicUrl, token);
    const sentAt = person.email ? new Date() : null;
    await db.insert(surveyInvitations).values({ id, surveyId: survey.id, participantId: person.id, tokenHash: tokenHash(token), sentAt });
    if (person.email) {
      await ctx.mailer.send({ to: person.email, ...mailFor(isLanguage(person.language) ? person.language : 'nb', survey, url, 'invite') });
      emailed++;
    } else handOut.push({ participantId: person.id, code: person.code, url });
  }
  await recordAudit(db, { actorId: actor.userId, action: 'survey.invite', entity: 'survey', entityId: survey.id, programmeId: survey.programmeId, after: { invited: fresh.map((p) => p.code), emailed }, requestId });
  return { invited: fresh.length, emailed, alreadyInvited: people.length - fresh.length, handOut };
}

/** Sends one reminder to an invitation (the same link as before: the token is derived, never stored). */
export async function sendReminder(ctx: MailContext, survey: Survey, invitationId: string, person: { email: string | null; language: string }): Promise<boolean> {
  if (!person.email) return false;
  const url = personalLink(ctx.publicUrl, invitationToken(ctx.key, invitationId));
  await ctx.mailer.send({ to: person.email, ...mailFor(isLanguage(person.language) ? person.language : 'nb', survey, url, 'remind') });
  return true;
}
