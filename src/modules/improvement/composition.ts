/**
 * Whether an improvement team is put together as seed 004 appendix 1 asks: cross-disciplinary, with
 * members who have user experience and someone from NAV, a leader of the services taking part, and the
 * three roles (leader, secretary, measurement lead) given out. And the balance of lived experience
 * beside professionals in the network's project group (004 §1). Pure: the caller gathers the members.
 */
export interface TeamMemberFacts {
  /** The role in the group (leader, secretary, measurement_lead, member, contact_person). */
  groupRole: string;
  /** The participant's role (recipient, provider, leader); null for a staff user. */
  personRole: string | null;
  /** Sub-role and service name as registered (erfaringskonsulent, NAV, DPS, …). */
  subRole: string | null;
  serviceName: string | null;
}

export const compositionChecks = ['crossDisciplinary', 'userExperience', 'nav', 'servicesLeader', 'rolesAssigned'] as const;
export type CompositionCheck = (typeof compositionChecks)[number];

const livedExperience = /erfaring|bruker|brukar|likeperson|likemann|peer|lived|user org|brukerorg|brukarorg/i;
const navPattern = /\bnav\b/i;

export function hasLivedExperience(m: Pick<TeamMemberFacts, 'personRole' | 'subRole'>): boolean {
  return m.personRole === 'recipient' || livedExperience.test(m.subRole ?? '');
}

/** The checks that fail (empty when the team is composed as asked). */
export function compositionGaps(members: TeamMemberFacts[]): CompositionCheck[] {
  const gaps: CompositionCheck[] = [];
  const disciplines = new Set(members.filter((m) => !hasLivedExperience(m)).map((m) => (m.subRole || m.serviceName || m.personRole || 'staff').trim().toLowerCase()));
  if (disciplines.size < 2) gaps.push('crossDisciplinary');
  if (!members.some(hasLivedExperience)) gaps.push('userExperience');
  if (!members.some((m) => navPattern.test(m.subRole ?? '') || navPattern.test(m.serviceName ?? ''))) gaps.push('nav');
  if (!members.some((m) => m.personRole === 'leader')) gaps.push('servicesLeader');
  const roles = new Set(members.map((m) => m.groupRole));
  if (!['leader', 'secretary', 'measurement_lead'].every((r) => roles.has(r))) gaps.push('rolesAssigned');
  return gaps;
}

/** Lived experience beside professionals: the counts, and whether people with lived experience are there at all. */
export function projectGroupBalance(members: Pick<TeamMemberFacts, 'personRole' | 'subRole'>[]) {
  const lived = members.filter(hasLivedExperience).length;
  return { lived, professionals: members.length - lived, balanced: lived > 0 && lived * 3 >= members.length };
}
