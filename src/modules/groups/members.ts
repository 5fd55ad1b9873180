import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { listProgrammeRoles } from '../access/roles.js';
import { getUserById } from '../auth/users.js';
import { findParticipant } from '../people/participants.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import type { Group } from './groups.js';
import { groupMembers, type GroupMemberRole } from './schema.js';

export interface MemberInput {
  userId?: string | null;
  participantId?: string | null;
  role: GroupMemberRole;
}

/**
 * Adds a staff user or a participant (or changes the role of one already in the group). Users must hold a role in the programme and participants must belong to it; `mayUseParticipant`
 * lets the caller's policy limit which (a municipal contact: their own municipalities).
 * Audit rows name a participant by code, so erasing them leaves no id behind.
 */
export async function addMember(db: Executor, actor: Actor, group: Group, input: MemberInput, mayUseParticipant: (municipalityId: string) => boolean, requestId?: string) {
  assertWritable(await getProgramme(db, group.programmeId));
  if (!!input.userId === !!input.participantId) throw invalidField('userId', 'groups.errors.memberNeedsOne');
  let code: string | undefined;
  if (input.userId) {
    // Only staff of this programme: anyone else's name would show in the member list (one message for both, so ids reveal nothing).
    const ofProgramme = (await listProgrammeRoles(db, group.programmeId)).some((r) => r.userId === input.userId);
    if (!ofProgramme || !(await getUserById(db, input.userId))) throw invalidField('userId', 'groups.errors.unknownPerson');
  } else {
    const p = await findParticipant(db, group.programmeId, input.participantId!).catch(() => null);
    if (!p || !mayUseParticipant(p.municipalityId)) throw invalidField('participantId', 'groups.errors.unknownPerson');
    code = p.code;
  }
  const [existing] = await db
    .select({ id: groupMembers.id })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, group.id), input.userId ? eq(groupMembers.userId, input.userId) : eq(groupMembers.participantId, input.participantId!)));
  // Adding someone who is already a member changes their role: one person, one row per group.
  const [created] = existing
    ? await db.update(groupMembers).set({ role: input.role }).where(eq(groupMembers.id, existing.id)).returning()
    : await db
        .insert(groupMembers)
        .values({ groupId: group.id, userId: input.userId ?? null, participantId: input.participantId ?? null, role: input.role })
        .returning();
  await recordAudit(db, {
    actorId: actor.userId, action: 'group.member_add', entity: 'group_member', entityId: created.id, programmeId: group.programmeId,
    after: { groupId: group.id, role: created.role, ...(input.userId ? { userId: input.userId } : { participantCode: code }) }, requestId,
  });
  return created;
}

export async function removeMember(db: Executor, actor: Actor, group: Group, memberId: string, requestId?: string) {
  assertWritable(await getProgramme(db, group.programmeId));
  const [removed] = await db
    .delete(groupMembers)
    .where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.id, memberId)))
    .returning();
  if (!removed) throw notFound();
  await recordAudit(db, {
    actorId: actor.userId, action: 'group.member_remove', entity: 'group_member', entityId: memberId, programmeId: group.programmeId,
    before: { groupId: group.id, role: removed.role, ...(removed.userId ? { userId: removed.userId } : {}) }, requestId,
  });
}
