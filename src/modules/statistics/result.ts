/**
 * Result types shared by every statistic in this module.
 *
 * Every function returns a discriminated union: `{ ok: true, … }` with the numbers, or
 * `{ ok: false, reason, messageKey }` when the statistic cannot be computed. The point is that a
 * caller never receives NaN or Infinity to put on screen or in a report: the "cannot be computed
 * because …" case is a value the type system forces the caller to handle.
 */

/** Machine codes for "cannot be computed because …". The UI translates `messageKey` (src/i18n/prepost). */
export const unavailableReasons = [
  'length_mismatch', // pre and post arrays are not the same length, so pairs cannot be formed
  'no_values', // nothing left after removing missing values
  'too_few_values', // fewer observations than the statistic needs (e.g. SD needs 2)
  'too_few_pairs', // fewer complete pairs than the test needs
  'zero_variance', // a standard deviation is 0, and it is a denominator
  'all_differences_zero', // every post equals its pre: nothing left for the signed-rank test
  'all_values_equal', // Shapiro–Wilk: the range is 0, so W is undefined
  'too_many_values', // Shapiro–Wilk: AS R94 is validated only up to n = 5000
  'too_few_items', // Cronbach's alpha needs k ≥ 2 items (item-deleted alpha needs k ≥ 3)
  'too_few_respondents', // fewer than 2 respondents with every item answered
  'no_discordant_pairs', // McNemar: b + c = 0, the statistic is 0/0
] as const;
export type UnavailableReason = (typeof unavailableReasons)[number];

/** Identifies the test or estimate a result came from. */
export type TestId =
  | 'descriptive'
  | 'paired_t'
  | 'wilcoxon_signed_rank'
  | 'paired_effect_sizes'
  | 'cronbach_alpha'
  | 'mcnemar'
  | 'shapiro_wilk'
  | 'paired_test_recommendation';

export interface Unavailable {
  ok: false;
  test: TestId;
  reason: UnavailableReason;
  /** i18n key, e.g. `statistics.unavailable.too_few_pairs`. */
  messageKey: `statistics.unavailable.${UnavailableReason}`;
  /** The number of observations (or pairs, or respondents) that were available. */
  n: number;
}

export type Computed<T> = { ok: true; test: TestId; n: number } & T;
export type Result<T> = Computed<T> | Unavailable;

export function unavailable(test: TestId, reason: UnavailableReason, n: number): Unavailable {
  return { ok: false, test, reason, messageKey: `statistics.unavailable.${reason}`, n };
}

/** A two-sided confidence interval; `level` is 0.95 throughout this module. */
export interface ConfidenceInterval {
  lower: number;
  upper: number;
  level: number;
}

/** Input values as they come from questionnaires: a missing answer is null or undefined. */
export type MaybeNumber = number | null | undefined;

/** Missing means null, undefined, NaN or ±Infinity: none of them can enter an arithmetic mean. */
export function isPresent(x: MaybeNumber): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}
