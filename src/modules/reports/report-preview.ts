/**
 * The editor's view of the generated parts: the same blocks the Word and PDF files get, numbered
 * the same way (`numberCaptions`), with cross-references written out, as plain JSON the staff app
 * renders (charts as their SVG with title and description).
 */
import { numberCaptions, refText, type OfficeBlock, type OfficeCell, type OfficeRun } from '../../lib/office/model.js';
import type { BuiltReport } from './report-build.js';

export type PreviewRun = { text: string; bold?: boolean; italic?: boolean };
export type PreviewBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; runs: PreviewRun[] }
  | { kind: 'list'; ordered: boolean; items: PreviewRun[][] }
  | { kind: 'table'; label: string; title: string; header: string[]; rows: string[][]; note: string | null }
  | { kind: 'chart'; label: string; title: string; description: string; svg: string };

const cellText = (c: OfficeCell) => (typeof c === 'string' ? c : c.map((r) => r.text).join(''));

export function reportPreview(built: BuiltReport) {
  const { byId } = numberCaptions(built.document);
  const labelOf = new Map<OfficeBlock, string>();
  const { byIndex } = numberCaptions(built.document);
  built.document.blocks.forEach((b, i) => { const n = byIndex.get(i); if (n) labelOf.set(b, n.label); });
  const runs = (rs: OfficeRun[]): PreviewRun[] => rs.map((r) => ({ text: refText(r, byId), bold: r.bold, italic: r.italic }));
  const block = (b: OfficeBlock): PreviewBlock | null => {
    switch (b.kind) {
      case 'heading': return { kind: 'heading', level: b.level, text: b.text };
      case 'paragraph': return { kind: 'paragraph', runs: runs(b.runs) };
      case 'list': return { kind: 'list', ordered: b.ordered, items: b.items.map(runs) };
      case 'table': return { kind: 'table', label: labelOf.get(b) ?? '', title: b.title, header: b.header.map(cellText), rows: b.rows.map((r) => r.map(cellText)), note: b.note ?? null };
      case 'chart': return { kind: 'chart', label: labelOf.get(b) ?? '', title: b.chart.title, description: b.chart.description, svg: b.chart.svg };
      default: return null;
    }
  };
  return {
    tables: built.tables,
    figures: built.figures,
    sections: built.sections.map((s) => ({
      id: s.id,
      parts: Object.fromEntries(Object.entries(s.parts).map(([key, blocks]) => [key, blocks.map(block).filter((b): b is PreviewBlock => b !== null)])),
    })),
  };
}
