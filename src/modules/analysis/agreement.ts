/**
 * Inter-coder agreement for two coders, computed the standard way (issue 7 §6).
 *
 * Unit: the CHARACTER (Unicode code point) of the working text. For one code, every character of
 * a document of length N is a unit that each coder either coded (1) or did not (0). That gives
 * a 2×2 table — both, only A, only B, neither — and from it:
 *  - percent agreement  = (both + neither) / N;
 *  - Cohen's kappa      = (po − pe) / (1 − pe), po = percent agreement,
 *                         pe = pA·pB + (1 − pA)(1 − pB) from each coder's own marginal proportion
 *                         (NVivo documents the same form; QualCoder's "kappa" does not — see
 *                         formats.md §4 — and is deliberately not reproduced);
 *  - Krippendorff's alpha, nominal, 2 coders, no missing values (Krippendorff 2011, "Computing
 *    Krippendorff's Alpha-Reliability"): each unit contributes its pair of values twice to the
 *    coincidence matrix, so with n = 2N pairable values, o01 = o10 = onlyA + onlyB,
 *    n1 = 2·both + onlyA + onlyB, n0 = 2·neither + onlyA + onlyB, and
 *    alpha = 1 − Do/De = 1 − (n − 1) · o01 / (n0 · n1).
 * A coder's overlapping codings of the same code are merged first: a character is coded or not,
 * and counting it twice would pass for agreement that did not happen.
 *
 * Overall figure (pooling): each (code, character) pair is one binary decision, so the 2×2 tables
 * of the codes are SUMMED and the three statistics computed on the sum. Only codes used by at
 * least one of the two coders are pooled: every unused code would add N characters of trivial
 * "neither" agreement and inflate the figure by the size of the codebook. Several documents are
 * handled by concatenating them (`concatenateDocuments`), i.e. their tables are summed too.
 *
 * Statistics that cannot be computed are values with a reason, never NaN: kappa when pe = 1 and
 * alpha when De = 0 (both coders gave every character the same value — there is no variation to
 * agree on), and every statistic for a code neither coder used.
 */
import { assertRange, type TextRange } from './text-positions.js';

export type AgreementUnavailableReason = 'no_variation' | 'code_not_used' | 'empty_document' | 'no_codings';

export type AgreementStatistic = { ok: true; value: number } | { ok: false; reason: 'no_variation'; messageKey: 'analysis.agreement.unavailable.no_variation' };

/** The 2×2 table of one binary decision over `units` characters. */
export interface AgreementTable {
  units: number;
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export interface AgreementFigures extends AgreementTable {
  ok: true;
  unit: 'character';
  percentAgreement: number;
  cohensKappa: AgreementStatistic;
  krippendorffAlpha: AgreementStatistic;
}

export interface AgreementUnavailable {
  ok: false;
  reason: Exclude<AgreementUnavailableReason, 'no_variation'>;
  messageKey: `analysis.agreement.unavailable.${Exclude<AgreementUnavailableReason, 'no_variation'>}`;
}

export type AgreementResult = AgreementFigures | AgreementUnavailable;

/** One coding by one coder: a code applied to `[start, end)` in code points. */
export interface CodedSegment extends TextRange {
  code: string;
}

const noVariation: AgreementStatistic = { ok: false, reason: 'no_variation', messageKey: 'analysis.agreement.unavailable.no_variation' };

function unavailable(reason: AgreementUnavailable['reason']): AgreementUnavailable {
  return { ok: false, reason, messageKey: `analysis.agreement.unavailable.${reason}` };
}

/** Sorted, non-overlapping ranges covering the same characters (touching ranges are joined). */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  return merged;
}

function coveredLength(merged: readonly TextRange[]): number {
  return merged.reduce((sum, r) => sum + (r.end - r.start), 0);
}

/** Characters in both of two merged range lists (a linear sweep). */
function overlapLength(a: readonly TextRange[], b: readonly TextRange[]): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (end > start) total += end - start;
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return total;
}

/** The 2×2 table for one code in one document of `length` characters. Ranges are validated. */
export function agreementTable(length: number, rangesA: readonly TextRange[], rangesB: readonly TextRange[]): AgreementTable {
  for (const r of [...rangesA, ...rangesB]) assertRange(length, r);
  const a = mergeRanges(rangesA);
  const b = mergeRanges(rangesB);
  const codedA = coveredLength(a);
  const codedB = coveredLength(b);
  const both = overlapLength(a, b);
  return { units: length, both, onlyA: codedA - both, onlyB: codedB - both, neither: length - codedA - codedB + both };
}

