import { forbidden } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may do what with consent purposes, information letters, consents, data-processing agreements
 * and privacy requests (withdrawal, retention, access export). Outside the programme — or outside a
 * municipal contact's municipalities — the answer is 404, never 403.
 */
export type ConsentAction =
  | 'consent.purposes.read'
  | 'consent.manage'
  | 'consent.summary'
  | 'consent.participant.read'
  | 'consent.participant.record'
  | 'privacy.manage';

const allowed: Record<ConsentAction, (scope: ProgrammeScope) => boolean> = {
  // Purposes and letters are what participants are shown; every member may read them.
  'consent.purposes.read': () => true,
  'consent.manage': (s) => s.roles.has('coordinator'),
  // Counts only (no names): researchers and observers too.
  'consent.summary': () => true,
  'consent.participant.read': (s) => s.roles.has('coordinator') || s.roles.has('municipal_contact'),
  'consent.participant.record': (s) => s.roles.has('coordinator') || s.roles.has('municipal_contact'),
  'privacy.manage': (s) => s.roles.has('coordinator'),
};

export function authorizeConsent(
  actor: Actor | null,
  action: ConsentAction,
  target: { programmeId: string; municipalityId?: string },
): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId, target.municipalityId);
  if (actor!.isAdmin) return scope;
  if (!allowed[action](scope)) throw forbidden();
  // A municipal contact (without the coordinator role) acts only for their own municipalities' people.
  if (target.municipalityId && !scope.roles.has('coordinator') && !scope.contactMunicipalities.has(target.municipalityId)) throw forbidden();
  return scope;
}
