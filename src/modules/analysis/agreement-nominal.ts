/**
 * Agreement on a nominal variable with more than two values (issue 17 §4): the coders choose ONE of
 * several codes for the same passage — the child codes of a theme used as alternatives (e.g. "felt
 * heard" / "felt overlooked" / "mixed"). The per-code agreement in `agreement.ts` asks "coded or
 * not" code by code; this asks "which one", so choosing a different child is a disagreement, not two
 * half-agreements.
 *
 * Unit: the character, as everywhere in Varde's agreement. Units are the characters where at least
 * one coder chose a value of the variable; there a coder who chose none has the value `none`. A coder
 * who put two of the alternatives on the same character has the value `several` (a coding error the
 * figures should show, not hide). From the k × k confusion matrix over N units:
 *  - Cohen's kappa = (po − pe) / (1 − pe), pe = Σ_c pA(c)·pB(c);
 *  - Krippendorff's alpha, nominal, two coders, no missing values: with the coincidence matrix
 *    o_ck = m_ck + m_kc (each unit's pair counted both ways), n_c its margins and n = 2N,
 *    alpha = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k (Krippendorff 2011). With two values
 *    this is exactly the binary formula of `agreement.ts`.
 */
import { mergeRanges, type CodedSegment } from './agreement.js';
import { assertRange, type TextRange } from './text-positions.js';

export const noValue = 'none';
export const severalValues = 'several';

export type NominalStatistic =
  | { ok: true; value: number }
  | { ok: false; reason: 'no_variation' | 'no_units'; messageKey: 'analysis.agreement.unavailable.no_variation' | 'analysis.agreement.unavailable.no_codings' };

export interface NominalAgreement {
  unit: 'character';
  /** The alternatives, then `none` and `several` when they occur. */
  values: string[];
  units: number;
  /** confusion[i][j]: characters coder A gave values[i] and coder B values[j]. */
  confusion: number[][];
  percentAgreement: NominalStatistic;
  cohensKappa: NominalStatistic;
  krippendorffAlpha: NominalStatistic;
}

/** One coder's value along the text: constant pieces `[start, end)` with the value there. */
function valueAt(length: number, codings: readonly CodedSegment[], alternatives: readonly string[]) {
  const boundaries = new Set<number>([0, length]);
  const perValue = new Map<string, TextRange[]>();
  for (const alt of alternatives) {
    const merged = mergeRanges(codings.filter((c) => c.code === alt));
    perValue.set(alt, merged);
    for (const r of merged) boundaries.add(r.start).add(r.end);
  }
  return { boundaries, perValue };
}

function valueOf(perValue: Map<string, TextRange[]>, at: number): string {
  let found: string | null = null;
  for (const [value, ranges] of perValue) {
    if (ranges.some((r) => r.start <= at && at < r.end)) {
      if (found) return severalValues;
      found = value;
    }
  }
  return found ?? noValue;
}

export function nominalAgreement(length: number, codingsA: readonly CodedSegment[], codingsB: readonly CodedSegment[], alternatives: readonly string[]): NominalAgreement {
  for (const c of [...codingsA, ...codingsB]) assertRange(length, c);
  const a = valueAt(length, codingsA, alternatives);
  const b = valueAt(length, codingsB, alternatives);
  const cuts = [...new Set([...a.boundaries, ...b.boundaries])].sort((x, y) => x - y);
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    if (end <= start) continue;
    const va = valueOf(a.perValue, start);
    const vb = valueOf(b.perValue, start);
    if (va === noValue && vb === noValue) continue; // nobody chose: not a decision about this variable
    const key = `${va}\u0000${vb}`;
    counts.set(key, (counts.get(key) ?? 0) + end - start);
  }
  const seen = new Set([...counts.keys()].flatMap((k) => k.split('\u0000')));
  const values = [...alternatives, ...[noValue, severalValues].filter((v) => seen.has(v))];
  const index = new Map(values.map((v, i) => [v, i]));
  const confusion = values.map(() => values.map(() => 0));
  for (const [key, n] of counts) {
    const [va, vb] = key.split('\u0000');
    confusion[index.get(va)!][index.get(vb)!] += n;
  }
  return { unit: 'character', values, confusion, ...nominalStatistics(confusion) };
}

/** The three figures from a k × k confusion matrix of two coders (rows coder A, columns coder B). */
export function nominalStatistics(confusion: readonly (readonly number[])[]) {
  const k = confusion.length;
  const units = confusion.reduce((s, row) => s + row.reduce((x, y) => x + y, 0), 0);
  const none = { ok: false as const, reason: 'no_units' as const, messageKey: 'analysis.agreement.unavailable.no_codings' as const };
  if (units === 0) return { units, percentAgreement: none, cohensKappa: none, krippendorffAlpha: none };
  const rowSum = confusion.map((row) => row.reduce((x, y) => x + y, 0));
  const colSum = confusion[0].map((_, j) => confusion.reduce((s, row) => s + row[j], 0));
  let agree = 0;
  for (let i = 0; i < k; i++) agree += confusion[i][i];
  const po = agree / units;
  const pe = rowSum.reduce((s, r, i) => s + (r / units) * (colSum[i] / units), 0);
  const noVariation = { ok: false as const, reason: 'no_variation' as const, messageKey: 'analysis.agreement.unavailable.no_variation' as const };
  const kappa: NominalStatistic = pe >= 1 ? noVariation : { ok: true, value: (po - pe) / (1 - pe) };
  // Coincidences: every unit's (A, B) pair also counts as (B, A).
  const margins = rowSum.map((r, i) => r + colSum[i]);
  const n = 2 * units;
  let disagreeing = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < k; j++) {
      if (c === j) continue;
      disagreeing += confusion[c][j] + confusion[j][c];
      expected += margins[c] * margins[j];
    }
  }
  const alpha: NominalStatistic = expected === 0 ? noVariation : { ok: true, value: 1 - ((n - 1) * disagreeing) / expected };
  return { units, percentAgreement: { ok: true as const, value: po }, cohensKappa: kappa, krippendorffAlpha: alpha };
}

/**
 * Every theme whose child codes either coder used, read as a choice between its children (over the
 * concatenated documents). Themes with fewer than two children are no choice and are left out.
 */
export function agreementByTheme(
  length: number, codingsA: readonly CodedSegment[], codingsB: readonly CodedSegment[], codes: readonly { id: string; name: string; parentId: string | null }[],
) {
  const used = new Set([...codingsA, ...codingsB].map((c) => c.code));
  const children = new Map<string, string[]>();
  for (const c of codes) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const names = new Map(codes.map((c) => [c.id, c.name]));
  return codes
    .filter((theme) => (children.get(theme.id)?.length ?? 0) >= 2 && children.get(theme.id)!.some((id) => used.has(id)))
    .map((theme) => {
      const alternatives = children.get(theme.id)!;
      const r = nominalAgreement(length, codingsA.filter((c) => alternatives.includes(c.code)), codingsB.filter((c) => alternatives.includes(c.code)), alternatives);
      return { themeId: theme.id, name: theme.name, values: r.values.map((v) => ({ key: v, name: names.get(v) ?? null })), confusion: r.confusion, units: r.units, percentAgreement: r.percentAgreement, cohensKappa: r.cohensKappa, krippendorffAlpha: r.krippendorffAlpha };
    });
}
