/**
 * Descriptive statistics for one set of scale scores: mean, SD, median and IQR, with missing
 * answers removed first and counted, because a report must say how many values each figure rests on.
 */
import { isPresent, unavailable, type MaybeNumber, type Result } from './result.js';

/** Keeps the present values and counts what was dropped (null/undefined/NaN/±Infinity). */
export function removeMissing(values: readonly MaybeNumber[]): { values: number[]; missing: number } {
  const present = values.filter(isPresent);
  return { values: present, missing: values.length - present.length };
}

/** Arithmetic mean of values already known to be present; callers guarantee length ≥ 1. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Sample standard deviation with the n − 1 denominator (Bessel's correction), as R's sd() and SPSS
 * report it. Two-pass (mean first) so that large offsets such as scores near 100 do not lose digits.
 * Callers guarantee length ≥ 2.
 */
export function sampleSd(values: readonly number[]): number {
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return Math.sqrt(ss / (values.length - 1));
}

/**
 * Quantile by Hyndman & Fan (1996) type 7, R's default `quantile(type = 7)`: with the values sorted,
 * h = (n − 1)·p and the result interpolates linearly between x[⌊h⌋] and x[⌊h⌋ + 1] (0-based).
 * Stated because SPSS uses type 6 by default, and the two differ in small samples.
 */
export function quantileType7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * max(1, |x|…): the scale against which "zero" variance is judged, so that floating-point noise
 * (an SD of 1e-17 for a constant 0.1 change) counts as zero. A loop, not Math.max(...x), which
 * overflows the call stack for very large arrays.
 */
export function maxAbs(values: readonly number[]): number {
  let m = 1;
  for (const v of values) if (Math.abs(v) > m) m = Math.abs(v);
  return m;
}

export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export interface Descriptives {
  /** Values present (the n of every figure below). */
  n: number;
  /** How many were missing and therefore removed. */
  missing: number;
  mean: number;
  /** null when n < 2: an SD needs two values (never NaN). */
  sd: number | null;
  median: number;
  q1: number;
  q3: number;
  iqr: number;
  min: number;
  max: number;
  quantileMethod: 'hyndman_fan_type_7';
  sdDenominator: 'n_minus_1';
}

/** Mean (SD) and median (IQR) of one set of scores. Not computable when no value is present. */
export function describe(values: readonly MaybeNumber[]): Result<Descriptives> {
  const { values: present, missing } = removeMissing(values);
  if (present.length === 0) return unavailable('descriptive', 'no_values', 0);
  const sorted = sortedCopy(present);
  const q1 = quantileType7(sorted, 0.25);
  const q3 = quantileType7(sorted, 0.75);
  return {
    ok: true,
    test: 'descriptive',
    n: present.length,
    missing,
    mean: mean(present),
    sd: present.length >= 2 ? sampleSd(present) : null,
    median: quantileType7(sorted, 0.5),
    q1,
    q3,
    iqr: q3 - q1,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    quantileMethod: 'hyndman_fan_type_7',
    sdDenominator: 'n_minus_1',
  };
}
