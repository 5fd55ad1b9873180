import { forbidden, notFound } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may see and change groups. A municipal contact (without other roles) sees only the improvement
 * teams of their own municipalities — anything else is 404 — and may edit those teams.
 */
export type GroupAction = 'group.read' | 'group.manage' | 'group.write';

export interface GroupTarget {
  programmeId: string;
  group?: { kind: string; municipalityId: string | null };
}

export function contactOnly(scope: Pick<ProgrammeScope, 'municipalities'>): boolean {
  return scope.municipalities !== 'all';
}

export function canSeeGroup(scope: Pick<ProgrammeScope, 'municipalities'>, group: { kind: string; municipalityId: string | null }): boolean {
  if (!contactOnly(scope)) return true;
  return group.kind === 'improvement_team' && !!group.municipalityId && (scope.municipalities as Set<string>).has(group.municipalityId);
}

export function authorizeGroups(actor: Actor | null, action: GroupAction, target: GroupTarget): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId);
  if (target.group && !canSeeGroup(scope, target.group)) throw notFound();
  if (actor!.isAdmin || action === 'group.read' || scope.roles.has('coordinator')) return scope;
  if (action === 'group.write' && target.group?.kind === 'improvement_team' && target.group.municipalityId && scope.contactMunicipalities.has(target.group.municipalityId)) return scope;
  throw forbidden();
}
