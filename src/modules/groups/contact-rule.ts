import { listProgrammeRoles } from '../access/roles.js';
import type { Executor } from '../../db/client.js';
import type { Participant } from '../people/participant.js';
import type { GroupMember, Group } from './groups.js';

/**
 * Seed 000 §3.1: the contact group has at least one contact person per municipality. A staff member
 * counts for the municipalities they are municipal contact for; a participant for their own municipality.
 * Returns the municipalities (of those given) that nobody covers.
 */
export async function municipalitiesWithoutContact(
  db: Executor,
  programmeId: string,
  municipalities: { id: string; name: string }[],
  groupsWithMembers: (Group & { members: GroupMember[] })[],
  participantsById: Map<string, Participant>,
) {
  const contacts = groupsWithMembers.filter((g) => g.kind === 'contact_group').flatMap((g) => g.members.filter((m) => m.role === 'contact_person'));
  const covered = new Set<string>();
  const grants = contacts.some((m) => m.userId) ? await listProgrammeRoles(db, programmeId) : [];
  for (const m of contacts) {
    if (m.participantId) {
      const p = participantsById.get(m.participantId);
      if (p) covered.add(p.municipalityId);
    } else {
      for (const g of grants) if (g.userId === m.userId && g.role === 'municipal_contact' && g.municipalityId) covered.add(g.municipalityId);
    }
  }
  return municipalities.filter((m) => !covered.has(m.id));
}
