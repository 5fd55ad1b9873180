import type { Context } from 'hono';
import type { Executor } from '../../db/client.js';
import type { AppEnv } from '../../http/env.js';
import { problemResponse } from '../../http/problem.js';
import { actorWithinProgrammes, loadActor, type Actor } from '../../modules/access/actor.js';
import { resumeApiToken, type ApiTokenGrant } from '../../modules/auth/api-tokens.js';

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * `Authorization: Bearer varde_…` on the API: a script's personal token instead of a session cookie.
 * Null when the request carries no token; a problem response when it carries a bad one (a script
 * must learn at once that its token is dead, not get the anonymous answer); otherwise the actor the
 * token may act as — only in its programmes, and only reading unless it was made for changes.
 */
export async function bearerActor(c: Context<AppEnv>, db: Executor): Promise<{ actor: Actor; grant: ApiTokenGrant } | Response | null> {
  const header = c.req.header('authorization');
  if (!header || !/^bearer\s/i.test(header) || !c.req.path.startsWith('/api/')) return null;
  const grant = await resumeApiToken(db, header.replace(/^bearer\s+/i, '').trim());
  const owner = grant ? await loadActor(db, grant.userId) : null;
  if (!grant || !owner) {
    const refused = problemResponse(c, 401, 'tokens.errors.invalid');
    refused.headers.set('WWW-Authenticate', 'Bearer error="invalid_token"');
    return refused;
  }
  if (grant.access === 'read' && !readMethods.has(c.req.method)) return problemResponse(c, 403, 'tokens.errors.readOnly');
  return { actor: actorWithinProgrammes(owner, grant.programmeIds), grant };
}
