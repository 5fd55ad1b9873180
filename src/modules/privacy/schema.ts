import { pgTable, uuid, text, date, timestamp, jsonb, index } from 'drizzle-orm/pg-core';
import { programmes } from '../programmes/schema.js';

/** All that remains of a person after withdrawal: their pseudonymous code, when, and what was done. */
export const withdrawals = pgTable(
  'withdrawals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    choice: text('choice', { enum: ['erase', 'anonymise'] }).notNull(),
    via: text('via', { enum: ['participant_page', 'coordinator'] }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('withdrawals_programme_idx').on(t.programmeId)],
);

/** "Slettes senest …": a deletion date per kind of data, carried out by the retention job. */
export const retentionRules = pgTable('retention_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
  dataKind: text('data_kind').notNull(),
  action: text('action', { enum: ['delete', 'anonymise'] }).notNull(),
  deleteBy: date('delete_by').notNull(),
  warnedAt: timestamp('warned_at', { withTimezone: true }),
  executedAt: timestamp('executed_at', { withTimezone: true }),
  /** What the job did, for the coordinator and the record (counts per table). */
  outcome: jsonb('outcome'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
