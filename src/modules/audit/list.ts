import { and, desc, eq, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog } from './schema.js';

/** The newest audit entries of a programme, a page at a time (keyset on id). */
export async function listProgrammeAudit(db: Executor, programmeId: string, opts: { before?: number; limit: number }) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.programmeId, programmeId), opts.before ? lt(auditLog.id, opts.before) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(opts.limit);
}
