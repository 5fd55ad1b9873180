/**
 * The course evaluation form summarised (issue 6 §4): per item the answer distribution per course and
 * in all, the experience scale(s) per course with the pilot set beside the later courses, and the
 * free-text answers listed (to be sent to the qualitative workspace for coding). Small cells: a
 * course with fewer answers than the threshold shows nothing to a viewer who may not see small cells.
 */
import type { Language } from '../../i18n/index.js';
import { answerableVariables, type Answers, type InstrumentDefinition, type LocalText } from '../questionnaires/definition.js';
import { scoreResponse } from '../questionnaires/scoring.js';
import { describe, type Descriptives, type Result } from '../statistics/index.js';

export interface ExperienceCourse {
  key: string;
  label: string;
  isPilot: boolean;
  municipalityId: string | null;
}

export interface ExperienceInput {
  definition: InstrumentDefinition;
  courses: ExperienceCourse[];
  responses: { courseKey: string; answers: Answers }[];
}

export interface ItemSummary {
  variable: string;
  label: string;
  options: { code: string; label: string }[];
  /** counts[courseKey | 'pilot' | 'later' | 'all'][option index]; absent for a suppressed course. */
  counts: Record<string, number[]>;
}

export interface ScaleSummary {
  name: string;
  label: string;
  byGroup: Record<string, Result<Descriptives> | null>;
}

export interface CourseExperience {
  courses: (ExperienceCourse & { n: number; suppressed: boolean })[];
  groups: { key: 'pilot' | 'later' | 'all'; n: number; suppressed: boolean }[];
  items: ItemSummary[];
  scales: ScaleSummary[];
  freeText: { variable: string; label: string; answers: { courseKey: string; course: string; isPilot: boolean; text: string }[] }[];
}

const local = (text: LocalText | undefined, lang: Language) => text?.[lang] ?? text?.nb ?? text?.nn ?? text?.en ?? '';

function optionsOf(item: ReturnType<typeof answerableVariables>[number]['item'], lang: Language, yes: string, no: string): { code: string; label: string }[] | null {
  if (item.type === 'likert') {
    const extra = [item.notApplicable, item.dontKnow].filter((x): x is NonNullable<typeof x> => Boolean(x)).map((x) => ({ code: x.code, label: local(x.label, lang) }));
    return [...item.points.map((p) => ({ code: String(p.value), label: `${p.value} ${local(p.label, lang)}` })), ...extra];
  }
  if (item.type === 'single_choice' || item.type === 'multiple_choice' || item.type === 'matrix') return item.choices.map((c) => ({ code: c.code, label: local(c.label, lang) }));
  if (item.type === 'yes_no') return [{ code: '1', label: yes }, { code: '0', label: no }];
  return null;
}

export function summariseCourseExperience(
  input: ExperienceInput, lang: Language, opts: { threshold: number; mayShowSmall: boolean; yes: string; no: string },
): CourseExperience {
  const n = new Map<string, number>();
  for (const r of input.responses) n.set(r.courseKey, (n.get(r.courseKey) ?? 0) + 1);
  const small = (count: number) => !opts.mayShowSmall && count > 0 && count < opts.threshold;
  const courses = input.courses.map((c) => ({ ...c, n: n.get(c.key) ?? 0, suppressed: small(n.get(c.key) ?? 0) }));
  const byKey = new Map(courses.map((c) => [c.key, c]));
  const visible = input.responses.filter((r) => byKey.has(r.courseKey) && !byKey.get(r.courseKey)!.suppressed);
  const groupOf = (r: { courseKey: string }) => (byKey.get(r.courseKey)!.isPilot ? 'pilot' : 'later');
  const groupN = { pilot: visible.filter((r) => groupOf(r) === 'pilot').length, later: visible.filter((r) => groupOf(r) === 'later').length, all: visible.length };
  const groups = (['pilot', 'later', 'all'] as const).map((key) => ({ key, n: groupN[key], suppressed: small(groupN[key]) }));
  const shownGroups = groups.filter((g) => !g.suppressed).map((g) => g.key);
  const targets = (r: { courseKey: string }) => [r.courseKey, groupOf(r), 'all'].filter((k) => k === r.courseKey || shownGroups.includes(k as never));

  const items: ItemSummary[] = [];
  const freeText: CourseExperience['freeText'] = [];
  for (const v of answerableVariables(input.definition)) {
    const label = v.row ? `${local(v.item.label, lang)}: ${local(v.row.label, lang)}` : local(v.item.label, lang);
    if (v.item.type === 'text') {
      const answers = visible
        .filter((r) => typeof r.answers[v.name] === 'string' && String(r.answers[v.name]).trim() !== '')
        .map((r) => ({ courseKey: r.courseKey, course: byKey.get(r.courseKey)!.label, isPilot: byKey.get(r.courseKey)!.isPilot, text: String(r.answers[v.name]).trim() }));
      freeText.push({ variable: v.name, label, answers });
      continue;
    }
    const options = optionsOf(v.item, lang, opts.yes, opts.no);
    if (!options) continue;
    const counts: Record<string, number[]> = {};
    for (const r of visible) {
      const value = r.answers[v.name];
      const codes = Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
      for (const key of targets(r)) {
        counts[key] ??= new Array(options.length).fill(0);
        for (const code of codes) {
          const index = options.findIndex((o) => o.code === code);
          if (index >= 0) counts[key][index]++;
        }
      }
    }
    items.push({ variable: v.name, label, options, counts });
  }

  const scored = visible.map((r) => ({ r, scores: scoreResponse(input.definition, r.answers) }));
  const scales = input.definition.scales.map((s) => {
    const byGroup: ScaleSummary['byGroup'] = {};
    for (const key of [...courses.filter((c) => !c.suppressed).map((c) => c.key), ...shownGroups]) {
      const values = scored.filter(({ r }) => r.courseKey === key || key === 'all' || (key === groupOf(r) && !byKey.has(key))).map(({ scores }) => scores[s.name]);
      byGroup[key] = describe(values);
    }
    return { name: s.name, label: local(s.label, lang), byGroup };
  });
  return { courses, groups, items, scales, freeText };
}

/** The free-text answers as one plain text per course, for the qualitative workspace (one answer per paragraph). */
export function freeTextDocument(summary: CourseExperience, courseKey: string): string | null {
  const parts: string[] = [];
  for (const q of summary.freeText) {
    const answers = q.answers.filter((a) => a.courseKey === courseKey);
    if (answers.length === 0) continue;
    parts.push(q.label, ...answers.map((a) => `– ${a.text}`));
  }
  return parts.length ? parts.join('\n\n') : null;
}
