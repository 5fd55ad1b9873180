import { and, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog } from './schema.js';

/** The audit entries of a programme that concern one entity (by id, or naming it in before/after). */
export async function auditEntriesAbout(db: Executor, programmeId: string, entityId: string) {
  const mention = `%${entityId}%`;
  return db
    .select({ at: auditLog.at, action: auditLog.action, entity: auditLog.entity, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.programmeId, programmeId), or(eq(auditLog.entityId, entityId), sql`${auditLog.after}::text like ${mention}`, sql`${auditLog.before}::text like ${mention}`)))
    .orderBy(auditLog.id);
}
