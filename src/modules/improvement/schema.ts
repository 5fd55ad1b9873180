import { pgTable, uuid, text, integer, timestamp, date, doublePrecision, boolean, jsonb, index, uniqueIndex, check, primaryKey } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from '../auth/schema.js';
import { programmes, programmeMunicipalities } from '../programmes/schema.js';
import { surveys } from '../questionnaires/schema.js';
import { documents } from '../analysis/schema.js';
import { measureStatuses, userInvolvementLevels, valueTypes, frequencies, directions, chartTypes, harvestKinds } from './vocabulary.js';

/** An indicator's chart signals as the network overview lists them; `version` says which computation made them. */
export interface CachedSignals { version: number; points: number; runs: boolean; sigma: number; fewPoints: boolean; lastPeriod: string | null }

/**
 * The parts of an improvement team's work plan (seed 004, appendix 1) that the groups module does not
 * hold: anchoring and composition. The mandate and the meeting times stay on the group itself.
 */
export const improvementTeamPlans = pgTable(
  'improvement_team_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').notNull().references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    anchoring: text('anchoring').notNull().default(''),
    composition: text('composition').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('improvement_team_plans_municipality_key').on(t.municipalityId)],
);

/** A preparatory task of appendix 1 marked done for a municipality (absent = not done). */
export const improvementTaskChecks = pgTable(
  'improvement_task_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').notNull().references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    taskKey: text('task_key').notNull(),
    doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' }),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('improvement_task_checks_key').on(t.municipalityId, t.taskKey)],
);

/** Kinds of measure a programme adds to the nine built-in ones of seed 004 §6.1. */
export const improvementMeasureKinds = pgTable(
  'improvement_measure_kinds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    labels: jsonb('labels').$type<{ nb: string; nn: string; en: string }>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('improvement_measure_kinds_key').on(t.programmeId, t.key)],
);

/** A measure (tiltak) of one municipality's improvement team. */
export const improvementMeasures = pgTable(
  'improvement_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').notNull().references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    aim: text('aim').notNull().default(''),
    kind: text('kind').notNull(),
    owner: text('owner').notNull().default(''),
    status: text('status', { enum: measureStatuses }).notNull().default('idea'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    /** CHIME processes (connectedness, hope, identity, meaning, empowerment) the measure serves. */
    chime: text('chime').array().notNull().default(sql`'{}'::text[]`),
    targetAreas: text('target_areas').notNull().default(''),
    userInvolvement: text('user_involvement', { enum: userInvolvementLevels }).notNull().default('informed'),
    /** Learning from each other is the network's purpose: shared unless the team says otherwise. */
    shared: boolean('shared').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('improvement_measures_programme_idx').on(t.programmeId, t.municipalityId)],
);

/** A Plan–Do–Study–Act cycle testing a measure on a small scale. */
export const improvementPdsaCycles = pgTable(
  'improvement_pdsa_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id').notNull().references(() => improvementMeasures.id, { onDelete: 'cascade' }),
    plan: text('plan').notNull(),
    prediction: text('prediction').notNull().default(''),
    doNotes: text('do_notes').notNull().default(''),
    study: text('study').notNull().default(''),
    act: text('act').notNull().default(''),
    decision: text('decision', { enum: ['adopt', 'adapt', 'abandon'] }),
    startsOn: date('starts_on').notNull(),
    studiedOn: date('studied_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('improvement_pdsa_cycles_measure_idx').on(t.measureId)],
);

/** What the team measures for a measure and how (the operational definition and the chart). */
export const improvementIndicators = pgTable(
  'improvement_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id').notNull().references(() => improvementMeasures.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    definition: text('definition').notNull().default(''),
    valueType: text('value_type', { enum: valueTypes }).notNull(),
    numerator: text('numerator').notNull().default(''),
    denominator: text('denominator').notNull().default(''),
    frequency: text('frequency', { enum: frequencies }).notNull().default('month'),
    direction: text('direction', { enum: directions }).notNull().default('up'),
    goal: doublePrecision('goal'),
    /** The figures count this programme's own participants, so the small-cell rule hides small values (issue 13 §8). */
    countsParticipants: boolean('counts_participants').notNull().default(false),
    chart: text('chart', { enum: chartTypes }).notNull().default('run'),
    /** Freeze the centre line on the first k points (the baseline); null = all points. */
    baselinePoints: integer('baseline_points'),
    /** Split the chart after these 1-based counts (a new part after a change was made). */
    parts: integer('parts').array().notNull().default(sql`'{}'::integer[]`),
    /** What the chart signals, computed when its data or settings change (null: no data yet, or computed by an older version). */
    signals: jsonb('signals').$type<CachedSignals>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('improvement_indicators_measure_idx').on(t.measureId)],
);

/** One period's value; a proportion or rate stores numerator in `value` and the denominator beside it. */
export const improvementMeasurements = pgTable(
  'improvement_measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id').notNull().references(() => improvementIndicators.id, { onDelete: 'cascade' }),
    period: date('period').notNull(),
    value: doublePrecision('value').notNull(),
    denominator: doublePrecision('denominator'),
    note: text('note').notNull().default(''),
    enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('improvement_measurements_period_key').on(t.indicatorId, t.period), check('improvement_measurements_denominator_positive', sql`${t.denominator} is null or ${t.denominator} > 0`)],
);

/** A self-assessment round: a municipality's survey of one template (the first is the baseline). */
export const improvementRounds = pgTable(
  'improvement_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').notNull().references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    templateKey: text('template_key').notNull(),
    ordinal: integer('ordinal').notNull(),
    surveyId: uuid('survey_id').notNull().references(() => surveys.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('improvement_rounds_ordinal_key').on(t.municipalityId, t.templateKey, t.ordinal)],
);

/** What came out of a gathering (café-dialogue table, group work) or a user interview, kept as an analysis document too. */
export const improvementHarvests = pgTable(
  'improvement_harvests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').notNull().references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: harvestKinds }).notNull(),
    gathering: integer('gathering'),
    tableLabel: text('table_label').notNull().default(''),
    round: integer('round'),
    question: text('question').notNull().default(''),
    host: text('host').notNull().default(''),
    text: text('text').notNull(),
    documentId: uuid('document_id').references(() => documents.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('improvement_harvests_programme_idx').on(t.programmeId, t.gathering)],
);

/** The team's own IHI-style progress score at a gathering, with the reason. */
export const improvementProgressScores = pgTable(
  'improvement_progress_scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').notNull().references(() => programmeMunicipalities.id, { onDelete: 'cascade' }),
    gathering: integer('gathering').notNull(),
    score: doublePrecision('score').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('improvement_progress_scores_key').on(t.municipalityId, t.gathering),
    check('improvement_progress_scores_range', sql`${t.score} >= 0.5 and ${t.score} <= 5 and ${t.score} * 2 = round(${t.score} * 2)`),
  ],
);


/** An analysis document (user interview, café harvest, minutes) a team names as evidence for a measure (issue 13 §3). */
export const improvementMeasureDocuments = pgTable(
  'improvement_measure_documents',
  {
    measureId: uuid('measure_id').notNull().references(() => improvementMeasures.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.documentId] }), index('improvement_measure_documents_document_idx').on(t.documentId)],
);
