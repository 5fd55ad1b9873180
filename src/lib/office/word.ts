/**
 * The one Word kit (DESIGN §3 "one Word/PDF document kit"): the document model (model.ts) written to
 * .docx — styles for headings, captions and notes; a table of contents and lists of tables and figures
 * filled in with page numbers (docx's layout estimates Word's pages, so they are not empty on opening;
 * Word may renumber them when it updates the fields); numbered captions (SEQ fields) kept with their
 * table or figure; cross-references (REF fields); APA tables whose rows never split, whose header row
 * repeats and whose columns fit their content; statistical symbols in italics with subscripts; the
 * document language on styles and runs; page numbers in the footer. The pre/post report, course
 * exports and the evaluation report build an `OfficeDocument` and call `wordDocument`; none of them
 * touches `docx` directly. The PDF of the same model comes from pdf.ts.
 */
import {
  AlignmentType, Bookmark, Document, Footer, HeadingLevel, ImageRun, LevelFormat, PageNumber, PageOrientation, Packer, Paragraph,
  SimpleField, TableOfContents, TextRun,
} from 'docx';
import { svgToPng } from '../charts/png.js';
import { numberCaptions, type Numbered, type OfficeBlock, type OfficeDocument } from './model.js';
import { statisticRuns } from './statistics.js';
import { wordTable } from './word-table.js';
import { wordRuns, type WordContext } from './word-runs.js';
import { estimateBlockPages } from './word-pages.js';

export { numberCaptions, wordLanguageTag, type OfficeBlock, type OfficeCell, type OfficeDocument, type OfficeRun } from './model.js';
export { statisticRuns } from './statistics.js';

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
/** A4 text width between 2,54 cm margins, in points. */
const textWidthPt = { portrait: 595.3 - 144, landscape: 841.9 - 144 };

/** "Tabell 3" (bold from the Caption style, numbered by a SEQ field, bookmarked for cross-references), a line break, the title in italics. */
function caption(n: Numbered, ctx: WordContext): Paragraph {
  const word = n.kind === 'table' ? ctx.doc.words.table : ctx.doc.words.figure;
  return new Paragraph({
    style: 'Caption', keepNext: true, keepLines: true,
    children: [
      new Bookmark({ id: n.anchor, children: [new TextRun({ text: `${word} `, bold: true, language: ctx.language }), new SimpleField(`SEQ ${seqName(word)} \\* ARABIC`, String(n.number))] }),
      new TextRun({ text: n.title, italics: true, bold: false, break: 1, language: ctx.language }),
    ],
  });
}

export function noteParagraph(text: string, ctx: WordContext, statistics: boolean): Paragraph {
  return new Paragraph({
    style: 'TableNote',
    children: [new TextRun({ text: ctx.doc.words.note, italics: true, language: ctx.language }), new TextRun({ text: ' ', language: ctx.language }), ...wordRuns(statistics ? statisticRuns(text) : [{ text }], ctx)],
  });
}

const headingAnchor = (index: number) => `_Toc_b${index}`;
/** A SEQ field's identifier is one word: the caption word without spaces. */
const seqName = (word: string) => word.replace(/[^\p{L}\p{N}_]/gu, '') || 'Figure';

