import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { norwayMunicipalities } from './norway-municipalities.js';
import { assertWritable, getProgramme } from './programmes.js';
import { programmeMunicipalities } from './schema.js';

const byNumber = new Map(norwayMunicipalities.map((m) => [m.number, m]));

export function findNorwayMunicipality(number: string) {
  return byNumber.get(number);
}

/** Participating municipalities, limited to `visible` for a municipal contact. */
export async function listProgrammeMunicipalities(db: Executor, programmeId: string, visible: 'all' | Set<string>) {
  // Policies pass an administrator for any id; an unknown programme must still be 404, not [].
  await getProgramme(db, programmeId);
  if (visible !== 'all' && visible.size === 0) return [];
  const rows = await db
    .select()
    .from(programmeMunicipalities)
    .where(and(eq(programmeMunicipalities.programmeId, programmeId), visible === 'all' ? undefined : inArray(programmeMunicipalities.id, [...visible])))
    .orderBy(asc(programmeMunicipalities.name));
  return rows.map((row) => ({ ...row, county: byNumber.get(row.number)?.county ?? '' }));
}

export async function getProgrammeMunicipality(db: Executor, programmeId: string, municipalityId: string) {
  const [row] = await db
    .select()
    .from(programmeMunicipalities)
    .where(and(eq(programmeMunicipalities.programmeId, programmeId), eq(programmeMunicipalities.id, municipalityId)));
  if (!row) throw notFound();
  return { ...row, county: byNumber.get(row.number)?.county ?? '' };
}

export async function addProgrammeMunicipality(db: Executor, actor: Actor, programmeId: string, number: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const known = byNumber.get(number);
  if (!known) throw invalidField('number', 'errors.municipalityUnknown', { number });
  const [created] = await db
    .insert(programmeMunicipalities)
    .values({ programmeId, number, name: known.name })
    .onConflictDoNothing()
    .returning();
  if (!created) throw conflict('errors.municipalityAlreadyAdded', { name: known.name });
  await recordAudit(db, { actorId: actor.userId, action: 'municipality.add', entity: 'programme_municipality', entityId: created.id, programmeId, after: created, requestId });
  return { ...created, county: known.county };
}

/** Removing a municipality removes its services too (the UI asks first). */
export async function removeProgrammeMunicipality(db: Executor, actor: Actor, programmeId: string, municipalityId: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const before = await getProgrammeMunicipality(db, programmeId, municipalityId);
  await db.delete(programmeMunicipalities).where(eq(programmeMunicipalities.id, municipalityId));
  await recordAudit(db, { actorId: actor.userId, action: 'municipality.remove', entity: 'programme_municipality', entityId: municipalityId, programmeId, before, requestId });
}