export function sumTables(tables: readonly AgreementTable[]): AgreementTable {
  return tables.reduce(
    (s, t) => ({ units: s.units + t.units, both: s.both + t.both, onlyA: s.onlyA + t.onlyA, onlyB: s.onlyB + t.onlyB, neither: s.neither + t.neither }),
    { units: 0, both: 0, onlyA: 0, onlyB: 0, neither: 0 },
  );
}

export function cohensKappa(t: AgreementTable): AgreementStatistic {
  const n = t.units;
  const po = (t.both + t.neither) / n;
  const pA = (t.both + t.onlyA) / n;
  const pB = (t.both + t.onlyB) / n;
  const pe = pA * pB + (1 - pA) * (1 - pB);
  // pe = 1 only when both coders gave every unit the same single value: kappa is 0/0.
  if (pe >= 1) return noVariation;
  return { ok: true, value: (po - pe) / (1 - pe) };
}

export function krippendorffAlpha(t: AgreementTable): AgreementStatistic {
  const n = 2 * t.units; // pairable values: two per unit, none missing
  const o01 = t.onlyA + t.onlyB; // = o10: each disagreeing unit adds one (0,1) and one (1,0) pair
  const n1 = 2 * t.both + o01;
  const n0 = 2 * t.neither + o01;
  // De = 2·n0·n1 / (n(n − 1)) is 0 when only one value occurs at all.
  if (n0 === 0 || n1 === 0 || n < 2) return noVariation;
  return { ok: true, value: 1 - ((n - 1) * o01) / (n0 * n1) };
}

export function figuresFromTable(t: AgreementTable): AgreementResult {
  if (t.units <= 0) return unavailable('empty_document');
  return {
    ok: true,
    unit: 'character',
    ...t,
    percentAgreement: (t.both + t.neither) / t.units,
    cohensKappa: cohensKappa(t),
    krippendorffAlpha: krippendorffAlpha(t),
  };
}

/** Agreement on one code between coder A's and coder B's ranges in a document of `length` characters. */
export function codeAgreement(length: number, rangesA: readonly TextRange[], rangesB: readonly TextRange[]): AgreementResult {
  if (length <= 0) return unavailable('empty_document');
  if (rangesA.length === 0 && rangesB.length === 0) return unavailable('code_not_used');
  return figuresFromTable(agreementTable(length, rangesA, rangesB));
}

export interface AgreementReport {
  unit: 'character';
  pooling: 'sum_of_code_tables_over_codes_used';
  perCode: { code: string; result: AgreementResult }[];
  overall: AgreementResult;
}

/**
 * Per code and overall for two coders over one text of `length` characters (or several documents
 * concatenated). `codes` lists the codes to report (e.g. the whole codebook, so that unused codes
 * show as "cannot be computed"); by default, every code either coder used.
 */
export function agreementByCode(length: number, codingsA: readonly CodedSegment[], codingsB: readonly CodedSegment[], codes?: readonly string[]): AgreementReport {
  const reported = codes ?? [...new Set([...codingsA, ...codingsB].map((c) => c.code))].sort();
  const perCode: AgreementReport['perCode'] = [];
  const pooled: AgreementTable[] = [];
  for (const code of reported) {
    const a = codingsA.filter((c) => c.code === code);
    const b = codingsB.filter((c) => c.code === code);
    const result = codeAgreement(length, a, b);
    perCode.push({ code, result });
    if (result.ok) pooled.push(result);
  }
  let overall: AgreementResult;
  if (length <= 0) overall = unavailable('empty_document');
  else if (pooled.length === 0) overall = unavailable('no_codings');
  else overall = figuresFromTable(sumTables(pooled));
  return { unit: 'character', pooling: 'sum_of_code_tables_over_codes_used', perCode, overall };
}

export interface CodedDocument {
  length: number;
  codingsA: readonly CodedSegment[];
  codingsB: readonly CodedSegment[];
}

/**
 * Several documents as one long text: each document's codings are shifted by the lengths of the
 * documents before it. Ranges are validated against their own document first, so a coding cannot
 * spill into the next document.
 */
export function concatenateDocuments(documents: readonly CodedDocument[]): CodedDocument {
  let offset = 0;
  const codingsA: CodedSegment[] = [];
  const codingsB: CodedSegment[] = [];
  for (const doc of documents) {
    for (const c of [...doc.codingsA, ...doc.codingsB]) assertRange(doc.length, c);
    for (const c of doc.codingsA) codingsA.push({ code: c.code, start: c.start + offset, end: c.end + offset });
    for (const c of doc.codingsB) codingsB.push({ code: c.code, start: c.start + offset, end: c.end + offset });
    offset += doc.length;
  }
  return { length: offset, codingsA, codingsB };
}
