import { pgTable, uuid, text, integer, timestamp, date, boolean, jsonb, index } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { programmes } from '../programmes/schema.js';
import { disseminationChannels, disseminationStatuses, questionStatuses, type AnalysisKind, type ProductKind, type SourceKind } from './vocabulary.js';

/** A link from a question to what feeds it; `refId` null means "all of this kind" (every activity, every survey …). */
export interface QuestionLink<K extends string = string> { kind: K; refId: string | null }
export type SourceLink = QuestionLink<SourceKind>;
export type AnalysisLink = QuestionLink<AnalysisKind>;

/** An evaluation question of the programme's evaluation plan (seed 004 §2), with its sources and analyses. */
export const reportsEvaluationQuestions = pgTable(
  'reports_evaluation_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: questionStatuses }).notNull().default('planned'),
    /** Ids of other modules' records (or null for "all"), resolved to names when read. */
    sources: jsonb('sources').$type<SourceLink[]>().notNull().default([]),
    analyses: jsonb('analyses').$type<AnalysisLink[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_evaluation_questions_programme_idx').on(t.programmeId, t.position)],
);

/** Each status change of a question, so the plan shows how it moved (004 §7: plan and follow up). */
export const reportsQuestionStatusChanges = pgTable(
  'reports_question_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id').notNull().references(() => reportsEvaluationQuestions.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: questionStatuses }),
    toStatus: text('to_status', { enum: questionStatuses }).notNull(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_question_status_changes_question_idx').on(t.questionId, t.changedAt)],
);

/** A product disseminated: a link (article, slides) or the programme's own report. */
export interface DisseminationProduct { kind: ProductKind; label: string; url: string | null }

/** One line of the dissemination plan (seed 000 §2.2.1). */
export const reportsDisseminationItems = pgTable(
  'reports_dissemination_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: disseminationChannels }).notNull(),
    title: text('title').notNull(),
    audience: text('audience').notNull().default(''),
    plannedOn: date('planned_on'),
    /** The owner is a staff user or, when the task belongs to a role ("the user representatives"), a text. */
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    ownerRole: text('owner_role').notNull().default(''),
    status: text('status', { enum: disseminationStatuses }).notNull().default('planned'),
    /** 000 §2.2.1: the plan is made with the participants; marks what they take part in. */
    withParticipants: boolean('with_participants').notNull().default(false),
    products: jsonb('products').$type<DisseminationProduct[]>().notNull().default([]),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_dissemination_items_programme_idx').on(t.programmeId, t.plannedOn)],
);
