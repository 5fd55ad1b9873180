import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, boolean, timestamp, jsonb, index, uniqueIndex, check } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { activities } from '../activities/schema.js';
import { participants } from '../people/schema.js';
import { programmes, programmeMunicipalities } from '../programmes/schema.js';

export const boardModes = ['dots', 'ranking', 'rating'] as const;
export type BoardMode = (typeof boardModes)[number];
/** prioritise: feedback and joint meetings, workshops, gatherings. respond: the closing event's answer to the results. */
export const boardPurposes = ['prioritise', 'respond'] as const;
export type BoardPurpose = (typeof boardPurposes)[number];
export const boardIdentities = ['anonymous', 'code'] as const;
export type BoardIdentity = (typeof boardIdentities)[number];
export const boardStatuses = ['draft', 'open', 'closed'] as const;
export type BoardStatus = (typeof boardStatuses)[number];
export const boardRoles = ['recipient', 'provider', 'leader'] as const;
export type BoardRole = (typeof boardRoles)[number];
export const boardItemKinds = ['touchpoint', 'target_area', 'idea', 'comment', 'free', 'carried'] as const;
export type BoardItemKind = (typeof boardItemKinds)[number];
/** Participants' own ideas and comments wait for the facilitator; everything else is shown at once. */
export const boardItemStatuses = ['shown', 'pending', 'rejected'] as const;
export type BoardItemStatus = (typeof boardItemStatuses)[number];
/** Per role (recipient / provider / leader): points, voters. Kept apart when a joint meeting carries items over. */
export type CarriedTallies = Record<string, { points: number | null; voters: number | null }>;

/**
 * A live board for one activity. `joinCode` is what people type (short, unambiguous letters) and what
 * the QR code carries; it stops working at `codeExpiresAt`. `role` set: a single-role meeting, every
 * anonymous voter counts under it; null: an anonymous voter picks their role when joining. `version`
 * goes up with every change in the same transaction, so projector views (in any app process) notice.
 */
export const boards = pgTable(
  'boards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    purpose: text('purpose', { enum: boardPurposes }).notNull().default('prioritise'),
    mode: text('mode', { enum: boardModes }).notNull(),
    identity: text('identity', { enum: boardIdentities }).notNull().default('anonymous'),
    role: text('role', { enum: boardRoles }),
    dotsPerPerson: integer('dots_per_person').notNull().default(5),
    maxDotsPerItem: integer('max_dots_per_item').notNull().default(1),
    allowIdeas: boolean('allow_ideas').notNull().default(true),
    status: text('status', { enum: boardStatuses }).notNull().default('draft'),
    joinCode: text('join_code').notNull(),
    codeExpiresAt: timestamp('code_expires_at', { withTimezone: true }),
    version: integer('version').notNull().default(0),
    /** The analysis document the closing event's comments went to, once closed. */
    documentId: uuid('document_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('boards_join_code_key').on(t.joinCode),
    index('boards_programme_idx').on(t.programmeId),
    index('boards_activity_idx').on(t.activityId),
    check('boards_dots_range', sql`${t.dotsPerPerson} between 1 and 50 and ${t.maxDotsPerItem} between 1 and ${t.dotsPerPerson}`),
  ],
);

/**
 * Someone who joined a board from a phone. `tokenHash` is the hash of the secret in their cookie.
 * On an anonymous board `participantId` is null: nothing ties the voter to a person. On a code-tied
 * board it is the participant, and the voter (with their votes and ideas) goes when they withdraw.
 */
export const boardVoters = pgTable(
  'board_voters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    boardId: uuid('board_id').notNull().references(() => boards.id, { onDelete: 'cascade' }),
    role: text('role', { enum: boardRoles }).notNull(),
    participantId: uuid('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    language: text('language').notNull().default('nb'),
    votedAt: timestamp('voted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('board_voters_token_key').on(t.tokenHash),
    uniqueIndex('board_voters_participant_key').on(t.boardId, t.participantId),
    index('board_voters_board_idx').on(t.boardId),
  ],
);

/**
 * What is prioritised: a touchpoint, a proposed target area, a participant's idea or comment, a free
 * item, or an item carried from an earlier board (a separate meeting's result, its tallies per role in
 * `carried`). `refId` names the touchpoint or target area (codesign tables) it stands for.
 */
export const boardItems = pgTable(
  'board_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    boardId: uuid('board_id').notNull().references(() => boards.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: boardItemKinds }).notNull(),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
    refId: uuid('ref_id'),
    status: text('status', { enum: boardItemStatuses }).notNull().default('shown'),
    position: integer('position').notNull().default(0),
    /** Who wrote a participant's idea or comment; cascades with them. */
    voterId: uuid('voter_id').references(() => boardVoters.id, { onDelete: 'cascade' }),
    authorRole: text('author_role', { enum: boardRoles }),
    sourceBoardId: uuid('source_board_id').references(() => boards.id, { onDelete: 'set null' }),
    carried: jsonb('carried').$type<CarriedTallies>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('board_items_board_idx').on(t.boardId), check('board_items_label_length', sql`char_length(${t.label}) <= 2000`)],
);

/**
 * One voter's mark on one item: dots on it (dots), its rank (ranking, 1 = first) or a rating (1–5).
 * The unique key is what makes a vote count once: a ballot replaces the voter's earlier marks.
 */
export const boardVotes = pgTable(
  'board_votes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    boardId: uuid('board_id').notNull().references(() => boards.id, { onDelete: 'cascade' }),
    voterId: uuid('voter_id').notNull().references(() => boardVoters.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').notNull().references(() => boardItems.id, { onDelete: 'cascade' }),
    value: integer('value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('board_votes_voter_item_key').on(t.voterId, t.itemId), index('board_votes_board_idx').on(t.boardId), check('board_votes_value_positive', sql`${t.value} >= 1`)],
);
