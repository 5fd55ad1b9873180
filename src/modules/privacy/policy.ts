import type { Actor, ProgrammeScope } from '../access/actor.js';
import { authorizeConsent } from '../consent/policy.js';

/** Withdrawal by a coordinator, retention rules and access exports: coordinators only (404 outside the programme). */
export function authorizePrivacy(actor: Actor | null, target: { programmeId: string; municipalityId?: string }): ProgrammeScope {
  return authorizeConsent(actor, 'privacy.manage', target);
}
