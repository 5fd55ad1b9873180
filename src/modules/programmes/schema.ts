import { pgTable, uuid, text, boolean, date, integer, timestamp, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { programmeKinds, serviceKinds } from '../../lib/vocabulary.js';

export { programmeKinds, serviceKinds, type ProgrammeKind, type ServiceKind } from '../../lib/vocabulary.js';

export const programmes = pgTable('programmes', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: programmeKinds }).notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  /** Counts below this are suppressed for roles other than coordinator and researcher, and in shareable exports. */
  smallCellThreshold: integer('small_cell_threshold').notNull().default(5),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A participating municipality (deltakerkommune), identified by its official number. */
export const programmeMunicipalities = pgTable(
  'programme_municipalities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('programme_municipalities_number_key').on(t.programmeId, t.number)],
);


/** A service (tjeneste) in a participating municipality, with the seed's two selection criteria. */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: serviceKinds }).notNull(),
    description: text('description').notNull().default(''),
    committedToRecovery: boolean('committed_to_recovery').notNull().default(false),
    offersMentalHealthSubstanceUse: boolean('offers_mental_health_substance_use').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('services_municipality_idx').on(t.municipalityId), index('services_programme_idx').on(t.programmeId)],
);
