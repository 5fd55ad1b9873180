import { and, eq, like } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog } from './schema.js';

/**
 * Entity ids ever recorded for an action in a programme, optionally starting with `prefix`. The log
 * outlives deleted rows, so a module can use it to never hand out an identifier twice.
 */
export async function auditedEntityIds(db: Executor, programmeId: string, action: string, prefix = ''): Promise<string[]> {
  const rows = await db
    .selectDistinct({ entityId: auditLog.entityId })
    .from(auditLog)
    .where(and(eq(auditLog.programmeId, programmeId), eq(auditLog.action, action), like(auditLog.entityId, `${prefix.replace(/[%_\\]/g, '\\$&')}%`)));
  return rows.map((r) => r.entityId).filter((id): id is string => id !== null);
}
