import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { notFound, unauthenticated } from '../../lib/errors.js';
import { getUserById } from '../auth/users.js';
import { programmeRoles, type ProgrammeRoleName } from './schema.js';

export interface RoleGrant {
  programmeId: string;
  role: ProgrammeRoleName;
  municipalityId: string | null;
}

/** Who is asking: the signed-in user with every role they hold. Loaded once per request. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  language: Language;
  isAdmin: boolean;
  grants: RoleGrant[];
}

export async function loadActor(db: Executor, userId: string): Promise<Actor | null> {
  const user = await getUserById(db, userId);
  if (!user) return null;
  const grants = await db
    .select({ programmeId: programmeRoles.programmeId, role: programmeRoles.role, municipalityId: programmeRoles.municipalityId })
    .from(programmeRoles)
    .where(eq(programmeRoles.userId, userId));
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    language: user.language as Language,
    isAdmin: user.isAdmin,
    grants,
  };
}

/** What the actor may see in one programme: their roles and, for a municipal contact, which municipalities. */
export interface ProgrammeScope {
  isMember: boolean;
  roles: Set<ProgrammeRoleName>;
  /** 'all' unless the actor's only way in is as a municipal contact. */
  municipalities: 'all' | Set<string>;
  /** The municipalities the actor answers for as municipal contact (empty if not a contact). */
  contactMunicipalities: Set<string>;
}

export function programmeScope(actor: Actor, programmeId: string): ProgrammeScope {
  const grants = actor.grants.filter((g) => g.programmeId === programmeId);
  const roles = new Set(grants.map((g) => g.role));
  const onlyContact = roles.size === 1 && roles.has('municipal_contact');
  const contactMunicipalities = new Set(
    grants.filter((g) => g.role === 'municipal_contact' && g.municipalityId).map((g) => g.municipalityId!),
  );
  return {
    contactMunicipalities,
    isMember: actor.isAdmin || roles.size > 0,
    roles,
    municipalities: actor.isAdmin || !onlyContact ? 'all' : contactMunicipalities,
  };
}

export function canSeeMunicipality(scope: ProgrammeScope, municipalityId: string): boolean {
  return scope.municipalities === 'all' || scope.municipalities.has(municipalityId);
}

/**
 * How every module's policy begins: the caller must be signed in (401) and a member of the
 * programme who can see the named municipality, if any (404 otherwise: other tenants' data is never
 * revealed). What a member may then do is the module's own rule.
 */
export function memberScope(actor: Actor | null, programmeId: string | undefined, municipalityId?: string): { actor: Actor; scope: ProgrammeScope } {
  if (!actor) throw unauthenticated();
  if (!programmeId) throw notFound();
  const scope = programmeScope(actor, programmeId);
  if (!scope.isMember) throw notFound();
  if (municipalityId && !canSeeMunicipality(scope, municipalityId)) throw notFound();
  return { actor, scope };
}

/**
 * The actor as seen through a personal API token: only the owner's roles in the token's programmes.
 * An administrator's token is not an administrator's key — it reaches the programmes it names, with
 * the roles its owner holds there, so a leaked token can never open the whole installation.
 */
export function actorWithinProgrammes(actor: Actor, programmeIds: readonly string[]): Actor {
  const allowed = new Set(programmeIds);
  return { ...actor, isAdmin: false, grants: actor.grants.filter((g) => allowed.has(g.programmeId)) };
}
