import { pgTable, uuid, text, integer, boolean, timestamp, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { groups } from '../groups/schema.js';
import { participants } from '../people/schema.js';
import { programmes } from '../programmes/schema.js';
import { activities } from './schema.js';

export const invitationStatuses = ['invited', 'yes', 'no', 'maybe', 'waiting_list'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];
export const attendanceMethods = ['list', 'qr', 'late', 'correction'] as const;
export type AttendanceMethod = (typeof attendanceMethods)[number];

/**
 * One participant invited to one activity. Personal data: it cascades from the participant (erasure)
 * and is re-keyed with them (anonymisation). `sequenceSent` is the activity revision last e-mailed,
 * which is the .ics SEQUENCE; `waitlistedAt` orders the waiting list (first come, first promoted).
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
    status: text('status', { enum: invitationStatuses }).notNull().default('invited'),
    /** The group the invitation came through, if any (only for the list; no personal data). */
    viaGroupId: uuid('via_group_id').references(() => groups.id, { onDelete: 'set null' }),
    language: text('language').notNull().default('nb'),
    sequenceSent: integer('sequence_sent'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    /** Which derived reply link is the valid one: staff issuing a new link (to print) bumps it, so the earlier one stops working. */
    linkVersion: integer('link_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('invitations_activity_participant').on(t.activityId, t.participantId), index('invitations_participant_idx').on(t.participantId)],
);

/**
 * A personal reply link (/i/<token>) and the short personal check-in code derived from it. Every
 * e-mail carries a fresh one and older ones keep working, so a participant may use any of their mails.
 * Only hashes are stored: a database dump yields no working link or code.
 */
export const invitationTokens = pgTable(
  'invitation_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invitationId: uuid('invitation_id').notNull().references(() => invitations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    personalCodeHash: text('personal_code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('invitation_tokens_token_key').on(t.tokenHash), uniqueIndex('invitation_tokens_code_key').on(t.personalCodeHash), index('invitation_tokens_invitation_idx').on(t.invitationId)],
);

/**
 * Who came. One row per activity and participant; a correction changes the row and leaves an audit
 * entry with before and after. `registeredBy` is null for a participant's own QR check-in.
 */
export const attendance = pgTable(
  'attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
    attended: boolean('attended').notNull(),
    method: text('method', { enum: attendanceMethods }).notNull(),
    registeredBy: uuid('registered_by').references(() => users.id, { onDelete: 'set null' }),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('attendance_activity_participant').on(t.activityId, t.participantId), index('attendance_participant_idx').on(t.participantId)],
);

/** The code shown (as a QR code) at the door of one activity; valid until `expiresAt`. */
export const checkInCodes = pgTable(
  'check_in_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('check_in_codes_code_key').on(t.code), index('check_in_codes_activity_idx').on(t.activityId)],
);

/** Per programme: how long before an activity the reminder goes out. */
export const invitationSettings = pgTable('invitation_settings', {
  programmeId: uuid('programme_id').primaryKey().references(() => programmes.id, { onDelete: 'cascade' }),
  reminderHoursBefore: integer('reminder_hours_before').notNull().default(24),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Someone who came without a personal code and wrote their name and role on the door page. Waits
 * for staff to confirm (creating or matching a participant, then registering attendance), after which
 * the row is removed: the name then lives only in the register of people. Never shown on the door page.
 */
export const activityWalkIns = pgTable(
  'activity_walk_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role', { enum: ['recipient', 'provider', 'leader'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activity_walk_ins_activity_idx').on(t.activityId)],
);
