import { forbidden } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may do what with a versioned document (course materials, the values document, report
 * sections). Every member of the programme reads; staff who build the content — coordinators,
 * researchers, facilitators and municipal contacts — lock, write, upload, comment and suggest;
 * observers only read. Deciding (accepting or rejecting suggestions, approving, sending back) is for the
 * document's owner (who created it) or a coordinator; only a coordinator takes over someone else's lock.
 */
export type DocumentAction = 'document.read' | 'document.write' | 'document.decide' | 'document.takeover';

export function authorizeDocuments(actor: Actor | null, action: DocumentAction, target: { programmeId: string; createdBy?: string | null }): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId);
  if (actor!.isAdmin || action === 'document.read') return scope;
  const r = scope.roles;
  if (r.has('coordinator')) return scope;
  if (action === 'document.write' && (r.has('researcher') || r.has('facilitator') || r.has('municipal_contact'))) return scope;
  if (action === 'document.decide' && target.createdBy && target.createdBy === actor!.userId && !r.has('observer')) return scope;
  throw forbidden();
}
