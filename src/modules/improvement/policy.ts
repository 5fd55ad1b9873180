import { forbidden, notFound } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may see and change the improvement work of a learning network.
 *
 * A DELIBERATE EXCEPTION to "another municipality's records are 404": learning from each other is the
 * network's purpose (seed 004), so every member of the programme — a municipal contact included — reads
 * every team's workspace, measures and charts. Two limits remain:
 * - a measure the team marks as not shared is invisible (404) to contacts of other municipalities;
 *   programme-wide roles (coordinator, researcher, facilitator, observer) still see it;
 * - only the team's own municipality edits: its municipal contact, or a coordinator. A contact of
 *   another municipality who can read a team gets 403 on a change, and 404 on an unshared measure.
 * Programme settings (the list of measure kinds) are the coordinator's.
 * `test/authorization.db.test.ts` holds these as expectations.
 */
export type ImprovementAction = 'improvement.read' | 'improvement.write' | 'improvement.manage';

export function canEditTeam(actor: Actor, scope: ProgrammeScope, municipalityId: string): boolean {
  return actor.isAdmin || scope.roles.has('coordinator') || scope.contactMunicipalities.has(municipalityId);
}

/** Whether a measure is visible: shared ones to every member, unshared ones to its own team and programme-wide roles. */
export function canSeeMeasure(scope: ProgrammeScope, measure: { municipalityId: string; shared: boolean }): boolean {
  if (measure.shared || scope.municipalities === 'all') return true;
  return scope.municipalities.has(measure.municipalityId);
}

export function authorizeImprovement(
  actor: Actor | null,
  action: ImprovementAction,
  target: { programmeId: string; municipalityId?: string; measure?: { municipalityId: string; shared: boolean } },
): ProgrammeScope {
  // No municipality check here: every member may read every team (the exception above).
  const { scope } = memberScope(actor, target.programmeId);
  if (target.measure && !canSeeMeasure(scope, target.measure)) throw notFound();
  if (action === 'improvement.read') return scope;
  if (action === 'improvement.manage') {
    if (actor!.isAdmin || scope.roles.has('coordinator')) return scope;
    throw forbidden();
  }
  const municipalityId = target.measure?.municipalityId ?? target.municipalityId;
  if (municipalityId && canEditTeam(actor!, scope, municipalityId)) return scope;
  throw forbidden();
}
