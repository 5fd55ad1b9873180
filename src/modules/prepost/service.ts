/**
 * Pre/post operations: load the scored responses (questionnaires module), name the courses
 * (programmes and activities modules), and run the pure analysis for the caller's view.
 */
import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { listActivities } from '../activities/activities.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { getProgramme } from '../programmes/programmes.js';
import type { LocalText } from '../questionnaires/definition.js';
import { loadPrePostData } from '../questionnaires/prepost-data.js';
import { analysePrePost, type AnalyseOptions, type PrePostAnalysis } from './analyse.js';
import { scalesOf } from './scales.js';
import type { CourseInfo, PrePostInput } from './types.js';

/** Above this many courses the per-course d_z CIs are approximate (see prePostView). */
export const EXACT_CI_MAX_COURSES = 50;

export interface PrePostView {
  instrumentId: string;
  title: LocalText;
  input: PrePostInput;
  analysis: PrePostAnalysis;
}

export function localText(text: LocalText | undefined, lang: Language): string {
  return text?.[lang] ?? text?.nb ?? text?.nn ?? text?.en ?? '';
}

export async function loadPrePostInput(db: Executor, programmeId: string, instrumentId: string, visible: 'all' | Set<string>): Promise<PrePostInput> {
  const data = await loadPrePostData(db, programmeId, instrumentId, visible);
  const municipalities = new Map((await listProgrammeMunicipalities(db, programmeId, 'all')).map((m) => [m.id, m.name]));
  const activityIds = new Set(data.waveGroups.map((g) => g.activityId).filter((id): id is string => id !== null));
  const activities = activityIds.size ? new Map((await listActivities(db, programmeId, { municipalities: 'all' })).filter((a) => activityIds.has(a.id)).map((a) => [a.id, a])) : new Map();
  // A pair opened but not yet answered changes no result or report until it has data.
  const answered = new Set(data.responses.map((r) => r.waveGroupId));
  const courses: CourseInfo[] = data.waveGroups.filter((g) => answered.has(g.waveGroupId)).map((g, i) => {
    const activity = g.activityId ? activities.get(g.activityId) : undefined;
    // Labelled by course: the course's own title beside its municipality, so two courses in one municipality stay apart.
    const place = (g.municipalityId && municipalities.get(g.municipalityId)) || '';
    const label = [place, activity?.title].filter(Boolean).join(' – ') || `#${i + 1}`;
    return { waveGroupId: g.waveGroupId, municipalityId: g.municipalityId, label, activityId: g.activityId, isPilot: activity?.isPilot ?? false, mode: g.mode };
  });
  // The pilot first, then the order the courses were held in: the pilot is the baseline the others are compared with.
  courses.sort((a, b) => Number(b.isPilot) - Number(a.isPilot));
  return { instrumentTitle: data.title, courses, scales: scalesOf(data.definition), responses: data.responses, definition: data.definition };
}

export async function prePostView(
  db: Executor, programmeId: string, instrumentId: string, view: { visible: 'all' | Set<string>; mayShowSmall: boolean }, extra: Partial<AnalyseOptions> = {},
): Promise<PrePostView> {
  const programme = await getProgramme(db, programmeId);
  const input = await loadPrePostInput(db, programmeId, instrumentId, view.visible);
  // The exact (noncentral t) CI of d_z costs ~2 ms per group; with hundreds of courses the per-course
  // CIs use the delta method (each result says so), the pooled one stays exact.
  const courseEffectSizeCi = input.courses.length > EXACT_CI_MAX_COURSES ? 'normal_approximation_delta_method' : 'noncentral_t';
  const analysis = analysePrePost(input, { smallCellThreshold: programme.smallCellThreshold, mayShowSmall: view.mayShowSmall, courseEffectSizeCi, ...extra });
  return { instrumentId, title: input.instrumentTitle, input, analysis };
}
