import { forbidden } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may see and change a programme's evaluation overview, plan and dissemination.
 *
 * - `reports.read`: every member of the programme. The overview is scoped like everything else: a
 *   municipal contact sees only the lines of their own municipalities (the scope's `municipalities`),
 *   and counts about people are small-cell suppressed for everyone but coordinators and researchers.
 * - `reports.plan`: the evaluation plan and the dissemination plan are written by coordinators and
 *   researchers (the evaluators of seed 004 wrote the questions and the report with the network;
 *   researchers write the articles and talks of 000 §2.2.1), and by the administrator.
 *   Facilitators, observers and municipal contacts read them.
 * `test/authorization.db.test.ts` holds these as expectations.
 */
export type ReportsAction = 'reports.read' | 'reports.plan';

export function mayEditPlan(actor: Actor, scope: ProgrammeScope): boolean {
  return actor.isAdmin || scope.roles.has('coordinator') || scope.roles.has('researcher');
}

export function authorizeReports(actor: Actor | null, action: ReportsAction, target: { programmeId: string }): ProgrammeScope {
  const { actor: who, scope } = memberScope(actor, target.programmeId);
  if (action === 'reports.read') return scope;
  if (mayEditPlan(who, scope)) return scope;
  throw forbidden();
}
