import { pgTable, uuid, text, timestamp, index, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from '../auth/schema.js';
import { participants } from '../people/schema.js';
import { programmes, programmeMunicipalities } from '../programmes/schema.js';

export const groupKinds = ['project_group', 'steering_group', 'expert_group', 'contact_group', 'improvement_team', 'codesign_group'] as const;
export type GroupKind = (typeof groupKinds)[number];
export const groupMemberRoles = ['member', 'leader', 'secretary', 'measurement_lead', 'contact_person'] as const;
export type GroupMemberRole = (typeof groupMemberRoles)[number];

/** A group of the programme; an improvement team (forbedringsteam) belongs to one municipality. */
export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: groupKinds }).notNull(),
    municipalityId: uuid('municipality_id').references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    mandate: text('mandate').notNull().default(''),
    workPlan: text('work_plan').notNull().default(''),
    meetingTimes: text('meeting_times').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('groups_programme_idx').on(t.programmeId)],
);

/** A member is either a staff user or a participant, never both. */
export const groupMembers = pgTable(
  'group_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    role: text('role', { enum: groupMemberRoles }).notNull().default('member'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('group_members_group_idx').on(t.groupId),
    check('group_members_one_kind', sql`(${t.userId} is null) <> (${t.participantId} is null)`),
  ],
);
