/**
 * The analysis as table rows (APA style): shared by the .docx table, the results CSV and the charts'
 * forest rows, so every output states the same numbers the same way. Unavailable figures become the
 * translated "cannot be computed because …" text — never NaN.
 */
import type { Result } from '../statistics/index.js';
import type { GroupResult, PrePostAnalysis, ScaleResult } from './analyse.js';
import { formatNumber, type Translate } from '../../lib/charts/svg.js';
import type { ForestRow } from './charts/forest.js';
import type { ResultRow } from '../../lib/prepost-result-row.js';

export type { ResultRow };

/** APA: no leading zero for p, exact to three decimals, "< .001" below that. Decimal comma in nb/nn. */
export function formatP(lang: string, p: number): string {
  if (p < 0.001) return `< ${lang === 'en' ? '.001' : ',001'}`;
  const s = formatNumber(lang, p, 3);
  return s.replace(/^0/, '');
}

/** "p = ,016" or "p < ,001": the p-value as a phrase, for running text. */
export function pPhrase(lang: string, p: number): string {
  const f = formatP(lang, p);
  return f.startsWith('<') ? `p ${f}` : `p = ${f}`;
}

export function formatCi(lang: string, lower: number, upper: number): string {
  return `[${formatNumber(lang, lower)}, ${formatNumber(lang, upper)}]`;
}

export function reasonText(t: Translate, r: { ok: false; reason: string }): string {
  return t(`statistics.unavailable.${r.reason}`);
}

function okOr<T>(r: Result<T> | null, t: Translate, f: (v: Extract<Result<T>, { ok: true }>) => string): string {
  if (!r) return '–';
  return r.ok ? f(r as Extract<Result<T>, { ok: true }>) : reasonText(t, r);
}

export function groupRow(scaleLabel: string, g: GroupResult, lang: string, t: Translate): ResultRow {
  const f = (v: number, d = 2) => formatNumber(lang, v, d);
  const label = groupLabel(g, t);
  const suppressedText = t('prepost.suppressed');
  if (g.suppressed) {
    const blank = suppressedText;
    return { key: g.key, scale: scaleLabel, group: label, isPilot: g.isPilot, n: 0, preMeanSd: blank, postMeanSd: blank, preMedianIqr: blank, postMedianIqr: blank, change: blank, recommended: blank, tTest: blank, tP: blank, wilcoxon: blank, wilcoxonP: blank, dz: blank, gav: blank, rankBiserial: blank, normality: blank, excluded: blank };
  }
  const tests = g.tests?.ok ? g.tests : null;
  const es = g.effectSizes?.ok ? g.effectSizes : null;
  const ex = g.excluded;
  return {
    key: g.key,
    scale: scaleLabel,
    group: label,
    isPilot: g.isPilot,
    n: g.nPairs,
    preMeanSd: okOr(g.pre, t, (d) => `${f(d.mean)} (${d.sd === null ? '–' : f(d.sd)})`),
    postMeanSd: okOr(g.post, t, (d) => `${f(d.mean)} (${d.sd === null ? '–' : f(d.sd)})`),
    preMedianIqr: okOr(g.pre, t, (d) => `${f(d.median)} (${f(d.q1)}–${f(d.q3)})`),
    postMedianIqr: okOr(g.post, t, (d) => `${f(d.median)} (${f(d.q1)}–${f(d.q3)})`),
    change: tests?.pairedT.ok ? `${f(tests.pairedT.meanDifference)} ${formatCi(lang, tests.pairedT.ci.lower, tests.pairedT.ci.upper)}` : es ? f(es.meanDifference) : okOr(g.tests, t, () => '–'),
    recommended: tests ? t(`statistics.tests.${tests.recommended}`) : okOr(g.tests, t, () => '–'),
    tTest: tests ? okOr(tests.pairedT, t, (r) => `t(${r.df}) = ${f(r.t)}`) : okOr(g.tests, t, () => '–'),
    tP: tests?.pairedT.ok ? formatP(lang, tests.pairedT.p) : '–',
    wilcoxon: tests ? okOr(tests.wilcoxon, t, (r) => `V = ${f(r.wPlus, r.wPlus % 1 ? 1 : 0)}${r.z === null ? '' : `, z = ${f(r.z)}`}`) : okOr(g.tests, t, () => '–'),
    wilcoxonP: tests?.wilcoxon.ok ? `${formatP(lang, tests.wilcoxon.p)} (${t(`statistics.wilcoxon.${tests.wilcoxon.method.pValue}`)})` : '–',
    dz: es ? (es.dz.ok ? `${f(es.dz.d)} ${formatCi(lang, es.dz.ci.lower, es.dz.ci.upper)}` : reasonText(t, es.dz)) : okOr(g.effectSizes, t, () => '–'),
    gav: es ? (es.dav.ok ? (es.dav.hedges.ok ? `${f(es.dav.hedges.g)} ${formatCi(lang, es.dav.hedges.ci.lower, es.dav.hedges.ci.upper)}` : reasonText(t, es.dav.hedges)) : reasonText(t, es.dav)) : okOr(g.effectSizes, t, () => '–'),
    rankBiserial: tests?.wilcoxon.ok ? f(tests.wilcoxon.rankBiserial) : '–',
    normality: tests ? okOr(tests.normality, t, (r) => `W = ${f(r.w, 3)}, p = ${formatP(lang, r.p)}`) : '–',
    excluded: t('prepost.excludedSummary', { preWithoutPost: ex.preWithoutPost, postWithoutPre: ex.postWithoutPre, ambiguous: ex.ambiguous, noCode: ex.noCode, missingScore: ex.missingScore }),
  };
}

/** What a group is called in tables and charts: the course (pilot marked), the later courses pooled, or all pooled. */
export function groupLabel(g: GroupResult, t: Translate): string {
  if (g.key === 'pooled') return t('prepost.pooled');
  if (g.key === 'later') return t('prepost.laterPooled');
  return g.label + (g.isPilot ? ` (${t('prepost.pilot')})` : '');
}

/** Courses (the pilot first), then the later courses pooled when there is a pilot, then all pooled. */
export function scaleGroups(s: ScaleResult): GroupResult[] {
  return [...s.courses, ...(s.later ? [s.later] : []), s.pooled];
}

export function scaleRows(s: ScaleResult, lang: string, t: Translate, scaleLabel: string): ResultRow[] {
  return scaleGroups(s).map((g) => groupRow(scaleLabel, g, lang, t));
}

export function analysisRows(a: PrePostAnalysis, lang: string, t: Translate, labelOf: (s: ScaleResult) => string): ResultRow[] {
  return a.scales.flatMap((s) => scaleRows(s, lang, t, labelOf(s)));
}

/** The forest plot's rows: the paired t CI of the mean change, or why there is none. */
export function forestRows(s: ScaleResult, t: Translate): ForestRow[] {
  return scaleGroups(s).map((g) => {
    const base = { label: g.key === 'pooled' ? t('prepost.pooled') : g.key === 'later' ? t('prepost.laterPooled') : g.label, isPilot: g.isPilot, isPooled: g.key === 'pooled' || g.key === 'later', n: g.nPairs };
    if (g.suppressed) return { ...base, estimate: null, note: t('prepost.suppressed') };
    const pt = g.tests?.ok ? g.tests.pairedT : g.tests;
    if (!pt) return { ...base, estimate: null, note: '–' };
    if (!pt.ok) return { ...base, estimate: null, note: reasonText(t, pt) };
    return { ...base, estimate: { mean: pt.meanDifference, lower: pt.ci.lower, upper: pt.ci.upper } };
  });
}
