import { forbidden } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may do what with participants and recruitment. Outside the programme, or outside a municipal
 * contact's municipalities, the answer is 404. Reading is open to every member, but only some see who
 * a person is (`seesIdentity`); the rest see the pseudonymous code.
 */
export type PeopleAction = 'participant.read' | 'participant.write' | 'recruitment.read' | 'target.write';

export function authorizePeople(
  actor: Actor | null,
  action: PeopleAction,
  target: { programmeId: string; municipalityId?: string },
): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId, target.municipalityId);
  if (actor!.isAdmin) return scope;
  const r = scope.roles;
  if (action === 'participant.write') {
    if (r.has('coordinator')) return scope;
    // A municipal contact writes only in their own municipalities, even if another role lets them read all.
    if (r.has('municipal_contact') && (!target.municipalityId || scope.contactMunicipalities.has(target.municipalityId))) return scope;
    throw forbidden();
  }
  if (action === 'target.write' && !r.has('coordinator')) throw forbidden();
  return scope;
}

/** Names and contact details: coordinators, facilitators, administrators, and contacts for their own municipalities. */
export function seesIdentity(actor: Actor, scope: ProgrammeScope, municipalityId: string): boolean {
  return actor.isAdmin || scope.roles.has('coordinator') || scope.roles.has('facilitator') || scope.contactMunicipalities.has(municipalityId);
}

/** Small counts stay visible to coordinators and researchers (and administrators); everyone else gets them suppressed. */
export function seesSmallCells(actor: Actor, scope: ProgrammeScope): boolean {
  return actor.isAdmin || scope.roles.has('coordinator') || scope.roles.has('researcher');
}