function fit(width: number, height: number, maxWidth: number, maxHeight: number) {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

function render(doc: OfficeDocument): (Paragraph | ReturnType<typeof wordTable> | TableOfContents)[] {
  const { byIndex, byId } = numberCaptions(doc);
  const ctx: WordContext = { doc, byId, language: { value: doc.languageTag } };
  const out: (Paragraph | ReturnType<typeof wordTable> | TableOfContents)[] = [];
  // Pixels at 96 dpi: the text width, and three quarters of the text height for a figure.
  const maxWidth = Math.round(((doc.landscape ? textWidthPt.landscape : textWidthPt.portrait) * 96) / 72);
  const maxHeight = Math.round((((doc.landscape ? 595.3 : 841.9) - 144) * 0.75 * 96) / 72);
  const available = doc.landscape ? textWidthPt.landscape : textWidthPt.portrait;
  const needsPages = doc.blocks.some((b) => b.kind === 'toc' || b.kind === 'tableList' || b.kind === 'figureList');
  const pages = needsPages ? estimateBlockPages(doc, available, (doc.landscape ? 595.3 : 841.9) - 144) : [];
  const listTitle = (title: string) => new Paragraph({ style: 'TOCHeading', keepNext: true, children: [new TextRun({ text: title, language: ctx.language })] });
  doc.blocks.forEach((b: OfficeBlock, i) => {
    if (b.kind === 'heading') {
      const text = new TextRun({ text: b.text, language: ctx.language });
      out.push(new Paragraph({ heading: headingLevels[b.level - 1], keepNext: true, keepLines: true, children: [b.level <= 3 ? new Bookmark({ id: headingAnchor(i), children: [text] }) : text] }));
    }
    else if (b.kind === 'paragraph') out.push(new Paragraph({ style: b.small ? 'Small' : undefined, children: wordRuns(b.runs, ctx) }));
    else if (b.kind === 'list')
      for (const item of b.items)
        out.push(b.ordered ? new Paragraph({ numbering: { reference: 'varde-numbered', level: 0 }, children: wordRuns(item, ctx) }) : new Paragraph({ bullet: { level: 0 }, children: wordRuns(item, ctx) }));
    else if (b.kind === 'table') {
      out.push(caption(byIndex.get(i)!, ctx), wordTable(b, ctx, available));
      if (b.note) out.push(noteParagraph(b.note, ctx, !!b.statistics));
    } else if (b.kind === 'chart') {
      const { chart } = b;
      out.push(caption(byIndex.get(i)!, ctx));
      out.push(new Paragraph({
        keepNext: true, keepLines: true,
        children: [new ImageRun({
          type: 'svg', data: Buffer.from(chart.svg, 'utf8'), fallback: { type: 'png', data: svgToPng(chart.svg, chart.width) },
          transformation: fit(chart.width, chart.height, maxWidth, maxHeight), altText: { name: chart.kind, title: chart.title, description: chart.description },
        })],
      }));
      out.push(noteParagraph(b.note ?? chart.description, ctx, false));
    } else if (b.kind === 'image') {
      out.push(caption(byIndex.get(i)!, ctx));
      out.push(new Paragraph({
        keepLines: true,
        children: [new ImageRun({ type: b.type, data: b.data, transformation: fit(b.width, b.height, maxWidth, maxHeight), altText: { name: 'image', title: b.caption || b.alt, description: b.alt } })],
      }));
    } else if (b.kind === 'toc') {
      const cachedEntries = doc.blocks.flatMap((h, j) => (h.kind === 'heading' && h.level <= 3 ? [{ title: h.text, level: h.level, page: pages[j], href: headingAnchor(j) }] : []));
      out.push(listTitle(b.title), new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-3', cachedEntries }));
    }
    else if (b.kind === 'tableList' || b.kind === 'figureList') {
      // Word lists captions by their SEQ label (\c); docx fills in only headings, so the entries are written here,
      // each linked to its caption's bookmark, with the estimated pages (word-pages.ts).
      const kind = b.kind === 'tableList' ? 'table' : 'figure';
      const cachedEntries = [...byIndex.entries()].filter(([, n]) => n.kind === kind).map(([j, n]) => ({ title: `${n.label} ${n.title}`, level: 1, page: pages[j], href: n.anchor }));
      const label = kind === 'table' ? doc.words.table : doc.words.figure;
      out.push(listTitle(b.title), new TableOfContents(b.title, { hyperlink: true, captionLabelIncludingNumbers: seqName(label), cachedEntries }));
    }
    else out.push(new Paragraph({ pageBreakBefore: true, children: [] }));
  });
  return out;
}

/** The .docx bytes of a document. */
export async function wordDocument(doc: OfficeDocument): Promise<Buffer> {
  const language = { value: doc.languageTag };
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [`${doc.words.page} `, PageNumber.CURRENT], language })] })],
  });
  const heading = (size: number, italics = false) => ({
    run: { font: 'Calibri', size, bold: true, italics, color: '1E2B3C', language },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  const document = new Document({
    creator: doc.author ?? 'Varde',
    title: doc.title,
    subject: doc.subject,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language }, paragraph: { spacing: { after: 120, line: 264 } } },
        heading1: heading(32), heading2: heading(28), heading3: heading(24), heading4: heading(22, true),
        caption: { run: { italics: false, bold: true, size: 22, color: '000000', language }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } },
      },
      paragraphStyles: [
        { id: 'TableNote', name: 'Table Note', basedOn: 'Normal', run: { size: 18, language }, paragraph: { spacing: { before: 60, after: 240 } } },
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: 18, language }, paragraph: { spacing: { before: 20, after: 20, line: 240 } } },
        { id: 'Small', name: 'Small', basedOn: 'Normal', run: { size: 18, language } },
        { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { size: 28, bold: true, color: '1E2B3C', language }, paragraph: { spacing: { before: 240, after: 120 } } },
      ],
    },
    numbering: { config: [{ reference: 'varde-numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    // The contents and the lists are written with estimated page numbers and marked for update, so Word
    // sets the exact numbers when it opens the file (after asking).
    features: { updateFields: doc.blocks.some((b) => b.kind === 'toc' || b.kind === 'tableList' || b.kind === 'figureList') },
    sections: [{
      properties: { page: { size: { orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
      footers: { default: footer },
      children: render(doc),
    }],
  });
  return Packer.toBuffer(document);
}
