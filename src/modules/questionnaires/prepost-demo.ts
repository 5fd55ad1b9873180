/**
 * Inserts a generated pre/post study (and course evaluations) for the demo programme and the
 * benchmark: instrument + published version, per course a pre and a post survey sharing a wave group,
 * and complete, scored responses paired by a hashed fictitious code. Here because only this module
 * writes its tables; the data itself comes from src/modules/prepost/demo-data.ts.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client.js';
import type { Answers, InstrumentDefinition } from './definition.js';
import { instrumentVersions, instruments, responses, surveys } from './schema.js';
import { scoreResponse } from './scoring.js';

export interface StudyCourse {
  municipalityId: string | null;
  activityId: string | null;
  respondents: { code: string; pre: Answers | null; post: Answers | null }[];
}

async function publishedInstrument(db: Executor, programmeId: string, createdBy: string | null, definition: InstrumentDefinition, templateKey: string | null) {
  const [instrument] = await db.insert(instruments).values({ programmeId, title: definition.title, templateKey, createdBy }).returning();
  const [version] = await db
    .insert(instrumentVersions)
    .values({ instrumentId: instrument.id, version: 1, status: 'published', definition, publishedAt: new Date(), publishedBy: createdBy })
    .returning();
  return { instrumentId: instrument.id, versionId: version.id };
}

type ResponseRow = typeof responses.$inferInsert;

async function insertResponses(db: Executor, rows: ResponseRow[]) {
  for (let i = 0; i < rows.length; i += 1000) await db.insert(responses).values(rows.slice(i, i + 1000));
}

const demoPairingKey = (programmeId: string, code: string) => createHash('sha256').update(`demo-pairing:${programmeId}:${code}`).digest('hex');

/** One pre/post study over the given courses; returns the instrument id. Courses open one week apart, first to last. */
export async function insertPrePostStudy(db: Executor, programmeId: string, createdBy: string | null, definition: InstrumentDefinition, courses: StudyCourse[], start = new Date('2026-09-01T08:00:00Z')) {
  const { instrumentId, versionId } = await publishedInstrument(db, programmeId, createdBy, definition, null);
  const rows: ResponseRow[] = [];
  for (const [index, course] of courses.entries()) {
    const waveGroupId = randomUUID();
    const opens = new Date(start.getTime() + index * 7 * 86_400_000);
    const common = { programmeId, municipalityId: course.municipalityId, activityId: course.activityId, instrumentVersionId: versionId, mode: 'anonymous' as const, waveGroupId, askPairingCode: 'yes' as const, status: 'closed' as const, createdBy };
    const [pre, post] = await db
      .insert(surveys)
      .values([
        { ...common, title: { ...definition.title }, wave: 'pre' as const, opensAt: opens, closesAt: new Date(opens.getTime() + 86_400_000) },
        { ...common, title: { ...definition.title }, wave: 'post' as const, opensAt: new Date(opens.getTime() + 2 * 86_400_000), closesAt: new Date(opens.getTime() + 9 * 86_400_000) },
      ])
      .returning({ id: surveys.id });
    for (const r of course.respondents) {
      const pairingKey = demoPairingKey(programmeId, r.code);
      for (const [survey, answers, at] of [[pre.id, r.pre, opens], [post.id, r.post, new Date(opens.getTime() + 3 * 86_400_000)]] as const) {
        if (!answers) continue;
        rows.push({
          surveyId: survey, instrumentVersionId: versionId, pairingKey, resumeTokenHash: randomBytes(16).toString('hex'), answers, scores: scoreResponse(definition, answers),
          status: 'complete', startedAt: at, updatedAt: at, submittedAt: at,
        });
      }
    }
  }
  await insertResponses(db, rows);
  return instrumentId;
}

/** Course evaluations (single wave, one survey per course, linked to the course activity). */
export async function insertCourseEvaluations(db: Executor, programmeId: string, createdBy: string | null, definition: InstrumentDefinition, templateKey: string, courses: { municipalityId: string | null; activityId: string | null; answers: Answers[] }[]) {
  const { instrumentId, versionId } = await publishedInstrument(db, programmeId, createdBy, definition, templateKey);
  const rows: ResponseRow[] = [];
  for (const course of courses) {
    const [survey] = await db
      .insert(surveys)
      .values({ programmeId, municipalityId: course.municipalityId, activityId: course.activityId, instrumentVersionId: versionId, title: { ...definition.title }, mode: 'anonymous', wave: 'single', status: 'closed', createdBy })
      .returning({ id: surveys.id });
    for (const answers of course.answers)
      rows.push({ surveyId: survey.id, instrumentVersionId: versionId, resumeTokenHash: randomBytes(16).toString('hex'), answers, scores: scoreResponse(definition, answers), status: 'complete', submittedAt: new Date() });
  }
  await insertResponses(db, rows);
  return instrumentId;
}
