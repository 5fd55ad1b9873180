import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Language } from '../../i18n/index.js';
import { recordAudit } from '../audit/record.js';
import { findOrCreateUser, listUsersByIds } from '../auth/users.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { getProgramme, assertWritable } from '../programmes/programmes.js';
import type { Actor } from './actor.js';
import { programmeRoles, type ProgrammeRoleName } from './schema.js';

export interface AppointInput {
  email: string;
  name: string;
  role: ProgrammeRoleName;
  municipalityIds?: string[];
  language?: Language;
}

/** Everyone with a role in the programme, grouped per person and role. */
export async function listProgrammeRoles(db: Executor, programmeId: string) {
  await getProgramme(db, programmeId);
  const rows = await db.select().from(programmeRoles).where(eq(programmeRoles.programmeId, programmeId));
  const people = new Map((await listUsersByIds(db, [...new Set(rows.map((r) => r.userId))])).map((u) => [u.id, u]));
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    name: people.get(r.userId)?.name ?? '',
    email: people.get(r.userId)?.email ?? '',
    role: r.role,
    municipalityId: r.municipalityId,
  }));
}

export async function appointRole(db: Executor, actor: Actor, programmeId: string, input: AppointInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const municipalityIds = [...new Set(input.municipalityIds ?? [])];
  if (input.role === 'municipal_contact' && municipalityIds.length === 0)
    throw invalidField('municipalityIds', 'errors.roleNeedsMunicipality');
  if (input.role !== 'municipal_contact' && municipalityIds.length > 0)
    throw invalidField('municipalityIds', 'errors.roleTakesNoMunicipality');
  for (const id of municipalityIds) await getProgrammeMunicipality(db, programmeId, id);

  const user = await findOrCreateUser(db, { email: input.email, name: input.name, language: input.language });
  const targets = input.role === 'municipal_contact' ? municipalityIds : [null];
  const created = await db
    .insert(programmeRoles)
    .values(targets.map((municipalityId) => ({ programmeId, userId: user.id, role: input.role, municipalityId })))
    .onConflictDoNothing()
    .returning();
  if (created.length === 0) throw conflict('errors.roleAlreadyHeld');
  for (const row of created)
    await recordAudit(db, { actorId: actor.userId, action: 'role.appoint', entity: 'programme_role', entityId: row.id, programmeId, after: row, requestId });
  return { user, roles: created };
}

export async function getProgrammeRole(db: Executor, programmeId: string, roleId: string) {
  const [row] = await db.select().from(programmeRoles).where(and(eq(programmeRoles.programmeId, programmeId), eq(programmeRoles.id, roleId)));
  if (!row) throw notFound();
  return row;
}

export async function revokeRole(db: Executor, actor: Actor, programmeId: string, roleId: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const before = await getProgrammeRole(db, programmeId, roleId);
  await db.delete(programmeRoles).where(eq(programmeRoles.id, roleId));
  await recordAudit(db, { actorId: actor.userId, action: 'role.revoke', entity: 'programme_role', entityId: roleId, programmeId, before, requestId });
}
