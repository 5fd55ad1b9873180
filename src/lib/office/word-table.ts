/**
 * An APA table in Word: horizontal rules only (above and below the header, below the last row), the
 * header row repeated on every page, rows that never split, fixed column widths fitted to the content
 * (columns.ts), statistical symbols in italics with subscripts. A table short enough for one page is
 * kept whole (keepNext through its rows, as Word's own "keep with next" does for tables).
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { fitColumns } from './columns.js';
import type { OfficeBlock, OfficeCell } from './model.js';
import { cellRuns, cellText } from './statistics.js';
import { wordRuns, type WordContext } from './word-runs.js';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
/** Word's default cell margins: 0,19 cm (108 twips) left and right. */
const cellPadding = (108 * 2) / 20;
const twips = (pt: number) => Math.round(pt * 20);

export function wordTable(block: Extract<OfficeBlock, { kind: 'table' }>, ctx: WordContext, available: number): Table {
  const statistics = !!block.statistics;
  const fitted = fitColumns([block.header, ...block.rows].map((r) => r.map(cellText)), { available, fontSize: 9, padding: cellPadding });
  const widths = fitted.widths.map(twips);
  const size = Math.round(fitted.fontSize * 2);
  const keepWhole = block.rows.length <= 25;
  const last = block.rows.length - 1;
  const cell = (value: OfficeCell, c: number, opts: { top?: boolean; bottom?: boolean; bold?: boolean; keepNext: boolean }) =>
    new TableCell({
      width: { size: widths[c] ?? widths[widths.length - 1], type: WidthType.DXA },
      borders: { top: opts.top ? rule : none, bottom: opts.bottom ? rule : none, left: none, right: none },
      children: [new Paragraph({ style: 'TableText', keepNext: opts.keepNext, keepLines: true, children: wordRuns(cellRuns(value, statistics, opts.bold ? { bold: true } : {}), ctx, { size }) })],
    });
  const header = new TableRow({
    tableHeader: true, cantSplit: true,
    children: block.header.map((h, c) => cell(h, c, { top: true, bottom: true, keepNext: true })),
  });
  const body = block.rows.map((r, i) => new TableRow({
    cantSplit: true,
    children: r.map((v, c) => cell(v, c, { bottom: i === last, bold: !!block.boldLastRow && i === last && c === 0, keepNext: i === 0 || (keepWhole && i < last) })),
  }));
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...body],
  });
}
