import { forbidden } from '../../lib/errors.js';
import { mayShowSmallCells } from '../../lib/small-cells.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may see pre/post results (issue 6). They are research results: coordinators and researchers see
 * every course; a municipal contact sees only their own municipality's courses, with the small-cell
 * rule applied; facilitators and observers get 403. Sending free-text answers to the qualitative
 * workspace writes analysis data: coordinators and researchers. Outside the programme: 404.
 */
export type PrePostAction = 'prepost.read' | 'prepost.send-to-analysis';

export function authorizePrePost(actor: Actor | null, action: PrePostAction, target: { programmeId: string }): { scope: ProgrammeScope; mayShowSmall: boolean } {
  const { scope } = memberScope(actor, target.programmeId);
  const mayShowSmall = mayShowSmallCells({ roles: scope.roles, isAdmin: actor!.isAdmin });
  if (actor!.isAdmin) return { scope, mayShowSmall };
  const r = scope.roles;
  const ok = action === 'prepost.read' ? r.has('coordinator') || r.has('researcher') || r.has('municipal_contact') : r.has('coordinator') || r.has('researcher');
  if (!ok) throw forbidden();
  return { scope, mayShowSmall };
}

/** The municipalities whose courses the caller sees: all for research roles, else their contact municipalities. */
export function visibleCourseMunicipalities(scope: ProgrammeScope): 'all' | Set<string> {
  return scope.municipalities;
}
