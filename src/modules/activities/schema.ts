import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, boolean, date, timestamp, jsonb, index, uniqueIndex, unique, check } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { programmes, programmeMunicipalities, services } from '../programmes/schema.js';

export const activityModes = ['physical', 'digital', 'hybrid'] as const;
export type ActivityMode = (typeof activityModes)[number];
export const activityStatuses = ['planned', 'scheduled', 'held', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** Who takes part in an activity of a type: a role (participant role or staff group) and how many. */
export type ParticipantSpec = { role: string; count: number; note?: string };
export type Labels = { nb: string; nn: string; en: string };

/**
 * An activity type as data. Every programme holds its own rows: the built-in defaults (builtin-types.ts)
 * are copied in the first time the programme's types are read, so a programme can adjust them and add
 * its own without touching other programmes.
 */
export const activityTypeDefinitions = pgTable(
  'activity_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    labels: jsonb('labels').$type<Labels>().notNull(),
    defaultDurationMinutes: integer('default_duration_minutes').notNull(),
    mode: text('mode', { enum: activityModes }).notNull(),
    recorded: boolean('recorded').notNull().default(false),
    participants: jsonb('participants').$type<ParticipantSpec[]>().notNull().default([]),
    /** What it produces: minutes, transcript, priority_list, evaluation_forms, training_material … */
    produces: jsonb('produces').$type<string[]>().notNull().default([]),
    /** Extra minutes added to a pilot run (the first training course: one hour of evaluation). */
    pilotExtraMinutes: integer('pilot_extra_minutes').notNull().default(0),
    /** Seats, e.g. 25 for a training course; null = no limit. */
    defaultCapacity: integer('default_capacity'),
    builtIn: boolean('built_in').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('activity_types_programme_key').on(t.programmeId, t.key)],
);

/**
 * One planned occurrence. `municipalityId` is null for programme-wide ones (closing event, work,
 * steering and expert meetings). `planKey` makes plan generation idempotent. `revision` goes up each
 * time the time, place or status changes, so calendar files (.ics SEQUENCE) update instead of duplicating.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    typeKey: text('type_key').notNull(),
    /** e.g. recipients / providers / joint for feedback meetings. */
    variant: text('variant'),
    title: text('title').notNull(),
    /** 1-based number among the same type (and variant) in the same municipality. */
    ordinal: integer('ordinal').notNull().default(1),
    planKey: text('plan_key'),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    durationMinutes: integer('duration_minutes').notNull(),
    mode: text('mode', { enum: activityModes }).notNull(),
    location: text('location').notNull().default(''),
    status: text('status', { enum: activityStatuses }).notNull().default('planned'),
    capacity: integer('capacity'),
    isPilot: boolean('is_pilot').notNull().default(false),
    revision: integer('revision').notNull().default(0),
    cancelledReason: text('cancelled_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('activities_programme_idx').on(t.programmeId),
    index('activities_municipality_idx').on(t.municipalityId),
    uniqueIndex('activities_plan_key').on(t.programmeId, t.planKey),
    check('activities_end_after_start', sql`${t.endsAt} is null or ${t.startsAt} is null or ${t.endsAt} > ${t.startsAt}`),
  ],
);

/** `activityId` must take place after `afterActivityId` (e.g. joint feedback after the two separate ones). */
export const activityDependencies = pgTable(
  'activity_dependencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    afterActivityId: uuid('after_activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  },
  (t) => [unique('activity_dependencies_pair').on(t.activityId, t.afterActivityId), check('activity_dependencies_not_self', sql`${t.activityId} <> ${t.afterActivityId}`)],
);

export const activityAgendaItems = pgTable(
  'activity_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    durationMinutes: integer('duration_minutes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activity_agenda_items_activity_idx').on(t.activityId)],
);

/**
 * Minutes (referat) of one activity, written here or uploaded (.docx). The text lives only in the
 * analysis document (pseudonymised on import, covered by withdrawal there), so no second copy of
 * names exists here; this row says where it is and how it came.
 */
export const activityMinutes = pgTable('activity_minutes', {
  activityId: uuid('activity_id').primaryKey().references(() => activities.id, { onDelete: 'cascade' }),
  source: text('source', { enum: ['written', 'docx'] }).notNull(),
  /** The analysis document holding the text, so it can be coded. */
  documentId: uuid('document_id'),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const decisionKinds = ['decision', 'follow_up'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/**
 * A decision or follow-up point raised at an activity. An open follow-up point shows on the agenda of
 * every later activity of the same series (same type and municipality) until it is closed.
 */
export const activityDecisions = pgTable(
  'activity_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: decisionKinds }).notNull(),
    text: text('text').notNull(),
    /** Who is responsible: a role or staff name as written in the minutes (not a participant). */
    owner: text('owner').notNull().default(''),
    dueOn: date('due_on'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedInActivityId: uuid('closed_in_activity_id').references(() => activities.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activity_decisions_activity_idx').on(t.activityId), index('activity_decisions_programme_idx').on(t.programmeId)],
);

export const outputKinds = ['priority_list', 'training_material', 'evaluation_forms', 'other'] as const;
export type OutputKind = (typeof outputKinds)[number];

/**
 * What an activity produced beyond minutes: a service's priority areas from a mapping meeting,
 * co-developed training material from a workshop … (seed 000 §2.1 engagement indicators i and iii).
 */
export const activityOutputs = pgTable(
  'activity_outputs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: outputKinds }).notNull(),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    items: jsonb('items').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activity_outputs_activity_idx').on(t.activityId), index('activity_outputs_programme_idx').on(t.programmeId)],
);
