import { pgTable, uuid, text, timestamp, jsonb, index, bigserial } from 'drizzle-orm/pg-core';

/**
 * Append-only: a trigger (see the migration) refuses UPDATE and DELETE. Rows hold ids and changed
 * fields, never free-text personal data, so the log can outlive a withdrawal.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    programmeId: uuid('programme_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [index('audit_log_programme_idx').on(t.programmeId, t.at)],
);
