import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { groupMembers, groups } from './schema.js';

export interface ParticipantMembership {
  groupId: string;
  groupName: string;
  kind: string;
  role: string;
  since: Date;
}

/** The groups a participant belongs to (participant detail page, GDPR access request). */
export async function membershipsOfParticipant(db: Executor, participantId: string): Promise<ParticipantMembership[]> {
  return db
    .select({ groupId: groups.id, groupName: groups.name, kind: groups.kind, role: groupMembers.role, since: groupMembers.createdAt })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(eq(groupMembers.participantId, participantId))
    .orderBy(groups.name);
}
