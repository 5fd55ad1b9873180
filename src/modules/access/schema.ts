import { pgTable, uuid, text, timestamp, index, unique } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { programmes, programmeMunicipalities } from '../programmes/schema.js';

import { programmeRoleNames } from '../../lib/vocabulary.js';

export { programmeRoleNames, type ProgrammeRoleName } from '../../lib/vocabulary.js';

/**
 * One row per role a user holds in a programme. A municipal contact holds one row per municipality
 * they answer for; the other roles have no municipality.
 */
export const programmeRoles = pgTable(
  'programme_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: programmeRoleNames }).notNull(),
    municipalityId: uuid('municipality_id').references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('programme_roles_user_idx').on(t.userId),
    unique('programme_roles_unique').on(t.programmeId, t.userId, t.role, t.municipalityId).nullsNotDistinct(),
  ],
);
