/**
 * The pre/post analysis (issue 6 §2): per scale and subscale, per course and pooled, on complete
 * pairs only. Both paired tests are computed; Shapiro–Wilk on the differences says which to lead
 * with (statistics/recommend.ts). Small cells: a viewer who may not see them (anyone but
 * coordinators and researchers) gets no figures for a group with fewer pairs than the programme's
 * threshold — only the fact that it was suppressed.
 */
import {
  describe, pairedEffectSizes, recommendPairedTest,
  type Descriptives, type EffectSizeOptions, type PairedEffectSizes, type PairedTestRecommendation, type Result,
} from '../statistics/index.js';
import { addExclusions, emptyExclusions, matchPrePostPairs } from './pairing.js';
import type { CourseInfo, MatchedPair, PairingExclusions, PrePostInput, ScaleInfo } from './types.js';

export interface GroupExclusions extends PairingExclusions {
  /** Pairs where this scale had no score before or after (too few items answered). */
  missingScore: number;
}

export interface GroupResult {
  /** A course's wave group id, or 'pooled'. */
  key: string;
  label: string;
  isPilot: boolean;
  /** Complete pairs for this scale. */
  nPairs: number;
  excluded: GroupExclusions;
  /** Fewer pairs than the small-cell threshold for a viewer who may not see small cells: no figures. */
  suppressed: boolean;
  pre: Result<Descriptives> | null;
  post: Result<Descriptives> | null;
  tests: Result<PairedTestRecommendation> | null;
  effectSizes: Result<PairedEffectSizes> | null;
}

export interface ScaleResult {
  scale: ScaleInfo;
  courses: GroupResult[];
  /** The courses after the pilot, pooled: what the pilot is compared with. Null without a pilot (or without later courses). */
  later: GroupResult | null;
  pooled: GroupResult;
}

export interface PrePostAnalysis {
  threshold: number;
  /** How the per-course d_z CIs were computed (the pooled one is always exact when the numbers allow). */
  courseEffectSizeCi: 'noncentral_t' | 'normal_approximation_delta_method';
  suppressing: boolean;
  courses: CourseInfo[];
  scales: ScaleResult[];
}

export interface AnalyseOptions {
  smallCellThreshold: number;
  mayShowSmall: boolean;
  /** Passed to the effect sizes; the approximate d_z CI is cheaper for hundreds of courses. */
  courseEffectSizeCi?: EffectSizeOptions['dzCi'];
}

/** Aligned pre/post arrays of one scale over some pairs, with the pairs lacking a score counted. */
export function scaleValues(pairs: readonly MatchedPair[], scale: string): { pre: (number | null)[]; post: (number | null)[]; missingScore: number } {
  const pre: (number | null)[] = [];
  const post: (number | null)[] = [];
  let missingScore = 0;
  for (const p of pairs) {
    const a = p.pre[scale];
    const b = p.post[scale];
    if (typeof a === 'number' && Number.isFinite(a) && typeof b === 'number' && Number.isFinite(b)) {
      pre.push(a);
      post.push(b);
    } else missingScore++;
  }
  return { pre, post, missingScore };
}

function groupResult(
  key: string, label: string, isPilot: boolean, pairs: readonly MatchedPair[], exclusions: PairingExclusions, scale: string,
  options: AnalyseOptions, dzCi: EffectSizeOptions['dzCi'],
): GroupResult {
  const { pre, post, missingScore } = scaleValues(pairs, scale);
  const excluded = { ...exclusions, missingScore };
  const nPairs = pre.length;
  const suppressed = !options.mayShowSmall && nPairs > 0 && nPairs < options.smallCellThreshold;
  if (suppressed) return { key, label, isPilot, nPairs: 0, excluded: { ...emptyExclusions(), missingScore: 0 }, suppressed, pre: null, post: null, tests: null, effectSizes: null };
  return {
    key, label, isPilot, nPairs, excluded, suppressed,
    pre: describe(pre),
    post: describe(post),
    tests: recommendPairedTest(pre, post),
    effectSizes: pairedEffectSizes(pre, post, { dzCi }),
  };
}

export function analysePrePost(input: PrePostInput, options: AnalyseOptions): PrePostAnalysis {
  const pairings = matchPrePostPairs(input.courses, input.responses);
  const allPairs: MatchedPair[] = [];
  const pooledExclusions = emptyExclusions();
  for (const p of pairings.values()) {
    allPairs.push(...p.pairs);
    addExclusions(pooledExclusions, p.excluded);
  }
  const courseCi = options.courseEffectSizeCi ?? 'noncentral_t';
  const laterCourses = input.courses.filter((c) => !c.isPilot);
  const hasLater = laterCourses.length > 0 && laterCourses.length < input.courses.length;
  const laterPairs = laterCourses.flatMap((c) => pairings.get(c.waveGroupId)!.pairs);
  const laterExclusions = laterCourses.reduce((acc, c) => addExclusions(acc, pairings.get(c.waveGroupId)!.excluded), emptyExclusions());
  const scales = input.scales.map((scale) => ({
    scale,
    courses: input.courses.map((c) => {
      const p = pairings.get(c.waveGroupId)!;
      return groupResult(c.waveGroupId, c.label, c.isPilot, p.pairs, p.excluded, scale.name, options, courseCi);
    }),
    later: hasLater ? groupResult('later', 'later', false, laterPairs, laterExclusions, scale.name, options, 'noncentral_t') : null,
    pooled: groupResult('pooled', 'pooled', false, allPairs, pooledExclusions, scale.name, options, 'noncentral_t'),
  }));
  return { threshold: options.smallCellThreshold, courseEffectSizeCi: courseCi, suppressing: !options.mayShowSmall, courses: input.courses, scales };
}

/** The pairs behind the charts and the CSV: withheld entirely from a viewer who may not see small cells. */
export function pairsForExport(input: PrePostInput): MatchedPair[] {
  return [...matchPrePostPairs(input.courses, input.responses).values()].flatMap((p) => p.pairs);
}
