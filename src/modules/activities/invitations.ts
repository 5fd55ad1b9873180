import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { canSeeMunicipality } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { listGroups } from '../groups/groups.js';
import { canSeeGroup } from '../groups/policy.js';
import { participantsByIds } from '../people/participants.js';
import { seesIdentity } from '../people/policy.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import type { ActivityRow } from './activities.js';
import { applyAnswer, capacityState, tellPromoted, type Answer } from './invitation-answers.js';
import { queueInvitationMail, type Invitation } from './invitation-mail.js';
import { latestDeliveries } from '../mail/outbox.js';
import { attendance, invitations, type InvitationStatus } from './invitations-schema.js';

/** Someone a send did not reach, by code (null when the caller may not see the person's code), and why. */
export interface SkippedRecipient {
  code: string | null;
  reason: 'outside' | 'already_invited';
}

export interface InviteInput {
  participantIds?: string[];
  groupIds?: string[];
}

/**
 * Invites participants, and the participant members of whole groups, to a scheduled activity and
 * queues an e-mail to each new invitee (in their language, with the calendar file; `mailed` counts them). Someone already invited is
 * left as they are. A municipal contact invites only people of their own municipalities.
 */
export async function inviteToActivity(db: Executor, actor: Actor, scope: ProgrammeScope, activity: ActivityRow, input: InviteInput, requestId?: string) {
  assertWritable(await getProgramme(db, activity.programmeId));
  if (activity.status === 'cancelled') throw conflict('errors.invitationActivityCancelled');
  if (!activity.startsAt || !activity.endsAt) throw conflict('errors.invitationActivityNotScheduled');
  const groupIds = [...new Set(input.groupIds ?? [])];
  const chosen = new Set(input.participantIds ?? []);
  const wanted = new Set(chosen);
  const viaGroup = new Map<string, string>();
  if (groupIds.length) {
    // A group the caller cannot see is refused exactly like one that does not exist.
    const groups = (await listGroups(db, activity.programmeId)).filter((g) => groupIds.includes(g.id) && canSeeGroup(scope, g));
    if (groups.length !== groupIds.length) throw invalidField('groupIds', 'errors.invitationGroupOutside');
    for (const g of groups)
      for (const m of g.members)
        if (m.participantId) {
          wanted.add(m.participantId);
          if (!viaGroup.has(m.participantId)) viaGroup.set(m.participantId, g.id);
        }
  }
  if (wanted.size === 0 && groupIds.length === 0) throw invalidField('participantIds', 'errors.invitationNobodyChosen');
  const found = await participantsByIds(db, activity.programmeId, [...wanted]);
  const mayInvite = (m: string) => actor.isAdmin || scope.roles.has('coordinator') || scope.roles.has('facilitator') ? canSeeMunicipality(scope, m) : scope.contactMunicipalities.has(m);
  // Someone named by id who is not the programme's, or not the caller's to invite, is a wrong request
  // (and says nothing about them); a group member outside the caller's municipalities is skipped.
  if (found.length !== wanted.size && [...chosen].some((id) => !found.some((p) => p.id === id))) throw invalidField('participantIds', 'errors.invitationParticipantOutside');
  if (found.some((p) => chosen.has(p.id) && !mayInvite(p.municipalityId))) throw invalidField('participantIds', 'errors.invitationParticipantOutside');
  const skipped: SkippedRecipient[] = found.filter((p) => !mayInvite(p.municipalityId)).map((p) => ({ code: canSeeMunicipality(scope, p.municipalityId) ? p.code : null, reason: 'outside' }));
  const people = found.filter((p) => mayInvite(p.municipalityId));

  const created = people.length
    ? await db
        .insert(invitations)
        .values(people.map((p) => ({ programmeId: activity.programmeId, activityId: activity.id, participantId: p.id, language: p.language, viaGroupId: viaGroup.get(p.id) ?? null, invitedBy: actor.userId })))
        .onConflictDoNothing()
        .returning()
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const fresh = new Set(created.map((c) => c.participantId));
  for (const p of people) if (!fresh.has(p.id)) skipped.push({ code: p.code, reason: 'already_invited' });
  // Queued in this transaction and sent by the mail job after commit: the request never waits for SMTP.
  const mailed = await queueInvitationMail(db, activity, created.filter((inv) => byId.get(inv.participantId)!.email), 'invite');
  if (created.length)
    await recordAudit(db, {
      actorId: actor.userId, action: 'invitation.create', entity: 'activity', entityId: activity.id, programmeId: activity.programmeId, requestId,
      after: { codes: created.map((i) => byId.get(i.participantId)!.code), groupIds, skipped: skipped.map((s) => s.code ?? '?') },
    });
  // Those without e-mail are invited too; staff print their reply link and check-in code.
  const withoutEmail = created.filter((inv) => !byId.get(inv.participantId)!.email).map((inv) => ({ participantId: inv.participantId, invitationId: inv.id, code: byId.get(inv.participantId)!.code }));
  return { created: created.length, mailed, alreadyInvited: skipped.filter((s) => s.reason === 'already_invited').length, skipped, withoutEmail };
}

