/**
 * Survey titles and deadlines for other modules (the evaluation plan's source list, the programme
 * overview's "surveys closing soon"). Titles and dates only, never answers.
 */
import { and, asc, desc, eq, gte, isNotNull, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { surveys } from './schema.js';

export async function listSurveyTitles(db: Executor, programmeId: string) {
  return db.select({ id: surveys.id, title: surveys.title, municipalityId: surveys.municipalityId, status: surveys.status }).from(surveys).where(eq(surveys.programmeId, programmeId)).orderBy(desc(surveys.createdAt));
}

/** Open surveys whose closing time falls between `from` and `until`. */
export async function surveysClosingBetween(db: Executor, programmeId: string, from: Date, until: Date) {
  return db
    .select({ id: surveys.id, title: surveys.title, municipalityId: surveys.municipalityId, closesAt: surveys.closesAt })
    .from(surveys)
    .where(and(eq(surveys.programmeId, programmeId), eq(surveys.status, 'open'), isNotNull(surveys.closesAt), gte(surveys.closesAt, from), lte(surveys.closesAt, until)))
    .orderBy(asc(surveys.closesAt));
}
