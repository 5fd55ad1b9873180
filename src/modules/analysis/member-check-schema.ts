import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { participants } from '../people/schema.js';
import { programmes } from '../programmes/schema.js';
import { documents } from './schema.js';

/**
 * Member checking (seed 004): a document's working (pseudonymised) text — typically a focus-group
 * summary — sent back to the participants who were present, to read and add to until a deadline.
 */
export const memberChecks = pgTable(
  'member_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    /** The last day (inclusive, Europe/Oslo) on which participants may add or change their comment. */
    deadline: date('deadline').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('member_checks_document_idx').on(t.documentId), index('member_checks_programme_idx').on(t.programmeId)],
);

/**
 * One recipient of a member check. The comment is the participant's own contribution: it goes with
 * them when they are erased (cascade) and stays, re-keyed, when they are anonymised.
 */
export const memberCheckResponses = pgTable(
  'member_check_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberCheckId: uuid('member_check_id').notNull().references(() => memberChecks.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
    /** When the link was e-mailed (null: no e-mail address; the link is handed out instead). */
    sentAt: timestamp('sent_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    comment: text('comment'),
  },
  (t) => [
    uniqueIndex('member_check_responses_check_participant_idx').on(t.memberCheckId, t.participantId),
    index('member_check_responses_participant_idx').on(t.participantId),
  ],
);
