import { forbidden } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may do what with qualitative analysis. Analysis data is research data: coordinators and
 * researchers read and write everything, facilitators read, municipal contacts and observers get
 * 403. Outside the programme the answer is 404. The analysis settings (originals, blind coding)
 * are the coordinator's.
 */
export type AnalysisAction = 'analysis.read' | 'analysis.write' | 'analysis.settings';

export function authorizeAnalysis(actor: Actor | null, action: AnalysisAction, target: { programmeId: string }): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId);
  if (actor!.isAdmin) return scope;
  const r = scope.roles;
  const ok =
    action === 'analysis.settings' ? r.has('coordinator')
    : action === 'analysis.write' ? r.has('coordinator') || r.has('researcher')
    : r.has('coordinator') || r.has('researcher') || r.has('facilitator');
  if (!ok) throw forbidden();
  return scope;
}

/**
 * Blind coding: a coder (someone who may write but is not coordinator) sees only their own
 * codings while blind coding is on. Returns the coder id to restrict to, or null for everything.
 */
export function blindCoderFilter(actor: Actor, scope: ProgrammeScope, blindCoding: boolean): string | null {
  if (!blindCoding || actor.isAdmin || scope.roles.has('coordinator')) return null;
  return scope.roles.has('researcher') ? actor.userId : null;
}
