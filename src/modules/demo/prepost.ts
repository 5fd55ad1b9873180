/**
 * The demo codesign programme's four training courses with generated pre/post data and course
 * evaluations (issue 6): fictitious, seeded, the first course the pilot. The course activities come
 * from the activity plan (generated here if the plan is not there yet; generation is idempotent).
 */
import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { listActivities } from '../activities/activities.js';
import { generatePlan } from '../activities/generate.js';
import { generateCourseEvaluation, generateCourseRespondents, knowledgeAttitudeDefinition } from '../prepost/demo-data.js';
import { insertCourseEvaluations, insertPrePostStudy } from '../questionnaires/prepost-demo.js';
import { templateDefinition } from '../questionnaires/templates/index.js';

export async function loadPrePostDemo(db: Executor, actor: Actor, programmeId: string, municipalityIds: string[]): Promise<string> {
  let courses = (await listActivities(db, programmeId, { municipalities: 'all' })).filter((a) => a.typeKey === 'training_course');
  if (courses.length === 0) {
    await generatePlan(db, actor, programmeId, 'codesign');
    courses = (await listActivities(db, programmeId, { municipalities: 'all' })).filter((a) => a.typeKey === 'training_course');
  }
  const courseOf = (municipalityId: string) => courses.find((a) => a.municipalityId === municipalityId) ?? null;
  // The pilot first: its municipality's course is held first and evaluated most thoroughly.
  const ordered = [...municipalityIds].sort((a, b) => Number(courseOf(b)?.isPilot ?? false) - Number(courseOf(a)?.isPilot ?? false));
  const definition = knowledgeAttitudeDefinition(10);
  const effects = [0.35, 0.6, 0.5, 0.7];
  const instrumentId = await insertPrePostStudy(db, programmeId, actor.userId, definition, ordered.map((m, i) => ({
    municipalityId: m, activityId: courseOf(m)?.id ?? null, respondents: generateCourseRespondents(definition, 1000 + i, 22 + 3 * i, effects[i % effects.length]),
  })));
  const evaluation = templateDefinition('course-evaluation');
  if (evaluation)
    await insertCourseEvaluations(db, programmeId, actor.userId, evaluation, 'course-evaluation', ordered.map((m, i) => ({
      municipalityId: m, activityId: courseOf(m)?.id ?? null, answers: generateCourseEvaluation(2000 + i, 18 + 2 * i, i === 0 ? 3.6 : 4.1),
    })));
  return instrumentId;
}
