import { sql } from 'drizzle-orm';
import { date, index, pgTable, primaryKey, text, timestamp, uuid, customType } from 'drizzle-orm/pg-core';
import { programmes } from '../programmes/schema.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Where an approval is in its life: planned (not yet applied for), pending (applied), approved, rejected. */
export const ethicsStatuses = ['planned', 'pending', 'approved', 'rejected'] as const;
export type EthicsStatus = (typeof ethicsStatuses)[number];
/** Data collection that may have to wait for an approval (issue 15 item 8). */
export const ethicsCollections = ['linked_surveys', 'transcripts', 'recordings'] as const;
export type EthicsCollection = (typeof ethicsCollections)[number];

/** A programme's ethics approvals: the committee (REK, a university's committee), its reference, decision and conditions. */
export const ethicsApprovals = pgTable(
  'ethics_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    committee: text('committee').notNull(),
    reference: text('reference').notNull().default(''),
    status: text('status').$type<EthicsStatus>().notNull().default('planned'),
    decidedOn: date('decided_on'),
    conditions: text('conditions').notNull().default(''),
    covers: text('covers').array().$type<EthicsCollection[]>().notNull().default(sql`'{}'::text[]`),
    documentName: text('document_name'),
    document: bytea('document'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ethics_approvals_programme_idx').on(t.programmeId)],
);

/** Which kinds of data collection in a programme wait for an approved approval that covers them. */
export const ethicsRequirements = pgTable(
  'ethics_requirements',
  {
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    collection: text('collection').$type<EthicsCollection>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.collection] })],
);
