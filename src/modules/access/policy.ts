import { forbidden } from '../../lib/errors.js';
import { memberScope, type Actor } from './actor.js';
import type { ProgrammeRoleName } from './schema.js';

/**
 * Who may see and hand out roles in a programme. Coordinators manage the team; only an instance
 * administrator appoints (or removes) coordinators.
 */
export type AccessAction = 'role.read' | 'role.appoint' | 'audit.read';

export function authorizeAccess(actor: Actor | null, action: AccessAction, programmeId: string, role?: ProgrammeRoleName): void {
  const { scope } = memberScope(actor, programmeId);
  if (actor!.isAdmin) return;
  if (!scope.roles.has('coordinator')) throw forbidden();
  if (action === 'role.appoint' && role === 'coordinator') throw forbidden();
}
