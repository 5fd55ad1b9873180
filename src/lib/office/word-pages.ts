/**
 * The page each block of a Word document starts on, estimated from the kit's own styles (line
 * heights, spacing, fitted table rows, figure sizes, keep-with-next), so the table of contents and the
 * lists of tables and figures are filled in with page numbers when the file is opened. Word's own
 * layout (docx/layout's estimator) is exact but takes seconds per page; this takes milliseconds for
 * hundreds of pages. The fields stay marked for update, so Word sets the exact numbers on opening.
 */
import { fitColumns, textWidth } from './columns.js';
import type { OfficeBlock, OfficeDocument } from './model.js';
import { cellText } from './statistics.js';

const bodyLine = 11 * 1.1 * 1.2;
const tableLine = 9 * 1.2 + 2;

function lines(text: string, fontSize: number, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, fontSize) / width));
}

/** Height in points of a block, and how much of it must stay on the page it starts on. */
function height(b: OfficeBlock, doc: OfficeDocument, width: number, entries: number): { total: number; keep: number; whole: boolean } {
  const para = (text: string, size = 11, after = 6) => lines(text, size, width) * size * 1.32 + after;
  switch (b.kind) {
    case 'heading': {
      const size = [16, 14, 12, 11][b.level - 1];
      const h = 18 + lines(b.text, size, width) * size * 1.3;
      return { total: h, keep: h, whole: true };
    }
    case 'paragraph': {
      const h = para(b.runs.map((r) => r.text).join(''), b.small ? 9 : 11);
      return { total: h, keep: Math.min(h, 2 * bodyLine), whole: false };
    }
    case 'list': {
      const h = b.items.reduce((s, item) => s + para(item.map((r) => r.text).join(''), 11, 6), 0);
      return { total: h, keep: Math.min(h, 2 * bodyLine), whole: false };
    }
    case 'table': {
      const fitted = fitColumns([b.header, ...b.rows].map((r) => r.map(cellText)), { available: width, fontSize: 9, padding: 10.8 });
      const rows = [b.header, ...b.rows].map((r) => tableLine * Math.max(1, ...r.map((c, j) => lines(cellText(c), fitted.fontSize, Math.max(1, fitted.widths[j] - 10.8)))));
      const caption = 2 * bodyLine + 18;
      const note = b.note ? para(b.note, 9, 12) : 0;
      const total = caption + rows.reduce((a, x) => a + x, 0) + note;
      return { total, keep: b.rows.length <= 25 ? total : caption + rows[0] + (rows[1] ?? 0), whole: b.rows.length <= 25 };
    }
    case 'chart':
    case 'image': {
      const w = b.kind === 'chart' ? b.chart.width : b.width;
      const h = b.kind === 'chart' ? b.chart.height : b.height;
      const scale = Math.min(1, ((width * 96) / 72) / w);
      const total = 2 * bodyLine + 18 + ((h * scale) * 72) / 96 + (b.kind === 'chart' ? para(b.note ?? b.chart.description, 9, 12) : 0);
      return { total, keep: total, whole: true };
    }
    case 'pageBreak':
      return { total: 0, keep: 0, whole: true };
    default: {
      const h = 36 + entries * bodyLine;
      return { total: h, keep: Math.min(h, 3 * bodyLine), whole: false };
    }
  }
}

/** The estimated page (1-based) each block starts on. */
export function estimateBlockPages(doc: OfficeDocument, textWidth: number, textHeight: number): number[] {
  const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level <= 3).length;
  const tables = doc.blocks.filter((b) => b.kind === 'table').length;
  const figures = doc.blocks.filter((b) => b.kind === 'chart' || b.kind === 'image').length;
  const pages: number[] = [];
  let pageNo = 1;
  let y = 0;
  const sizes = doc.blocks.map((b) => height(b, doc, textWidth, b.kind === 'toc' ? headings : b.kind === 'tableList' ? tables : b.kind === 'figureList' ? figures : 0));
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'pageBreak') {
      pages.push(pageNo);
      pageNo += 1;
      y = 0;
      return;
    }
    // A heading keeps with what follows it (and that keeps its first lines, or all of a short table or figure).
    let keep = sizes[i].keep;
    for (let j = i; doc.blocks[j]?.kind === 'heading' && j + 1 < doc.blocks.length; j++) keep += sizes[j + 1].keep;
    if (y > 0 && y + Math.min(keep, textHeight) > textHeight) {
      pageNo += 1;
      y = 0;
    }
    pages.push(pageNo);
    let rest = sizes[i].total;
    while (y + rest > textHeight) {
      rest -= textHeight - y;
      pageNo += 1;
      y = 0;
    }
    y += rest;
  });
  return pages;
}
