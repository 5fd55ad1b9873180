import type { Executor } from '../../db/client.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { getProgramme } from '../programmes/programmes.js';
import { authorizeCodesign, type CodesignAction } from './policy.js';

/**
 * For a route: the policy first (401/404/403 without reading anything), then the programme must
 * exist (an administrator passes the policy for any id), so an unknown programme is 404, never a
 * validation error about the body.
 */
export async function authorizedCodesign(
  db: Executor, actor: Actor | null, action: CodesignAction, target: { programmeId: string; municipalityId?: string | null },
): Promise<ProgrammeScope> {
  const scope = authorizeCodesign(actor, action, target);
  await getProgramme(db, target.programmeId);
  return scope;
}
