import type { Executor } from '../../db/client.js';
import type { ProgrammeScope } from '../access/actor.js';
import { listGroups } from './groups.js';
import { canSeeGroup } from './policy.js';

/** The groups the caller may see, and for each participant the ids of those groups they belong to (for filtering recipients). */
export async function participantGroups(db: Executor, programmeId: string, scope: Pick<ProgrammeScope, 'municipalities'>) {
  const groups = (await listGroups(db, programmeId)).filter((g) => canSeeGroup(scope, g));
  const byParticipant = new Map<string, string[]>();
  for (const g of groups)
    for (const m of g.members)
      if (m.participantId) byParticipant.set(m.participantId, [...(byParticipant.get(m.participantId) ?? []), g.id]);
  return { groups: groups.map((g) => ({ id: g.id, name: g.name, municipalityId: g.municipalityId })), byParticipant };
}
