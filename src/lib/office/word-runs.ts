/** Runs of the document model as Word runs (shared by paragraphs and table cells). */
import { SimpleField, TextRun, type ParagraphChild } from 'docx';
import type { Numbered, OfficeDocument, OfficeRun } from './model.js';

export interface WordContext {
  doc: OfficeDocument;
  byId: Map<string, Numbered>;
  language: { value: string };
}

/** Runs of the model as Word runs; a cross-reference becomes a REF field to the caption's bookmark. */
export function wordRuns(runs: OfficeRun[], ctx: WordContext, extra: { size?: number; bold?: boolean } = {}): ParagraphChild[] {
  return runs.map((r) => {
    const target = r.ref ? ctx.byId.get(r.ref) : undefined;
    if (target) return new SimpleField(`REF ${target.anchor} \\h`, target.label);
    return new TextRun({
      text: r.text, bold: r.bold ?? extra.bold, italics: r.italic, subScript: r.sub, superScript: r.sup,
      size: extra.size, language: ctx.language,
    });
  });
}

