/**
 * Course-experience operations: load the evaluations (questionnaires module), name the courses and
 * mark the pilot (programmes and activities modules), summarise; and send the free-text answers to
 * the qualitative workspace as `survey_free_text` documents (analysis module's importDocument).
 */
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import type { Actor } from '../access/actor.js';
import { listActivities } from '../activities/activities.js';
import { importDocument } from '../analysis/documents.js';
import type { OriginalsKey } from '../analysis/originals.js';
import { getProgramme } from '../programmes/programmes.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { loadCourseEvaluation } from '../questionnaires/course-evaluation-data.js';
import { freeTextDocument, summariseCourseExperience, type CourseExperience, type ExperienceCourse } from './course-experience.js';
import { localText } from './service.js';

export async function courseExperienceView(
  db: Executor, programmeId: string, instrumentId: string, view: { visible: 'all' | Set<string>; mayShowSmall: boolean }, lang: Language,
): Promise<{ title: string; summary: CourseExperience }> {
  const programme = await getProgramme(db, programmeId);
  const data = await loadCourseEvaluation(db, programmeId, instrumentId, view.visible);
  const names = new Map((await listProgrammeMunicipalities(db, programmeId, 'all')).map((m) => [m.id, m.name]));
  const activities = new Map((await listActivities(db, programmeId, { municipalities: 'all' })).map((a) => [a.id, a]));
  const courses: ExperienceCourse[] = data.surveys.map((s, i) => {
    const activity = s.activityId ? activities.get(s.activityId) : undefined;
    return { key: s.surveyId, label: (s.municipalityId && names.get(s.municipalityId)) || activity?.title || `#${i + 1}`, isPilot: activity?.isPilot ?? false, municipalityId: s.municipalityId };
  });
  courses.sort((a, b) => Number(b.isPilot) - Number(a.isPilot));
  const summary = summariseCourseExperience(
    { definition: data.definition, courses, responses: data.responses.map((r) => ({ courseKey: r.surveyId, answers: r.answers })) },
    lang,
    { threshold: programme.smallCellThreshold, mayShowSmall: view.mayShowSmall, yes: translate(lang, 'common.yes'), no: translate(lang, 'common.no') },
  );
  return { title: localText(data.title, lang), summary };
}

/** One analysis document per course with free text; returns the new documents' ids and titles. */
export async function sendFreeTextToAnalysis(db: Executor, actor: Actor, programmeId: string, instrumentId: string, keys: OriginalsKey, lang: Language, requestId?: string) {
  const { title, summary } = await courseExperienceView(db, programmeId, instrumentId, { visible: 'all', mayShowSmall: true }, lang);
  const created: { documentId: string; title: string }[] = [];
  for (const course of summary.courses) {
    const text = freeTextDocument(summary, course.key);
    if (!text) continue;
    const docTitle = translate(lang, 'prepost.experience.documentTitle', { instrument: title, course: course.label + (course.isPilot ? ` (${translate(lang, 'prepost.pilot')})` : '') });
    const row = await importDocument(db, actor, programmeId, {
      title: docTitle, kind: 'survey_free_text', municipalityId: course.municipalityId, activityType: 'training_course',
      attributes: { source: 'course_evaluation', instrumentId, pilot: course.isPilot ? 'yes' : 'no' },
    }, { text }, keys, requestId);
    created.push({ documentId: row.id, title: row.title });
  }
  return { created };
}
