import { pgTable, uuid, text, integer, timestamp, index } from 'drizzle-orm/pg-core';
import { invitations } from '../activities/invitations-schema.js';
import { memberCheckResponses } from '../analysis/member-check-schema.js';
import { programmes } from '../programmes/schema.js';
import { surveyInvitations } from '../questionnaires/schema.js';

export const mailChannels = ['activity', 'survey', 'member_check'] as const;
export type MailChannel = (typeof mailChannels)[number];
export const deliveryStatuses = ['queued', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * The outbox: one e-mail to one invitee, written in the same transaction as the change that causes
 * it (so a rollback sends nothing) and sent afterwards by the `mail.deliver` job. The mail itself is
 * rendered at sending time from the invitation, so no link token or address is stored here. A row
 * cascades from its invitation (and so from the participant). `lastError` is the SMTP answer with
 * e-mail addresses removed; `nextAttemptAt` null means no further attempt.
 */
export const mailDeliveries = pgTable(
  'mail_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: mailChannels }).notNull(),
    /** What the mail says: invite, update, cancel, reminder, promoted (activities); invite, remind (surveys). */
    kind: text('kind').notNull(),
    invitationId: uuid('invitation_id').references(() => invitations.id, { onDelete: 'cascade' }),
    surveyInvitationId: uuid('survey_invitation_id').references(() => surveyInvitations.id, { onDelete: 'cascade' }),
    /** A member check's recipient (channel member_check); cascades from the participant like the others. */
    memberCheckResponseId: uuid('member_check_response_id').references(() => memberCheckResponses.id, { onDelete: 'cascade' }),
    status: text('status', { enum: deliveryStatuses }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mail_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('mail_deliveries_invitation_idx').on(t.invitationId),
    index('mail_deliveries_survey_invitation_idx').on(t.surveyInvitationId),
    index('mail_deliveries_member_check_response_idx').on(t.memberCheckResponseId),
  ],
);
