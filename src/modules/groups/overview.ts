import type { Executor } from '../../db/client.js';
import { canSeeMunicipality, type Actor, type ProgrammeScope } from '../access/actor.js';
import { listProgrammeRoles } from '../access/roles.js';
import { listUsersByIds } from '../auth/users.js';
import { participantsByIds } from '../people/participants.js';
import { seesIdentity } from '../people/policy.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { municipalitiesWithoutContact } from './contact-rule.js';
import { listGroups } from './groups.js';
import { canSeeGroup } from './policy.js';

/** The groups page: every group the caller may see, members named as the caller may see them, and the contact-rule warning. */
export async function groupsOverview(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string) {
  const all = await listGroups(db, programmeId);
  const visible = all.filter((g) => canSeeGroup(scope, g));
  const memberIds = visible.flatMap((g) => g.members);
  const people = new Map((await participantsByIds(db, programmeId, [...new Set(memberIds.map((m) => m.participantId).filter((x): x is string => !!x))])).map((p) => [p.id, p]));
  const users = new Map((await listUsersByIds(db, [...new Set(memberIds.map((m) => m.userId).filter((x): x is string => !!x))])).map((u) => [u.id, u]));
  const isManager = actor.isAdmin || scope.roles.has('coordinator');
  const canEdit = (g: { kind: string; municipalityId: string | null }) =>
    isManager || (g.kind === 'improvement_team' && !!g.municipalityId && scope.contactMunicipalities.has(g.municipalityId));

  const groups = visible.map((g) => ({
    id: g.id, kind: g.kind, municipalityId: g.municipalityId, name: g.name, mandate: g.mandate, workPlan: g.workPlan, meetingTimes: g.meetingTimes,
    canEdit: canEdit(g),
    members: g.members.map((m) => {
      const p = m.participantId ? people.get(m.participantId) : undefined;
      const displayName = p ? (seesIdentity(actor, scope, p.municipalityId) ? p.name : p.code) : (users.get(m.userId ?? '')?.name ?? '');
      return { id: m.id, role: m.role, kind: p ? ('participant' as const) : ('staff' as const), userId: m.userId, participantId: m.participantId, displayName, code: p?.code ?? null };
    }),
  }));

  const municipalities = (await listProgrammeMunicipalities(db, programmeId, 'all')).filter((m) => canSeeMunicipality(scope, m.id));
  const contactPeople = new Map(people);
  const contactGroupMembers = all.filter((g) => g.kind === 'contact_group').flatMap((g) => g.members).map((m) => m.participantId).filter((x): x is string => !!x && !contactPeople.has(x));
  for (const p of await participantsByIds(db, programmeId, contactGroupMembers)) contactPeople.set(p.id, p);
  const missing = await municipalitiesWithoutContact(db, programmeId, municipalities, all, contactPeople);

  const anyEditable = groups.some((g) => g.canEdit) || isManager;
  const staff = anyEditable
    ? [...new Map((await listProgrammeRoles(db, programmeId)).map((r) => [r.userId, { userId: r.userId, name: r.name }])).values()].sort((a, b) => a.name.localeCompare(b.name))
    : [];
  return {
    groups,
    hasContactGroup: all.some((g) => g.kind === 'contact_group'),
    municipalitiesWithoutContact: missing.map((m) => ({ id: m.id, name: m.name })),
    staff,
    canManage: isManager,
  };
}
