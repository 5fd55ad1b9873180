import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { consentStandings } from '../consent/standing.js';
import { participantGroups } from '../groups/recipient-groups.js';
import { listParticipants } from '../people/participants.js';
import { seesIdentity } from '../people/policy.js';
import type { ActivityRow } from './activities.js';
import { invitations } from './invitations-schema.js';

/**
 * Everyone the caller may invite to the activity, with what the staff app filters on (municipality,
 * role, groups, consent) and whether they are invited already, so a send can go to chosen people.
 */
export async function invitationCandidates(db: Executor, actor: Actor, scope: ProgrammeScope, activity: ActivityRow) {
  const mayInvite = (m: string) => (actor.isAdmin || scope.roles.has('coordinator') || scope.roles.has('facilitator') ? true : scope.contactMunicipalities.has(m));
  const people = (await listParticipants(db, activity.programmeId, scope.municipalities)).filter((p) => mayInvite(p.municipalityId));
  const invited = new Set((await db.select({ id: invitations.participantId }).from(invitations).where(eq(invitations.activityId, activity.id))).map((r) => r.id));
  const consent = await consentStandings(db, activity.programmeId, people.map((p) => p.id));
  const { groups, byParticipant } = await participantGroups(db, activity.programmeId, scope);
  return {
    groups,
    people: people.map((p) => ({
      participantId: p.id, code: p.code, name: seesIdentity(actor, scope, p.municipalityId) ? p.name : null, role: p.role, municipalityId: p.municipalityId,
      groupIds: byParticipant.get(p.id) ?? [], hasEmail: !!p.email, consent: consent.get(p.id) ?? 'missing', eligible: !invited.has(p.id),
      reason: invited.has(p.id) ? ('already_invited' as const) : null,
    })),
  };
}
