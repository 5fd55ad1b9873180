import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { groupMembers } from './schema.js';

/**
 * Takes a participant out of every group (withdrawal with anonymise: a team role in a named
 * municipality would point back at the person). Erasure needs nothing here: the rows cascade.
 */
export async function removeParticipantFromGroups(tx: Executor, participantId: string): Promise<number> {
  const gone = await tx.delete(groupMembers).where(eq(groupMembers.participantId, participantId)).returning({ id: groupMembers.id });
  return gone.length;
}
