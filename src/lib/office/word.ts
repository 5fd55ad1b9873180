/**
 * The one Word kit (DESIGN §3 "one Word/PDF document kit"): a small document model — headings,
 * paragraphs with emphasis, lists, APA-style tables, figures (SVG charts with PNG fallbacks, or
 * uploaded images) with numbered captions, a table of contents — written to .docx with the document
 * language set and page numbers in the footer. The pre/post report, course exports and (later) the
 * evaluation report build an `OfficeDocument` and call `wordDocument`; none of them touches `docx` directly.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, LevelFormat, PageNumber, PageOrientation, Packer, Paragraph,
  Table, TableCell, TableOfContents, TableRow, TextRun, WidthType,
} from 'docx';
import type { Chart } from '../charts/svg.js';
import { svgToPng } from '../charts/png.js';
import type { Run } from '../rich-text.js';

export type OfficeBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; runs: Run[]; small?: boolean }
  | { kind: 'list'; ordered: boolean; items: Run[][] }
  /** A numbered table: caption above (APA: "Table n" bold, title italic), horizontal rules only, an optional note below. */
  | { kind: 'table'; title: string; header: string[]; rows: string[][]; note?: string; boldLastRow?: boolean }
  /** A numbered figure from the chart kit: SVG with its PNG fallback and alt text. */
  | { kind: 'chart'; chart: Chart; note?: string }
  /** A numbered figure from an uploaded image (PNG or JPEG bytes). */
  | { kind: 'image'; data: Buffer; type: 'png' | 'jpg'; width: number; height: number; alt: string; caption: string }
  | { kind: 'toc'; title: string };

export interface OfficeDocument {
  title: string;
  /** BCP 47 tag of the document's language (nb-NO, nn-NO, en-GB), set on every run so spelling checks work. */
  languageTag: string;
  landscape?: boolean;
  /** Caption words in the document's language: "Tabell", "Figur", "Merknad.", "Side". */
  words: { table: string; figure: string; note: string; page: string };
  blocks: OfficeBlock[];
}

const languageTags = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;
export const wordLanguageTag = (lang: keyof typeof languageTags) => languageTags[lang];

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function textRuns(runs: Run[], size?: number) {
  return runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size }));
}

function cell(text: string, opts: { bold?: boolean; top?: boolean; bottom?: boolean }) {
  return new TableCell({
    borders: { top: opts.top ? rule : none, bottom: opts.bottom ? rule : none, left: none, right: none },
    children: [new Paragraph({ children: [new TextRun({ text, bold: opts.bold, size: 18 })] })],
  });
}

function table(block: Extract<OfficeBlock, { kind: 'table' }>): Table {
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h) => cell(h, { top: true, bottom: true })) });
  const last = block.rows.length - 1;
  const body = block.rows.map((r, i) => new TableRow({ cantSplit: true, children: r.map((v, j) => cell(v, { bottom: i === last, bold: !!block.boldLastRow && i === last && j === 0 })) }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}

/** Caption lines are kept with what follows, so a caption never ends a page alone. */
const captionLine = (label: string, title: string) => [
  new Paragraph({ keepNext: true, children: [new TextRun({ text: label, bold: true })] }),
  new Paragraph({ keepNext: true, children: [new TextRun({ text: title, italics: true })] }),
];

function fit(width: number, height: number, max: number) {
  const scale = Math.min(1, max / width);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

function render(doc: OfficeDocument): (Paragraph | Table | TableOfContents)[] {
  const out: (Paragraph | Table | TableOfContents)[] = [];
  const maxWidth = doc.landscape ? 860 : 600;
  let tables = 0;
  let figures = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'heading') out.push(new Paragraph({ heading: headingLevels[b.level - 1], keepNext: true, children: [new TextRun(b.text)] }));
    else if (b.kind === 'paragraph') out.push(new Paragraph({ children: textRuns(b.runs, b.small ? 18 : undefined) }));
    else if (b.kind === 'list')
      for (const item of b.items)
        out.push(b.ordered ? new Paragraph({ numbering: { reference: 'varde-numbered', level: 0 }, children: textRuns(item) }) : new Paragraph({ bullet: { level: 0 }, children: textRuns(item) }));
    else if (b.kind === 'table') {
      out.push(...captionLine(`${doc.words.table} ${++tables}`, b.title), table(b));
      if (b.note) out.push(new Paragraph({ children: [new TextRun({ text: `${doc.words.note} ${b.note}`, size: 18 })] }));
    } else if (b.kind === 'chart') {
      const { chart } = b;
      out.push(...captionLine(`${doc.words.figure} ${++figures}`, chart.title));
      out.push(new Paragraph({
        keepNext: true,
        children: [new ImageRun({
          type: 'svg', data: Buffer.from(chart.svg, 'utf8'), fallback: { type: 'png', data: svgToPng(chart.svg, chart.width) },
          transformation: fit(chart.width, chart.height, maxWidth), altText: { name: chart.kind, title: chart.title, description: chart.description },
        })],
      }));
      out.push(new Paragraph({ children: [new TextRun({ text: `${doc.words.note} ${b.note ?? chart.description}`, size: 18 })] }));
    } else if (b.kind === 'image') {
      out.push(...captionLine(`${doc.words.figure} ${++figures}`, b.caption || b.alt));
      out.push(new Paragraph({
        children: [new ImageRun({ type: b.type, data: b.data, transformation: fit(b.width, b.height, maxWidth), altText: { name: 'image', title: b.caption || b.alt, description: b.alt } })],
      }));
    } else out.push(new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-3' }));
  }
  return out;
}

/** The .docx bytes of a document. */
export async function wordDocument(doc: OfficeDocument): Promise<Buffer> {
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [`${doc.words.page} `, PageNumber.CURRENT] })] })],
  });
  const document = new Document({
    creator: 'Varde',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: doc.languageTag } } } } },
    numbering: { config: [{ reference: 'varde-numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    features: { updateFields: doc.blocks.some((b) => b.kind === 'toc') },
    sections: [{
      properties: { page: { size: { orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
      footers: { default: footer },
      children: render(doc),
    }],
  });
  return Packer.toBuffer(document);
}
