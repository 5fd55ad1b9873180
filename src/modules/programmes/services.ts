import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgrammeMunicipality } from './municipalities.js';
import { assertWritable, getProgramme } from './programmes.js';
import { authorizeProgramme } from './policy.js';
import { services, type ServiceKind } from './schema.js';

export interface ServiceInput {
  name: string;
  kind: ServiceKind;
  description?: string;
  committedToRecovery: boolean;
  offersMentalHealthSubstanceUse: boolean;
}

export type Service = typeof services.$inferSelect;

export async function listServices(db: Executor, programmeId: string, municipalityId: string) {
  await getProgrammeMunicipality(db, programmeId, municipalityId);
  return db
    .select()
    .from(services)
    .where(and(eq(services.programmeId, programmeId), eq(services.municipalityId, municipalityId)))
    .orderBy(asc(services.name));
}

export async function getService(db: Executor, programmeId: string, serviceId: string): Promise<Service> {
  const [row] = await db.select().from(services).where(and(eq(services.programmeId, programmeId), eq(services.id, serviceId)));
  if (!row) throw notFound();
  return row;
}

/**
 * A service the actor may act on: membership is checked before the lookup (an outsider learns
 * nothing), then the action against the service's own municipality.
 */
export async function authorizedService(db: Executor, actor: Actor | null, action: 'service.read' | 'service.write', programmeId: string, serviceId: string) {
  authorizeProgramme(actor, 'service.read', { programmeId });
  const service = await getService(db, programmeId, serviceId);
  authorizeProgramme(actor, action, { programmeId, municipalityId: service.municipalityId });
  return service;
}

export async function createService(db: Executor, actor: Actor, programmeId: string, municipalityId: string, input: ServiceInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  await getProgrammeMunicipality(db, programmeId, municipalityId);
  const [created] = await db
    .insert(services)
    .values({ ...input, description: input.description ?? '', programmeId, municipalityId })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'service.create', entity: 'service', entityId: created.id, programmeId, after: created, requestId });
  return created;
}

export async function updateService(db: Executor, actor: Actor, programmeId: string, serviceId: string, patch: Partial<ServiceInput>, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const before = await getService(db, programmeId, serviceId);
  if (Object.keys(patch).length === 0) return before;
  const [after] = await db.update(services).set(patch).where(eq(services.id, serviceId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'service.update', entity: 'service', entityId: serviceId, programmeId, before, after, requestId });
  return after;
}

export async function deleteService(db: Executor, actor: Actor, programmeId: string, serviceId: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const before = await getService(db, programmeId, serviceId);
  await db.delete(services).where(eq(services.id, serviceId));
  await recordAudit(db, { actorId: actor.userId, action: 'service.delete', entity: 'service', entityId: serviceId, programmeId, before, requestId });
}
