import type { Executor } from '../../db/client.js';
import { auditLog } from './schema.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  programmeId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** Writes one audit row. Call it with the same transaction as the change it records. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    programmeId: entry.programmeId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: entry.requestId ?? null,
  });
}
