/**
 * The words around the numbers: a plain-language summary for readers who are not statisticians
 * (bokmål or nynorsk, as chosen) and a methods paragraph a reviewer can check, stating the tests,
 * corrections and exclusions actually applied.
 */
import { WILCOXON_EXACT_MAX_N, MIN_PAIRS_FOR_T_RECOMMENDATION, NORMALITY_ALPHA } from '../statistics/index.js';
import type { PrePostAnalysis, ScaleResult } from './analyse.js';
import type { ScaleReliability } from './reliability.js';
import { formatNumber, type Translate } from '../../lib/charts/svg.js';
import { formatCi, pPhrase } from './rows.js';

/** Cohen's (1988) conventional labels for |g|: stated as conventions, not as a judgement of importance. */
export function magnitudeKey(g: number): 'negligible' | 'small' | 'moderate' | 'large' {
  const a = Math.abs(g);
  return a < 0.2 ? 'negligible' : a < 0.5 ? 'small' : a < 0.8 ? 'moderate' : 'large';
}

export function scaleSummary(s: ScaleResult, scaleLabel: string, lang: string, t: Translate): string {
  const g = s.pooled;
  if (g.suppressed) return t('prepost.summary.suppressed', { scale: scaleLabel });
  if (!g.pre?.ok || !g.post?.ok || !g.tests?.ok) return t('prepost.summary.tooFew', { scale: scaleLabel, n: g.nPairs });
  const { tests } = g;
  const chosen = tests.recommended === 'paired_t' ? tests.pairedT : tests.wilcoxon;
  const direction = g.post.mean > g.pre.mean ? 'rose' : g.post.mean < g.pre.mean ? 'fell' : 'same';
  const parts = [t(`prepost.summary.${direction}`, { scale: scaleLabel, n: g.nPairs, pre: formatNumber(lang, g.pre.mean), post: formatNumber(lang, g.post.mean) })];
  if (tests.pairedT.ok) parts.push(t('prepost.summary.ci', { lower: formatNumber(lang, tests.pairedT.ci.lower), upper: formatNumber(lang, tests.pairedT.ci.upper) }));
  if (chosen.ok) parts.push(t(chosen.p < 0.05 ? 'prepost.summary.significant' : 'prepost.summary.notSignificant', { test: t(`statistics.tests.${tests.recommended}`), p: pPhrase(lang, chosen.p) }));
  const es = g.effectSizes?.ok ? g.effectSizes.dav : null;
  if (es?.ok && es.hedges.ok) parts.push(t(`prepost.summary.magnitude.${magnitudeKey(es.hedges.g)}`, { g: formatNumber(lang, es.hedges.g) }));
  return parts.join(' ');
}

/** The pilot's mean change beside the later courses' (pooled), when both can be computed. */
export function pilotComparison(s: ScaleResult, scaleLabel: string, lang: string, t: Translate): string | null {
  const pilot = s.courses.find((c) => c.isPilot);
  const pt = pilot?.tests?.ok && pilot.tests.pairedT.ok ? pilot.tests.pairedT : null;
  const lt = s.later?.tests?.ok && s.later.tests.pairedT.ok ? s.later.tests.pairedT : null;
  if (!pilot || !pt || !lt) return null;
  return t('prepost.summary.pilotVsLater', {
    scale: scaleLabel, pilot: formatNumber(lang, pt.meanDifference), pilotCi: formatCi(lang, pt.ci.lower, pt.ci.upper),
    later: formatNumber(lang, lt.meanDifference), laterCi: formatCi(lang, lt.ci.lower, lt.ci.upper),
  });
}

export function plainSummary(a: PrePostAnalysis, lang: string, t: Translate, labelOf: (s: ScaleResult) => string): string[] {
  const pilot = a.courses.find((c) => c.isPilot);
  const out = a.scales.filter((s) => !s.scale.parent).flatMap((s) => [scaleSummary(s, labelOf(s), lang, t), pilotComparison(s, labelOf(s), lang, t)].filter((x): x is string => x !== null));
  out.push(t('prepost.summary.courses', { courses: a.courses.length }) + (pilot ? ' ' + t('prepost.summary.pilot', { pilot: pilot.label }) : ''));
  return out;
}

/** Totals of every exclusion over the courses, for the first scale (pairing exclusions are the same for all scales). */
export function methodsParagraph(a: PrePostAnalysis, t: Translate, lang = 'nb'): string[] {
  const first = a.scales[0];
  const ex = first?.pooled.excluded;
  const missingScore = a.scales.map((s) => s.pooled.excluded.missingScore);
  const paragraphs = [
    t('prepost.methods.design', { courses: a.courses.length }),
    t('prepost.methods.pairing', {
      pairs: first?.pooled.nPairs ?? 0,
      preWithoutPost: ex?.preWithoutPost ?? 0,
      postWithoutPre: ex?.postWithoutPre ?? 0,
      ambiguous: ex?.ambiguous ?? 0,
      noCode: ex?.noCode ?? 0,
      missingScoreMin: missingScore.length ? Math.min(...missingScore) : 0,
      missingScoreMax: missingScore.length ? Math.max(...missingScore) : 0,
    }),
    t('prepost.methods.tests', { exactMax: WILCOXON_EXACT_MAX_N + 1, minPairs: MIN_PAIRS_FOR_T_RECOMMENDATION, alpha: formatNumber(lang, NORMALITY_ALPHA).replace(/^0/, '') }),
    t('prepost.methods.effectSizes'),
    ...(a.courseEffectSizeCi === 'normal_approximation_delta_method' ? [t('prepost.methods.approximateCi', { courses: a.courses.length })] : []),
    t('prepost.methods.multiplicity'),
  ];
  if (a.suppressing) paragraphs.push(t('prepost.methods.smallCells', { threshold: a.threshold }));
  return paragraphs;
}

export { formatCi };

/** "Total: Cronbach's α before 0,85 (n = 91), after 0,88 (n = 80)", with the reason where alpha cannot be computed. */
export function reliabilitySentence(r: ScaleReliability, scaleLabel: string, lang: string, t: Translate): string {
  if (r.suppressed) return t('prepost.reliability.suppressed', { scale: scaleLabel });
  const one = (a: ScaleReliability['pre']) => (!a ? '–' : a.ok ? `${formatNumber(lang, a.alpha)} (n = ${a.n})` : t(`statistics.unavailable.${a.reason}`));
  return t('prepost.reliability.sentence', { scale: scaleLabel, pre: one(r.pre), post: one(r.post) });
}
