import { forbidden, notFound } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may see and change activities. Every member reads; a municipal contact (without other roles)
 * sees only the activities of their own municipalities — programme-wide ones and other
 * municipalities' are 404 — and may run (schedule, agenda, minutes) those. Facilitators run any
 * activity. Only coordinators generate the plan, add activities and types, and change dependencies.
 * Indicators: every member, a contact only for their municipalities.
 */
export type ActivityAction = 'activity.read' | 'activity.write' | 'activity.plan' | 'activity.indicators';

export function activityVisible(scope: ProgrammeScope, activity: { municipalityId: string | null }): boolean {
  if (scope.municipalities === 'all') return true;
  return !!activity.municipalityId && scope.municipalities.has(activity.municipalityId);
}

export function authorizeActivities(actor: Actor | null, action: ActivityAction, target: { programmeId: string; activity?: { municipalityId: string | null } }): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId);
  if (target.activity && !activityVisible(scope, target.activity)) throw notFound();
  if (actor!.isAdmin || action === 'activity.read' || action === 'activity.indicators') return scope;
  const r = scope.roles;
  if (r.has('coordinator')) return scope;
  if (action === 'activity.write') {
    if (r.has('facilitator')) return scope;
    const m = target.activity?.municipalityId;
    if (m && scope.contactMunicipalities.has(m)) return scope;
  }
  throw forbidden();
}
