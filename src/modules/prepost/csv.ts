/**
 * CSV for R/SPSS users: long format (one row per pair per scale) and one row per result. Plain
 * numbers with a decimal point, `NA` for anything not computable (R's read.csv and SPSS both take
 * it), so the analysis can be rerun and checked elsewhere.
 */
import { csvBom, csvField as field, csvLine as line, type CsvCell } from '../../lib/csv.js';
import type { GroupResult, PrePostAnalysis } from './analyse.js';
import { roundForRanking } from '../statistics/wilcoxon.js';
import { matchPrePostPairs } from './pairing.js';
import { scaleGroups } from './rows.js';
import type { PrePostInput } from './types.js';

type Cell = CsvCell;

/** For R and SPSS: NA for what cannot be computed; text a spreadsheet would run as a formula is neutralised. */
const options = { missing: 'NA', formulaSafe: true } as const;
export const csvField = (value: Cell): string => field(value, options);
export const csvLine = (cells: Cell[]) => line(cells, options);

/**
 * One row per complete pair per scale — only complete ones, so `ttest_rel` and `wilcox.test` get no NA.
 * The difference is written exactly as the Wilcoxon test ranks it (rounded to 1e-9, `roundForRanking`):
 * item means such as 3.4666… minus 4.0666… are not exact in binary, and unrounded they would break
 * ties that the test counts as ties, so R's V would differ from Varde's. Courses the viewer may not
 * see in detail are left out.
 */
export function pairsCsv(input: PrePostInput, analysis: PrePostAnalysis): string {
  const suppressed = new Set(analysis.scales.flatMap((s) => s.courses.filter((c) => c.suppressed).map((c) => `${s.scale.name}|${c.key}`)));
  const courses = new Map(input.courses.map((c, i) => [c.waveGroupId, { ...c, number: i + 1 }]));
  let out = csvBom + csvLine(['course', 'course_label', 'pilot', 'pair', 'scale', 'pre', 'post', 'difference']);
  for (const [waveGroupId, pairing] of matchPrePostPairs(input.courses, input.responses)) {
    const course = courses.get(waveGroupId)!;
    for (const scale of input.scales) {
      if (suppressed.has(`${scale.name}|${waveGroupId}`)) continue;
      for (const p of pairing.pairs) {
        const a = p.pre[scale.name];
        const b = p.post[scale.name];
        if (typeof a !== 'number' || typeof b !== 'number') continue;
        out += csvLine([course.number, course.label, course.isPilot, p.pairNumber, scale.name, a, b, roundForRanking(b - a)]);
      }
    }
  }
  return out;
}

const resultHeaders = [
  'scale', 'group', 'pilot', 'suppressed', 'n_pairs', 'pre_mean', 'pre_sd', 'pre_median', 'pre_q1', 'pre_q3', 'post_mean', 'post_sd', 'post_median', 'post_q1', 'post_q3',
  'mean_difference', 'ci_lower', 'ci_upper', 't', 'df', 'p_t', 'wilcoxon_v', 'wilcoxon_z', 'p_wilcoxon', 'wilcoxon_p_method', 'zero_differences',
  'recommended_test', 'recommendation_reason', 'shapiro_w', 'shapiro_p', 'dz', 'dz_ci_lower', 'dz_ci_upper', 'gz', 'dav', 'gav', 'gav_ci_lower', 'gav_ci_upper',
  'rank_biserial', 'excluded_pre_without_post', 'excluded_post_without_pre', 'excluded_ambiguous', 'excluded_no_code', 'excluded_missing_score', 'not_computable',
];

function resultCells(scale: string, g: GroupResult): Cell[] {
  const pre = g.pre?.ok ? g.pre : null;
  const post = g.post?.ok ? g.post : null;
  const tests = g.tests?.ok ? g.tests : null;
  const t = tests?.pairedT.ok ? tests.pairedT : null;
  const w = tests?.wilcoxon.ok ? tests.wilcoxon : null;
  const sw = tests?.normality.ok ? tests.normality : null;
  const es = g.effectSizes?.ok ? g.effectSizes : null;
  const dz = es?.dz.ok ? es.dz : null;
  const dav = es?.dav.ok ? es.dav : null;
  const gav = dav?.hedges.ok ? dav.hedges : null;
  const reasons = [g.tests, tests?.pairedT, tests?.wilcoxon, tests?.normality, g.effectSizes].filter((r) => r && !r.ok).map((r) => `${r!.test}:${(r as { reason: string }).reason}`);
  return [
    scale, g.key === 'pooled' || g.key === 'later' ? g.key : g.label, g.isPilot, g.suppressed, g.suppressed ? null : g.nPairs,
    pre?.mean, pre?.sd, pre?.median, pre?.q1, pre?.q3, post?.mean, post?.sd, post?.median, post?.q1, post?.q3,
    es?.meanDifference ?? t?.meanDifference, t?.ci.lower, t?.ci.upper, t?.t, t?.df, t?.p, w?.wPlus, w?.z, w?.p, w?.method.pValue, w?.zeroDifferences,
    tests?.recommended, tests?.reason, sw?.w, sw?.p, dz?.d, dz?.ci.lower, dz?.ci.upper, dz?.hedges.ok ? dz.hedges.g : null, dav?.d, gav?.g, gav?.ci.lower, gav?.ci.upper,
    w?.rankBiserial, g.excluded.preWithoutPost, g.excluded.postWithoutPre, g.excluded.ambiguous, g.excluded.noCode, g.excluded.missingScore, reasons.join(';') || null,
  ];
}

export function resultsCsv(analysis: PrePostAnalysis): string {
  let out = csvBom + csvLine(resultHeaders);
  for (const s of analysis.scales) for (const g of scaleGroups(s)) out += csvLine(resultCells(s.scale.name, g));
  return out;
}
