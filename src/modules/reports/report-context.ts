/**
 * What every generated part of the report shares: the language, a translator, and cross-references.
 * A table or figure a part makes carries an `id`; a sentence that points at it is translated with a
 * `⟦ref:id⟧` mark in place of the number, and `para` turns the mark into a cross-reference run of the
 * office kit, which writes it as "Tabell 3" / "Figur 2" (a REF field in Word, a link in the PDF).
 */
import type { Executor } from '../../db/client.js';
import { translate } from '../../i18n/index.js';
import type { OfficeBlock } from '../../lib/office/word.js';
import type { OfficeRun } from '../../lib/office/model.js';
import type { ReportLanguage } from './report-schema.js';

export interface ReportContext {
  db: Executor;
  programmeId: string;
  lang: ReportLanguage;
  t: (key: string, vars?: Record<string, string | number>) => string;
  /** Results computed once per build and shared by the parts that need them. */
  memo: Map<string, Promise<unknown>>;
}

export function reportContext(db: Executor, programmeId: string, lang: ReportLanguage): ReportContext {
  return { db, programmeId, lang, t: (key, vars) => translate(lang, `reportDoc.${key}`, vars), memo: new Map() };
}

/** Computes `make` once per build under `key`. */
export function once<T>(ctx: ReportContext, key: string, make: () => Promise<T>): Promise<T> {
  if (!ctx.memo.has(key)) ctx.memo.set(key, make());
  return ctx.memo.get(key) as Promise<T>;
}

export const refMark = (id: string) => `⟦ref:${id}⟧`;

/** Gives a numbered block (table, chart, image) the id cross-references point at. */
export function tagged<B extends Extract<OfficeBlock, { kind: 'table' | 'chart' | 'image' }>>(block: B, id: string): B {
  return { ...block, id };
}

const refPattern = /⟦ref:([^⟧]+)⟧/g;

/** Text with `⟦ref:id⟧` marks as runs: plain text, and a cross-reference run for each mark. */
export function refRuns(text: string, missing = '?'): OfficeRun[] {
  const runs: OfficeRun[] = [];
  let at = 0;
  for (const m of text.matchAll(refPattern)) {
    if (m.index! > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: missing, ref: m[1] });
    at = m.index! + m[0].length;
  }
  if (at < text.length || !runs.length) runs.push({ text: text.slice(at) });
  return runs;
}

export const para = (text: string): OfficeBlock => ({ kind: 'paragraph', runs: refRuns(text) });

/** A count as the report prints it: suppressed counts as "<n" (fewer than the threshold, never the number). */
export function countText(c: { value: number | null; suppressed: boolean }, threshold: number): string {
  return c.suppressed || c.value === null ? `<${threshold}` : String(c.value);
}
