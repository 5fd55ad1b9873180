/**
 * The filters shared by retrieval, the code × case matrix, co-occurrence and quotes: municipality,
 * role (a document's `role` attribute, or the role of a participant present), activity type and
 * coder — plus the blind-coding restriction, which is applied like a coder filter.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { listParticipants, participantsByIds } from '../people/participants.js';
import type { ParticipantRole } from '../people/schema.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { participantIdsOf } from './document-store.js';
import { codings, documentParticipants, documents } from './schema.js';

export interface SegmentFilter {
  municipalityId?: string;
  role?: ParticipantRole;
  activityType?: string;
  coderId?: string;
  /** `key=value`: documents whose attribute `key` is `value` (document attributes and imported case variables). */
  attribute?: string;
  /** Blind coding: only this coder's codings are visible to the caller. */
  visibleCoderId?: string | null;
}

/** Conditions over `documents` and `codings` (the query must join both). */
export async function segmentConditions(db: Executor, programmeId: string, f: SegmentFilter): Promise<SQL | undefined> {
  let roleCondition: SQL | undefined;
  if (f.role) {
    const ids = (await listParticipants(db, programmeId, 'all', { role: f.role })).map((p) => p.id);
    const byAttribute = sql`${documents.attributes}->>'role' = ${f.role}`;
    roleCondition = ids.length
      ? sql`(${byAttribute} or ${documents.id} in (select ${documentParticipants.documentId} from ${documentParticipants} where ${inArray(documentParticipants.participantId, ids)}))`
      : byAttribute;
  }
  return and(
    eq(documents.programmeId, programmeId),
    f.municipalityId ? eq(documents.municipalityId, f.municipalityId) : undefined,
    f.activityType ? eq(documents.activityType, f.activityType) : undefined,
    f.coderId ? eq(codings.coderId, f.coderId) : undefined,
    f.visibleCoderId ? eq(codings.coderId, f.visibleCoderId) : undefined,
    roleCondition,
    f.attribute ? attributeCondition(f.attribute) : undefined,
  );
}

function attributeCondition(attribute: string): SQL {
  const at = attribute.indexOf('=');
  return sql`${documents.attributes}->>${attribute.slice(0, at)} = ${attribute.slice(at + 1)}`;
}

/** Per document: the role attribute, else the distinct roles of the participants present. */
export async function rolesOfDocuments(db: Executor, programmeId: string, docs: { id: string; attributes: Record<string, string> }[]): Promise<Map<string, string[]>> {
  const present = await participantIdsOf(db, docs.filter((d) => !d.attributes.role).map((d) => d.id));
  const people = await participantsByIds(db, programmeId, [...new Set([...present.values()].flat())]);
  const roleOf = new Map(people.map((p) => [p.id, p.role as string]));
  const out = new Map<string, string[]>();
  for (const d of docs) {
    if (d.attributes.role) out.set(d.id, [d.attributes.role]);
    else out.set(d.id, [...new Set((present.get(d.id) ?? []).map((id) => roleOf.get(id)).filter((r): r is string => !!r))].sort());
  }
  return out;
}

export async function municipalityNames(db: Executor, programmeId: string): Promise<Map<string, string>> {
  return new Map((await listProgrammeMunicipalities(db, programmeId, 'all')).map((m) => [m.id, m.name]));
}