/** The invitation list of one activity with answers and attendance; names only for those who may see them. */
export async function listInvitations(db: Executor, actor: Actor, scope: ProgrammeScope, activity: ActivityRow) {
  const rows = await db.select().from(invitations).where(eq(invitations.activityId, activity.id)).orderBy(asc(invitations.createdAt));
  const came = await db.select().from(attendance).where(eq(attendance.activityId, activity.id));
  const ids = [...new Set([...rows.map((r) => r.participantId), ...came.map((a) => a.participantId)])];
  const people = new Map((await participantsByIds(db, activity.programmeId, ids)).map((p) => [p.id, p]));
  const deliveries = await latestDeliveries(db, 'activity', rows.map((r) => r.id));
  const visible = ids.filter((id) => people.has(id) && canSeeMunicipality(scope, people.get(id)!.municipalityId));
  const items = visible.map((participantId) => {
    const p = people.get(participantId)!;
    const inv = rows.find((r) => r.participantId === participantId);
    const a = came.find((c) => c.participantId === participantId);
    return {
      participantId, invitationId: inv?.id ?? null, code: p.code, name: seesIdentity(actor, scope, p.municipalityId) ? p.name : null, role: p.role,
      municipalityId: p.municipalityId, hasEmail: !!p.email, status: inv?.status ?? null, sentAt: inv?.sentAt?.toISOString() ?? null,
      repliedAt: inv?.repliedAt?.toISOString() ?? null, delivery: (inv && deliveries.get(inv.id)) ?? null,
      attendance: a ? { attended: a.attended, method: a.method, registeredAt: a.registeredAt.toISOString() } : null,
    };
  });
  return { items, ...(await capacityState(db, activity)) };
}

export async function getInvitation(db: Executor, activity: ActivityRow, invitationId: string): Promise<Invitation> {
  const [row] = await db.select().from(invitations).where(and(eq(invitations.activityId, activity.id), eq(invitations.id, invitationId)));
  if (!row) throw notFound();
  return row;
}

/** Staff record an answer given by phone or in person; the same capacity rules as the reply page. */
export async function recordAnswerForParticipant(db: Executor, actor: Actor, scope: ProgrammeScope, activity: ActivityRow, invitationId: string, answer: Answer, now: Date, requestId?: string) {
  assertWritable(await getProgramme(db, activity.programmeId));
  const inv = await getInvitation(db, activity, invitationId);
  const [person] = await participantsByIds(db, activity.programmeId, [inv.participantId]);
  if (!person || !canSeeMunicipality(scope, person.municipalityId)) throw notFound();
  if (activity.status === 'cancelled') throw conflict('errors.invitationActivityCancelled');
  const { status, promoted } = await applyAnswer(db, activity, inv, answer, now);
  await recordAudit(db, { actorId: actor.userId, action: 'invitation.answer', entity: 'invitation', entityId: inv.id, programmeId: activity.programmeId, requestId, before: { code: person.code, status: inv.status }, after: { code: person.code, status, by: 'staff' } });
  await tellPromoted(db, activity, promoted);
  return { status: status as InvitationStatus, promoted: promoted.length };
}

/** Invitations of several activities (for the indicators and the access export). */
export async function invitationsOf(db: Executor, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db.select().from(invitations).where(inArray(invitations.activityId, activityIds));
}
