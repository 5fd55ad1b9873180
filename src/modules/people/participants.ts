import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { getService } from '../programmes/services.js';
import { insertParticipantWithCode } from './code-sequence.js';
import type { Participant } from './participant.js';
import { authorizePeople, type PeopleAction } from './policy.js';
import { participants, recruitments, type ParticipantRole } from './schema.js';

export interface ParticipantInput {
  municipalityId: string;
  serviceId?: string | null;
  role: ParticipantRole;
  subRole?: string | null;
  name: string;
  email?: string | null;
  phone?: string | null;
  language?: 'nb' | 'nn' | 'en';
}

/** Audit rows outlive a withdrawal, so they name the person by code and list changed fields, never values. */
const auditView = (p: Participant, fields?: string[]) => ({ code: p.code, municipalityId: p.municipalityId, role: p.role, ...(fields ? { fields } : {}) });

async function assertServiceInMunicipality(db: Executor, programmeId: string, municipalityId: string, serviceId: string | null | undefined) {
  if (!serviceId) return;
  const service = await getService(db, programmeId, serviceId).catch(() => null);
  if (!service || service.municipalityId !== municipalityId) throw invalidField('serviceId', 'people.errors.serviceNotInMunicipality');
}

export async function listParticipants(
  db: Executor,
  programmeId: string,
  visible: 'all' | Set<string>,
  filter: { municipalityId?: string; role?: ParticipantRole } = {},
) {
  await getProgramme(db, programmeId);
  if (visible !== 'all' && visible.size === 0) return [];
  const rows = (await db
    .select()
    .from(participants)
    .where(
      and(
        eq(participants.programmeId, programmeId),
        visible === 'all' ? undefined : inArray(participants.municipalityId, [...visible]),
        filter.municipalityId ? eq(participants.municipalityId, filter.municipalityId) : undefined,
        filter.role ? eq(participants.role, filter.role) : undefined,
      ),
    )
    .orderBy(asc(participants.code))) as Participant[];
  const activities = await activityTypesOf(db, rows.map((r) => r.id));
  return rows.map((p) => ({ ...p, activityTypes: activities.get(p.id) ?? [] }));
}

export async function activityTypesOf(db: Executor, participantIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (participantIds.length === 0) return out;
  const rows = await db
    .select({ participantId: recruitments.participantId, activityType: recruitments.activityType })
    .from(recruitments)
    .where(inArray(recruitments.participantId, participantIds));
  for (const r of rows) out.set(r.participantId, [...(out.get(r.participantId) ?? []), r.activityType]);
  return out;
}

export async function findParticipant(db: Executor, programmeId: string, participantId: string): Promise<Participant> {
  const [row] = await db.select().from(participants).where(and(eq(participants.programmeId, programmeId), eq(participants.id, participantId)));
  if (!row) throw notFound();
  return row as Participant;
}

/**
 * A participant the actor may act on: membership is checked before the lookup (so an outsider learns
 * nothing), then the action against the participant's own municipality.
 */
export async function authorizedParticipant(db: Executor, actor: Actor | null, action: PeopleAction, programmeId: string, participantId: string) {
  authorizePeople(actor, 'participant.read', { programmeId });
  const participant = await findParticipant(db, programmeId, participantId);
  const scope = authorizePeople(actor, action, { programmeId, municipalityId: participant.municipalityId });
  return { participant, scope };
}

export async function createParticipant(db: Executor, actor: Actor, programmeId: string, input: ParticipantInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  await getProgrammeMunicipality(db, programmeId, input.municipalityId);
  await assertServiceInMunicipality(db, programmeId, input.municipalityId, input.serviceId);
  const created = (await insertParticipantWithCode(db, {
    programmeId,
    municipalityId: input.municipalityId,
    serviceId: input.serviceId ?? null,
    role: input.role,
    subRole: input.subRole?.trim() || null,
    name: input.name,
    email: input.email || null,
    phone: input.phone || null,
    language: input.language ?? 'nb',
  })) as Participant;
  await recordAudit(db, { actorId: actor.userId, action: 'participant.create', entity: 'participant', entityId: created.code, programmeId, after: auditView(created), requestId });
  return created;
}

export async function updateParticipant(db: Executor, actor: Actor, programmeId: string, participantId: string, patch: Partial<ParticipantInput>, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const before = await findParticipant(db, programmeId, participantId);
  const fields = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] !== undefined);
  if (fields.length === 0) return before;
  const municipalityId = patch.municipalityId ?? before.municipalityId;
  if (patch.municipalityId) await getProgrammeMunicipality(db, programmeId, patch.municipalityId);
  // Moving to another municipality drops a service that belongs to the old one unless a new one is given.
  const serviceId = patch.serviceId !== undefined ? patch.serviceId : municipalityId === before.municipalityId ? before.serviceId : null;
  await assertServiceInMunicipality(db, programmeId, municipalityId, serviceId);
  const [after] = (await db
    .update(participants)
    .set({
      ...patch,
      serviceId,
      ...(patch.subRole !== undefined ? { subRole: patch.subRole?.trim() || null } : {}),
      ...(patch.email !== undefined ? { email: patch.email || null } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone || null } : {}),
    })
    .where(eq(participants.id, participantId))
    .returning()) as Participant[];
  await recordAudit(db, { actorId: actor.userId, action: 'participant.update', entity: 'participant', entityId: after.code, programmeId, before: auditView(before), after: auditView(after, fields), requestId });
  return after;
}

/** Participants by id within one programme (groups show their members with these). */
export async function participantsByIds(db: Executor, programmeId: string, ids: string[]): Promise<Participant[]> {
  if (ids.length === 0) return [];
  return (await db.select().from(participants).where(and(eq(participants.programmeId, programmeId), inArray(participants.id, ids)))) as Participant[];
}
