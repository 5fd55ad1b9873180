import { forbidden, unauthenticated } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may do what with programmes, municipalities and services. Every route of the module asks here.
 * Outside the programme (or outside a municipal contact's municipalities) the answer is 404, never 403:
 * the existence of other tenants' data is not revealed.
 */
export type ProgrammeAction =
  | 'programme.create'
  | 'programme.read'
  | 'programme.update'
  | 'municipality.read'
  | 'municipality.manage'
  | 'service.read'
  | 'service.write';

const allowed: Record<Exclude<ProgrammeAction, 'programme.create'>, (scope: ProgrammeScope) => boolean> = {
  'programme.read': () => true,
  'programme.update': (s) => s.roles.has('coordinator'),
  'municipality.read': () => true,
  'municipality.manage': (s) => s.roles.has('coordinator'),
  'service.read': () => true,
  // A municipal contact keeps their own municipality's services; the municipality check below scopes it.
  'service.write': (s) => s.roles.has('coordinator') || s.roles.has('municipal_contact'),
};

export function authorizeProgramme(
  actor: Actor | null,
  action: ProgrammeAction,
  target: { programmeId?: string; municipalityId?: string } = {},
): ProgrammeScope | null {
  if (!actor) throw unauthenticated();
  if (action === 'programme.create') {
    if (!actor.isAdmin) throw forbidden();
    return null;
  }
  const { scope } = memberScope(actor, target.programmeId, target.municipalityId);
  if (actor.isAdmin) return scope;
  if (!allowed[action](scope)) throw forbidden();
  // Without the coordinator role, services are written only where the actor is municipal contact,
  // even if another role (e.g. researcher) lets them read every municipality.
  if (action === 'service.write' && !scope.roles.has('coordinator')) {
    if (!target.municipalityId || !scope.contactMunicipalities.has(target.municipalityId)) throw forbidden();
  }
  return scope;
}
