/**
 * Reads the course evaluations (single-wave surveys tied to a course activity) for the course-experience
 * summary in src/modules/prepost (issue 6 §4); here because a module queries only its own tables.
 */
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError } from '../../lib/errors.js';
import type { Answers, InstrumentDefinition, LocalText } from './definition.js';
import { instrumentVersions, instruments, responses, surveys } from './schema.js';

export interface CourseEvaluationData {
  instrumentId: string;
  title: LocalText;
  definition: InstrumentDefinition;
  surveys: { surveyId: string; municipalityId: string | null; activityId: string | null; opensAt: Date | null }[];
  responses: { surveyId: string; answers: Answers }[];
}

/** Instruments with single-wave surveys tied to an activity (course evaluations and the like). */
export async function listCourseEvaluationInstruments(db: Executor, programmeId: string) {
  const rows = await db
    .selectDistinct({ instrumentId: instruments.id, title: instruments.title, templateKey: instruments.templateKey, createdAt: instruments.createdAt })
    .from(surveys)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, surveys.instrumentVersionId))
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(and(eq(surveys.programmeId, programmeId), eq(surveys.wave, 'single'), isNotNull(surveys.activityId)))
    .orderBy(asc(instruments.createdAt));
  return rows.map(({ createdAt: _, ...r }) => r);
}

export async function loadCourseEvaluation(db: Executor, programmeId: string, instrumentId: string, visible: 'all' | Set<string>): Promise<CourseEvaluationData> {
  const [instrument] = await db.select().from(instruments).where(and(eq(instruments.id, instrumentId), eq(instruments.programmeId, programmeId)));
  if (!instrument) throw new DomainError(404, 'errors.instrumentNotFound');
  const rows = await db
    .select({ surveyId: surveys.id, municipalityId: surveys.municipalityId, activityId: surveys.activityId, opensAt: surveys.opensAt, versionId: instrumentVersions.id, version: instrumentVersions.version })
    .from(surveys)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, surveys.instrumentVersionId))
    .where(and(eq(surveys.programmeId, programmeId), eq(instrumentVersions.instrumentId, instrumentId), eq(surveys.wave, 'single'), isNotNull(surveys.activityId)))
    .orderBy(asc(surveys.createdAt));
  const seen = rows.filter((s) => visible === 'all' || (s.municipalityId !== null && visible.has(s.municipalityId)));
  const newest = [...rows].sort((a, b) => b.version - a.version)[0];
  const [version] = newest
    ? await db.select({ definition: instrumentVersions.definition }).from(instrumentVersions).where(eq(instrumentVersions.id, newest.versionId))
    : await db.select({ definition: instrumentVersions.definition }).from(instrumentVersions).where(eq(instrumentVersions.instrumentId, instrumentId)).limit(1);
  if (!version) throw new DomainError(404, 'errors.instrumentNotFound');
  const answers = seen.length === 0 ? [] : await db
    .select({ surveyId: responses.surveyId, answers: responses.answers })
    .from(responses)
    .where(and(inArray(responses.surveyId, seen.map((s) => s.surveyId)), eq(responses.status, 'complete')))
    .orderBy(asc(responses.submittedAt), asc(responses.id));
  return {
    instrumentId, title: instrument.title, definition: version.definition,
    surveys: seen.map(({ surveyId, municipalityId, activityId, opensAt }) => ({ surveyId, municipalityId, activityId, opensAt })),
    responses: answers,
  };
}
