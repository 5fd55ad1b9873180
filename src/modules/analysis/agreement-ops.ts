/**
 * Inter-coder agreement from the database (issue 7 §6): two coders over one document or the whole
 * programme (documents concatenated, i.e. their tables summed), per code and overall with the pure
 * `agreementByCode` — unit: characters (code points). Disagreements are the ranges where exactly
 * one of the two applied a code, for the side-by-side view.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { getProgramme } from '../programmes/programmes.js';
import { agreementByCode, concatenateDocuments, mergeRanges, type CodedSegment } from './agreement.js';
import { agreementByTheme } from './agreement-nominal.js';
import { findDocument } from './document-store.js';
import { codes, codings, documents } from './schema.js';
import { CodePointIndex, type TextRange } from './text-positions.js';

export interface Disagreement {
  documentId: string;
  codeId: string;
  /** Who applied the code here: 'A' (coderA) or 'B'. */
  coder: 'A' | 'B';
  start: number;
  end: number;
  /** The segment's working text (at most `disagreementTextMax` code points, then "…"), for discussing it. */
  text?: string;
}

export const disagreementTextMax = 400;

/** Parts of `a` not covered by `b` (both merged and sorted). */
function subtract(a: TextRange[], b: TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const r of a) {
    let cursor = r.start;
    for (const x of b) {
      if (x.end <= cursor || x.start >= r.end) continue;
      if (x.start > cursor) out.push({ start: cursor, end: x.start });
      cursor = Math.max(cursor, x.end);
    }
    if (cursor < r.end) out.push({ start: cursor, end: r.end });
  }
  return out;
}

export function disagreementsOf(documentId: string, a: CodedSegment[], b: CodedSegment[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const code of [...new Set([...a, ...b].map((c) => c.code))].sort()) {
    const ra = mergeRanges(a.filter((c) => c.code === code));
    const rb = mergeRanges(b.filter((c) => c.code === code));
    for (const r of subtract(ra, rb)) out.push({ documentId, codeId: code, coder: 'A', ...r });
    for (const r of subtract(rb, ra)) out.push({ documentId, codeId: code, coder: 'B', ...r });
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

export async function coderAgreement(
  db: Executor, programmeId: string, input: { coderA: string; coderB: string; documentId?: string; showDisagreements: boolean; maxDisagreements?: number },
) {
  await getProgramme(db, programmeId);
  if (input.documentId) await findDocument(db, programmeId, input.documentId);
  const docs = await db
    .select({ id: documents.id, title: documents.title, length: sql<number>`char_length(${documents.text})`.mapWith(Number) })
    .from(documents)
    .where(and(eq(documents.programmeId, programmeId), input.documentId ? eq(documents.id, input.documentId) : undefined))
    .orderBy(asc(documents.createdAt), asc(documents.id));
  const rows = docs.length
    ? await db
        .select({ documentId: codings.documentId, coderId: codings.coderId, code: codings.codeId, start: codings.start, end: codings.end })
        .from(codings)
        .where(and(inArray(codings.documentId, docs.map((d) => d.id)), inArray(codings.coderId, [input.coderA, input.coderB])))
    : [];
  // Whole programme: only documents at least one of the two coded count (an uncoded document is not a decision).
  const coded = new Set(rows.map((r) => r.documentId));
  const used = input.documentId ? docs : docs.filter((d) => coded.has(d.id));
  const perDoc = used.map((d) => ({
    id: d.id,
    length: d.length,
    codingsA: rows.filter((r) => r.documentId === d.id && r.coderId === input.coderA).map(({ code, start, end }) => ({ code, start, end })),
    codingsB: rows.filter((r) => r.documentId === d.id && r.coderId === input.coderB).map(({ code, start, end }) => ({ code, start, end })),
  }));
  const all = concatenateDocuments(perDoc);
  const report = agreementByCode(all.length, all.codingsA, all.codingsB);
  const codebook = await db.select({ id: codes.id, name: codes.name, parentId: codes.parentId }).from(codes).where(eq(codes.programmeId, programmeId));
  const names = new Map(codebook.map((c) => [c.id, c.name]));
  const max = input.maxDisagreements ?? 1000;
  const disagreements = input.showDisagreements ? perDoc.flatMap((d) => disagreementsOf(d.id, d.codingsA, d.codingsB)).slice(0, max) : [];
  if (disagreements.length) {
    const ids = [...new Set(disagreements.map((d) => d.documentId))];
    const texts = new Map((await db.select({ id: documents.id, text: documents.text }).from(documents).where(inArray(documents.id, ids))).map((d) => [d.id, new CodePointIndex(d.text)]));
    for (const d of disagreements) {
      const index = texts.get(d.documentId)!;
      const cut = Math.min(d.end, d.start + disagreementTextMax);
      d.text = index.slice({ start: d.start, end: cut }) + (cut < d.end ? '…' : '');
    }
  }
  return {
    unit: report.unit,
    pooling: report.pooling,
    coderA: input.coderA,
    coderB: input.coderB,
    documents: used.map((d) => ({ id: d.id, title: d.title, length: d.length })),
    units: all.length,
    perCode: report.perCode.map((p) => ({ codeId: p.code, name: names.get(p.code) ?? '', result: p.result })),
    overall: report.overall,
    // Themes read as a choice between their codes: multi-category kappa and alpha (agreement-nominal.ts).
    byTheme: agreementByTheme(all.length, all.codingsA, all.codingsB, codebook),
    disagreementsHidden: !input.showDisagreements,
    disagreements,
  };
}
