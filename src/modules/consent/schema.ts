import { pgTable, uuid, text, integer, boolean, date, timestamp, jsonb, uniqueIndex, index, customType } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { participants } from '../people/schema.js';
import { programmes } from '../programmes/schema.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const withdrawalChoices = ['erase', 'anonymise', 'participant_chooses'] as const;
export type WithdrawalChoice = (typeof withdrawalChoices)[number];

/** What a person can consent to, e.g. `interview_recording`, `questionnaire`, `focus_group`. Labels in nb, nn, en. */
export const consentPurposes = pgTable(
  'consent_purposes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: jsonb('label').$type<{ nb: string; nn: string; en: string }>().notNull(),
  },
  (t) => [uniqueIndex('consent_purposes_key').on(t.programmeId, t.key)],
);

/** An information letter (informasjonsskriv) in one language; a published version never changes. */
export const informationLetters = pgTable(
  'information_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    /** Markdown; rendered with raw HTML disabled. */
    body: text('body').notNull(),
    purposeKeys: jsonb('purpose_keys').$type<string[]>().notNull(),
    withdrawalChoice: text('withdrawal_choice', { enum: withdrawalChoices }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('information_letters_version').on(t.programmeId, t.language, t.version)],
);

/** One row per participant × purpose × letter version; withdrawal sets `withdrawnAt`. */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
    letterId: uuid('letter_id').notNull().references(() => informationLetters.id),
    purposeKey: text('purpose_key').notNull(),
    granted: boolean('granted').notNull(),
    method: text('method', { enum: ['participant_page', 'paper'] }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    /** For paper consent: the date on the signed form. */
    signedOn: date('signed_on'),
    scanFileName: text('scan_file_name'),
    scan: bytea('scan'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('consents_participant_idx').on(t.participantId)],
);

/** Data-processing agreements (databehandlingsavtaler) with partner organisations. */
export const dataProcessingAgreements = pgTable('data_processing_agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
  partner: text('partner').notNull(),
  signedOn: date('signed_on').notNull(),
  documentName: text('document_name'),
  document: bytea('document'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
