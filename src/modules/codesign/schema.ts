import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, timestamp, jsonb, index, uniqueIndex, primaryKey, check } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { participants } from '../people/schema.js';
import { programmes, programmeMunicipalities } from '../programmes/schema.js';
import { codings, documents } from '../analysis/schema.js';
import { activities } from '../activities/schema.js';
import { touchpointRoles } from './vocabulary.js';

export type StageLabels = { nb: string; nn: string; en: string };

/**
 * The stages of the service journey, left to right on the emotional map. A programme's rows are
 * copied from the default EBCD journey the first time they are read (journey.ts); a programme may add
 * its own. `labels` is null for a built-in stage (labels come from i18n by key).
 */
export const codesignJourneyStages = pgTable(
  'codesign_journey_stages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    labels: jsonb('labels').$type<StageLabels>(),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('codesign_journey_stages_programme_key').on(t.programmeId, t.key)],
);

/**
 * A coded interview segment marked as a touchpoint: a moment in the service journey, who experienced
 * it and how it felt. One per coding; it goes with the coding (and so with an erased person's
 * transcript), and with the participant when the speaker is known (see personal-data.ts).
 */
export const codesignTouchpoints = pgTable(
  'codesign_touchpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    codingId: uuid('coding_id').notNull().references(() => codings.id, { onDelete: 'cascade' }),
    /** The person whose experience it is, when the document names exactly one participant. */
    participantId: uuid('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    stageId: uuid('stage_id').notNull().references(() => codesignJourneyStages.id, { onDelete: 'restrict' }),
    role: text('role', { enum: touchpointRoles }).notNull(),
    /** −2 very negative … +2 very positive. */
    valence: integer('valence').notNull(),
    /** A key of `emotionWords` (vocabulary.ts). */
    emotion: text('emotion').notNull(),
    /** The researcher's note on the moment (free text; registered for withdrawal search). */
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('codesign_touchpoints_coding_key').on(t.codingId),
    index('codesign_touchpoints_programme_idx').on(t.programmeId),
    index('codesign_touchpoints_participant_idx').on(t.participantId),
    check('codesign_touchpoints_valence', sql`${t.valence} between -2 and 2`),
  ],
);

/**
 * The "trigger" material shown at a feedback meeting: an ordered selection of touchpoints and quotes,
 * optionally with a link to an edited film or audio recording, for one activity.
 */
export const codesignTriggerSets = pgTable(
  'codesign_trigger_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    filmUrl: text('film_url'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('codesign_trigger_sets_activity_idx').on(t.activityId)],
);

/** One slide of trigger material: a touchpoint (with its quote) or a bare quote (a coding). */
export const codesignTriggerItems = pgTable(
  'codesign_trigger_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    setId: uuid('set_id').notNull().references(() => codesignTriggerSets.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    touchpointId: uuid('touchpoint_id').references(() => codesignTouchpoints.id, { onDelete: 'cascade' }),
    codingId: uuid('coding_id').references(() => codings.id, { onDelete: 'cascade' }),
    /** The facilitator's caption for the slide (free text). */
    caption: text('caption').notNull().default(''),
  },
  (t) => [
    index('codesign_trigger_items_set_idx').on(t.setId),
    check('codesign_trigger_items_one_source', sql`(${t.touchpointId} is not null) <> (${t.codingId} is not null)`),
  ],
);

/**
 * A target area (målområde): a priority from the feedback meetings that the course must answer.
 * `municipalityId` null = for the whole programme. It keeps the votes, touchpoints and quotes behind it.
 */
export const codesignTargetAreas = pgTable(
  'codesign_target_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    /** The meeting whose board it came from, if any. */
    activityId: uuid('activity_id').references(() => activities.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('codesign_target_areas_programme_idx').on(t.programmeId)],
);

export const codesignTargetAreaTouchpoints = pgTable(
  'codesign_target_area_touchpoints',
  {
    targetAreaId: uuid('target_area_id').notNull().references(() => codesignTargetAreas.id, { onDelete: 'cascade' }),
    touchpointId: uuid('touchpoint_id').notNull().references(() => codesignTouchpoints.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.targetAreaId, t.touchpointId] }), index('codesign_target_area_touchpoints_touchpoint_idx').on(t.touchpointId)],
);

/** Quotes behind a target area: coded segments (shown pseudonymised, see analysis/quotes.ts). */
export const codesignTargetAreaQuotes = pgTable(
  'codesign_target_area_quotes',
  {
    targetAreaId: uuid('target_area_id').notNull().references(() => codesignTargetAreas.id, { onDelete: 'cascade' }),
    codingId: uuid('coding_id').notNull().references(() => codings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.targetAreaId, t.codingId] }), index('codesign_target_area_quotes_coding_idx').on(t.codingId)],
);

/**
 * Votes (points) per role as they stood when the item became a target area. Stored as the board's
 * stored tallies give them: a small cell is already null there (suppressed), never a raw small count.
 */
export type RoleTally = { recipient: number | null; provider: number | null; leader: number | null; unknown: number | null };

/**
 * The board items (votes) behind a target area. `boardItemId` names the live board's item when it came
 * from one (no foreign key: boards may be cleared after the meeting; the tally here is the record);
 * `label` and `tally` are snapshots, so the golden thread survives the board.
 */
export const codesignTargetAreaVotes = pgTable(
  'codesign_target_area_votes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetAreaId: uuid('target_area_id').notNull().references(() => codesignTargetAreas.id, { onDelete: 'cascade' }),
    boardItemId: uuid('board_item_id'),
    activityId: uuid('activity_id').references(() => activities.id, { onDelete: 'set null' }),
    label: text('label').notNull(),
    tally: jsonb('tally').$type<RoleTally>().notNull(),
    rank: integer('rank'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('codesign_target_area_votes_area_idx').on(t.targetAreaId), index('codesign_target_area_votes_item_idx').on(t.boardItemId)],
);
