/**
 * PDF from the same document model as the Word file (not converted from it), with pdfmake: a
 * maintained pure-JavaScript layout engine on PDFKit that needs nothing beyond `npm ci`. It gives a
 * table of contents and lists of tables and figures filled in with page numbers, header rows repeated
 * on each page, rows that never split, vector SVG charts, subscripts, and the document's language and
 * title in the PDF's metadata. Fonts: Roboto (Apache-2.0), shipped inside the pdfmake package, which
 * covers Norwegian letters (æøå ÆØÅ) in regular, bold and italic.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { fitColumns, textWidth } from './columns.js';
import { numberCaptions, refText, type Numbered, type OfficeBlock, type OfficeCell, type OfficeDocument, type OfficeRun } from './model.js';
import { cellRuns, cellText, statisticRuns } from './statistics.js';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const fonts = {
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
};
pdfmake.setFonts(fonts);
// A report never fetches anything: no URLs, and from the disk only the fonts above.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path: string) => Object.values(fonts.Roboto).includes(path));

/** A4 in points, with the Word kit's 2,54 cm margins, so both files break lines alike. */
const page = { width: 595.28, height: 841.89, margin: 72 };
const robotoFactor = 1.12;
const bodySize = 10.5;
const tableSize = 9;
const cellPadding = 8;

const inline = (runs: OfficeRun[], byId: Map<string, Numbered>): ContentText[] =>
  runs.map((r) => {
    const text = refText(r, byId);
    const target = r.ref ? byId.get(r.ref) : undefined;
    // Only the properties a run sets: pdfmake looks every property up through its style stack.
    const piece: ContentText = { text };
    if (r.bold) piece.bold = true;
    if (r.italic) piece.italics = true;
    if (r.sub) piece.sub = true;
    if (r.sup) piece.sup = true;
    if (target) piece.linkToDestination = target.anchor;
    return piece;
  });

const runsLength = (runs: OfficeRun[]) => runs.reduce((n, r) => n + r.text.length, 0);

/** APA rules: a line above and below the header, one below the last row; none between columns. */
function apaLayout(captionRows: number) {
  return {
    hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows?: number } }) =>
      i === captionRows || i === (node.table.headerRows ?? 0) || i === node.table.body.length ? 0.75 : 0,
    vLineWidth: () => 0,
    paddingLeft: () => cellPadding / 2,
    paddingRight: () => cellPadding / 2,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  };
}

function caption(n: Numbered, tocId: string): ContentText {
  return {
    text: [{ text: n.label, bold: true }, { text: '\n' }, { text: n.title, italics: true }],
    id: n.anchor, tocItem: tocId, style: 'caption',
  } as ContentText;
}

interface Built {
  content: Content[];
  /** Whether it is short enough to keep on one page with what precedes it (a heading, a caption). */
  small: boolean;
}

function table(b: Extract<OfficeBlock, { kind: 'table' }>, n: Numbered, doc: OfficeDocument, byId: Map<string, Numbered>): Built {
  const statistics = !!b.statistics;
  const available = (doc.landscape ? page.height : page.width) - 2 * page.margin;
  const fitted = fitColumns([b.header, ...b.rows].map((r) => r.map(cellText)), { available, fontSize: tableSize, padding: cellPadding, factor: robotoFactor });
  const last = b.rows.length - 1;
  const cell = (c: OfficeCell, bold: boolean): TableCell => ({ text: inline(cellRuns(c, statistics, bold ? { bold: true } : {}), byId) });
  const header = b.header.map((h) => cell(h, false));
  const body = b.rows.map((r, i) => r.map((c, j) => cell(c, !!b.boldLastRow && i === last && j === 0)));
  // Estimated height: lines per row from the fitted widths.
  const lineHeight = fitted.fontSize * 1.25 + 4;
  const height = [b.header, ...b.rows].reduce((sum, r) => sum + lineHeight * Math.max(1, ...r.map((c, j) => Math.ceil(textWidth(cellText(c), fitted.fontSize, robotoFactor) / Math.max(1, (fitted.widths[j] ?? 1) - cellPadding)))), 0);
  const note: Content[] = b.note ? [{ text: [{ text: doc.words.note, italics: true }, { text: ' ' }, ...inline(statistics ? statisticRuns(b.note) : [{ text: b.note }], byId)], style: 'note' }] : [];
  const contentHeight = (doc.landscape ? page.width : page.height) - 2 * page.margin;
  const small = height < contentHeight * 0.6;
  const widths = fitted.widths.map((w) => w - cellPadding);
  if (small) {
    return {
      small,
      content: [{
        stack: [caption(n, 'tables'), { table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...body] }, layout: apaLayout(0), fontSize: fitted.fontSize }, ...note],
        unbreakable: true,
      } as Content],
    };
  }
  // A long table breaks across pages: its caption is part of the repeated header, so it never stands alone.
  const span = b.header.length;
  const captionRow: TableCell[] = [{ ...caption(n, 'tables'), colSpan: span, fontSize: bodySize } as TableCell, ...Array.from({ length: span - 1 }, () => ({}) as TableCell)];
  return {
    small,
    content: [{ table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [captionRow, header, ...body] }, layout: apaLayout(1), fontSize: fitted.fontSize } as Content, ...note],
  };
}

