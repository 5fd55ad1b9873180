import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditedEntityIds } from '../audit/entity-ids.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { assignPrefixes, formatCode, sequenceOf } from './codes.js';
import { participants } from './schema.js';

/** The prefix a municipality's codes use in this programme (kept stable by reading the codes already given). */
export async function municipalityPrefix(db: Executor, programmeId: string, municipalityId: string): Promise<string> {
  const municipalities = (await listProgrammeMunicipalities(db, programmeId, 'all')).sort(
    // Municipalities added in one transaction share a timestamp: the official number breaks the tie,
    // so the same programme gets the same prefixes on every installation.
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.number.localeCompare(b.number),
  );
  const used = await db
    .selectDistinct({ municipalityId: participants.municipalityId, prefix: sql<string>`split_part(${participants.code}, '-', 1)` })
    .from(participants)
    .where(eq(participants.programmeId, programmeId))
    .orderBy(asc(participants.municipalityId));
  const inUse = new Map<string, string>();
  for (const row of used) if (!inUse.has(row.municipalityId)) inUse.set(row.municipalityId, row.prefix);
  return assignPrefixes(municipalities, inUse).get(municipalityId)!;
}

/**
 * The next free code for a municipality. Numbers are never reused: the audit log remembers codes of
 * people who have since been erased, so the highest number ever given counts, not just the living rows.
 */
export async function nextParticipantCode(db: Executor, programmeId: string, municipalityId: string): Promise<string> {
  const prefix = await municipalityPrefix(db, programmeId, municipalityId);
  const start = `${prefix}-P-`;
  const living = await db
    .select({ code: participants.code })
    .from(participants)
    .where(and(eq(participants.programmeId, programmeId), like(participants.code, `${start}%`)));
  const remembered = await auditedEntityIds(db, programmeId, 'participant.create', start);
  const highest = Math.max(0, ...[...living.map((r) => r.code), ...remembered].map((c) => sequenceOf(c, prefix) ?? 0));
  return formatCode(prefix, highest + 1);
}

type NewParticipant = Omit<typeof participants.$inferInsert, 'code' | 'id' | 'createdAt'>;

function isCodeCollision(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const pg = e?.code ? e : e?.cause;
  return pg?.code === '23505' && pg?.constraint === 'participants_code_key';
}

/**
 * Inserts with the next code. Two requests racing for the same number meet at the unique index; the
 * loser's savepoint rolls back (the surrounding transaction survives) and it takes the next number.
 */
export async function insertParticipantWithCode(db: Executor, values: NewParticipant) {
  for (let attempt = 0; ; attempt++) {
    const code = await nextParticipantCode(db, values.programmeId, values.municipalityId);
    try {
      return await db.transaction(async (sp) => (await sp.insert(participants).values({ ...values, code }).returning())[0]);
    } catch (err) {
      if (!isCodeCollision(err) || attempt >= 20) throw err;
    }
  }
}
