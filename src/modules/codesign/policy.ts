import { forbidden, notFound } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may do what in co-design (EBCD). Outside the programme, or a municipality a contact does not
 * answer for, the answer is 404.
 *
 * - Touchpoints and the emotional map are analysis of interviews, i.e. research data: coordinators and
 *   researchers mark them; facilitators read them (they build the feedback material from them);
 *   municipal contacts and observers get 403.
 * - Feedback ("trigger") material and target areas are the facilitators' work in the meetings:
 *   coordinators and facilitators write; every member reads target areas and the EBCD stage, a
 *   municipal contact only their own municipalities' and the programme-wide ones.
 * - The golden thread shows quotes, so it needs the touchpoint reading right.
 *
 * C1 (course, documents, groups) and C3 (boards, closing event) add their own functions below.
 */
export type CodesignAction =
  | 'codesign.read'
  | 'codesign.touchpoints.read'
  | 'codesign.touchpoints.write'
  | 'codesign.journey.write'
  | 'codesign.material.write'
  | 'codesign.targets.write';

export function authorizeCodesign(
  actor: Actor | null,
  action: CodesignAction,
  target: { programmeId: string; municipalityId?: string | null },
): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId, target.municipalityId ?? undefined);
  if (actor!.isAdmin) return scope;
  const r = scope.roles;
  const researchRead = r.has('coordinator') || r.has('researcher') || r.has('facilitator');
  const ok =
    action === 'codesign.read' ? true
    : action === 'codesign.touchpoints.read' ? researchRead
    : action === 'codesign.touchpoints.write' ? r.has('coordinator') || r.has('researcher')
    : action === 'codesign.journey.write' ? r.has('coordinator')
    : r.has('coordinator') || r.has('facilitator');
  if (!ok) throw forbidden();
  return scope;
}

/** Whether a row tied to a municipality (null = programme-wide) is visible in the scope. */
export function codesignVisible(scope: ProgrammeScope, row: { municipalityId: string | null }): boolean {
  return scope.municipalities === 'all' || row.municipalityId === null || scope.municipalities.has(row.municipalityId);
}

/** Throws 404 when a loaded row is outside what the actor may see. */
export function assertCodesignVisible(scope: ProgrammeScope, row: { municipalityId: string | null } | undefined | null): void {
  if (!row || !codesignVisible(scope, row)) throw notFound();
}

/**
 * Live boards (C3). Every member reads a board they can see (a contact: their municipalities' and the
 * programme-wide ones); coordinators and facilitators run any board, a municipal contact runs the
 * boards of their own municipalities' meetings (as they run those activities).
 */
export type BoardAction = 'codesign.boards.read' | 'codesign.boards.run';

export function authorizeBoards(actor: Actor | null, action: BoardAction, target: { programmeId: string; board?: { municipalityId: string | null } }): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId);
  if (target.board && !codesignVisible(scope, target.board)) throw notFound();
  if (actor!.isAdmin || action === 'codesign.boards.read') return scope;
  const r = scope.roles;
  if (r.has('coordinator') || r.has('facilitator')) return scope;
  const m = target.board?.municipalityId;
  if (m && scope.contactMunicipalities.has(m)) return scope;
  throw forbidden();
}

/**
 * The course and co-design groups (C1). Every member reads the course, its modules and the groups'
 * work; coordinators, researchers and facilitators shape modules and materials (the materials'
 * own rules are the documents module's); coordinators and facilitators run co-design groups and
 * record their workshops; coordinators keep the list of course holders.
 */
export type CourseAction = 'codesign.course.read' | 'codesign.course.write' | 'codesign.groups.write' | 'codesign.holders.write';

export function authorizeCourse(actor: Actor | null, action: CourseAction, target: { programmeId: string }): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId);
  if (actor!.isAdmin || action === 'codesign.course.read') return scope;
  const r = scope.roles;
  const ok =
    action === 'codesign.course.write' ? r.has('coordinator') || r.has('researcher') || r.has('facilitator')
    : action === 'codesign.groups.write' ? r.has('coordinator') || r.has('facilitator')
    : r.has('coordinator');
  if (!ok) throw forbidden();
  return scope;
}
