/**
 * Cronbach's alpha for a scale: internal consistency of k items answered by n respondents.
 * alpha = k/(k − 1) · (1 − Σ var(item) / var(total)), variances with n − 1 (the ratio makes the
 * denominator cancel, but this matches R's psych::alpha and SPSS item statistics).
 * Listwise deletion: only respondents who answered every item, as SPSS RELIABILITY does by
 * default, so that every variance rests on the same people.
 */
import { maxAbs, mean, sampleSd } from './descriptive.js';
import { isPresent, unavailable, type MaybeNumber, type Result } from './result.js';

export type ItemStatistic = { ok: true; value: number } | { ok: false; reason: 'too_few_items' | 'zero_variance' };

export interface ItemAnalysis {
  /** 0-based column index of the item. */
  item: number;
  /** Alpha of the scale without this item (needs k ≥ 3, so that k − 1 ≥ 2 items remain). */
  alphaIfDeleted: ItemStatistic;
  /** Corrected item-total correlation: Pearson r of the item with the sum of the OTHER items. */
  correctedItemTotal: ItemStatistic;
}

export interface CronbachAlpha {
  /** Respondents used: those with every item answered. */
  n: number;
  /** Respondents dropped because at least one item was missing. */
  excludedIncomplete: number;
  k: number;
  alpha: number;
  deletion: 'listwise';
  items: ItemAnalysis[];
}

function variance(values: readonly number[]): number {
  const sd = sampleSd(values);
  return sd * sd;
}

/** Alpha of the given columns of complete rows; null when the total has zero variance. */
function alphaOf(rows: number[][], columns: number[]): number | null {
  const k = columns.length;
  const totals = rows.map((r) => columns.reduce((s, c) => s + r[c], 0));
  const totalVar = variance(totals);
  if (!(totalVar > 1e-12 * maxAbs(totals) ** 2)) return null;
  const itemVarSum = columns.reduce((s, c) => s + variance(rows.map((r) => r[c])), 0);
  return (k / (k - 1)) * (1 - itemVarSum / totalVar);
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  if (!(sxx > 0 && syy > 0)) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * `responses[respondent][item]`; a missing answer is null/undefined. All rows must have k entries
 * (a shorter row counts its absent entries as missing).
 */
export function cronbachAlpha(responses: readonly (readonly MaybeNumber[])[]): Result<CronbachAlpha> {
  const k = responses.reduce((m, r) => Math.max(m, r.length), 0);
  const complete: number[][] = [];
  for (const row of responses) {
    const values = Array.from({ length: k }, (_, i) => row[i]);
    if (values.every(isPresent)) complete.push(values as number[]);
  }
  const n = complete.length;
  // No respondents at all: the number of items is unknown here, and the missing people are the reason.
  if (responses.length === 0) return unavailable('cronbach_alpha', 'too_few_respondents', 0);
  if (k < 2) return unavailable('cronbach_alpha', 'too_few_items', n);
  if (n < 2) return unavailable('cronbach_alpha', 'too_few_respondents', n);
  const all = Array.from({ length: k }, (_, i) => i);
  const alpha = alphaOf(complete, all);
  // Every respondent has the same total score: reliability is undefined (0/0), not 0 or 1.
  if (alpha === null) return unavailable('cronbach_alpha', 'zero_variance', n);

  const items: ItemAnalysis[] = all.map((item) => {
    const others = all.filter((c) => c !== item);
    let alphaIfDeleted: ItemStatistic;
    if (k < 3) alphaIfDeleted = { ok: false, reason: 'too_few_items' };
    else {
      const a = alphaOf(complete, others);
      alphaIfDeleted = a === null ? { ok: false, reason: 'zero_variance' } : { ok: true, value: a };
    }
    const r = pearson(
      complete.map((row) => row[item]),
      complete.map((row) => others.reduce((s, c) => s + row[c], 0)),
    );
    return { item, alphaIfDeleted, correctedItemTotal: r === null ? { ok: false, reason: 'zero_variance' } : { ok: true, value: r } };
  });
  return { ok: true, test: 'cronbach_alpha', n, excludedIncomplete: responses.length - n, k, alpha, deletion: 'listwise', items };
}
