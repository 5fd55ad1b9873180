import { forbidden } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may do what with the evaluation report and its public summary. The report quotes coded
 * segments, so it follows the analysis module's readers: coordinators, researchers and facilitators
 * read it (and download its exports); coordinators and researchers write it — sections, picked
 * quotes, exports, the summary's text. Publishing the summary to everyone is the coordinator's call.
 * Municipal contacts and observers get 403 (they read the published summary like everyone else);
 * outside the programme the answer is 404.
 */
export type ReportAction = 'report.read' | 'report.write' | 'report.publish';

export function authorizeReport(actor: Actor | null, action: ReportAction, target: { programmeId: string }): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId);
  if (actor!.isAdmin) return scope;
  const r = scope.roles;
  const ok =
    action === 'report.publish' ? r.has('coordinator')
    : action === 'report.write' ? r.has('coordinator') || r.has('researcher')
    : r.has('coordinator') || r.has('researcher') || r.has('facilitator');
  if (!ok) throw forbidden();
  return scope;
}
