import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, notFound } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { consentStandings } from '../consent/standing.js';
import { participantGroups } from '../groups/recipient-groups.js';
import { listParticipants, participantsByIds } from '../people/participants.js';
import { seesIdentity } from '../people/policy.js';
import { personalLink, type LinkContext } from './invitations.js';
import { invitationToken, resumeHashForInvitation, tokenHash } from './keys.js';
import { responses, surveyInvitations } from './schema.js';
import type { Survey } from './surveys.js';

/**
 * Everyone the caller may send the survey to (the survey's municipality, if it has one), with what the
 * staff app filters on — municipality, role, groups, consent — and whether a send would reach them:
 * linked surveys need consent to questionnaires where the programme asks for it.
 */
export async function surveyRecipients(db: Executor, actor: Actor, scope: ProgrammeScope, survey: Survey) {
  const people = (await listParticipants(db, survey.programmeId, scope.municipalities)).filter((p) => !survey.municipalityId || p.municipalityId === survey.municipalityId);
  const invited = new Map((await db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.id))).map((r) => [r.participantId, r]));
  const consent = await consentStandings(db, survey.programmeId, people.map((p) => p.id), 'questionnaire');
  const { groups, byParticipant } = await participantGroups(db, survey.programmeId, scope);
  return {
    groups: groups.filter((g) => !survey.municipalityId || !g.municipalityId || g.municipalityId === survey.municipalityId),
    people: people.map((p) => {
      const standing = consent.get(p.id) ?? 'missing';
      const inv = invited.get(p.id);
      const reason = inv?.completedAt ? ('completed' as const) : inv ? ('already_invited' as const) : survey.mode === 'linked' && standing === 'missing' ? ('no_consent' as const) : null;
      return {
        participantId: p.id, code: p.code, name: seesIdentity(actor, scope, p.municipalityId) ? p.name : null, role: p.role, municipalityId: p.municipalityId,
        groupIds: byParticipant.get(p.id) ?? [], hasEmail: !!p.email, consent: standing, eligible: reason === null, reason,
      };
    }),
  };
}

/**
 * A new personal link to the survey for one invited person, to print (for someone without e-mail, or
 * who lost the link). The link version goes up, so the earlier link stops working; an answer in
 * progress moves to the new link. Returned once; only its hash is stored.
 */
export async function issueSurveyLink(db: Executor, actor: Actor, scope: ProgrammeScope, survey: Survey, participantId: string, ctx: LinkContext, requestId?: string) {
  if (survey.status === 'closed') throw conflict('errors.questionnaireSurveyClosed');
  const [person] = await participantsByIds(db, survey.programmeId, [participantId]);
  if (!person || (scope.municipalities !== 'all' && !scope.municipalities.has(person.municipalityId))) throw notFound();
  const [inv] = await db.select().from(surveyInvitations).where(and(eq(surveyInvitations.surveyId, survey.id), eq(surveyInvitations.participantId, person.id)));
  if (!inv) throw notFound();
  if (inv.completedAt) throw conflict('recipients.errors.completed');
  const oldToken = invitationToken(ctx.key, inv.id, inv.linkVersion);
  const version = inv.linkVersion + 1;
  const token = invitationToken(ctx.key, inv.id, version);
  await db.update(surveyInvitations).set({ linkVersion: sql`${surveyInvitations.linkVersion} + 1`, tokenHash: tokenHash(token) }).where(eq(surveyInvitations.id, inv.id));
  await db.update(responses).set({ resumeTokenHash: resumeHashForInvitation(token) }).where(and(eq(responses.surveyId, survey.id), eq(responses.resumeTokenHash, resumeHashForInvitation(oldToken))));
  await recordAudit(db, { actorId: actor.userId, action: 'survey_invitation.link_issue', entity: 'survey', entityId: survey.id, programmeId: survey.programmeId, requestId, after: { code: person.code } });
  return { code: person.code, url: personalLink(ctx.publicUrl, token), personalCode: null };
}
