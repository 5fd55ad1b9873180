import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, timestamp, jsonb, index, uniqueIndex, check } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { participants } from '../people/schema.js';
import { programmes, programmeMunicipalities } from '../programmes/schema.js';
import type { Answers, InstrumentDefinition, LocalText } from './definition.js';

/** An instrument of a programme (a questionnaire); its content lives in versions. */
export const instruments = pgTable(
  'instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<LocalText>().notNull(),
    /** The shipped template it was made from (e.g. `municipality_survey`, `rsa_r_provider`), if any. */
    templateKey: text('template_key'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('instruments_programme_idx').on(t.programmeId)],
);

export const versionStatuses = ['draft', 'published'] as const;

/**
 * A version of an instrument. A draft is edited in place; publishing freezes it for good (a trigger-free
 * rule kept by the operations: published rows are never updated). Responses point to the version answered.
 */
export const instrumentVersions = pgTable(
  'instrument_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instrumentId: uuid('instrument_id').notNull().references(() => instruments.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status', { enum: versionStatuses }).notNull().default('draft'),
    definition: jsonb('definition').$type<InstrumentDefinition>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('instrument_versions_number_key').on(t.instrumentId, t.version),
    // At most one draft per instrument.
    uniqueIndex('instrument_versions_one_draft_key').on(t.instrumentId).where(sql`status = 'draft'`),
  ],
);

export const surveyModes = ['anonymous', 'linked'] as const;
export type SurveyMode = (typeof surveyModes)[number];
export const surveyDisplays = ['one_per_screen', 'whole'] as const;
export const surveyWaves = ['single', 'pre', 'post'] as const;
export type SurveyWave = (typeof surveyWaves)[number];
export const surveyStatuses = ['draft', 'open', 'closed'] as const;

/**
 * A survey: a published instrument version sent to a population within a window. Pre and post surveys
 * around an activity share a `waveGroupId`; pairing happens within the group.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    /** The municipality (course) the survey belongs to; null for a programme-wide survey. */
    municipalityId: uuid('municipality_id').references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    instrumentVersionId: uuid('instrument_version_id').notNull().references(() => instrumentVersions.id, { onDelete: 'restrict' }),
    title: jsonb('title').$type<LocalText>().notNull(),
    mode: text('mode', { enum: surveyModes }).notNull(),
    display: text('display', { enum: surveyDisplays }).notNull().default('one_per_screen'),
    wave: text('wave', { enum: surveyWaves }).notNull().default('single'),
    waveGroupId: uuid('wave_group_id'),
    /** The activity (e.g. a training course) the waves surround; no foreign key so the modules stay independent. */
    activityId: uuid('activity_id'),
    /** Ask for the self-generated identification code (anonymous pre/post pairing). */
    askPairingCode: text('ask_pairing_code', { enum: ['no', 'yes'] }).notNull().default('no'),
    status: text('status', { enum: surveyStatuses }).notNull().default('draft'),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    /** Hash of the public link's token (anyone with the link or QR may answer); null when there is none. */
    publicTokenHash: text('public_token_hash'),
    /** Hours before closing to remind those who have not answered; null for no reminder. */
    reminderHoursBeforeClose: integer('reminder_hours_before_close'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('surveys_programme_idx').on(t.programmeId),
    index('surveys_wave_group_idx').on(t.waveGroupId),
    uniqueIndex('surveys_public_token_key').on(t.publicTokenHash),
    check('surveys_window', sql`closes_at is null or opens_at is null or closes_at > opens_at`),
  ],
);

/** A personal link to a survey, e-mailed or handed out. In anonymous mode it records only whether the person answered. */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id').notNull().references(() => surveys.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** Which derived link is the valid one: staff issuing a new link (to print) bumps it, so the earlier one stops working. */
    linkVersion: integer('link_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_invitations_token_key').on(t.tokenHash), uniqueIndex('survey_invitations_person_key').on(t.surveyId, t.participantId)],
);

export const responseStatuses = ['in_progress', 'complete'] as const;

/**
 * One person's answers to one survey. Saved on every step (`answers`, `position`) so nothing is lost;
 * `scores` (scale name → score or null) are computed by the server on submit and stored.
 * Linked mode: `participantId` is set. Anonymous mode: never; `pairingKey` is a keyed hash of the
 * self-generated code (not reversible, never beside an identity) used to pair pre with post.
 */
export const responses = pgTable(
  'responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id').notNull().references(() => surveys.id, { onDelete: 'cascade' }),
    instrumentVersionId: uuid('instrument_version_id').notNull().references(() => instrumentVersions.id, { onDelete: 'restrict' }),
    participantId: uuid('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    pairingKey: text('pairing_key'),
    /** Hash of the resume token (a cookie, or the personal link) that lets the respondent continue. */
    resumeTokenHash: text('resume_token_hash').notNull(),
    language: text('language').notNull().default('nb'),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    scores: jsonb('scores').$type<Record<string, number | null>>(),
    status: text('status', { enum: responseStatuses }).notNull().default('in_progress'),
    /** Index of the screen to continue from (one-per-screen display). */
    position: integer('position').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    index('responses_survey_idx').on(t.surveyId, t.status),
    uniqueIndex('responses_resume_key').on(t.resumeTokenHash),
    index('responses_pairing_idx').on(t.pairingKey),
    index('responses_participant_idx').on(t.participantId),
  ],
);