function figure(b: Extract<OfficeBlock, { kind: 'chart' | 'image' }>, n: Numbered, doc: OfficeDocument): Built {
  const maxWidth = (doc.landscape ? page.height : page.width) - 2 * page.margin;
  const maxHeight = ((doc.landscape ? page.width : page.height) - 2 * page.margin) * 0.75;
  const w = b.kind === 'chart' ? b.chart.width : b.width;
  const h = b.kind === 'chart' ? b.chart.height : b.height;
  const scale = Math.min(1, maxWidth / w, maxHeight / h);
  const picture: Content = b.kind === 'chart'
    ? { svg: b.chart.svg, width: w * scale, height: h * scale }
    : { image: `data:image/${b.type === 'png' ? 'png' : 'jpeg'};base64,${b.data.toString('base64')}`, width: w * scale, height: h * scale };
  const noteText = b.kind === 'chart' ? (b.note ?? b.chart.description) : null;
  const note: Content[] = noteText ? [{ text: [{ text: doc.words.note, italics: true }, { text: ` ${noteText}` }], style: 'note' }] : [];
  return { small: true, content: [{ stack: [caption(n, 'figures'), picture, ...note], unbreakable: true } as Content] };
}

function build(doc: OfficeDocument): Content[] {
  const { byIndex, byId } = numberCaptions(doc);
  const out: Content[] = [];
  // Headings waiting for what follows them: kept on one page with it when that is short.
  let pending: Content[] = [];
  const emit = (built: Built) => {
    if (pending.length && built.small) out.push({ stack: [...pending, ...built.content], unbreakable: true } as Content);
    else out.push(...pending, ...built.content);
    pending = [];
  };
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      pending.push({ text: b.text, style: `h${b.level}`, headlineLevel: b.level, ...(b.level <= 3 ? { tocItem: 'contents', tocMargin: [(b.level - 1) * 14, 2, 0, 2] } : {}) } as Content);
      return;
    }
    if (b.kind === 'paragraph') emit({ small: runsLength(b.runs) < 1200, content: [{ text: inline(b.runs, byId), style: b.small ? 'small' : 'body' }] });
    else if (b.kind === 'list') {
      const items = b.items.map((item) => ({ text: inline(item, byId) }));
      emit({ small: b.items.length < 12, content: [b.ordered ? { ol: items, style: 'body' } : { ul: items, style: 'body' }] });
    } else if (b.kind === 'table') emit(table(b, byIndex.get(i)!, doc, byId));
    else if (b.kind === 'chart' || b.kind === 'image') emit(figure(b, byIndex.get(i)!, doc));
    else if (b.kind === 'pageBreak') emit({ small: false, content: [{ text: '', pageBreak: 'after' }] });
    else {
      const id = b.kind === 'toc' ? 'contents' : b.kind === 'tableList' ? 'tables' : 'figures';
      // The title is a headline: it moves to the next page rather than end one alone.
      emit({ small: false, content: [{ toc: { id, title: { text: b.title, style: 'tocTitle', headlineLevel: 1 }, numberStyle: { alignment: 'right' } } } as Content] });
    }
  });
  out.push(...pending);
  return out;
}

/** The PDF bytes of a document. */
export async function pdfDocument(doc: OfficeDocument): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: doc.landscape ? 'landscape' : 'portrait',
    pageMargins: [page.margin, page.margin, page.margin, page.margin],
    language: doc.languageTag,
    displayTitle: true,
    info: { title: doc.title, author: doc.author ?? 'Varde', subject: doc.subject ?? doc.title, creator: 'Varde', producer: 'Varde (pdfmake)' },
    defaultStyle: { font: 'Roboto', fontSize: bodySize, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 12, 0, 8] },
      h2: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
      h3: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h4: { fontSize: 11, bold: true, italics: true, margin: [0, 8, 0, 4] },
      body: { margin: [0, 0, 0, 8] },
      small: { fontSize: 9, margin: [0, 0, 0, 6] },
      caption: { margin: [0, 10, 0, 6] },
      note: { fontSize: 9, margin: [0, 4, 0, 10] },
      tocTitle: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] },
    },
    footer: (currentPage: number) => ({ text: `${doc.words.page} ${currentPage}`, alignment: 'center', fontSize: 9, margin: [0, 30, 0, 0] }),
    // A heading left last on its page moves to the next (short content is already kept with it).
    pageBreakBefore: (node: { headlineLevel?: number }, nodes: { getFollowingNodesOnPage: () => unknown[] }) =>
      !!node.headlineLevel && nodes.getFollowingNodesOnPage().length === 0,
    content: build(doc),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
