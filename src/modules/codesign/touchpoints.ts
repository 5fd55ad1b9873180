/**
 * Touchpoints (issue 12 §1): a coded interview segment marked as a moment in the service journey,
 * with who experienced it and how it felt. One per coding; marking again changes it.
 */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { findCoding } from '../analysis/codings.js';
import { findDocument } from '../analysis/document-store.js';
import { codings, documentParticipants, documents } from '../analysis/schema.js';
import { participants } from '../people/schema.js';
import { recordAudit } from '../audit/record.js';
import { codesignJourneyStages, codesignTouchpoints } from './schema.js';
import { emotionWords, touchpointRoles, type TouchpointRole } from './vocabulary.js';

export type TouchpointRow = typeof codesignTouchpoints.$inferSelect;

export interface TouchpointInput {
  codingId: string;
  stageId: string;
  /** Who experienced it; when absent, the document's one role (its `role` attribute or participants). */
  role?: TouchpointRole;
  valence: number;
  emotion: string;
  note?: string;
}

/** The document's participants: its one role (if exactly one) and its one participant (if exactly one). */
async function documentPeople(db: Executor, documentId: string, attributes: Record<string, string>) {
  const present = await db
    .select({ id: participants.id, role: participants.role })
    .from(documentParticipants)
    .innerJoin(participants, eq(participants.id, documentParticipants.participantId))
    .where(eq(documentParticipants.documentId, documentId));
  const roles = attributes.role ? [attributes.role] : [...new Set(present.map((p) => p.role))];
  return { role: roles.length === 1 ? roles[0] : null, participantId: present.length === 1 ? present[0].id : null };
}

export async function markTouchpoint(db: Executor, actor: Actor, programmeId: string, input: TouchpointInput, requestId?: string): Promise<TouchpointRow> {
  const coding = await findCoding(db, programmeId, input.codingId).catch(() => {
    throw invalidField('codingId', 'errors.notFound');
  });
  const doc = await findDocument(db, programmeId, coding.documentId);
  const [stage] = await db.select().from(codesignJourneyStages).where(and(eq(codesignJourneyStages.id, input.stageId), eq(codesignJourneyStages.programmeId, programmeId)));
  if (!stage) throw invalidField('stageId', 'errors.notFound');
  if (!(input.emotion in emotionWords)) throw invalidField('emotion', 'codesign.errors.unknownEmotion');
  const people = await documentPeople(db, doc.id, doc.attributes);
  const role = input.role ?? people.role;
  if (!role || !(touchpointRoles as readonly string[]).includes(role)) throw invalidField('role', 'codesign.errors.roleNeeded');
  const values = {
    programmeId, municipalityId: doc.municipalityId, documentId: doc.id, codingId: coding.id, participantId: people.participantId,
    stageId: stage.id, role: role as TouchpointRole, valence: input.valence, emotion: input.emotion, note: input.note ?? '',
  };
  const [before] = await db.select().from(codesignTouchpoints).where(eq(codesignTouchpoints.codingId, coding.id));
  const [row] = await db
    .insert(codesignTouchpoints)
    .values({ ...values, createdBy: actor.userId })
    .onConflictDoUpdate({ target: codesignTouchpoints.codingId, set: { ...values, updatedAt: new Date() } })
    .returning();
  await recordAudit(db, {
    actorId: actor.userId, action: before ? 'codesign.touchpoint.update' : 'codesign.touchpoint.create', entity: 'codesign_touchpoint', entityId: row.id, programmeId, requestId,
    before: before ? { stageId: before.stageId, role: before.role, valence: before.valence, emotion: before.emotion } : undefined,
    after: { codingId: coding.id, stageId: stage.id, role, valence: input.valence, emotion: input.emotion },
  });
  return row;
}

export async function findTouchpoint(db: Executor, programmeId: string, touchpointId: string): Promise<TouchpointRow> {
  const [row] = await db.select().from(codesignTouchpoints).where(and(eq(codesignTouchpoints.id, touchpointId), eq(codesignTouchpoints.programmeId, programmeId)));
  if (!row) throw notFound();
  return row;
}

export async function deleteTouchpoint(db: Executor, actor: Actor, programmeId: string, touchpointId: string, requestId?: string): Promise<void> {
  const row = await findTouchpoint(db, programmeId, touchpointId);
  await db.delete(codesignTouchpoints).where(eq(codesignTouchpoints.id, row.id));
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.touchpoint.delete', entity: 'codesign_touchpoint', entityId: row.id, programmeId, requestId, before: { codingId: row.codingId, stageId: row.stageId, role: row.role, valence: row.valence, emotion: row.emotion } });
}

export interface TouchpointFilter {
  role?: TouchpointRole;
  municipalityId?: string;
  documentId?: string;
  ids?: string[];
  /** A municipal view: only these municipalities (and programme-wide rows). */
  visible?: 'all' | Set<string>;
}

/** A touchpoint with its segment's words (still pseudonymised, not yet anonymised for quoting). */
export interface TouchpointWithText extends TouchpointRow {
  text: string;
  start: number;
  end: number;
  documentTitle: string;
  stageKey: string;
  stagePosition: number;
}

export async function listTouchpoints(db: Executor, programmeId: string, f: TouchpointFilter = {}): Promise<TouchpointWithText[]> {
  const conds: (SQL | undefined)[] = [eq(codesignTouchpoints.programmeId, programmeId)];
  if (f.role) conds.push(eq(codesignTouchpoints.role, f.role));
  if (f.municipalityId) conds.push(eq(codesignTouchpoints.municipalityId, f.municipalityId));
  if (f.documentId) conds.push(eq(codesignTouchpoints.documentId, f.documentId));
  if (f.ids) conds.push(f.ids.length ? inArray(codesignTouchpoints.id, f.ids) : sql`false`);
  if (f.visible && f.visible !== 'all') conds.push(f.visible.size ? inArray(codesignTouchpoints.municipalityId, [...f.visible]) : sql`false`);
  const rows = await db
    .select({
      tp: codesignTouchpoints, start: codings.start, end: codings.end, documentTitle: documents.title, stageKey: codesignJourneyStages.key, stagePosition: codesignJourneyStages.position,
      text: sql<string>`coalesce(${codings.text}, substring(${documents.text} from ${codings.start} + 1 for ${codings.end} - ${codings.start}))`,
    })
    .from(codesignTouchpoints)
    .innerJoin(codings, eq(codings.id, codesignTouchpoints.codingId))
    .innerJoin(documents, eq(documents.id, codesignTouchpoints.documentId))
    .innerJoin(codesignJourneyStages, eq(codesignJourneyStages.id, codesignTouchpoints.stageId))
    .where(and(...conds))
    .orderBy(asc(codesignJourneyStages.position), asc(codesignTouchpoints.role), asc(codesignTouchpoints.valence), asc(codesignTouchpoints.createdAt));
  return rows.map((r) => ({ ...r.tp, text: r.text, start: r.start, end: r.end, documentTitle: r.documentTitle, stageKey: r.stageKey, stagePosition: r.stagePosition }));
}
