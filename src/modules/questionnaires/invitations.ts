import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isLanguage, translate, type Language } from '../../i18n/index.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { registerMailRenderer } from '../mail/deliver.js';
import { queueMail } from '../mail/outbox.js';
import { consentStandings } from '../consent/standing.js';
import { getGroup } from '../groups/groups.js';
import { canSeeGroup } from '../groups/policy.js';
import { groupMembers } from '../groups/schema.js';
import { listParticipants, participantsByIds } from '../people/participants.js';
import type { Participant } from '../people/participant.js';
import { localText } from './local-text.js';
import { invitationToken, tokenHash } from './keys.js';
import { surveyInvitations, surveys } from './schema.js';
import type { Survey } from './surveys.js';
import { assertEthicsCleared } from '../consent/ethics-approvals.js';

export type InviteTarget = { participantIds: string[] } | { groupId: string } | { municipality: true };

/** What inviting needs to write the links handed out (those e-mailed are written by the mail job). */
export interface LinkContext {
  publicUrl: string;
  key: Buffer;
}

/**
 * Who the target names: the programme's people the caller may see. Someone named by id whom the caller
 * may not see is a wrong request; a group member outside the survey's municipality (or the caller's
 * view) is skipped and reported, not a reason to refuse the others.
 */
async function population(db: Executor, survey: Survey, target: InviteTarget, visible: 'all' | Set<string>): Promise<{ people: Participant[]; outside: Participant[] }> {
  let people: Participant[];
  if ('participantIds' in target) {
    const ids = [...new Set(target.participantIds)];
    people = await participantsByIds(db, survey.programmeId, ids);
    const missing = ids.find((id) => !people.some((p) => p.id === id));
    if (missing) throw invalidField('participantIds', 'errors.questionnaireUnknownParticipant', { id: missing });
  } else if ('groupId' in target) {
    const group = await getGroup(db, survey.programmeId, target.groupId);
    // A group outside a municipal contact's view answers exactly like a missing one (404).
    if (visible !== 'all' && !canSeeGroup({ municipalities: visible }, group)) throw notFound();
    // The group's participant members (staff members have no participant id and get no questionnaire).
    const members = await db.select({ id: groupMembers.participantId }).from(groupMembers).where(and(eq(groupMembers.groupId, target.groupId), isNotNull(groupMembers.participantId)));
    people = await participantsByIds(db, survey.programmeId, members.map((m) => m.id!));
  } else {
    if (!survey.municipalityId) throw invalidField('municipality', 'errors.questionnaireNoMunicipality');
    people = (await listParticipants(db, survey.programmeId, 'all', { municipalityId: survey.municipalityId })) as Participant[];
  }
  const seen = (p: Participant) => visible === 'all' || visible.has(p.municipalityId);
  if ('participantIds' in target && people.some((p) => !seen(p))) throw invalidField('participantIds', 'errors.questionnaireUnknownParticipant', { id: people.find((p) => !seen(p))!.id });
  const isOutside = (p: Participant) => (survey.municipalityId && p.municipalityId !== survey.municipalityId) || !seen(p);
  return { people: people.filter((p) => !isOutside(p)), outside: people.filter(isOutside) };
}

/** Someone a send did not reach, by code (null when the caller may not see the person), and why. */
export interface SkippedRecipient {
  code: string | null;
  reason: 'outside' | 'already_invited' | 'no_consent';
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
 * own language, queued here and sent by the mail job after commit (the answer's `emailed` counts the
 * queued e-mails; the staff list shows each one's delivery); for the others the answer holds the
 * link once, to hand out. Someone already invited is skipped. Linked mode records answers about
 * people, so the programme's consent rule applies.
 */
export async function inviteParticipants(db: Executor, actor: Actor, survey: Survey, target: InviteTarget, visible: 'all' | Set<string>, ctx: LinkContext, requestId?: string) {
  if (survey.status === 'closed') throw conflict('errors.questionnaireSurveyClosed');
  // Linked answers are research data about people: they wait for the ethics approval when the programme says so.
  if (survey.mode === 'linked') await assertEthicsCleared(db, survey.programmeId, 'linked_surveys');
  const { people, outside } = await population(db, survey, target, visible);
  const skipped: SkippedRecipient[] = outside.map((p) => ({ code: visible === 'all' || visible.has(p.municipalityId) ? p.code : null, reason: 'outside' }));
  // Linked answers are data about the person: whoever has not consented is skipped (and named), the rest still get theirs.
  const consent = survey.mode === 'linked' ? await consentStandings(db, survey.programmeId, people.map((p) => p.id), 'questionnaire') : null;
  const consenting = people.filter((p) => !consent || consent.get(p.id) !== 'missing');
  for (const p of people) if (!consenting.includes(p)) skipped.push({ code: p.code, reason: 'no_consent' });
  const existing = new Set((await db.select({ id: surveyInvitations.participantId }).from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.id))).map((r) => r.id));
  for (const p of consenting) if (existing.has(p.id)) skipped.push({ code: p.code, reason: 'already_invited' });
  const handOut: { participantId: string; code: string; url: string }[] = [];
  const toMail: { programmeId: string; channel: 'survey'; kind: string; surveyInvitationId: string }[] = [];
  const fresh = consenting.filter((p) => !existing.has(p.id));
  for (const person of fresh) {
    const id = randomUUID();
    const token = invitationToken(ctx.key, id);
    await db.insert(surveyInvitations).values({ id, surveyId: survey.id, participantId: person.id, tokenHash: tokenHash(token), sentAt: null });
    if (person.email) toMail.push({ programmeId: survey.programmeId, channel: 'survey', kind: 'invite', surveyInvitationId: id });
    else handOut.push({ participantId: person.id, code: person.code, url: personalLink(ctx.publicUrl, token) });
  }
  const emailed = await queueMail(db, toMail);
  await recordAudit(db, { actorId: actor.userId, action: 'survey.invite', entity: 'survey', entityId: survey.id, programmeId: survey.programmeId, after: { invited: fresh.map((p) => p.code), emailed, skipped: skipped.map((x) => `${x.code ?? '?'}:${x.reason}`) }, requestId });
  return { invited: fresh.length, emailed, alreadyInvited: skipped.filter((x) => x.reason === 'already_invited').length, handOut, skipped };
}

/**
 * The delivery job's side: one survey e-mail (invitation or reminder) with the person's link, the
 * same every time (derived from the key, never stored). Null when there is nothing to send any more:
 * no address, the survey closed, or the person has answered.
 */
registerMailRenderer('survey', async (db, delivery, ctx) => {
  if (!delivery.surveyInvitationId) return null;
  const [invitation] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.id, delivery.surveyInvitationId));
  if (!invitation || invitation.completedAt) return null;
  const [survey] = await db.select().from(surveys).where(eq(surveys.id, invitation.surveyId));
  const now = ctx.now();
  if (!survey || survey.status === 'closed' || (survey.closesAt && survey.closesAt.getTime() <= now.getTime())) return null;
  const [person] = await participantsByIds(db, survey.programmeId, [invitation.participantId]);
  if (!person?.email) return null;
  const kind = delivery.kind === 'remind' ? 'remind' : 'invite';
  await db.update(surveyInvitations).set(kind === 'remind' ? { remindedAt: now } : { sentAt: now }).where(eq(surveyInvitations.id, invitation.id));
  const url = personalLink(ctx.publicUrl, invitationToken(ctx.key, invitation.id, invitation.linkVersion));
  return { to: person.email, ...mailFor(isLanguage(person.language) ? person.language : 'nb', survey as Survey, url, kind) };
});
