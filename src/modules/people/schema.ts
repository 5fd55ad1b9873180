import { pgTable, uuid, text, integer, timestamp, uniqueIndex, unique, index } from 'drizzle-orm/pg-core';
import { programmes, programmeMunicipalities, services } from '../programmes/schema.js';

export const participantRoles = ['recipient', 'provider', 'leader'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/**
 * A person taking part (tjenestemottaker, -yter, -leder). `code` (e.g. BAE-P-07) is stable and is
 * what everything research-facing shows; name and contact details are seen only by those who recruit.
 */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').notNull().references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'set null' }),
    role: text('role', { enum: participantRoles }).notNull(),
    /** erfaringskonsulent, miljøarbeider, sosialarbeider, helsepersonell, NAV, user organisation … */
    subRole: text('sub_role'),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    language: text('language').notNull().default('nb'),
    code: text('code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('participants_code_key').on(t.programmeId, t.code), index('participants_municipality_idx').on(t.municipalityId)],
);

/** A personal link (consent, withdrawal, later questionnaires) — only its hash is stored. */
export const participantLinks = pgTable(
  'participant_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('participant_links_token_key').on(t.tokenHash)],
);

/** A participant recruited to take part in an activity type (e.g. `interview`). */
export const recruitments = pgTable(
  'recruitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
    activityType: text('activity_type').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('recruitments_unique').on(t.participantId, t.activityType)],
);

/** Target from the programme plan: activity type × role × municipality (null = the programme as a whole). */
export const recruitmentTargets = pgTable(
  'recruitment_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    activityType: text('activity_type').notNull(),
    role: text('role', { enum: participantRoles }).notNull(),
    municipalityId: uuid('municipality_id').references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    target: integer('target').notNull(),
  },
  (t) => [unique('recruitment_targets_unique').on(t.programmeId, t.activityType, t.role, t.municipalityId).nullsNotDistinct()],
);
