/**
 * Co-design (C1): the course built from the target areas (modules, their materials as versioned
 * documents, who may deliver it per municipality) and the co-design groups with their workshops.
 */
import { sql } from 'drizzle-orm';
import { check, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { activities } from '../activities/schema.js';
import { users } from '../auth/schema.js';
import { groups } from '../groups/schema.js';
import { participants } from '../people/schema.js';
import { programmeMunicipalities, programmes } from '../programmes/schema.js';
import { codesignTargetAreas } from './schema.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** A module of the training course; its materials are documents (`authored_documents`, owner kind `course_module_material`). */
export const codesignCourseModules = pgTable(
  'codesign_course_modules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    title: text('title').notNull(),
    aims: text('aims').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('codesign_course_modules_programme_idx').on(t.programmeId)],
);

/** Which target areas a module answers (one or more). */
export const codesignCourseModuleTargetAreas = pgTable(
  'codesign_course_module_target_areas',
  {
    moduleId: uuid('module_id').notNull().references(() => codesignCourseModules.id, { onDelete: 'cascade' }),
    targetAreaId: uuid('target_area_id').notNull().references(() => codesignTargetAreas.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.targetAreaId] }), index('codesign_course_module_target_areas_area_idx').on(t.targetAreaId)],
);

/** Who may deliver the course in a municipality after the project (a participant or a staff user trained there). */
export const codesignCourseHolders = pgTable(
  'codesign_course_holders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').notNull().references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    trainedOn: date('trained_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('codesign_course_holders_programme_idx').on(t.programmeId),
    check('codesign_course_holders_one_kind', sql`(${t.userId} is null) <> (${t.participantId} is null)`),
  ],
);

/** A co-design group for one target area; its members live in the groups capability (kind `codesign_group`). */
export const codesignGroups = pgTable(
  'codesign_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    targetAreaId: uuid('target_area_id').notNull().references(() => codesignTargetAreas.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('codesign_groups_programme_idx').on(t.programmeId), uniqueIndex('codesign_groups_group_uq').on(t.groupId)],
);

/** The workshops (activities of type codesign_workshop) a co-design group held. */
export const codesignGroupWorkshops = pgTable(
  'codesign_group_workshops',
  {
    codesignGroupId: uuid('codesign_group_id').notNull().references(() => codesignGroups.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.codesignGroupId, t.activityId] }), index('codesign_group_workshops_activity_idx').on(t.activityId)],
);

export const workshopItemKinds = ['idea', 'storyboard_step', 'board_photo'] as const;
export type WorkshopItemKind = (typeof workshopItemKinds)[number];
export const contributorRoles = ['recipient', 'provider', 'leader'] as const;

/**
 * What a workshop (an activity of type codesign_workshop) produced: ideas, storyboard steps in order,
 * photos of the board. A participant's contribution is credited to them (by role and code; by name
 * only with consent); withdrawal removes it.
 */
export const codesignWorkshopItems = pgTable(
  'codesign_workshop_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    codesignGroupId: uuid('codesign_group_id').notNull().references(() => codesignGroups.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: workshopItemKinds }).notNull(),
    position: integer('position').notNull().default(0),
    text: text('text').notNull().default(''),
    image: bytea('image'),
    imageType: text('image_type'),
    participantId: uuid('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    contributorRole: text('contributor_role', { enum: contributorRoles }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('codesign_workshop_items_group_idx').on(t.codesignGroupId), index('codesign_workshop_items_participant_idx').on(t.participantId)],
);
