import { pgTable, uuid, text, date, timestamp, jsonb, index, integer } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
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

export const textHitDetails = ['name', 'email', 'phone'] as const;
export const textHitStatuses = ['open', 'replaced', 'kept', 'edited', 'gone'] as const;
export type TextHitStatus = (typeof textHitStatuses)[number];

/**
 * The coordinator's to-do list after a withdrawal: a place in a registered free-text column
 * (free-text-sources.ts) where the person's registered name, e-mail or phone was found. It stores
 * only where (source, row, code-point range) and which detail, never the words: the snippet is read
 * live from the source. `textDigest` (SHA-256 of the hit id and the whole field as it was) tells
 * whether the text has changed since, so a stale range is never rewritten. Resolved by replacing
 * the words with the code, keeping them with a reason (listed in the withdrawal record), or marking
 * them edited by hand; `gone` when the text itself was deleted.
 */
export const withdrawalTextHits = pgTable(
  'withdrawal_text_hits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    withdrawalId: uuid('withdrawal_id').notNull().references(() => withdrawals.id, { onDelete: 'cascade' }),
    sourceKey: text('source_key').notNull(),
    rowId: text('row_id').notNull(),
    detail: text('detail', { enum: textHitDetails }).notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    textDigest: text('text_digest').notNull(),
    status: text('status', { enum: textHitStatuses }).notNull().default('open'),
    reason: text('reason'),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('withdrawal_text_hits_programme_idx').on(t.programmeId, t.status), index('withdrawal_text_hits_withdrawal_idx').on(t.withdrawalId)],
);
